import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ops, type OpInput, type OpName } from '../contract/index';
import { countSessions } from '../db/sessions-repo';
import { getUser, setSignInFailures } from '../db/users-repo';
import { AppError } from './app-error';
import { verifyPassword } from './passwords';
import { addUser, contextFor, openTestApp, type TestApp } from '../testing/services';
import * as users from './users';

let t: TestApp;
let admin: ReturnType<typeof addUser>;
beforeEach(() => {
  t = openTestApp();
  admin = addUser(t.app, 'root', ['admin']);
});
afterEach(() => t.close());

const parse = <N extends OpName>(op: N, input: OpInput<N>) => ops[op].input.parse(input) as never;
const asAdmin = () => contextFor(t.app, admin, admin.token);

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('users', () => {
  it('creates a user with a scrypt hash and the permissions of their roles', () => {
    const v = users.create(
      asAdmin(),
      parse('users.create', {
        username: 'li',
        displayName: '李强',
        password: 'pass1234',
        roles: ['finance', 'project'],
      }),
    );
    expect(v).toMatchObject({
      username: 'li',
      roles: ['finance', 'project'],
      disabled: false,
      lockedUntil: null,
      lastSignInAt: null,
    });
    expect([...v.permissions].sort()).toEqual(
      [
        'fundPrograms.read',
        'organizations.read',
        'system.read',
        'applications.read',
        'applications.export',
        'applications.financeReview',
        'applications.approve',
        'organizations.sanction',
        'tranches.manage',
        'organizations.manage',
        'applications.edit',
        'applications.formalReview',
        'applications.assignReviewers',
        'applications.import',
        'ledger.post',
        'budgets.request',
        'budgets.approve',
        'milestones.manage',
        'attachments.upload',
        'projects.close',
        'recoveries.record',
        'periods.lock',
        'rectifications.evidence',
      ].sort(),
    );
    const hash = t.app.db.prepare('SELECT password_hash FROM users WHERE id = ?').pluck().get(v.id) as string;
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(verifyPassword('pass1234', hash)).toBe(true);
  });

  it('refuses a duplicate user name, whatever its case', () => {
    const e = caught(() =>
      users.create(
        asAdmin(),
        parse('users.create', { username: 'ROOT', displayName: 'x', password: 'pass1234', roles: ['auditor'] }),
      ),
    );
    expect([e.kind, e.rule, e.params, e.field]).toEqual([
      'Conflict',
      'user.usernameTaken',
      { username: 'ROOT' },
      'username',
    ]);
  });

  it('reports a missing user as NotFound', () => {
    for (const fn of [
      () => users.update(asAdmin(), parse('users.update', { id: 99, displayName: 'x' })),
      () => users.resetPassword(asAdmin(), parse('users.resetPassword', { id: 99, newPassword: 'pass1234' })),
    ]) {
      const e = caught(fn);
      expect([e.kind, e.rule, e.params]).toEqual(['NotFound', 'user.notFound', { id: 99 }]);
    }
  });

  it('does not let an administrator disable themselves', () => {
    addUser(t.app, 'second', ['admin']);
    const e = caught(() => users.update(asAdmin(), parse('users.update', { id: admin.id, disabled: true })));
    expect([e.kind, e.rule, e.field]).toEqual(['RuleViolation', 'user.selfDisable', 'disabled']);
  });

  it('keeps at least one enabled administrator', () => {
    const e = caught(() => users.update(asAdmin(), parse('users.update', { id: admin.id, roles: ['finance'] })));
    expect([e.kind, e.rule, e.field]).toEqual(['RuleViolation', 'user.lastAdmin', 'roles']);
    const other = addUser(t.app, 'second', ['admin']);
    // With two, either can go; then the remaining one is the last again.
    expect(users.update(asAdmin(), parse('users.update', { id: other.id, disabled: true })).disabled).toBe(true);
    expect(
      caught(() => users.update(asAdmin(), parse('users.update', { id: admin.id, roles: ['auditor'] }))).rule,
    ).toBe('user.lastAdmin');
    // A disabled administrator is not an active one: demoting them is fine.
    expect(users.update(asAdmin(), parse('users.update', { id: other.id, roles: ['auditor'] })).roles).toEqual([
      'auditor',
    ]);
    expect(getUser(t.app.db, admin.id)?.roles).toEqual(['admin']);
  });

  it('lets an administrator demote themselves while another remains', () => {
    addUser(t.app, 'second', ['admin']);
    const v = users.update(asAdmin(), parse('users.update', { id: admin.id, roles: ['auditor'], displayName: '老王' }));
    expect(v).toMatchObject({
      roles: ['auditor'],
      displayName: '老王',
      permissions: [
        'fundPrograms.read',
        'organizations.read',
        'system.read',
        'log.read',
        'applications.read',
        'applications.export',
      ],
    });
  });

  it('resets a password: lifts the lockout and signs the user out everywhere', () => {
    const u = addUser(t.app, 'wang', ['finance']);
    setSignInFailures(t.app.db, u.id, 5, new Date(t.clock.ms + 10 * 60_000).toISOString());
    expect(users.list(asAdmin(), parse('users.list', { search: 'wang' })).rows[0]?.lockedUntil).not.toBeNull();
    expect(
      users.resetPassword(asAdmin(), parse('users.resetPassword', { id: u.id, newPassword: 'fresh1234' })),
    ).toEqual({ done: true });
    expect(getUser(t.app.db, u.id)).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    expect(countSessions(t.app.db, u.id)).toBe(0);
    // Resetting one's own keeps the session doing it.
    users.resetPassword(asAdmin(), parse('users.resetPassword', { id: admin.id, newPassword: 'fresh1234' }));
    expect(countSessions(t.app.db, admin.id)).toBe(1);
  });

  it('hides a lockout that has run out', () => {
    const u = addUser(t.app, 'wang', ['finance']);
    setSignInFailures(t.app.db, u.id, 5, new Date(t.clock.ms - 60_000).toISOString());
    const row = users.list(asAdmin(), parse('users.list', { filters: { role: 'finance' } }));
    expect(row).toMatchObject({ total: 1, rows: [{ username: 'wang', lockedUntil: null }] });
  });
});
