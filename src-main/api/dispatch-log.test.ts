import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeCreditCode, type Envelope } from '../contract/index';
import { TempFolder } from '../testing/db';
import { AppError } from '../services/app-error';
import { TEST_PASSWORD, TestClock } from '../testing/services';
import { verifyChain } from '../services/operation-log/index';
import { closeApp, createApp } from './app';
import { dispatch } from './dispatch';
import { handlers } from './handlers';
import { caller, openFixture, ORG_CODE, validInputs, type Fixture } from '../testing/dispatch';

/** Dispatch and the operation log: what is appended, when, and in the same transaction as the change. */
let f: Fixture;
beforeEach(() => {
  f = openFixture();
});
afterEach(() => {
  vi.restoreAllMocks();
  f.close();
});

interface Entry {
  id: number;
  at: string;
  user_id: number | null;
  username: string;
  roles: string;
  op: string;
  entity_type: string | null;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

function entries(): Entry[] {
  return (f.app.db.prepare('SELECT * FROM operation_log ORDER BY id').all() as Record<string, unknown>[]).map((r) => ({
    id: r.id as number,
    at: r.at as string,
    user_id: r.user_id as number | null,
    username: r.username as string,
    roles: r.roles as string,
    op: r.op as string,
    entity_type: r.entity_type as string | null,
    entity_id: r.entity_id as string | null,
    before: r.before_json === null ? null : JSON.parse(r.before_json as string),
    after: r.after_json === null ? null : JSON.parse(r.after_json as string),
  }));
}

/** The value of a successful call, typed as the caller expects it (dispatch itself answers unknown). */
function ok<T = { id: number }>(env: Envelope<unknown>): T {
  if (!env.ok) throw new Error(`${env.error.kind}: ${env.error.message}`);
  return env.value as T;
}

const as = (role: keyof Fixture['tokens'], locale: 'zh' | 'en' = 'zh') => caller(f.tokens[role], locale);

describe('a successful mutation', () => {
  it('appends one entry per change, with the caller and the values before and after', async () => {
    f.clock.advanceMinutes(20);
    ok(await dispatch(f.app, 'organizations.update', validInputs(f)['organizations.update'], as('project')));
    expect(entries()).toEqual([
      {
        id: 1,
        at: '2024-05-01T08:20:00.000Z',
        user_id: f.userIds.project,
        username: 'project',
        roles: '["project"]',
        op: 'organizations.update',
        entity_type: 'organization',
        entity_id: '1',
        before: { rating: null, updatedAt: '2024-05-01T08:00:00.000Z' },
        after: { rating: '5A', updatedAt: '2024-05-01T08:20:00.000Z' },
      },
    ]);
  });

  it('logs a creation with the whole new value', async () => {
    const input = {
      ...validInputs(f)['organizations.create'],
      creditCode: makeCreditCode('51', '500101', 'MJ0000009'),
    };
    const created = ok(await dispatch(f.app, 'organizations.create', input, as('project')));
    const [e] = entries();
    expect(e).toMatchObject({ op: 'organizations.create', entity_type: 'organization', entity_id: String(created.id) });
    expect(e!.before).toBeNull();
    expect(e!.after).toEqual(created);
  });

  it('logs a fund program update field by field', async () => {
    const input = validInputs(f)['fundPrograms.update'];
    ok(await dispatch(f.app, 'fundPrograms.update', input, as('admin')));
    expect(entries()).toMatchObject([
      {
        op: 'fundPrograms.update',
        entity_type: 'fundProgram',
        entity_id: '1',
        before: { totalAllocationFen: 1_200_000_000 },
        after: { totalAllocationFen: 1_300_000_000 },
      },
    ]);
  });

  it('appends one entry without an object when the service recorded no change (sign-out)', async () => {
    ok(await dispatch(f.app, 'auth.signOut', {}, as('finance')));
    expect(entries()).toMatchObject([
      { op: 'auth.signOut', username: 'finance', entity_type: null, entity_id: null, before: null, after: null },
    ]);
  });

  it('appends nothing for reads', async () => {
    ok(await dispatch(f.app, 'organizations.list', {}, as('auditor')));
    ok(await dispatch(f.app, 'log.search', {}, as('auditor')));
    ok(await dispatch(f.app, 'log.verify', {}, as('auditor')));
    expect(entries()).toEqual([]);
  });

  it('keeps the chain intact across many calls', async () => {
    for (let i = 0; i < 5; i++) {
      ok(await dispatch(f.app, 'users.update', { id: f.userIds.finance, displayName: `王芳${i}` }, as('admin')));
    }
    expect(verifyChain(f.app.db)).toMatchObject({ ok: true, entries: 5 });
  });
});

describe('a failed mutation', () => {
  it('appends nothing, whether refused, invalid, forbidden or broken', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const dup = { ...validInputs(f)['organizations.create'], creditCode: ORG_CODE, kind: 'social_service' as const };
    expect((await dispatch(f.app, 'organizations.create', dup, as('project'))).ok).toBe(false);
    expect((await dispatch(f.app, 'users.update', { id: f.userIds.admin, disabled: true }, as('admin'))).ok).toBe(
      false,
    );
    expect((await dispatch(f.app, 'organizations.create', { junk: 1 }, as('project'))).ok).toBe(false);
    expect((await dispatch(f.app, 'organizations.create', dup, as('auditor'))).ok).toBe(false);
    expect(entries()).toEqual([]);
  });

  it('rolls back the change and its entries together when the service fails after writing', async () => {
    const real = handlers['organizations.update'];
    const before = f.app.db.prepare('SELECT * FROM organizations WHERE id = 1').get();
    handlers['organizations.update'] = (ctx, input) => {
      real(ctx, input);
      expect(ctx.changes).toHaveLength(1);
      throw new AppError('Conflict', 'organization.creditCodeTaken', { code: 'x', name: 'y' });
    };
    try {
      const env = await dispatch(f.app, 'organizations.update', validInputs(f)['organizations.update'], as('project'));
      expect(env.ok).toBe(false);
    } finally {
      handlers['organizations.update'] = real;
    }
    expect(f.app.db.prepare('SELECT * FROM organizations WHERE id = 1').get()).toEqual(before);
    expect(entries()).toEqual([]);
    ok(await dispatch(f.app, 'organizations.update', validInputs(f)['organizations.update'], as('project')));
    expect(entries().map((e) => e.op)).toEqual(['organizations.update']);
  });
});

