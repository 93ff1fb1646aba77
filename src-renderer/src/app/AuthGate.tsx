import { Button, Result, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onUnauthenticated } from '../api/client';
import { useOp } from '../api/hooks';
import { FirstRunPage } from '../features/auth/FirstRunPage';
import { SignInPage } from '../features/auth/SignInPage';
import { SessionContext, setSignedInUser, type Session } from './session';
import { HOME, navigate } from './router';
import { Shell } from './Shell';

/** First run → create the administrator; nobody signed in → sign in; otherwise the app. */
export function AuthGate() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const status = useOp('auth.status', {});
  const [notice, setNotice] = useState<string | null>(null);

  // Any op failing with Unauthenticated (expired session, server restarted) sends the user back here.
  useEffect(
    () =>
      onUnauthenticated((error) => {
        setNotice(error.message);
        setSignedInUser(client, null);
      }),
    [client],
  );

  const user = status.data?.user ?? null;
  const session = useMemo<Session | null>(
    () => (user ? { user, can: (p) => user.permissions.includes(p) } : null),
    [user],
  );

  if (status.isPending)
    return (
      <div className="center-screen">
        <Spin size="large" aria-label={t('common.loading')} />
      </div>
    );
  if (status.error)
    return (
      <Result
        status="error"
        title={t('app.startFailed')}
        subTitle={status.error.message}
        extra={<Button onClick={() => void status.refetch()}>{t('common.retry')}</Button>}
      />
    );
  if (status.data.needsSetup) return <FirstRunPage />;
  if (!session)
    return (
      <SignInPage
        notice={notice}
        onSignedIn={() => {
          // A fresh sign-in opens the user's home; after an expired session they go on where they were.
          if (notice === null) navigate(HOME);
          setNotice(null);
        }}
      />
    );
  return (
    <SessionContext.Provider value={session}>
      <Shell />
    </SessionContext.Provider>
  );
}
