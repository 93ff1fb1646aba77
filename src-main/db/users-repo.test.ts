import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import type { Db } from './statements';
import { TempFolder } from '../testing/db';
import {
  countActiveAdmins,
  countUsers,
  findUserByUsername,
  getUser,
  insertUser,
  listUsers,
  recordSignIn,
  setPasswordHash,
  setSignInFailures,
  setUserRoles,
  updateUserProfile,
} from './users-repo';
import {
  countSessions,
  deleteSessionsIdleSince,
  deleteUserSessions,
  findSession,
  insertSession,
  touchSession,
} from './sessions-repo';

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file());
});
afterEach(() => {
  db.close();
  folder.remove();
});

const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
const add = (username: string, roles: Parameters<typeof insertUser>[1]['roles'], now = '2024-01-01T00:00:00.000Z') =>
  insertUser(db, { username, displayName: `${username}名`, passwordHash: HASH, roles, now });
const list = (q: Partial<Parameters<typeof listUsers>[1]> = {}) =>
  listUsers(db, { page: 1, pageSize: 50, sort: [], search: '', filters: {}, ...q });

describe('users repository', () => {
  it('stores users with their roles in catalogue order', () => {
    const id = add('Wang', ['auditor', 'admin']);
    expect(getUser(db, id)).toEqual({
      id,
      username: 'Wang',
      displayName: 'Wang名',
      roles: ['admin', 'auditor'],
      disabled: false,
      failedAttempts: 0,
      lockedUntil: null,
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      lastSignInAt: null,
    });
    expect(findUserByUsername(db, 'wang')?.passwordHash).toBe(HASH);
    expect(countUsers(db)).toBe(1);
  });

  it('counts only enabled administrators', () => {
    const a = add('a', ['admin']);
    add('b', ['admin', 'finance']);
    add('c', ['finance']);
    expect(countActiveAdmins(db)).toBe(2);
    updateUserProfile(db, a, { displayName: 'a', disabled: true, now: 'x' });
    expect(countActiveAdmins(db)).toBe(1);
    setUserRoles(db, a, ['admin', 'admin']);
    expect(getUser(db, a)?.roles).toEqual(['admin']);
  });

  it('tracks failures, lockout and sign-in', () => {
    const id = add('u', ['project']);
    setSignInFailures(db, id, 5, '2024-01-01T00:15:00.000Z');
    expect(getUser(db, id)).toMatchObject({ failedAttempts: 5, lockedUntil: '2024-01-01T00:15:00.000Z' });
    recordSignIn(db, id, '2024-01-01T01:00:00.000Z');
    expect(getUser(db, id)).toMatchObject({
      failedAttempts: 0,
      lockedUntil: null,
      lastSignInAt: '2024-01-01T01:00:00.000Z',
    });
    setSignInFailures(db, id, 5, '2024-01-01T02:00:00.000Z');
    setPasswordHash(db, id, 'scrypt$new', '2024-01-01T01:30:00.000Z');
    expect(getUser(db, id)).toMatchObject({
      failedAttempts: 0,
      lockedUntil: null,
      updatedAt: '2024-01-01T01:30:00.000Z',
    });
  });

  it('lists with search, role and disabled filters, case-insensitive name order', () => {
    add('bob', ['finance'], '2024-01-03T00:00:00.000Z');
    const alice = add('Alice', ['admin'], '2024-01-02T00:00:00.000Z');
    add('carol_x', ['finance', 'auditor'], '2024-01-01T00:00:00.000Z');
    updateUserProfile(db, alice, { displayName: '爱丽丝', disabled: true, now: 'x' });
    expect(list().rows.map((u) => u.username)).toEqual(['Alice', 'bob', 'carol_x']);
    expect(list({ sort: [{ id: 'createdAt', desc: false }] }).rows.map((u) => u.username)).toEqual([
      'carol_x',
      'Alice',
      'bob',
    ]);
    expect(list({ filters: { role: 'finance' } }).total).toBe(2);
    expect(list({ filters: { disabled: true } }).rows.map((u) => u.id)).toEqual([alice]);
    expect(list({ search: '爱丽' }).rows.map((u) => u.id)).toEqual([alice]);
    expect(list({ search: '_' }).rows.map((u) => u.username)).toEqual(['carol_x']);
    expect(list({ pageSize: 1, page: 3 })).toMatchObject({ total: 3, rows: [{ username: 'carol_x' }] });
  });

  it('pages full names in pinyin order, following a rename', () => {
    const names: [string, string][] = [
      ['zhang', '张伟'],
      ['chong', '重庆市局 陈晓'],
      ['an', '安然'],
      ['du', '杜鹃'],
    ];
    const ids = names.map(([u, n]) => {
      const id = add(u, ['project']);
      updateUserProfile(db, id, { displayName: n, disabled: false, now: 'x' });
      return id;
    });
    const byName = (page: number) =>
      list({ sort: [{ id: 'displayName', desc: false }], pageSize: 2, page }).rows.map((u) => u.displayName);
    expect([...byName(1), ...byName(2)]).toEqual(['安然', '重庆市局 陈晓', '杜鹃', '张伟']);
    updateUserProfile(db, ids[0]!, { displayName: '白雪', disabled: false, now: 'x' });
    expect(byName(1)).toEqual(['安然', '白雪']);
  });
});

describe('sessions repository', () => {
  it('finds by token hash, slides, and deletes', () => {
    const u = add('u', ['auditor']);
    const s1 = insertSession(db, { tokenHash: '1'.repeat(64), userId: u, now: '2024-01-01T00:00:00.000Z' });
    const s2 = insertSession(db, { tokenHash: '2'.repeat(64), userId: u, now: '2024-01-01T00:00:00.000Z' });
    touchSession(db, s2, '2024-01-01T00:20:00.000Z');
    expect(findSession(db, '2'.repeat(64))).toEqual({
      id: s2,
      userId: u,
      createdAt: '2024-01-01T00:00:00.000Z',
      lastSeenAt: '2024-01-01T00:20:00.000Z',
    });
    expect(deleteSessionsIdleSince(db, '2024-01-01T00:10:00.000Z')).toBe(1);
    expect(findSession(db, '1'.repeat(64))).toBeUndefined();
    insertSession(db, { tokenHash: '3'.repeat(64), userId: u, now: '2024-01-01T00:30:00.000Z' });
    expect(deleteUserSessions(db, u, s2)).toBe(1);
    expect(countSessions(db, u)).toBe(1);
    expect(s1).toBeGreaterThan(0);
  });
});
