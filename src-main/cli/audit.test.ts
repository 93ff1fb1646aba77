import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeApp, createApp, DEMO_PASSWORD, dispatch, type CallContext } from '../api';
import { openDatabase } from '../db/connection';
import { MIGRATIONS } from '../db/migrations/index';
import { grants, tempDir } from './test-helpers';

let tmp: ReturnType<typeof tempDir>;
let db: string;
beforeEach(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'grants.db');
});
afterEach(() => tmp.cleanup());

/** A database with a demo data set and a few logged operations (sign-ins, a failed one, an update). */
async function logSomething(): Promise<void> {
  expect(grants(['--db', db, 'init', '--demo']).code).toBe(0);
  const app = createApp({ dbPath: db, host: 'test' });
  try {
    let token: string | null = null;
    const call: CallContext = { sessionToken: null, locale: 'zh', setSessionToken: (t) => (token = t) };
    await dispatch(app, 'auth.signIn', { username: 'admin', password: 'wrong-pass1' }, call);
    expect((await dispatch(app, 'auth.signIn', { username: 'admin', password: DEMO_PASSWORD }, call)).ok).toBe(true);
    const me = { ...call, sessionToken: token };
    for (let i = 0; i < 3; i++) {
      expect((await dispatch(app, 'users.update', { id: 2, displayName: `王芳${i}` }, me)).ok).toBe(true);
    }
    expect((await dispatch(app, 'auth.signOut', {}, me)).ok).toBe(true);
  } finally {
    closeApp(app);
  }
}

/** What someone with the file and the sqlite3 shell can do: drop the triggers and change what they like. */
function tamper(sql: string): void {
  const raw = new Database(db);
  try {
    raw.exec(`DROP TRIGGER operation_log_no_update; DROP TRIGGER operation_log_no_delete;
      DROP TRIGGER operation_log_append_only; ${sql}`);
  } finally {
    raw.close();
  }
}

const hashOf = (id: number) => {
  const raw = new Database(db, { readonly: true });
  try {
    return raw.prepare('SELECT hash FROM operation_log WHERE id = ?').pluck().get(id) as string;
  } finally {
    raw.close();
  }
};

describe('grants audit verify', () => {
  it('passes an intact log, printing the count and head hash, and changes nothing in the file', async () => {
    await logSomething();
    const before = readFileSync(db);
    const r = grants(['--db', db, 'audit', 'verify']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`操作日志完整：共 6 条，链头哈希 ${hashOf(6)}\n`);
    expect(grants(['--db', db, '--lang', 'en', 'audit', 'verify']).stdout).toBe(
      `operation log intact: 6 entries, head hash ${hashOf(6)}\n`,
    );
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('fails with exit 1 naming the entry edited in the SQLite file', async () => {
    await logSomething();
    expect(grants(['--db', db, 'audit', 'verify']).code).toBe(0);
    tamper(`UPDATE operation_log SET after_json = '{"displayName":"李四"}' WHERE id = 4`);
    const r = grants(['--db', db, 'audit', 'verify']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`操作日志校验未通过：第 4 条日志被修改\n（日志共 6 条，当前链头哈希 ${hashOf(6)}）\n`);
    const en = grants(['--db', db, '--lang', 'en', 'audit', 'verify']);
    expect(en.code).toBe(1);
    expect(en.stderr.split('\n')[0]).toBe('operation log check failed: entry 4 was modified');
  });

  it.each([
    ['a deleted entry', 'DELETE FROM operation_log WHERE id = 3', '第 4 条之前的日志缺失'],
    ['the deleted first entry', 'DELETE FROM operation_log WHERE id = 1', '第 2 条之前的日志缺失'],
    [
      'swapped entries',
      'UPDATE operation_log SET id = -2 WHERE id = 2; UPDATE operation_log SET id = 2 WHERE id = 3; UPDATE operation_log SET id = 3 WHERE id = -2',
      '第 2 条日志的顺序被改变',
    ],
    [
      'an inserted entry',
      `UPDATE operation_log SET id = -id WHERE id >= 3; UPDATE operation_log SET id = -id + 1 WHERE id < 0;
       INSERT INTO operation_log SELECT 3, at, user_id, username, roles, 'users.create', entity_type, entity_id,
         before_json, after_json, hash, hash FROM operation_log WHERE id = 2`,
      '第 3 条日志是插入的，不属于原日志链',
    ],
  ])('names %s', async (_name, sql, message) => {
    await logSomething();
    tamper(sql);
    const r = grants(['--db', db, 'audit', 'verify']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`操作日志校验未通过：${message}`);
  });

  it('catches cut-off newest entries only against an anchor kept outside', async () => {
    await logSomething();
    const anchor = hashOf(6);
    expect(grants(['--db', db, 'audit', 'verify', '--anchor', anchor.toUpperCase()]).code).toBe(0);
    tamper('DELETE FROM operation_log WHERE id >= 5');
    expect(grants(['--db', db, 'audit', 'verify']).code).toBe(0);
    const r = grants(['--db', db, 'audit', 'verify', '--anchor', anchor]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`记录的哈希 ${anchor} 不在日志链中`);
  });

  it('explains its limits in the help', () => {
    const r = grants(['audit', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('用法：grants [--db PATH] audit verify [--anchor 哈希]');
    expect(r.stdout).toContain('无法发现最新的若干条日志被整体删除');
    expect(grants(['--lang', 'en', 'help', 'audit']).stdout).toContain(
      'cannot show that the newest entries were cut off',
    );
    expect(grants(['--help']).stdout).toContain('audit verify [--anchor 哈希]');
  });

  it('reports an empty log, a database without one, a missing file and usage errors', () => {
    expect(grants(['--db', db, 'init']).code).toBe(0);
    expect(grants(['--db', db, 'audit', 'verify'])).toMatchObject({ code: 0, stdout: '操作日志为空\n' });
    const old = join(tmp.dir, 'old.db');
    openDatabase(old, { migrations: MIGRATIONS.slice(0, 3) }).close();
    expect(grants(['--db', old, 'audit', 'verify'])).toMatchObject({ code: 1 });
    expect(grants(['--db', old, 'audit', 'verify']).stderr).toContain('没有操作日志（结构版本 3）');
    const missing = grants(['--db', join(tmp.dir, 'nope.db'), 'audit', 'verify']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('无法打开数据库文件');
    expect(grants(['--db', db, 'audit', 'verify', '--anchor', 'xyz']).stderr).toContain('--anchor 应为 64 位十六进制');
    expect(grants(['--db', db, 'audit', 'check'])).toMatchObject({ code: 2 });
    expect(grants(['--db', db, 'audit', 'check']).stderr).toContain('未知命令“audit check”');
    expect(grants(['--db', db, 'audit']).code).toBe(2);
  });
});
