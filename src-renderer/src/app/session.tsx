import type { Permission, UserView } from '@contract';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { call } from '../api/client';
import { opKey } from '../api/hooks';

export interface Session {
  user: UserView;
  can: (permission: Permission) => boolean;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user; only screens behind the auth gate call this. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in shell');
  return session;
}

export const STATUS_KEY = opKey('auth.status', {});

/**
 * Whether this browser signed someone in and has not signed them out since. Without it the sign-in screen is
 * drawn before main's answer to auth.status (nearly always what that answer asks for); with it the gate waits,
 * so a reload never flashes the sign-in form before the frame. A hint only: auth.status decides.
 */
const SESSION_HINT = 'grants.signedIn';

export function sessionHinted(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT) === '1';
  } catch {
    return true;
  }
}

function recordSessionHint(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SESSION_HINT, '1');
    else localStorage.removeItem(SESSION_HINT);
  } catch {
    // Blocked storage: the gate then always waits for auth.status, as it did before the hint.
  }
}

/**
 * Starts the session probe the gate's useOp('auth.status') then reads from the cache; says which screen follows
 * (someone signed in after a reload, or the first run), whose code can then be fetched at once.
 */
export async function probeSession(client: QueryClient): Promise<'signedIn' | 'firstRun' | 'signIn' | 'unknown'> {
  await client.prefetchQuery({ queryKey: STATUS_KEY, queryFn: () => call('auth.status', {}) });
  const status = client.getQueryData<{ needsSetup: boolean; user: UserView | null }>(STATUS_KEY);
  if (!status) return 'unknown';
  recordSessionHint(status.user !== null);
  return status.needsSetup ? 'firstRun' : status.user ? 'signedIn' : 'signIn';
}

/**
 * Drops everything cached for the previous user (another user may see less), then records who is signed
 * in now — or nobody — so the gate re-renders the right screen.
 */
export function setSignedInUser(client: QueryClient, user: UserView | null): void {
  recordSessionHint(user !== null);
  // A status answer still on its way (asked before this sign-in) would otherwise overwrite this one.
  void client.cancelQueries({ queryKey: STATUS_KEY });
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth.status' });
  client.setQueryData(STATUS_KEY, (old: { needsSetup: boolean; sessionTimeoutMinutes: number } | undefined) => ({
    needsSetup: false,
    sessionTimeoutMinutes: old?.sessionTimeoutMinutes ?? 30,
    user,
  }));
}

export function useSignOut(): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    try {
      await call('auth.signOut', {});
    } finally {
      setSignedInUser(client, null);
    }
  };
}

type SignInNoticeListener = (text: string) => void;
const signInNoticeListeners = new Set<SignInNoticeListener>();

/**
 * Ends the session on this screen and has the sign-in page say why (after a restore, say): a toast would vanish
 * with the signed-in frame that shows it.
 */
export function signOutWithNotice(client: QueryClient, text: string): void {
  for (const listener of signInNoticeListeners) listener(text);
  setSignedInUser(client, null);
}

export function onSignInNotice(listener: SignInNoticeListener): () => void {
  signInNoticeListeners.add(listener);
  return () => void signInNoticeListeners.delete(listener);
}
