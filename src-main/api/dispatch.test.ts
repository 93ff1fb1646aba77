import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ERROR_KINDS, makeCreditCode, OP_NAMES, type Envelope, type ErrorKind } from '../contract/index';
import { databaseDigest } from '../db/system-repo';
import { TEST_PASSWORD } from '../testing/services';
import { dispatch } from './dispatch';
import { handlers } from './handlers';
import { caller, openFixture, ORG_CODE, validInputs, type Fixture } from '../testing/dispatch';

let f: Fixture;
beforeEach(() => {
  f = openFixture();
});
afterEach(() => {
  vi.restoreAllMocks();
  f.close();
});

const digest = () => databaseDigest(f.app.db, { excludeColumns: { sessions: ['last_seen_at'] } });

function error(env: Envelope<unknown>, kind: ErrorKind) {
  expect(env.ok).toBe(false);
  if (env.ok) throw new Error('unreachable');
  expect(env.error.kind).toBe(kind);
  return env.error;
}

const badOrg = (locale: 'zh' | 'en' = 'zh') =>
  dispatch(
    f.app,
    'organizations.create',
    {
      ...validInputs(f)['organizations.create'],
      creditCode: ORG_CODE.slice(0, 17) + (ORG_CODE[17] === '0' ? '1' : '0'),
    },
    caller(f.tokens.project, locale),
  );

