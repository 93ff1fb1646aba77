import { ops, type Locale } from '@contract';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { setSignedInUser } from '../../app/session';
import { Field } from '../../components/FormErrors/Field';
import { FormAlert } from '../../components/FormErrors/FormAlert';
import { useSchemaForm } from '../../components/FormErrors/useSchemaForm';
import { AuthCard } from './AuthCard';
import { confirmMismatch } from './passwordConfirm';

interface Draft {
  username: string;
  displayName: string;
  password: string;
  confirmPassword: string;
  loadDemo: boolean;
}

const schema = ops['auth.setup'].input;
const toInput = ({ confirmPassword: _, ...rest }: Draft) => rest;
const extraCheck = (d: Draft, locale: Locale) =>
  confirmMismatch(d.password, d.confirmPassword, 'confirmPassword', locale);

/** First run: nobody exists yet, so the first person creates the administrator account (and signs in). */
export function FirstRunPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useSchemaForm({
    formId: 'first-run',
    schema,
    toInput,
    extraCheck,
    initial: { username: '', displayName: '', password: '', confirmPassword: '', loadDemo: false } as Draft,
    knownPaths: ['username', 'displayName', 'password', 'loadDemo'],
    onValid: async (input) => {
      const { user } = await call('auth.setup', input);
      setSignedInUser(client, user);
    },
  });
  const { draft } = form;

  return (
    <AuthCard title={t('auth.firstRunTitle')} intro={t('auth.firstRunIntro')}>
      <FormAlert form={form} />
      <Form layout="vertical" onFinish={() => void form.submit()}>
        <Field form={form} path="username" label={t('auth.username')} required extra={t('auth.usernameHint')}>
          {(c) => (
            <Input
              {...c}
              autoComplete="username"
              autoFocus
              value={draft.username}
              onChange={(e) => form.set('username', e.target.value)}
            />
          )}
        </Field>
        <Field form={form} path="displayName" label={t('auth.displayName')} required>
          {(c) => (
            <Input
              {...c}
              autoComplete="name"
              value={draft.displayName}
              onChange={(e) => form.set('displayName', e.target.value)}
            />
          )}
        </Field>
        <Field form={form} path="password" label={t('auth.password')} required extra={t('auth.passwordHint')}>
          {(c) => (
            <Input.Password
              {...c}
              autoComplete="new-password"
              value={draft.password}
              onChange={(e) => form.set('password', e.target.value)}
            />
          )}
        </Field>
        <Field form={form} path="confirmPassword" label={t('auth.confirmPassword')} required>
          {(c) => (
            <Input.Password
              {...c}
              autoComplete="new-password"
              value={draft.confirmPassword}
              onChange={(e) => form.set('confirmPassword', e.target.value)}
            />
          )}
        </Field>
        <Form.Item extra={t('auth.loadDemoHint')}>
          <Checkbox checked={draft.loadDemo} onChange={(e) => form.set('loadDemo', e.target.checked)}>
            {t('auth.loadDemo')}
          </Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={form.submitting}>
          {t('auth.createAdmin')}
        </Button>
      </Form>
    </AuthCard>
  );
}
