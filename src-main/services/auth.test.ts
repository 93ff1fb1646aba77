import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ops, type OpInput, type OpName } from '../contract/index';
import { findSession } from '../db/sessions-repo';
import { getUser, updateUserProfile, setUserRoles } from '../db/users-repo';
import { AppError } from './app-error';
import * as auth from './auth';
import { formatLocalMinute } from './auth';
import { authenticate, peekSession, tokenHash } from './sessions';
import { addUser, contextFor, openTestApp, TEST_PASSWORD, type TestApp } from '../testing/services';

let t: TestApp;
beforeEach(() => {
  t = openTestApp();
});
afterEach(() => t.close());

const parse = <N extends OpName>(op: N, input: OpInput<N>) => ops[op].input.parse(input) as never;
const ctx = () => contextFor(t.app);

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

function signIn(password: string, username = 'wang') {
  const c = ctx();
  return { c, run: () => auth.signIn(c, parse('auth.signIn', { username, password })) };
}

describe('first run', () => {
  it('creates the administrator, signs them in, and only once', () => {
    expect(auth.status(ctx(), {})).toEqual({ needsSetup: true, user: null, sessionTimeoutMinutes: 30 });
    const c = ctx();
    const out = auth.setup(c, parse('auth.setup', { username: 'chief', displayName: '局长', password: 'abcd1234' }));
    expect(out.user).toMatchObject({ username: 'chief', roles: ['admin'], lastSignInAt: c.now.toISOString() });
    expect(out.user.permissions).toContain('users.manage');
    expect(c.session.next).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored.
    expect(findSession(t.app.db, tokenHash(c.session.next!))).toBeDefined();
    expect(findSession(t.app.db, c.session.next!)).toBeUndefined();
    const again = caught(() =>
      auth.setup(ctx(), parse('auth.setup', { username: 'x2', displayName: 'x', password: 'abcd1234' })),
    );
    expect([again.kind, again.rule]).toEqual(['Conflict', 'auth.alreadySetUp']);
    expect(auth.status(ctx(), {}).needsSetup).toBe(false);
  });

  it('loads the sample data without the demo administrator', () => {
    auth.setup(
      ctx(),
      parse('auth.setup', { username: 'chief', displayName: '局长', password: 'abcd1234', loadDemo: true }),
    );
    const count = (table: string) => t.app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('users'), count('fund_programs'), count('organizations')]).toEqual([10, 5, 300]);
    expect(getUser(t.app.db, 1)?.username).toBe('chief');
    expect(t.app.db.prepare("SELECT count(*) FROM users WHERE username = 'admin'").pluck().get()).toBe(0);
    expect(t.app.db.prepare('SELECT DISTINCT created_by FROM organizations').pluck().all()).toEqual([1]);
  });
});

