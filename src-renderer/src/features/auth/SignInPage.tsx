import { ops } from '@contract';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { setSignedInUser } from '../../app/session';
import { Field } from '../../components/FormErrors/Field';
import { FormAlert } from '../../components/FormErrors/FormAlert';
import { useSchemaForm } from '../../components/FormErrors/useSchemaForm';
import { AuthCard } from './AuthCard';

const schema = ops['auth.signIn'].input;

export function SignInPage({ notice, onSignedIn }: { notice: string | null; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useSchemaForm({
    formId: 'sign-in',
    schema,
    initial: { username: '', password: '' },
    knownPaths: ['username', 'password'],
    onValid: async (input) => {
      const { user } = await call('auth.signIn', input);
      onSignedIn();
      setSignedInUser(client, user);
    },
  });
  const { draft } = form;

  return (
    <AuthCard title={t('auth.signInTitle')}>
      {notice && !form.serverError ? (
        <Alert className="form-alert" type="warning" showIcon role="alert" title={notice} />
      ) : null}
      <FormAlert form={form} />
      <Form layout="vertical" onFinish={() => void form.submit()} requiredMark={false}>
        <Field form={form} path="username" label={t('auth.username')}>
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
        <Field form={form} path="password" label={t('auth.password')}>
          {(c) => (
            <Input.Password
              {...c}
              autoComplete="current-password"
              value={draft.password}
              onChange={(e) => form.set('password', e.target.value)}
            />
          )}
        </Field>
        <Button type="primary" htmlType="submit" block loading={form.submitting}>
          {t('auth.signIn')}
        </Button>
      </Form>
    </AuthCard>
  );
}
