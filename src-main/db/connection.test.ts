import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { DatabaseOpenError } from './errors';
import { TempFolder } from './testing';

let folder: TempFolder;
beforeEach(() => {
  folder = new TempFolder();
});
afterEach(() => folder.remove());

function refusal(path: string): DatabaseOpenError {
  try {
    openDatabase(path).close();
  } catch (e) {
    expect(e).toBeInstanceOf(DatabaseOpenError);
    return e as DatabaseOpenError;
  }
  throw new Error('expected the file to be refused');
}

describe('openDatabase', () => {
  it('creates missing parent folders and sets the pragmas', () => {
    const path = join(folder.path, 'a', 'b', 'grants.sqlite');
    const db = openDatabase(path);
    expect(existsSync(path)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(() =>
      db
        .prepare("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, 42, 't', 't')")
        .run('a'.repeat(64)),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('refuses a file that is not SQLite, without changing it', () => {
    const path = folder.file('notes.sqlite');
    writeFileSync(path, 'These are my notes, not a database. '.repeat(200));
    const before = readFileSync(path);
    const e = refusal(path);
    expect(e.rule).toBe('db.notDatabase');
    expect(e.messageIn('zh')).toContain('不是 SQLite 数据库');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a damaged file (quick_check)', () => {
    const path = folder.file();
    const db = openDatabase(path);
    const insert = db.prepare(
      "INSERT INTO organizations (name, kind, registration, district_code, created_at, updated_at) VALUES (?, 'other', 'filed', '500103', 't', 't')",
    );
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`机构${i}`.padEnd(40, '样'));
    })();
    db.close();
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    // Scribble over the interior of the last few pages (table and index b-trees), never the header page.
    for (let p = pages - 4; p < pages; p++) bytes.fill(0xa5, p * pageSize + 8, p * pageSize + pageSize - 8);
    writeFileSync(path, bytes);
    const e = refusal(path);
    expect(e.rule).toBe('db.damaged');
    expect(e.messageIn('en')).toMatch(/damaged/);
  });

  it('reports a folder it cannot create', () => {
    const blocker = folder.file('plain-file');
    writeFileSync(blocker, 'x');
    const e = refusal(join(blocker, 'sub', 'grants.sqlite'));
    expect(e.rule).toBe('db.cannotOpen');
  });

  it('accepts an explicit native binding path', () => {
    const binding = join(folder.path, '..', 'does-not-exist.node');
    expect(() => openDatabase(folder.file(), { nativeBinding: binding })).toThrow(DatabaseOpenError);
    // The default build still works: the option only replaces the addon when given.
    const db = new Database(':memory:');
    expect(db.prepare('SELECT 1').pluck().get()).toBe(1);
    db.close();
  });
});
