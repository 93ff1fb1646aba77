import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { DatabaseOpenError } from './errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations/index';
import { TempFolder } from '../testing/db';

let folder: TempFolder;
let path: string;
beforeEach(() => {
  folder = new TempFolder();
  path = folder.file();
});
afterEach(() => folder.remove());

function history(p = path): { version: number; name: string }[] {
  const db = new Database(p, { readonly: true });
  try {
    return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as never;
  } finally {
    db.close();
  }
}

function raw(fn: (db: Database.Database) => void): void {
  const db = new Database(path);
  try {
    fn(db);
  } finally {
    db.close();
  }
}

function openError(opts?: Parameters<typeof openDatabase>[1]): DatabaseOpenError {
  try {
    openDatabase(path, opts).close();
  } catch (e) {
    expect(e).toBeInstanceOf(DatabaseOpenError);
    return e as DatabaseOpenError;
  }
  throw new Error('openDatabase unexpectedly succeeded');
}

describe('migrate', () => {
  it('brings a fresh file to the latest version and records each step', () => {
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    expect(history()).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('re-opening changes nothing', () => {
    openDatabase(path).close();
    const before = readFileSync(path);
    openDatabase(path).close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('upgrades a file migrated by an older build', () => {
    openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) }).close();
    expect(history().map((r) => r.version)).toEqual([1]);
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    expect(history().map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuses a newer database and leaves it untouched', () => {
    openDatabase(path).close();
    const newer = LATEST_SCHEMA_VERSION + 4;
    raw((db) => db.pragma(`user_version = ${newer}`));
    const before = readFileSync(path);
    const e = openError();
    expect(e.rule).toBe('db.newerSchema');
    expect(e.params).toEqual({ found: newer, supported: LATEST_SCHEMA_VERSION });
    expect(e.message).toBe(`数据库版本 ${newer} 高于本程序支持的版本 ${LATEST_SCHEMA_VERSION}，请升级程序后再打开`);
    expect(e.messageIn('en')).toContain(`newer than version ${LATEST_SCHEMA_VERSION}`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it.each<[string, string, Record<string, unknown>]>([
    [
      'renamed step',
      "UPDATE schema_migrations SET name = 'something_else' WHERE version = 2",
      { version: 2, found: 'something_else' },
    ],
    ['missing step', 'DELETE FROM schema_migrations WHERE version = 2', { version: 2, found: '—' }],
    [
      'step beyond user_version',
      `INSERT INTO schema_migrations VALUES (${LATEST_SCHEMA_VERSION + 1}, 'future', 'x')`,
      { version: LATEST_SCHEMA_VERSION + 1, found: 'future' },
    ],
    ['no history table', 'DROP TABLE schema_migrations', { version: 1, found: '—' }],
  ])('refuses a tampered history: %s', (_name, sql, params) => {
    openDatabase(path).close();
    raw((db) => db.exec(sql));
    const e = openError();
    expect(e.rule).toBe('db.unknownHistory');
    expect(e.params).toMatchObject(params);
  });

  it('refuses a history that names a different migration', () => {
    openDatabase(path).close();
    const renamed: Migration[] = MIGRATIONS.map((m) => (m.version === 3 ? { ...m, name: 'orgs_v2' } : m));
    const e = openError({ migrations: renamed });
    expect(e.params).toMatchObject({ version: 3, expected: 'orgs_v2', found: 'organizations' });
  });

  it("refuses to migrate into somebody else's SQLite file", () => {
    raw((db) => db.exec('CREATE TABLE invoices (id INTEGER)'));
    const e = openError();
    expect(e.rule).toBe('db.foreign');
    expect(e.params.tables).toBe('invoices');
    raw((db) => expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'users'").pluck().get()).toBe(0));
  });

  it('rolls a failing migration back as a whole', () => {
    openDatabase(path).close();
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        db.exec(
          "INSERT INTO users (username, display_name, password_hash, created_at, updated_at) VALUES ('x', 'x', 'scrypt$1', 't', 't')",
        );
        throw new Error('boom');
      },
    };
    const e = openError({ migrations: [...MIGRATIONS, broken] });
    expect(e.rule).toBe('db.migrationFailed');
    expect(e.params).toMatchObject({ version: LATEST_SCHEMA_VERSION + 1, name: 'broken', detail: 'boom' });
    raw((db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    });
  });

  it('rejects a migration list with a gap', () => {
    const gap = [MIGRATIONS[0]!, MIGRATIONS[2]!];
    expect(() => openDatabase(path, { migrations: gap })).toThrow(/out of order/);
  });
});
