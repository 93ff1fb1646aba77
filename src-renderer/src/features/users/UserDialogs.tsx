import type { Role, UserView } from '@contract';
import { ops, userCreateInput } from '@contract';
import { App, Button, Checkbox, Form, Input, Modal } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks';
import { Field } from '../../components/FormErrors/Field';
import { FormAlert } from '../../components/FormErrors/FormAlert';
import { useSchemaForm, type FormApi } from '../../components/FormErrors/useSchemaForm';
import { RolesField } from './RolesField';

function Dialog<D>(props: { title: string; form: FormApi<D>; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="save" type="primary" loading={props.form.submitting} onClick={() => void props.form.submit()}>
          {t('common.save')}
        </Button>,
      ]}
    >
      <FormAlert form={props.form} />
      <Form layout="vertical" onFinish={() => void props.form.submit()}>
        {props.children}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}

export function UserCreateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const create = useOpMutation('users.create');
  const form = useSchemaForm({
    formId: 'user-create',
    schema: userCreateInput,
    initial: { username: '', displayName: '', password: '', roles: [] as Role[] },
    knownPaths: ['username', 'displayName', 'password', 'roles'],
    onValid: async (input) => {
      await create.mutateAsync(input);
      void message.success(t('users.created'));
      onClose();
    },
  });
  const { draft } = form;
  return (
    <Dialog title={t('users.newTitle')} form={form} onClose={onClose}>
      <Field form={form} path="username" label={t('users.username')} required extra={t('auth.usernameHint')}>
        {(c) => (
          <Input
            {...c}
            autoComplete="off"
            value={draft.username}
            onChange={(e) => form.set('username', e.target.value)}
          />
        )}
      </Field>
      <Field form={form} path="displayName" label={t('users.displayName')} required>
        {(c) => (
          <Input
            {...c}
            autoComplete="off"
            value={draft.displayName}
            onChange={(e) => form.set('displayName', e.target.value)}
          />
        )}
      </Field>
      <Field form={form} path="password" label={t('users.initialPassword')} required extra={t('auth.passwordHint')}>
        {(c) => (
          <Input.Password
            {...c}
            autoComplete="new-password"
            value={draft.password}
            onChange={(e) => form.set('password', e.target.value)}
          />
        )}
      </Field>
      <RolesField form={form} />
    </Dialog>
  );
}

const updateSchema = ops['users.update'].input;

export function UserEditDialog({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useOpMutation('users.update');
  const toInput = useCallback(
    (d: { displayName: string; roles: Role[]; disabled: boolean }) => ({ id: user.id, ...d }),
    [user.id],
  );
  const form = useSchemaForm({
    formId: 'user-edit',
    schema: updateSchema,
    toInput,
    initial: { displayName: user.displayName, roles: user.roles, disabled: user.disabled },
    knownPaths: ['displayName', 'roles', 'disabled'],
    onValid: async (input) => {
      await update.mutateAsync(input);
      void message.success(t('users.saved'));
      onClose();
    },
  });
  const { draft } = form;
  return (
    <Dialog title={t('users.editTitle', { name: user.username })} form={form} onClose={onClose}>
      <Field form={form} path="displayName" label={t('users.displayName')} required>
        {(c) => (
          <Input
            {...c}
            autoComplete="off"
            value={draft.displayName}
            onChange={(e) => form.set('displayName', e.target.value)}
          />
        )}
      </Field>
      <RolesField form={form} />
      <Form.Item help={form.errorFor('disabled')} validateStatus={form.errorFor('disabled') ? 'error' : undefined}>
        <Checkbox checked={draft.disabled} onChange={(e) => form.set('disabled', e.target.checked)}>
          {t('users.disableAccount')}
        </Checkbox>
      </Form.Item>
    </Dialog>
  );
}

const resetSchema = ops['users.resetPassword'].input;

export function ResetPasswordDialog({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reset = useOpMutation('users.resetPassword');
  const toInput = useCallback((d: { newPassword: string }) => ({ id: user.id, ...d }), [user.id]);
  const form = useSchemaForm({
    formId: 'user-reset',
    schema: resetSchema,
    toInput,
    initial: { newPassword: '' },
    knownPaths: ['newPassword'],
    onValid: async (input) => {
      await reset.mutateAsync(input);
      void message.success(t('users.passwordReset'));
      onClose();
    },
  });
  return (
    <Dialog title={t('users.resetTitle', { name: user.username })} form={form} onClose={onClose}>
      <Field form={form} path="newPassword" label={t('users.newPassword')} required extra={t('auth.passwordHint')}>
        {(c) => (
          <Input.Password
            {...c}
            autoComplete="new-password"
            value={form.draft.newPassword}
            onChange={(e) => form.set('newPassword', e.target.value)}
          />
        )}
      </Field>
    </Dialog>
  );
}
