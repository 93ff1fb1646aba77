import type { OpOutput, OpParsedInput, UserView } from '../contract/index';
import { PERMISSIONS, permissionsOf } from '../contract/permissions';
import { deleteUserSessions } from '../db/sessions-repo';
import {
  countActiveAdmins,
  findUserByUsername,
  getUser,
  insertUser,
  listUsers,
  setPasswordHash,
  setUserRoles,
  updateUserProfile,
  type UserRecord,
} from '../db/users-repo';
import { AppError, notFound, nowIso, requireUser } from './app-error';
import { recordChange } from './audit';
import type { ServiceContext } from './context';
import { hashPassword } from './passwords';

export function toUserView(u: UserRecord, now: Date): UserView {
  const granted = permissionsOf(u.roles);
  const nowText = now.toISOString();
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    permissions: PERMISSIONS.filter((p) => granted.has(p)),
    disabled: u.disabled,
    createdAt: u.createdAt,
    lastSignInAt: u.lastSignInAt,
    // A lock that has run out is history, not state.
    lockedUntil: u.lockedUntil !== null && u.lockedUntil > nowText ? u.lockedUntil : null,
  };
}

export function loadUserView(ctx: ServiceContext, id: number): UserView {
  const u = getUser(ctx.db, id);
  if (!u) throw notFound('user.notFound', id);
  return toUserView(u, ctx.now);
}

export function assertUsernameFree(ctx: ServiceContext, username: string): void {
  if (findUserByUsername(ctx.db, username))
    throw new AppError('Conflict', 'user.usernameTaken', { username }, 'username');
}

export function list(ctx: ServiceContext, input: OpParsedInput<'users.list'>): OpOutput<'users.list'> {
  const { rows, total } = listUsers(ctx.db, input);
  return { rows: rows.map((u) => toUserView(u, ctx.now)), total };
}

export function create(ctx: ServiceContext, input: OpParsedInput<'users.create'>): OpOutput<'users.create'> {
  assertUsernameFree(ctx, input.username);
  const id = insertUser(ctx.db, {
    username: input.username,
    displayName: input.displayName,
    passwordHash: hashPassword(input.password),
    roles: input.roles,
    now: nowIso(ctx),
  });
  const created = loadUserView(ctx, id);
  recordChange(ctx, 'user', id, null, forLog(created));
  return created;
}

export function update(ctx: ServiceContext, input: OpParsedInput<'users.update'>): OpOutput<'users.update'> {
  const me = requireUser(ctx);
  const existing = getUser(ctx.db, input.id);
  if (!existing) throw notFound('user.notFound', input.id);
  const roles = input.roles ?? existing.roles;
  const disabled = input.disabled ?? existing.disabled;
  if (disabled && !existing.disabled && existing.id === me.id)
    throw new AppError('RuleViolation', 'user.selfDisable', {}, 'disabled');
  const wasActiveAdmin = !existing.disabled && existing.roles.includes('admin');
  const staysActiveAdmin = !disabled && roles.includes('admin');
  if (wasActiveAdmin && !staysActiveAdmin && countActiveAdmins(ctx.db) <= 1)
    throw new AppError('RuleViolation', 'user.lastAdmin', {}, input.disabled ? 'disabled' : 'roles');
  updateUserProfile(ctx.db, existing.id, {
    displayName: input.displayName ?? existing.displayName,
    disabled,
    now: nowIso(ctx),
  });
  if (input.roles) setUserRoles(ctx.db, existing.id, input.roles);
  const updated = loadUserView(ctx, existing.id);
  recordChange(ctx, 'user', existing.id, forLog(toUserView(existing, ctx.now)), forLog(updated));
  return updated;
}

export function resetPassword(
  ctx: ServiceContext,
  input: OpParsedInput<'users.resetPassword'>,
): OpOutput<'users.resetPassword'> {
  const me = requireUser(ctx);
  const existing = getUser(ctx.db, input.id);
  if (!existing) throw notFound('user.notFound', input.id);
  setPasswordHash(ctx.db, input.id, hashPassword(input.newPassword), nowIso(ctx));
  // Whoever held the old password is signed out everywhere; an admin resetting their own keeps this session.
  deleteUserSessions(ctx.db, input.id, input.id === me.id ? me.sessionId : null);
  // The log says that the password was set and what that did to the lockout, never the password.
  recordChange(ctx, 'user', input.id, passwordState(existing), {
    ...passwordState(getUser(ctx.db, input.id)!),
    passwordSet: true,
  });
  return { done: true };
}

/** What a password change does that the log may show: the lockout it lifts and the time it was set. */
export function passwordState(u: UserRecord): {
  failedAttempts: number;
  lockedUntil: string | null;
  updatedAt: string;
} {
  return { failedAttempts: u.failedAttempts, lockedUntil: u.lockedUntil, updatedAt: u.updatedAt };
}

/** A user as the log shows it: permissions follow from the roles, so they are left out. */
export function forLog(view: UserView): Omit<UserView, 'permissions'> {
  const { permissions: _derived, ...rest } = view;
  return rest;
}
