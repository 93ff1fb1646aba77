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
import { recordActor, recordChange, recordEvent } from './audit';
import type { AuditActor, ServiceContext } from './context';
import { seedDemo } from './demo/seed';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords';
import { endSession, idleCutoff, startSession } from './sessions';
import { forLog, loadUserView, passwordState } from './users';

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
  recordActor(ctx, { userId: id, username: input.username, roles: ['admin'] });
  recordChange(ctx, 'user', id, null, forLog(loadUserView(ctx, id)));
  if (input.loadDemo) {
    const admin = {
      id,
      username: input.username,
      displayName: input.displayName,
      roles: ['admin' as const],
      sessionId,
    };
    const loaded = seedDemo({ ...ctx, user: admin }, { includeAdmin: false });
    recordChange(ctx, 'demo', 'sample-data', null, loaded);
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
  // Every failed sign-in is logged (under the name tried, never with the password) and so committed.
  const kept = { commit: true };
  if (!user) {
    burnPasswordCheck(input.password);
    recordActor(ctx, { userId: null, username: input.username, roles: [] });
    recordEvent(ctx, 'auth.signInFailed', null, null, { reason: 'unknownUser' });
    throw new AppError('Unauthenticated', 'auth.badCredentials', {}, undefined, kept);
  }
  const actor: AuditActor = { userId: user.id, username: user.username, roles: user.roles };
  const entity = { type: 'user', id: user.id };
  recordActor(ctx, actor);
  if (user.lockedUntil !== null && user.lockedUntil > now) {
    recordEvent(ctx, 'auth.signInFailed', entity, null, { reason: 'locked', lockedUntil: user.lockedUntil });
    throw new AppError(
      'Unauthenticated',
      'auth.locked',
      { attempts: lockoutAttempts, until: formatLocalMinute(new Date(user.lockedUntil)) },
      undefined,
      kept,
    );
  }
  // A lock that has run out starts a fresh count.
  const previousFailures = user.lockedUntil !== null ? 0 : user.failedAttempts;
  if (!verifyPassword(input.password, user.passwordHash)) {
    const failures = previousFailures + 1;
    const attempt = { failedAttempts: user.failedAttempts, lockedUntil: user.lockedUntil };
    if (failures >= lockoutAttempts) {
      const until = new Date(ctx.now.getTime() + lockoutMinutes * 60_000);
      setSignInFailures(ctx.db, user.id, failures, until.toISOString());
      recordEvent(ctx, 'auth.signInFailed', entity, attempt, { reason: 'badPassword', failedAttempts: failures });
      recordEvent(ctx, 'auth.lockout', entity, attempt, { failedAttempts: failures, lockedUntil: until.toISOString() });
      throw new AppError(
        'Unauthenticated',
        'auth.locked',
        { attempts: failures, until: formatLocalMinute(until) },
        undefined,
        kept,
      );
    }
    setSignInFailures(ctx.db, user.id, failures, null);
    recordEvent(ctx, 'auth.signInFailed', entity, attempt, {
      reason: 'badPassword',
      failedAttempts: failures,
      lockedUntil: null,
    });
    throw new AppError('Unauthenticated', 'auth.badCredentials', {}, undefined, kept);
  }
  // Only someone who knows the password learns that the account is disabled.
  if (user.disabled) {
    recordEvent(ctx, 'auth.signInFailed', entity, null, { reason: 'disabled' });
    throw new AppError('Unauthenticated', 'auth.disabled', {}, undefined, kept);
  }
  recordSignIn(ctx.db, user.id, now);
  recordChange(
    ctx,
    'user',
    user.id,
    { lastSignInAt: user.lastSignInAt, failedAttempts: user.failedAttempts, lockedUntil: user.lockedUntil },
    { lastSignInAt: now, failedAttempts: 0, lockedUntil: null },
  );
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
  const before = passwordState(getUser(ctx.db, me.id)!);
  setPasswordHash(ctx.db, me.id, hashPassword(input.newPassword), nowIso(ctx));
  // Other devices signed in with the old password are signed out; this one stays.
  deleteUserSessions(ctx.db, me.id, me.sessionId);
  recordChange(ctx, 'user', me.id, before, { ...passwordState(getUser(ctx.db, me.id)!), passwordSet: true });
  return { done: true };
}
