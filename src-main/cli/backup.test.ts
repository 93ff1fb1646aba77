import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { countLog, logHead } from '../db/operation-log-repo';
import { damageDatabase } from '../testing/db';
import { fillLog } from '../testing/operation-log';
import { grants, tempDir } from '../testing/cli';

let dir: string;
let cleanup: () => void;
let db: string;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'data', 'grants.db');
  const conn = openDatabase(db);
  fillLog(conn, 30);
  conn.close();
});

afterEach(() => cleanup());

function head(path: string): { entries: number; hash: string | undefined; lastOp: unknown } {
  const conn = openDatabase(path);
  try {
    const lastOp = conn.prepare('SELECT op FROM operation_log ORDER BY id DESC LIMIT 1').pluck().get();
    return { entries: countLog(conn), hash: logHead(conn)?.hash, lastOp };
  } finally {
    conn.close();
  }
}

describe('grants backup and grants restore', () => {
  it('back up, check without --yes (nothing changes), restore with --yes', () => {
    const out = join(dir, 'backups', 'b1');
    const b = grants(['--db', db, 'backup', '--out', out]);
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    expect(b.stdout).toContain(`备份完成：${out}`);
    expect(b.stdout).toMatch(/操作日志 30 条（链头哈希 [0-9a-f]{64}）/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { log: { headHash: string } };
    const original = head(db);
    expect(manifest.log.headHash).toBe(original.hash);

    const conn = openDatabase(db);
    fillLog(conn, 5);
    conn.close();

    const check = grants(['--db', db, 'restore', out]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('备份检查通过');
    expect(check.stdout).toContain('未做任何改动');
    expect(head(db).entries).toBe(35);

    const r = grants(['--db', db, 'restore', out, '--yes', '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`the previous database is kept at ${db}.before-restore`);
    const after = head(db);
    expect(after.entries).toBe(31);
    expect(after.lastOp).toBe('backups.restore');
    expect(head(`${db}.before-restore`).entries).toBe(35);
  });

  it('refuses a tampered backup with the reason and exit 1', () => {
    const out = join(dir, 'b2');
    expect(grants(['--db', db, 'backup', '--out', out]).code).toBe(0);
    const file = join(out, 'manifest.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/"sha256": "[0-9a-f]{64}"/, `"sha256": "${'a'.repeat(64)}"`),
    );
    const r = grants(['--db', db, 'restore', out, '--yes']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/备份中的数据库与备份清单不符（SHA-256 应为 a{64}/);
    expect(existsSync(`${db}.before-restore`)).toBe(false);
    expect(head(db).entries).toBe(30);
  });

  it('refuses to restore while another program has the database open', () => {
    const out = join(dir, 'b3');
    expect(grants(['--db', db, 'backup', '--out', out]).code).toBe(0);
    const conn = openDatabase(db);
    try {
      const r = grants(['--db', db, 'restore', out, '--yes']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('数据库正被另一个程序使用');
    } finally {
      conn.close();
    }
    expect(existsSync(`${db}.before-restore`)).toBe(false);
  });

  it('refuses to back up a damaged database, naming what the check found, and leaves no backup', () => {
    damageDatabase(db);
    const out = join(dir, 'backups', 'damaged');
    const r = grants(['--db', db, '--lang', 'en', 'backup', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /the database to back up is damaged \(quick check failed: .+\); a backup would only carry the damage/s,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('usage errors exit 2: backup without --out, restore without a folder', () => {
    const b = grants(['--db', db, 'backup']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('请用 --out 文件夹 指定备份位置');
    expect(grants(['--db', db, 'restore']).code).toBe(2);
  });
});
