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
  return loadUserView(ctx, id);
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
  return loadUserView(ctx, existing.id);
}

export function resetPassword(
  ctx: ServiceContext,
  input: OpParsedInput<'users.resetPassword'>,
): OpOutput<'users.resetPassword'> {
  const me = requireUser(ctx);
  if (!getUser(ctx.db, input.id)) throw notFound('user.notFound', input.id);
  setPasswordHash(ctx.db, input.id, hashPassword(input.newPassword), nowIso(ctx));
  // Whoever held the old password is signed out everywhere; an admin resetting their own keeps this session.
  deleteUserSessions(ctx.db, input.id, input.id === me.id ? me.sessionId : null);
  return { done: true };
}
