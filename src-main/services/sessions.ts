import { createHash, randomBytes } from 'node:crypto';
import { deleteSession, findSession, insertSession, touchSession, touchSessionIfUnlocked } from '../db/sessions-repo';
import { getUser } from '../db/users-repo';
import { AppError } from './app-error';
import type { AppContext, ServiceContext, SessionUser } from './context';

/** 32 random bytes, base64url: what the transport keeps (cookie or main-process memory). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

/** Creates a session for the user and hands its token to the transport once the transaction commits. */
export function startSession(ctx: ServiceContext, userId: number): number {
  const token = newSessionToken();
  const id = insertSession(ctx.db, { tokenHash: tokenHash(token), userId, now: ctx.now.toISOString() });
  ctx.session.next = token;
  return id;
}

export function endSession(ctx: ServiceContext, sessionId: number): void {
  deleteSession(ctx.db, sessionId);
  ctx.session.next = null;
}

export function idleCutoff(app: AppContext, now: Date): string {
  return new Date(now.getTime() - app.config.sessionIdleMinutes * 60_000).toISOString();
}

type Resolution = { user: SessionUser } | { rule: 'auth.required' | 'auth.expired' | 'auth.disabled' };

function resolve(app: AppContext, token: string | null, now: Date): Resolution {
  if (token === null || token === '') return { rule: 'auth.required' };
  // A token of the wrong shape can only be forged or stale; it is answered like an unknown one.
  const session = TOKEN_RE.test(token) ? findSession(app.db, tokenHash(token)) : undefined;
  if (!session) return { rule: 'auth.expired' };
  const pending = pendingTouches.get(app.db)?.get(session.id);
  const lastSeenAt = pending !== undefined && pending > session.lastSeenAt ? pending : session.lastSeenAt;
  if (lastSeenAt <= idleCutoff(app, now)) return { rule: 'auth.expired' };
  // Roles and the disabled flag are read on every call, so an administrator's change applies at once.
  const user = getUser(app.db, session.userId);
  if (!user) return { rule: 'auth.expired' };
  if (user.disabled) return { rule: 'auth.disabled' };
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      sessionId: session.id,
    },
  };
}

/**
 * Sessions used while another connection held the write lock: when they were last seen, kept in memory until
 * the next touch reaches the database, so a user who only reads during a long import is not signed out.
 */
const pendingTouches = new WeakMap<AppContext['db'], Map<number, string>>();

/** The session behind a token, or Unauthenticated; reads only, so it never waits for the write lock. */
export function resolveSession(app: AppContext, token: string | null, now: Date): SessionUser {
  const r = resolve(app, token, now);
  if ('rule' in r) throw new AppError('Unauthenticated', r.rule);
  return r.user;
}

/** Slides the session inside the caller's write transaction (a mutation). */
export function touchSessionInTransaction(app: AppContext, user: SessionUser, now: Date): void {
  touchSession(app.db, user.sessionId, now.toISOString());
  pendingTouches.get(app.db)?.delete(user.sessionId);
}

/**
 * Slides the session after a read, outside any transaction, unless another connection holds the write lock:
 * then the time is remembered here and written by a later touch.
 */
export function touchSessionWithoutWaiting(app: AppContext, user: SessionUser, now: Date): void {
  let pending = pendingTouches.get(app.db);
  if (touchSessionIfUnlocked(app.db, user.sessionId, now.toISOString())) {
    pending?.delete(user.sessionId);
    return;
  }
  if (!pending) {
    pending = new Map();
    pendingTouches.set(app.db, pending);
  }
  pending.set(user.sessionId, now.toISOString());
}

/**
 * The session behind a token, or Unauthenticated. Sliding last_seen_at is what keeps an active user signed
 * in; call it inside a write transaction.
 */
export function authenticate(app: AppContext, token: string | null, now: Date): SessionUser {
  const r = resolve(app, token, now);
  if ('rule' in r) throw new AppError('Unauthenticated', r.rule);
  touchSession(app.db, r.user.sessionId, now.toISOString());
  return r.user;
}

/** For public ops (auth.status): who is signed in, if anyone, without sliding the session or failing. */
export function peekSession(app: AppContext, token: string | null, now: Date): SessionUser | null {
  const r = resolve(app, token, now);
  return 'user' in r ? r.user : null;
}
