import type { OpParsedInput } from '../contract/index';
import { pinyinSortKey } from '../core/pinyin-key';
import { ROLES, type Role } from '../contract/permissions';
import { containsPattern, limitOffset, orderBy, Where, type ListResult } from './list-sql';
import { bool, prepared, type Db } from './statements';

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
  lastSignInAt: string | null;
}

export interface UserWithHash extends UserRecord {
  passwordHash: string;
}

type UserListQuery = OpParsedInput<'users.list'>;

const SELECT = `SELECT u.id, u.username, u.display_name, u.disabled, u.failed_attempts, u.locked_until,
  u.created_at, u.updated_at, u.last_sign_in_at, u.password_hash,
  (SELECT json_group_array(r.role) FROM user_roles r WHERE r.user_id = u.id) AS roles_json
  FROM users u`;

const SORT_COLUMNS: Record<UserListQuery['sort'][number]['id'], string> = {
  username: 'u.username',
  displayName: 'u.name_key',
  createdAt: 'u.created_at',
  lastSignInAt: 'u.last_sign_in_at',
};

function toRecord(row: Record<string, unknown>): UserRecord {
  const stored = JSON.parse(String(row.roles_json ?? '[]')) as string[];
  return {
    id: row.id as number,
    username: row.username as string,
    displayName: row.display_name as string,
    // Present roles in the catalogue's order, whatever order they were stored in.
    roles: ROLES.filter((r) => stored.includes(r)),
    disabled: bool(row.disabled),
    failedAttempts: row.failed_attempts as number,
    lockedUntil: (row.locked_until as string | null) ?? null,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    lastSignInAt: (row.last_sign_in_at as string | null) ?? null,
  };
}

export function countUsers(db: Db): number {
  return prepared(db, 'SELECT COUNT(*) FROM users').pluck().get() as number;
}

export function getUser(db: Db, id: number): UserRecord | undefined {
  const row = prepared(db, `${SELECT} WHERE u.id = ?`).get(id) as Record<string, unknown> | undefined;
  return row && toRecord(row);
}

/** User names compare without regard to case, as the UNIQUE constraint does. */
export function findUserByUsername(db: Db, username: string): UserWithHash | undefined {
  const row = prepared(db, `${SELECT} WHERE u.username = ?`).get(username) as Record<string, unknown> | undefined;
  return row && { ...toRecord(row), passwordHash: row.password_hash as string };
}

export function getPasswordHash(db: Db, id: number): string | undefined {
  return prepared(db, 'SELECT password_hash FROM users WHERE id = ?').pluck().get(id) as string | undefined;
}

export function insertUser(
  db: Db,
  u: { username: string; displayName: string; passwordHash: string; roles: readonly Role[]; now: string },
): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO users (username, display_name, password_hash, created_at, updated_at, name_key)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(u.username, u.displayName, u.passwordHash, u.now, u.now, pinyinSortKey(u.displayName));
  const id = Number(lastInsertRowid);
  setUserRoles(db, id, u.roles);
  return id;
}

export function setUserRoles(db: Db, id: number, roles: readonly Role[]): void {
  prepared(db, 'DELETE FROM user_roles WHERE user_id = ?').run(id);
  const insert = prepared(db, 'INSERT OR IGNORE INTO user_roles (user_id, role) VALUES (?, ?)');
  for (const role of roles) insert.run(id, role);
}

export function updateUserProfile(
  db: Db,
  id: number,
  p: { displayName: string; disabled: boolean; now: string },
): void {
  prepared(db, 'UPDATE users SET display_name = ?, disabled = ?, updated_at = ?, name_key = ? WHERE id = ?').run(
    p.displayName,
    p.disabled ? 1 : 0,
    p.now,
    pinyinSortKey(p.displayName),
    id,
  );
}

/** A new password also lifts any lockout: that is how an administrator lets a locked-out colleague back in. */
export function setPasswordHash(db: Db, id: number, passwordHash: string, now: string): void {
  prepared(
    db,
    'UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?',
  ).run(passwordHash, now, id);
}

export function setSignInFailures(db: Db, id: number, failedAttempts: number, lockedUntil: string | null): void {
  prepared(db, 'UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(
    failedAttempts,
    lockedUntil,
    id,
  );
}

export function recordSignIn(db: Db, id: number, now: string): void {
  prepared(db, 'UPDATE users SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ? WHERE id = ?').run(
    now,
    id,
  );
}

/** Display names of these users, by id (ids that name no user are left out). */
export function displayNamesOf(db: Db, ids: readonly number[]): Record<string, string> {
  if (ids.length === 0) return {};
  const rows = prepared(db, 'SELECT id, display_name FROM users WHERE id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(ids)) as [number, string][];
  return Object.fromEntries(rows.map(([id, name]) => [String(id), name]));
}

export function countActiveAdmins(db: Db): number {
  return prepared(
    db,
    `SELECT COUNT(*) FROM user_roles r JOIN users u ON u.id = r.user_id WHERE r.role = 'admin' AND u.disabled = 0`,
  )
    .pluck()
    .get() as number;
}

export function listUsers(db: Db, q: UserListQuery): ListResult<UserRecord> {
  const where = new Where();
  if (q.search) {
    const like = containsPattern(q.search);
    where.add(`u.username LIKE ? ESCAPE '\\' OR u.display_name LIKE ? ESCAPE '\\'`, like, like);
  }
  if (q.filters.role !== undefined)
    where.add('EXISTS (SELECT 1 FROM user_roles f WHERE f.user_id = u.id AND f.role = ?)', q.filters.role);
  if (q.filters.disabled !== undefined) where.add('u.disabled = ?', q.filters.disabled ? 1 : 0);
  const order = orderBy(q.sort, SORT_COLUMNS, 'u.id', 'u.username ASC, u.id ASC');
  const rows = prepared(db, `${SELECT} ${where.sql()} ${order} LIMIT ? OFFSET ?`).all(
    ...where.params,
    ...limitOffset(q),
  ) as Record<string, unknown>[];
  const total = prepared(db, `SELECT COUNT(*) FROM users u ${where.sql()}`)
    .pluck()
    .get(...where.params) as number;
  return { rows: rows.map(toRecord), total };
}
