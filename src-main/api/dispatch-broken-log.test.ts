import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCreditCode } from '../contract/index';
import { databaseDigest } from '../db/system-repo';
import { dispatch } from './dispatch';
import { caller, openFixture, validInputs, type Fixture } from '../testing/dispatch';

let f: Fixture;
beforeEach(() => {
  f = openFixture();
});
afterEach(() => f.close());

describe('dispatch when the operation log table was dropped', () => {
  it('refuses every change it cannot log, saying why, and changes nothing', async () => {
    f.app.db.exec('DROP TABLE operation_log');
    const before = databaseDigest(f.app.db, { excludeColumns: { sessions: ['last_seen_at'] } });
    const input = {
      ...validInputs(f)['organizations.create'],
      creditCode: makeCreditCode('51', '500101', 'MJ2000001'),
    };
    const zh = await dispatch(f.app, 'organizations.create', input, caller(f.tokens.project));
    expect(zh).toEqual({
      ok: false,
      error: {
        kind: 'RuleViolation',
        message:
          '操作日志表已被删除（日志被篡改），无法记录此操作，已拒绝执行；请系统管理员用 grants audit verify 检查并从备份恢复',
        details: { rule: 'log.tableMissing' },
      },
    });
    const en = await dispatch(f.app, 'organizations.create', input, caller(f.tokens.project, 'en'));
    expect(en.ok ? '' : en.error.message).toMatch(/^the operation log table was dropped/);
    expect(databaseDigest(f.app.db, { excludeColumns: { sessions: ['last_seen_at'] } })).toBe(before);
    // Reading still works, so the data can be looked at and saved while the log is restored.
    expect(
      (await dispatch(f.app, 'organizations.list', validInputs(f)['organizations.list'], caller(f.tokens.project))).ok,
    ).toBe(true);
  });
});
