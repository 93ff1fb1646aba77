import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeApp, createApp, DEMO_PASSWORD, dispatch, type CallContext } from '../api';
import { openDatabase } from '../db/connection';
import { MIGRATIONS } from '../db/migrations/index';
import { databaseDigest } from '../db/system-repo';
import { grants, tempDir } from '../testing/cli';

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

const TRIGGERS = ['operation_log_no_update', 'operation_log_no_delete', 'operation_log_append_only'];

/**
 * What someone with the file and the sqlite3 shell can do: drop the triggers, change what they like and, if
 * careful, put the triggers back as they were (`restore`), so only the chain can tell.
 */
function tamper(sql: string, restore = true): void {
  const raw = new Database(db);
  try {
    const triggers = raw
      .prepare(`SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'operation_log'`)
      .pluck()
      .all() as string[];
    raw.exec(`${TRIGGERS.map((t) => `DROP TRIGGER ${t};`).join(' ')} ${sql}`);
    if (restore) for (const t of triggers) raw.exec(t);
  } finally {
    raw.close();
  }
}

/** Everything in the database except the settings, where verify keeps the head it verified. */
function digest(): string {
  const raw = new Database(db, { readonly: true });
  try {
    return databaseDigest(raw, { excludeTables: ['settings'] });
  } finally {
    raw.close();
  }
}

function verifiedHead(): unknown {
  const raw = new Database(db, { readonly: true });
  try {
    const text = raw.prepare(`SELECT value FROM settings WHERE key = 'log.verifiedHead'`).pluck().get() as string;
    return text === undefined ? undefined : JSON.parse(text);
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
  it('passes an intact log, printing the count and head hash, and changes nothing but the verified head', async () => {
    await logSomething();
    const before = digest();
    const r = grants(['--db', db, 'audit', 'verify']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`操作日志完整：共 6 条，链头哈希 ${hashOf(6)}\n`);
    expect(grants(['--db', db, '--lang', 'en', 'audit', 'verify']).stdout).toBe(
      `operation log intact: 6 entries, head hash ${hashOf(6)}\n`,
    );
    expect(digest()).toBe(before);
    expect(verifiedHead()).toMatchObject({ entries: 6, hash: hashOf(6) });
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
    const r = grants(['--db', db, 'audit', 'verify', '--anchor', anchor]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`记录的哈希 ${anchor} 不在日志链中`);
  });

  it('fails when the log is shorter than the head an earlier check recorded, and keeps failing', async () => {
    await logSomething();
    expect(grants(['--db', db, 'audit', 'verify']).code).toBe(0);
    const at = verifiedHead() as { at: string };
    tamper('DELETE FROM operation_log WHERE id >= 5');
    for (let i = 0; i < 2; i++) {
      const r = grants(['--db', db, 'audit', 'verify']);
      expect(r.code).toBe(1);
      const when = new Date(Date.parse(at.at) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
      expect(r.stderr.split('\n')[0]).toBe(
        `操作日志校验未通过：日志比 ${when} 校验时短：当时共 6 条，现在只有 4 条，最新的日志被删除`,
      );
    }
    expect(verifiedHead()).toMatchObject({ entries: 6 });
  });

  it('fails when the log was rewritten from the start with recomputed hashes', async () => {
    await logSomething();
    expect(grants(['--db', db, 'audit', 'verify']).code).toBe(0);
    // A forger rebuilds the chain from scratch: every hash is recomputed, so the chain itself checks out.
    const forged = join(tmp.dir, 'forged.db');
    expect(grants(['--db', forged, 'init', '--demo']).code).toBe(0);
    const app = createApp({ dbPath: forged, host: 'test' });
    const call: CallContext = { sessionToken: null, locale: 'zh', setSessionToken: () => {} };
    for (let i = 0; i < 6; i++)
      await dispatch(app, 'auth.signIn', { username: 'admin', password: 'wrong-pass1' }, call);
    closeApp(app);
    tamper(
      `DELETE FROM operation_log; ATTACH '${forged}' AS f; INSERT INTO operation_log SELECT * FROM f.operation_log;`,
    );
    const r = grants(['--db', db, 'audit', 'verify']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(
      /^操作日志校验未通过：第 6 条日志的哈希与 .* 校验时记下的 [0-9a-f]{64} 不同：日志被改写$/,
    );
  });

  it('names a dropped, altered or added trigger as tampering even when the chain is intact', async () => {
    await logSomething();
    tamper(
      `CREATE TRIGGER operation_log_no_delete BEFORE DELETE ON operation_log WHEN 0 BEGIN SELECT 1; END;
       CREATE TRIGGER operation_log_quiet AFTER INSERT ON operation_log BEGIN SELECT 1; END;`,
      false,
    );
    const r = grants(['--db', db, 'audit', 'verify']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      '操作日志校验未通过：保护日志的触发器 operation_log_append_only 已被删除，视为篡改',
      '操作日志校验未通过：保护日志的触发器 operation_log_no_delete 与数据库升级时创建的不同，视为篡改',
      '操作日志校验未通过：保护日志的触发器 operation_log_no_update 已被删除，视为篡改',
      '操作日志校验未通过：操作日志表上多了不是数据库升级创建的触发器 operation_log_quiet，视为篡改',
    ]);
    const en = grants(['--db', db, '--lang', 'en', 'audit', 'verify']);
    expect(en.stderr).toContain('the trigger operation_log_no_update protecting the log was dropped: tampering');
  });

  it('reports a dropped log table as tampering, not as a database to upgrade', async () => {
    await logSomething();
    tamper('DROP TABLE operation_log', false);
    const r = grants(['--db', db, 'audit', 'verify']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('操作日志表 operation_log 已被删除');
    expect(r.stderr).not.toContain('grants init');
  });

  it('prints a short head to write down, which --anchor then accepts', async () => {
    await logSomething();
    const r = grants(['--db', db, 'audit', 'anchor']);
    expect(r.code).toBe(0);
    const short = hashOf(6).slice(0, 16);
    expect(r.stdout).toContain('条数：6');
    expect(r.stdout).toContain(`哈希：${short}`);
    expect(r.stdout).toMatch(/时间：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（北京时间）/);
    expect(grants(['--db', db, 'audit', 'verify', '--anchor', short]).code).toBe(0);
    expect(grants(['--db', db, 'audit', 'verify', '--anchor', 'f'.repeat(16)]).code).toBe(1);
    expect(grants(['--db', db, 'audit', 'anchor', '--help']).stdout).toContain('audit anchor 打印当前链头的简短记录');
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
    expect(grants(['--db', old, 'audit', 'verify']).stderr).toContain('还没有操作日志（结构版本 3）');
    const missing = grants(['--db', join(tmp.dir, 'nope.db'), 'audit', 'verify']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('无法打开数据库文件');
    const garbage = grants(['--db', db, 'audit', 'verify', '--anchor', 'garbage']);
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toContain('--anchor 应为 16 至 64 位十六进制的哈希');
    expect(grants(['--db', db, 'audit', 'check'])).toMatchObject({ code: 2 });
    expect(grants(['--db', db, 'audit', 'check']).stderr).toContain('未知命令“audit check”');
    expect(grants(['--db', db, 'audit']).code).toBe(2);
  });
});
