import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeApp, createApp, DEMO_PASSWORD, DEMO_USERS, dispatch, type CallContext } from '../api';
import { grants, tempDir } from '../testing/cli';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

async function signInAndCountOrganizations(dbPath: string): Promise<number> {
  const app = createApp({ dbPath, host: 'test' });
  try {
    let token: string | null = null;
    const call: CallContext = { sessionToken: null, locale: 'zh', setSessionToken: (t) => (token = t) };
    const signIn = await dispatch(app, 'auth.signIn', { username: 'admin', password: DEMO_PASSWORD }, call);
    expect(signIn.ok).toBe(true);
    const list = await dispatch(app, 'organizations.list', { pageSize: 1 }, { ...call, sessionToken: token });
    if (!list.ok) throw new Error(list.error.message);
    return (list.value as { total: number }).total;
  } finally {
    closeApp(app);
  }
}

describe('grants init', () => {
  it('creates the database and its folders, then is idempotent', () => {
    const db = join(tmp.dir, 'a', 'b', 'grants.db');
    const first = grants(['--db', db, 'init']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^数据库已就绪：.*grants\.db（结构版本 \d+）\n$/);
    expect(existsSync(db)).toBe(true);
    const again = grants(['--db', db, '--lang', 'en', 'init']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^database ready: .*grants\.db \(schema version \d+\)\n$/);
  });

  it('takes the path from GRANTS_DB, and --db wins over it', () => {
    const fromEnv = join(tmp.dir, 'env.db');
    const fromFlag = join(tmp.dir, 'flag.db');
    expect(grants(['init'], { GRANTS_DB: fromEnv }).code).toBe(0);
    expect(existsSync(fromEnv)).toBe(true);
    expect(grants(['--db', fromFlag, 'init'], { GRANTS_DB: fromEnv }).code).toBe(0);
    expect(existsSync(fromFlag)).toBe(true);
  });

  it('defaults to the grants folder under XDG_DATA_HOME', () => {
    const r = grants(['init'], { XDG_DATA_HOME: tmp.dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(tmp.dir, 'grants', 'grants.db'))).toBe(true);
  });

  it('--demo loads the sample set with the demo accounts, and the database reopens', async () => {
    const db = join(tmp.dir, 'demo.db');
    const r = grants(['--db', db, 'init', '--demo']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已加载示例数据：\d+ 个资金计划，300 个机构，400 个申报项目，6 个演示账号/);
    expect(r.stdout).toContain('expert1');
    for (const user of DEMO_USERS) expect(r.stdout).toMatch(new RegExp(`^  ${user.username} +${DEMO_PASSWORD} `, 'm'));
    expect(r.stdout).toContain('系统管理员');

    expect(grants(['--db', db, 'init']).code).toBe(0);
    expect(await signInAndCountOrganizations(db)).toBe(300);
  });

  it('--demo --projects N scales the organizations', async () => {
    const db = join(tmp.dir, 'scaled.db');
    const r = grants(['--db', db, 'init', '--demo', '--projects', '1200']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1200 个机构');
    expect(await signInAndCountOrganizations(db)).toBe(1200);
  });

  it('--demo refuses a database that already has data, exit 1, and changes nothing', async () => {
    const db = join(tmp.dir, 'twice.db');
    expect(grants(['--db', db, 'init', '--demo']).code).toBe(0);
    const again = grants(['--db', db, 'init', '--demo', '--projects', '900']);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('已有数据，不能加载示例数据');
    expect(await signInAndCountOrganizations(db)).toBe(300);
  });

  it('--demo refuses a database that already has a user', () => {
    const db = join(tmp.dir, 'user.db');
    const app = createApp({ dbPath: db, host: 'test' });
    return dispatch(
      app,
      'auth.setup',
      { username: 'chief', displayName: '局长', password: 'secret123' },
      { sessionToken: null, locale: 'zh', setSessionToken: () => {} },
    ).then((setup) => {
      closeApp(app);
      expect(setup.ok).toBe(true);
      const r = grants(['--lang', 'en', '--db', db, 'init', '--demo']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('already has data');
    });
  });

  it('refuses a file that is not a database, exit 1 with a localized message', () => {
    const db = join(tmp.dir, 'notes.txt');
    writeFileSync(db, 'this is not sqlite, just some text that is long enough to fill a header page. '.repeat(20));
    const zh = grants(['--db', db, 'init']);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(/^错误：.*不是 SQLite 数据库/);
    const en = grants(['--lang', 'en', '--db', db, 'init']);
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/^error: .*not an SQLite database/);
  });

  it('refuses a database from a newer version of the program', () => {
    const db = join(tmp.dir, 'newer.db');
    expect(grants(['--db', db, 'init']).code).toBe(0);
    const raw = new Database(db);
    raw.pragma('user_version = 999');
    raw.close();
    const r = grants(['--db', db, 'init']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('999');
    expect(r.stderr).toContain('请升级程序');
  });
});