describe('dispatch', () => {
  it('has a handler for every op in the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...OP_NAMES].sort());
  });

  it('returns {ok, value} validated by the output schema', async () => {
    const env = await dispatch(f.app, 'organizations.get', { id: 1 }, caller(f.tokens.auditor));
    expect(Object.keys(env)).toEqual(['ok', 'value']);
    expect(env).toMatchObject({ ok: true, value: { id: 1, creditCode: ORG_CODE } });
  });

  it('treats a missing input as {} and an unknown locale as Chinese', async () => {
    const env = await dispatch(f.app, 'auth.status', undefined, { ...caller(null), locale: 'fr' as never });
    expect(env).toEqual({ ok: true, value: { needsSetup: false, user: null, sessionTimeoutMinutes: 30 } });
    const bad = error(await dispatch(f.app, 'nope', {}, { ...caller(null), locale: 'fr' as never }), 'Validation');
    expect(bad.message).toBe('未知操作“nope”');
  });

  it('answers an unknown op with Validation, in either language', async () => {
    expect(error(await dispatch(f.app, 'organizations.drop', {}, caller(f.tokens.admin)), 'Validation')).toEqual({
      kind: 'Validation',
      message: '未知操作“organizations.drop”',
      details: { rule: 'op.unknown' },
    });
    expect(error(await dispatch(f.app, '__proto__', {}, caller(null, 'en')), 'Validation').message).toBe(
      'unknown operation "__proto__"',
    );
  });

  it('needs a session for everything but public ops, and drops a dead token', async () => {
    expect(error(await dispatch(f.app, 'organizations.list', {}, caller(null)), 'Unauthenticated').details?.rule).toBe(
      'auth.required',
    );
    const stale = caller('A'.repeat(43), 'en');
    const e = error(await dispatch(f.app, 'organizations.list', {}, stale), 'Unauthenticated');
    expect(e).toMatchObject({
      message: 'your session expired, please sign in again',
      details: { rule: 'auth.expired' },
    });
    expect(stale.issued).toEqual([null]);
  });

  it('expires an idle session and slides an active one', async () => {
    f.clock.advanceMinutes(20);
    expect((await dispatch(f.app, 'system.info', {}, caller(f.tokens.auditor))).ok).toBe(true);
    const seen = f.app.db
      .prepare("SELECT last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'auditor'")
      .pluck()
      .get();
    expect(seen).toBe(f.clock.now().toISOString());
    f.clock.advanceMinutes(25);
    expect((await dispatch(f.app, 'system.info', {}, caller(f.tokens.auditor))).ok).toBe(true);
    expect(
      error(await dispatch(f.app, 'system.info', {}, caller(f.tokens.finance)), 'Unauthenticated').details?.rule,
    ).toBe('auth.expired');
  });

  it('forbids an auditor to create an organization, before looking at the input', async () => {
    const before = digest();
    const e = error(
      await dispatch(f.app, 'organizations.create', validInputs(f)['organizations.create'], caller(f.tokens.auditor)),
      'Forbidden',
    );
    expect(e).toEqual({
      kind: 'Forbidden',
      message: '没有权限：此操作需要“管理机构”权限',
      details: { rule: 'auth.forbidden', permission: 'organizations.manage' },
    });
    const malformed = error(
      await dispatch(f.app, 'organizations.create', { junk: true }, caller(f.tokens.auditor, 'en')),
      'Forbidden',
    );
    expect(malformed.message).toBe('not allowed: this needs the "manage organizations" permission');
    expect(digest()).toBe(before);
  });

  it('names the field and the rule of a wrong credit code, in Chinese and English', async () => {
    const before = digest();
    const zh = error(await badOrg('zh'), 'Validation');
    expect(zh.details?.issues?.[0]).toMatchObject({
      path: 'creditCode',
      field: '统一社会信用代码',
      rule: 'creditCode.check',
    });
    expect(zh.message).toContain('统一社会信用代码');
    expect(zh.message).toContain('校验位');
    const en = error(await badOrg('en'), 'Validation');
    expect(en.details?.issues?.[0]?.field).toBe('Unified social credit code');
    expect(en.message).toMatch(/^Unified social credit code.*check character is wrong/);
    expect(digest()).toBe(before);
  });

  it('reports a missing record as NotFound', async () => {
    const e = error(await dispatch(f.app, 'organizations.get', { id: 999 }, caller(f.tokens.evaluator)), 'NotFound');
    expect(e).toEqual({
      kind: 'NotFound',
      message: '机构不存在（ID 999）',
      details: { rule: 'organization.notFound' },
    });
  });

  it('refuses a duplicate credit code with Conflict, naming the holder and the field, changing nothing', async () => {
    const before = digest();
    const input = {
      ...validInputs(f)['organizations.create'],
      creditCode: ` ${ORG_CODE.toLowerCase()} `,
      kind: 'social_service' as const,
    };
    const e = error(await dispatch(f.app, 'organizations.create', input, caller(f.tokens.project)), 'Conflict');
    expect(e.message).toBe(`统一社会信用代码“${ORG_CODE}”已被机构“重庆市渝中区心语社会工作服务中心”使用`);
    expect(e.details).toMatchObject({
      rule: 'organization.creditCodeTaken',
      field: '统一社会信用代码',
      issues: [{ path: 'creditCode' }],
    });
    expect(digest()).toBe(before);
  });

  it('reports a broken rule as RuleViolation', async () => {
    const e = error(
      await dispatch(f.app, 'users.update', { id: f.userIds.admin, disabled: true }, caller(f.tokens.admin, 'en')),
      'RuleViolation',
    );
    expect(e.message).toBe('you cannot disable your own account');
    expect(e.details).toMatchObject({ rule: 'user.selfDisable', field: 'Disabled' });
  });

  it('turns anything unexpected into Internal with a reference, committing nothing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    // A trigger makes the second statement of users.create fail after the first has written.
    f.app.db.exec("CREATE TRIGGER no_roles BEFORE INSERT ON user_roles BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    const before = digest();
    const e = error(
      await dispatch(f.app, 'users.create', validInputs(f)['users.create'], caller(f.tokens.admin)),
      'Internal',
    );
    expect(e.message).toMatch(/^系统内部错误，操作未执行（参考号 [0-9a-f]{8}）$/);
    expect(e.details?.rule).toBe('internal.error');
    expect(digest()).toBe(before);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(String(e.details?.ref)), expect.anything());
  });

  it('treats output that breaks its schema as Internal', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    f.app.db.pragma('ignore_check_constraints = ON');
    f.app.db.exec("UPDATE organizations SET rating = '9Z' WHERE id = 1");
    error(await dispatch(f.app, 'organizations.get', { id: 1 }, caller(f.tokens.admin)), 'Internal');
  });

  it('signs in and out through the transport, never putting the token in the output', async () => {
    const call = caller(null);
    const env = await dispatch(f.app, 'auth.signIn', { username: 'FINANCE', password: TEST_PASSWORD }, call);
    expect(env).toMatchObject({ ok: true, value: { user: { username: 'finance', roles: ['finance'] } } });
    expect(call.issued).toHaveLength(1);
    const token = call.issued[0]!;
    expect(JSON.stringify(env)).not.toContain(token);
    const out = caller(token);
    expect((await dispatch(f.app, 'auth.signOut', {}, out)).ok).toBe(true);
    expect(out.issued).toEqual([null]);
    expect(error(await dispatch(f.app, 'system.info', {}, caller(token)), 'Unauthenticated').details?.rule).toBe(
      'auth.expired',
    );
  });

  it('keeps the failed-attempt count although the sign-in fails, and locks on the fifth', async () => {
    const attempt = () =>
      dispatch(f.app, 'auth.signIn', { username: 'finance', password: 'wrong' }, caller(null, 'en'));
    for (let i = 1; i <= 4; i++)
      expect(error(await attempt(), 'Unauthenticated').message).toBe('wrong user name or password');
    expect(f.app.db.prepare("SELECT failed_attempts FROM users WHERE username = 'finance'").pluck().get()).toBe(4);
    expect(error(await attempt(), 'Unauthenticated').message).toMatch(
      /^account locked after 5 failed attempts; try again after \d{4}-\d\d-\d\d \d\d:\d\d$/,
    );
    const right = caller(null);
    expect(
      error(
        await dispatch(f.app, 'auth.signIn', { username: 'finance', password: TEST_PASSWORD }, right),
        'Unauthenticated',
      ).details?.rule,
    ).toBe('auth.locked');
    expect(right.issued).toEqual([]);
  });

  it('runs first-run setup only on an empty database', async () => {
    const call = caller(null);
    const e = error(await dispatch(f.app, 'auth.setup', validInputs(f)['auth.setup'], call), 'Conflict');
    expect(e.details?.rule).toBe('auth.alreadySetUp');
    expect(call.issued).toEqual([]);
  });

  it('lists every error kind it can produce', () => {
    expect(ERROR_KINDS).toEqual([
      'Validation',
      'Unauthenticated',
      'Forbidden',
      'NotFound',
      'Conflict',
      'RuleViolation',
      'Internal',
    ]);
  });

  it('creates a valid organization for a project officer', async () => {
    const input = {
      ...validInputs(f)['organizations.create'],
      creditCode: makeCreditCode('51', '500101', 'MJ0000009'),
    };
    const env = await dispatch(f.app, 'organizations.create', input, caller(f.tokens.project));
    expect(env).toMatchObject({ ok: true, value: { name: '万州区守护天使志愿者协会', rating: '4A' } });
  });
});
