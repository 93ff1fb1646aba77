import type { OpOutput, OpParsedInput } from '../contract/index';
import { deleteSessionsIdleSince, deleteUserSessions } from '../db/sessions-repo';
import {
  countUsers,
  findUserByUsername,
  getPasswordHash,
  getUser,
  insertUser,
  recordSignIn,
  setPasswordHash,
  setSignInFailures,
} from '../db/users-repo';
import { AppError, nowIso, requireUser } from './app-error';
import type { ServiceContext } from './context';
import { seedDemo } from './demo/seed';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords';
import { endSession, idleCutoff, startSession } from './sessions';
import { loadUserView } from './users';

export function status(ctx: ServiceContext, _input: OpParsedInput<'auth.status'>): OpOutput<'auth.status'> {
  return {
    needsSetup: countUsers(ctx.db) === 0,
    user: ctx.user ? loadUserView(ctx, ctx.user.id) : null,
    sessionTimeoutMinutes: ctx.app.config.sessionIdleMinutes,
  };
}

/** First run: the only way to create a user without being an administrator, so only while there are none. */
export function setup(ctx: ServiceContext, input: OpParsedInput<'auth.setup'>): OpOutput<'auth.setup'> {
  if (countUsers(ctx.db) > 0) throw new AppError('Conflict', 'auth.alreadySetUp');
  const id = insertUser(ctx.db, {
    username: input.username,
    displayName: input.displayName,
    passwordHash: hashPassword(input.password),
    roles: ['admin'],
    now: nowIso(ctx),
  });
  recordSignIn(ctx.db, id, nowIso(ctx));
  const sessionId = startSession(ctx, id);
  if (input.loadDemo) {
    const admin = {
      id,
      username: input.username,
      displayName: input.displayName,
      roles: ['admin' as const],
      sessionId,
    };
    seedDemo({ ...ctx, user: admin }, { includeAdmin: false });
  }
  return { user: loadUserView(ctx, id) };
}

/** Local time, minute precision: what the person at the keyboard compares with their clock. */
export function formatLocalMinute(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function signIn(ctx: ServiceContext, input: OpParsedInput<'auth.signIn'>): OpOutput<'auth.signIn'> {
  const { lockoutAttempts, lockoutMinutes } = ctx.app.config;
  const now = nowIso(ctx);
  const user = findUserByUsername(ctx.db, input.username);
  if (!user) {
    burnPasswordCheck(input.password);
    throw new AppError('Unauthenticated', 'auth.badCredentials');
  }
  if (user.lockedUntil !== null && user.lockedUntil > now) {
    throw new AppError('Unauthenticated', 'auth.locked', {
      attempts: lockoutAttempts,
      until: formatLocalMinute(new Date(user.lockedUntil)),
    });
  }
  // A lock that has run out starts a fresh count.
  const previousFailures = user.lockedUntil !== null ? 0 : user.failedAttempts;
  if (!verifyPassword(input.password, user.passwordHash)) {
    const failures = previousFailures + 1;
    if (failures >= lockoutAttempts) {
      const until = new Date(ctx.now.getTime() + lockoutMinutes * 60_000);
      setSignInFailures(ctx.db, user.id, failures, until.toISOString());
      throw new AppError(
        'Unauthenticated',
        'auth.locked',
        { attempts: failures, until: formatLocalMinute(until) },
        undefined,
        { commit: true },
      );
    }
    setSignInFailures(ctx.db, user.id, failures, null);
    throw new AppError('Unauthenticated', 'auth.badCredentials', {}, undefined, { commit: true });
  }
  // Only someone who knows the password learns that the account is disabled.
  if (user.disabled) throw new AppError('Unauthenticated', 'auth.disabled');
  recordSignIn(ctx.db, user.id, now);
  deleteSessionsIdleSince(ctx.db, idleCutoff(ctx.app, ctx.now));
  // Signing in from a browser that still holds an old session replaces it rather than leaving it behind.
  if (ctx.user) endSession(ctx, ctx.user.sessionId);
  startSession(ctx, user.id);
  return { user: loadUserView(ctx, user.id) };
}

export function signOut(ctx: ServiceContext, _input: OpParsedInput<'auth.signOut'>): OpOutput<'auth.signOut'> {
  endSession(ctx, requireUser(ctx).sessionId);
  return { done: true };
}

export function changePassword(
  ctx: ServiceContext,
  input: OpParsedInput<'auth.changePassword'>,
): OpOutput<'auth.changePassword'> {
  const me = requireUser(ctx);
  const stored = getPasswordHash(ctx.db, me.id);
  if (stored === undefined || !getUser(ctx.db, me.id)) throw new AppError('Unauthenticated', 'auth.expired');
  if (!verifyPassword(input.currentPassword, stored))
    throw new AppError('Validation', 'password.wrongCurrent', {}, 'currentPassword');
  setPasswordHash(ctx.db, me.id, hashPassword(input.newPassword), nowIso(ctx));
  // Other devices signed in with the old password are signed out; this one stays.
  deleteUserSessions(ctx.db, me.id, me.sessionId);
  return { done: true };
}