describe('the same transaction', () => {
  it('does not commit a change whose entry cannot be written', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const before = f.app.db.prepare('SELECT * FROM organizations WHERE id = 1').get();
    f.app.db.exec(`CREATE TEMP TRIGGER log_fails BEFORE INSERT ON operation_log
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const env = await dispatch(f.app, 'organizations.update', validInputs(f)['organizations.update'], as('project'));
    expect(env).toMatchObject({ ok: false, error: { kind: 'Internal' } });
    expect(f.app.db.prepare('SELECT * FROM organizations WHERE id = 1').get()).toEqual(before);
    f.app.db.exec('DROP TRIGGER temp.log_fails');
    ok(await dispatch(f.app, 'organizations.update', validInputs(f)['organizations.update'], as('project')));
    expect(f.app.db.prepare('SELECT rating FROM organizations WHERE id = 1').pluck().get()).toBe('5A');
    expect(entries()).toHaveLength(1);
  });
});

describe('sign-in events', () => {
  const signIn = (username: string, password: string) =>
    dispatch(f.app, 'auth.signIn', { username, password }, caller(null, 'en'));

  it('logs a sign-in under the person signing in', async () => {
    ok(await signIn('FINANCE', TEST_PASSWORD));
    expect(entries()).toMatchObject([
      {
        op: 'auth.signIn',
        user_id: f.userIds.finance,
        username: 'finance',
        roles: '["finance"]',
        entity_type: 'user',
        entity_id: String(f.userIds.finance),
        before: { lastSignInAt: null },
        after: { lastSignInAt: '2024-05-01T08:00:00.000Z' },
      },
    ]);
  });

  it('logs a failed sign-in for an unknown name without the password', async () => {
    expect((await signIn('nobody', 'hunter2-secret')).ok).toBe(false);
    expect(entries()).toMatchObject([
      { op: 'auth.signInFailed', user_id: null, username: 'nobody', roles: '[]', entity_type: null },
    ]);
    expect(entries()[0]!.after).toEqual({ reason: 'unknownUser' });
    expect(JSON.stringify(f.app.db.prepare('SELECT * FROM operation_log').all())).not.toContain('hunter2');
  });

  it('logs each wrong password, the lockout, attempts while locked, and a disabled account', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn('finance', 'wrong-pass1')).ok).toBe(false);
    expect((await signIn('finance', TEST_PASSWORD)).ok).toBe(false);
    const log = entries();
    expect(log.map((e) => e.op)).toEqual([
      'auth.signInFailed',
      'auth.signInFailed',
      'auth.signInFailed',
      'auth.signInFailed',
      'auth.signInFailed',
      'auth.lockout',
      'auth.signInFailed',
    ]);
    expect(log.every((e) => e.username === 'finance' && e.entity_id === String(f.userIds.finance))).toBe(true);
    expect(log[3]).toMatchObject({
      before: { failedAttempts: 3 },
      after: { reason: 'badPassword', failedAttempts: 4 },
    });
    expect(log[5]).toMatchObject({
      before: { failedAttempts: 4, lockedUntil: null },
      after: { failedAttempts: 5, lockedUntil: '2024-05-01T08:15:00.000Z' },
    });
    expect(log[6]!.after).toEqual({ reason: 'locked', lockedUntil: '2024-05-01T08:15:00.000Z' });

    ok(await dispatch(f.app, 'users.update', { id: f.userIds.project, disabled: true }, as('admin')));
    expect((await signIn('project', TEST_PASSWORD)).ok).toBe(false);
    expect(entries().at(-1)).toMatchObject({
      op: 'auth.signInFailed',
      username: 'project',
      after: { reason: 'disabled' },
    });
    expect(verifyChain(f.app.db).ok).toBe(true);
  });
});

describe('first-run setup', () => {
  it('logs the new administrator as the actor, and the sample data', async () => {
    const folder = new TempFolder();
    const app = createApp({ dbPath: folder.file(), host: 'test', clock: new TestClock().now });
    try {
      const input = { ...validInputs(f)['auth.setup'], loadDemo: true };
      ok(await dispatch(app, 'auth.setup', input, caller(null)));
      const log = app.db.prepare('SELECT username, roles, op, entity_type, after_json FROM operation_log').all() as {
        after_json: string;
      }[];
      expect(log).toMatchObject([
        { username: 'chief', roles: '["admin"]', op: 'auth.setup', entity_type: 'user' },
        { username: 'chief', op: 'auth.setup', entity_type: 'demo' },
      ]);
      // What the sample set holds (its size grows with the app); the counts match the database.
      const count = (table: string) => app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
      expect(JSON.parse(log[1]!.after_json)).toMatchObject({
        fundPrograms: count('fund_programs'),
        organizations: count('organizations'),
      });
      expect(JSON.stringify(log)).not.toContain(input.password);
    } finally {
      closeApp(app);
      folder.remove();
    }
  });
});

describe('secrets', () => {
  it('never writes a password, a password hash or a session token into the log', async () => {
    const password = fc
      .tuple(fc.string({ minLength: 6, maxLength: 20 }), fc.integer({ min: 10, max: 99 }))
      .map(([s, n]) => `pw${s.replace(/\s/g, '')}${n}`)
      .filter((p) => p.length >= 8 && p.length <= 128);
    const issued: string[] = [];
    const used: string[] = [];
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(password, { minLength: 4, maxLength: 4 }), async ([p1, p2, p3, p4]) => {
        used.push(p1!, p2!, p3!, p4!);
        const username = `user${n++}`;
        const admin = as('admin');
        const created = ok(
          await dispatch(
            f.app,
            'users.create',
            { username, displayName: '测试', password: p1!, roles: ['project'] },
            admin,
          ),
        );
        ok(await dispatch(f.app, 'users.resetPassword', { id: created.id, newPassword: p2! }, admin));
        await dispatch(f.app, 'auth.signIn', { username, password: p3! }, caller(null));
        const me = caller(null);
        me.setSessionToken = (t) => void (t && issued.push(t), (me.sessionToken = t));
        ok(await dispatch(f.app, 'auth.signIn', { username, password: p2! }, me));
        ok(await dispatch(f.app, 'auth.changePassword', { currentPassword: p2!, newPassword: p4! }, me));
        await dispatch(f.app, 'auth.changePassword', { currentPassword: p3!, newPassword: p1! }, me);
      }),
      { numRuns: 8, seed: 20240501 },
    );
    const text = JSON.stringify(f.app.db.prepare('SELECT * FROM operation_log').all());
    const hashes = f.app.db.prepare('SELECT password_hash FROM users').pluck().all() as string[];
    const tokenHashes = f.app.db.prepare('SELECT token_hash FROM sessions').pluck().all() as string[];
    expect(entries().length).toBeGreaterThanOrEqual(40);
    for (const secret of [...used, ...hashes, ...issued, ...tokenHashes]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/scrypt\$|\b(password|passwordHash|newPassword|currentPassword|token|tokenHash)\\?":/i);
    expect(text).toContain('passwordSet');
  });
});
