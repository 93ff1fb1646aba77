import { ops, type Locale } from '@contract';
import { App, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { Field } from '../../components/FormErrors/Field';
import { FormAlert } from '../../components/FormErrors/FormAlert';
import { useSchemaForm } from '../../components/FormErrors/useSchemaForm';
import { confirmMismatch } from './passwordConfirm';

interface Draft {
  currentPassword: string;
  newPassword: string;
  confirmNewPassword: string;
}

const schema = ops['auth.changePassword'].input;
const toInput = ({ confirmNewPassword: _, ...rest }: Draft) => rest;
const extraCheck = (d: Draft, locale: Locale) =>
  confirmMismatch(d.newPassword, d.confirmNewPassword, 'confirmNewPassword', locale);

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = useSchemaForm({
    formId: 'change-password',
    schema,
    toInput,
    extraCheck,
    initial: { currentPassword: '', newPassword: '', confirmNewPassword: '' } as Draft,
    knownPaths: ['currentPassword', 'newPassword'],
    onValid: async (input) => {
      await call('auth.changePassword', input);
      void message.success(t('auth.passwordChanged'));
      onClose();
    },
  });
  const { draft } = form;
  const password = (key: keyof Draft, autoComplete: string) => (
    <Field form={form} path={key} label={t(`auth.${key}`)} required>
      {(c) => (
        <Input.Password
          {...c}
          autoComplete={autoComplete}
          value={draft[key]}
          onChange={(e) => form.set(key, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <Modal
      open
      title={t('header.changePassword')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="save" type="primary" loading={form.submitting} onClick={() => void form.submit()}>
          {t('common.save')}
        </Button>,
      ]}
    >
      <FormAlert form={form} />
      <Form layout="vertical" onFinish={() => void form.submit()}>
        {password('currentPassword', 'current-password')}
        {password('newPassword', 'new-password')}
        {password('confirmNewPassword', 'new-password')}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
