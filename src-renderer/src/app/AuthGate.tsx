import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, onUnauthenticated } from '../api/client';
import { opKey, useOp } from '../api/hooks';
import { PlainAlert, PlainSpin } from '../features/auth/PlainControls';
import { loadSignInRules, SignInPage } from '../features/auth/SignInPage';
import { onSignInNotice, sessionHinted, SessionContext, setSignedInUser, type Session } from './session';
import { HOME, navigate } from './router';
import { loadFirstRunCode, loadFrameCode } from './frame';
import { loadScreenText } from './i18n';

// The signed-in frame and the first-run form are their own chunks, with antd: the sign-in screen loads neither.
// The signed-in frame and the text of its screens come together, so no screen shows a bare key; the home screen,
// where a sign-in lands, comes with them.
const loadShell = async () => (await Promise.all([loadFrameCode(), loadScreenText()]))[0];
const SignedInFrame = lazy(async () => ({ default: (await loadShell()).SignedInFrame }));
const StyleWarmup = lazy(async () => ({ default: (await loadShell()).StyleWarmup }));
const FirstRunFrame = lazy(async () => ({ default: await loadFirstRunCode() }));

const HOME_KEY = opKey('home.summary', {});

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

  // While the user types a password, fetch the signed-in frame, so 登录 does not wait for it. Started by the
  // first key, click or input, or half a second after the screen appeared, never before: the sign-in screen
  // itself never waits for it.
  // Before main answers, the sign-in screen is drawn unless this browser had someone signed in (see sessionHinted).
  const [hinted] = useState(sessionHinted);
  const early = status.isPending && !hinted;
  const signingIn = early || (status.data !== undefined && !status.data.needsSetup && !user);
  const [warm, setWarm] = useState(false);
  useEffect(() => {
    if (!signingIn) return;
    const events = ['keydown', 'pointerdown', 'input'] as const;
    const start = () => {
      stop();
      // Failing here only loses the head start: 登录 loads them again and reports a failure.
      void loadSignInRules().catch(() => undefined);
      void loadShell().then(() => setWarm(true));
    };
    const timer = window.setTimeout(start, 500);
    function stop() {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, start, true);
    }
    for (const e of events) window.addEventListener(e, start, true);
    return stop;
  }, [signingIn]);

  const loading = (
    <div className="center-screen">
      <PlainSpin label={t('common.loading')} />
    </div>
  );
  if (status.isPending && !early) return loading;
  if (status.error)
    return (
      // Plain, as the sign-in screen: antd is not loaded yet when the service cannot be reached.
      <div className="center-screen">
        <PlainAlert
          type="error"
          action={
            <button type="button" className="plain-button" onClick={() => void status.refetch()}>
              {t('common.retry')}
            </button>
          }
        >
          <div className="plain-alert-title">{t('app.startFailed')}</div>
          <div>{status.error.message}</div>
        </PlainAlert>
      </div>
    );
  if (status.data?.needsSetup)
    return (
      <Suspense fallback={loading}>
        <FirstRunFrame />
      </Suspense>
    );
  // In the same place in both trees below, so it stays mounted across the sign-in.
  const warmup = warm ? (
    <Suspense fallback={null}>
      <StyleWarmup />
    </Suspense>
  ) : null;
  if (!session)
    return (
      <>
        {warmup}
        <SignInPage
          notice={notice}
          onSignedIn={() => {
            // A fresh sign-in opens the user's home; after an expired session they go on where they were.
            if (notice === null) {
              navigate(HOME);
              // Asked now, while the frame draws, not when the home screen first asks.
              void client.prefetchQuery({ queryKey: HOME_KEY, queryFn: () => call('home.summary', {}) });
            }
            setNotice(null);
          }}
        />
      </>
    );
  return (
    <>
      {warmup}
      <SessionContext.Provider value={session}>
        <Suspense fallback={loading}>
          <SignedInFrame />
        </Suspense>
      </SessionContext.Provider>
    </>
  );
}
