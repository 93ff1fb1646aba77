import { dispatch, DEMO_PASSWORD, type AppContext, type CallContext } from '../src-main/api';

/** A demo account signed in through dispatch, as the benchmarks' callers: the call context carries its session. */
export async function signInAs(app: AppContext, username: string): Promise<CallContext> {
  let token: string | null = null;
  const call: CallContext = { sessionToken: null, locale: 'zh', setSessionToken: (t) => (token = t) };
  const r = await dispatch(app, 'auth.signIn', { username, password: DEMO_PASSWORD }, call);
  if (!r.ok) throw new Error(`sign-in failed: ${r.error.message}`);
  call.sessionToken = token;
  return call;
}