describe('sign-in', () => {
  beforeEach(() => {
    addUser(t.app, 'wang', ['finance']);
  });

  it('succeeds with the right password, case-insensitive user name', () => {
    const { c, run } = signIn(TEST_PASSWORD, 'WANG');
    expect(run().user).toMatchObject({ username: 'wang', roles: ['finance'], lastSignInAt: c.now.toISOString() });
    expect(peekSession(t.app, c.session.next!, t.app.clock())?.username).toBe('wang');
  });

  it('answers an unknown user exactly like a wrong password, spending the same scrypt time', () => {
    const time = (fn: () => unknown) => {
      const start = performance.now();
      const e = caught(fn);
      return { e, ms: performance.now() - start };
    };
    const wrong = time(signIn('wrong-pass1').run);
    const unknown = time(signIn(TEST_PASSWORD, 'nobody').run);
    expect([unknown.e.kind, unknown.e.rule, unknown.e.params]).toEqual([wrong.e.kind, wrong.e.rule, wrong.e.params]);
    expect(wrong.e.rule).toBe('auth.badCredentials');
    expect(unknown.ms).toBeGreaterThan(wrong.ms * 0.25);
  });

  it('locks after 5 consecutive failures for 15 minutes, even against the right password', () => {
    for (let i = 1; i <= 4; i++) {
      const e = caught(signIn('wrong-pass1').run);
      expect([e.rule, e.commit]).toEqual(['auth.badCredentials', true]);
      expect(getUser(t.app.db, 1)?.failedAttempts).toBe(i);
    }
    const lockedAt = t.app.clock();
    const fifth = caught(signIn('wrong-pass1').run);
    const until = formatLocalMinute(new Date(lockedAt.getTime() + 15 * 60_000));
    expect([fifth.kind, fifth.rule, fifth.params]).toEqual(['Unauthenticated', 'auth.locked', { attempts: 5, until }]);
    expect(getUser(t.app.db, 1)?.lockedUntil).toBe(new Date(lockedAt.getTime() + 15 * 60_000).toISOString());

    t.clock.advanceMinutes(14);
    const stillLocked = caught(signIn(TEST_PASSWORD).run);
    expect([stillLocked.rule, stillLocked.params.until]).toEqual(['auth.locked', until]);

    t.clock.advanceMinutes(1);
    expect(signIn(TEST_PASSWORD).run().user.lockedUntil).toBeNull();
    expect(getUser(t.app.db, 1)).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  it('starts a fresh count once a lock has run out', () => {
    for (let i = 0; i < 5; i++) caught(signIn('wrong-pass1').run);
    t.clock.advanceMinutes(15);
    expect(caught(signIn('wrong-pass1').run).rule).toBe('auth.badCredentials');
    expect(getUser(t.app.db, 1)).toMatchObject({ failedAttempts: 1, lockedUntil: null });
  });

  it('resets the counter on success, so failures must be consecutive', () => {
    for (let i = 0; i < 4; i++) caught(signIn('wrong-pass1').run);
    signIn(TEST_PASSWORD).run();
    for (let i = 0; i < 4; i++) expect(caught(signIn('wrong-pass1').run).rule).toBe('auth.badCredentials');
    expect(getUser(t.app.db, 1)?.failedAttempts).toBe(4);
  });

  it('tells a disabled account so only to someone who knows its password', () => {
    updateUserProfile(t.app.db, 1, { displayName: 'wang', disabled: true, now: 'x' });
    expect(caught(signIn(TEST_PASSWORD).run).rule).toBe('auth.disabled');
    expect(caught(signIn('wrong-pass1').run).rule).toBe('auth.badCredentials');
  });
});

describe('sessions', () => {
  it('expire after 30 idle minutes; every call slides the window', () => {
    const u = addUser(t.app, 'wang', ['finance']);
    t.clock.advanceMinutes(29);
    expect(authenticate(t.app, u.token, t.app.clock()).id).toBe(u.id);
    t.clock.advanceMinutes(29);
    expect(authenticate(t.app, u.token, t.app.clock()).id).toBe(u.id);
    t.clock.advanceMinutes(30);
    expect(caught(() => authenticate(t.app, u.token, t.app.clock())).rule).toBe('auth.expired');
    expect(peekSession(t.app, u.token, t.app.clock())).toBeNull();
  });

  it('see role changes and disabling on the next call', () => {
    const u = addUser(t.app, 'wang', ['finance']);
    setUserRoles(t.app.db, u.id, ['auditor', 'project']);
    expect(authenticate(t.app, u.token, t.app.clock()).roles).toEqual(['project', 'auditor']);
    updateUserProfile(t.app.db, u.id, { displayName: 'w', disabled: true, now: 'x' });
    const e = caught(() => authenticate(t.app, u.token, t.app.clock()));
    expect([e.kind, e.rule]).toEqual(['Unauthenticated', 'auth.disabled']);
  });

  it('refuse missing, malformed and unknown tokens', () => {
    expect(caught(() => authenticate(t.app, null, t.app.clock())).rule).toBe('auth.required');
    expect(caught(() => authenticate(t.app, 'x'.repeat(10_000), t.app.clock())).rule).toBe('auth.expired');
    expect(caught(() => authenticate(t.app, 'A'.repeat(43), t.app.clock())).rule).toBe('auth.expired');
  });

  it('end on sign-out', () => {
    const u = addUser(t.app, 'wang', ['finance']);
    const c = contextFor(t.app, u, u.token);
    expect(auth.signOut(c, {})).toEqual({ done: true });
    expect(c.session.next).toBeNull();
    expect(caught(() => authenticate(t.app, u.token, t.app.clock())).rule).toBe('auth.expired');
    expect(caught(() => auth.signOut(contextFor(t.app), {})).rule).toBe('auth.required');
  });

  it("signing in again replaces the browser's old session", () => {
    const u = addUser(t.app, 'wang', ['finance']);
    const c = contextFor(t.app, u, u.token);
    auth.signIn(c, parse('auth.signIn', { username: 'wang', password: TEST_PASSWORD }));
    expect(c.session.next).not.toBe(u.token);
    expect(peekSession(t.app, u.token, t.app.clock())).toBeNull();
    expect(peekSession(t.app, c.session.next!, t.app.clock())?.id).toBe(u.id);
  });
});

describe('change password', () => {
  it('needs the current password, then signs out the other sessions only', () => {
    const u = addUser(t.app, 'wang', ['finance']);
    const other = contextFor(t.app);
    auth.signIn(other, parse('auth.signIn', { username: 'wang', password: TEST_PASSWORD }));
    const c = contextFor(t.app, u, u.token);
    const e = caught(() =>
      auth.changePassword(c, parse('auth.changePassword', { currentPassword: 'nope', newPassword: 'newpass99' })),
    );
    expect([e.kind, e.rule, e.field]).toEqual(['Validation', 'password.wrongCurrent', 'currentPassword']);
    expect(
      auth.changePassword(
        c,
        parse('auth.changePassword', { currentPassword: TEST_PASSWORD, newPassword: 'newpass99' }),
      ),
    ).toEqual({ done: true });
    expect(peekSession(t.app, u.token, t.app.clock())?.id).toBe(u.id);
    expect(peekSession(t.app, other.session.next!, t.app.clock())).toBeNull();
    expect(caught(signIn(TEST_PASSWORD).run).rule).toBe('auth.badCredentials');
    expect(signIn('newpass99').run().user.username).toBe('wang');
  });
});

describe('status', () => {
  it('reports the signed-in user', () => {
    const u = addUser(t.app, 'wang', ['auditor']);
    expect(auth.status(contextFor(t.app, u), {})).toMatchObject({
      needsSetup: false,
      user: { id: u.id, roles: ['auditor'] },
    });
  });
});
