import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { DatabaseOpenError } from './errors';
import { damageDatabase, TempFolder } from '../testing/db';

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

/** The id of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid!;
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

  it('checks the file (quick_check) after an unclean shutdown only, and refuses a damaged one', () => {
    const path = folder.file();
    damageDatabase(path);
    // Closed cleanly last time: no check on open, so opening a large database stays fast.
    const db = openDatabase(path);
    db.close();
    expect(readdirSync(`${path}-open`)).toEqual([]);
    // A process that died with the file open left its mark: the next open checks and refuses.
    writeFileSync(join(`${path}-open`, `${deadPid()}-1`), '');
    const e = refusal(path);
    expect(e.rule).toBe('db.damaged');
    expect(e.messageIn('en')).toMatch(/damaged/);
    // The mark stays until a check passes, so every later open checks again.
    expect(refusal(path).rule).toBe('db.damaged');
    // Asked for explicitly (grants check), the check runs after a clean shutdown too.
    rmSync(`${path}-open`, { recursive: true });
    expect(() => openDatabase(path, { alwaysCheck: true })).toThrow(
      expect.objectContaining({ rule: 'db.damaged' }) as Error,
    );
  });

  it("marks the file open while connected and clears a dead process's mark once the check passes", () => {
    const path = folder.file();
    openDatabase(path).close();
    const stale = join(`${path}-open`, `${deadPid()}-7`);
    writeFileSync(stale, '');
    const db = openDatabase(path);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(`${path}-open`)).toEqual([expect.stringMatching(new RegExp(`^${process.pid}-`))]);
    // Another connection of a live process is not an unclean shutdown: its mark is left alone.
    const second = openDatabase(path);
    expect(readdirSync(`${path}-open`)).toHaveLength(2);
    second.close();
    db.close();
    expect(readdirSync(`${path}-open`)).toEqual([]);
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
