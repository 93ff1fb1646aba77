import { Alert, Button, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onUnauthenticated } from '../api/client';
import { useOp } from '../api/hooks';
import { SignInPage } from '../features/auth/SignInPage';
import { onSignInNotice, SessionContext, setSignedInUser, type Session } from './session';
import { HOME, navigate } from './router';
import { loadScreenText } from './i18n';

// The signed-in frame and the first-run form are their own chunks: the sign-in screen loads neither.
// The signed-in frame and the text of its screens come together, so no screen shows a bare key.
const loadShell = async () => (await Promise.all([import('./Shell'), loadScreenText()]))[0];
const Shell = lazy(async () => ({ default: (await loadShell()).Shell }));
const FirstRunPage = lazy(async () => ({ default: (await import('../features/auth/FirstRunPage')).FirstRunPage }));

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
        // A reason already given (a restore ended the session) is not replaced by the calls it left behind.
        setNotice((given) => given ?? error.message);
        setSignedInUser(client, null);
      }),
    [client],
  );
  useEffect(() => onSignInNotice(setNotice), []);

  const user = status.data?.user ?? null;
  const session = useMemo<Session | null>(
    () => (user ? { user, can: (p) => user.permissions.includes(p) } : null),
    [user],
  );

  // While the user types a password, fetch the signed-in frame, so 登录 does not wait for it.
  const signingIn = status.data !== undefined && !status.data.needsSetup && !user;
  // Started by the first key or click, not at once, so the sign-in screen itself never waits for it.
  useEffect(() => {
    if (!signingIn) return;
    const start = () => void loadShell();
    window.addEventListener('keydown', start, { once: true });
    window.addEventListener('pointerdown', start, { once: true });
    return () => {
      window.removeEventListener('keydown', start);
      window.removeEventListener('pointerdown', start);
    };
  }, [signingIn]);

  const loading = (
    <div className="center-screen">
      <Spin size="large" aria-label={t('common.loading')} />
    </div>
  );
  if (status.isPending) return loading;
  if (status.error)
    return (
      // An Alert, not a Result: Result's illustrations would weigh on every start for a screen seldom seen.
      <div className="center-screen">
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('app.startFailed')}
          description={status.error.message}
          action={<Button onClick={() => void status.refetch()}>{t('common.retry')}</Button>}
        />
      </div>
    );
  if (status.data.needsSetup)
    return (
      <Suspense fallback={loading}>
        <FirstRunPage />
      </Suspense>
    );
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
      <Suspense fallback={loading}>
        <Shell />
      </Suspense>
    </SessionContext.Provider>
  );
}
