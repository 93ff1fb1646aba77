import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { addUserRow, columnsOf, NOW } from '../../testing/migrations';

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 1) });
});
afterEach(() => {
  db.close();
  folder.remove();
});

const hash = 'a'.repeat(64);

describe('0001 users and sessions', () => {
  it('creates the tables with their columns', () => {
    expect(columnsOf(db, 'users')).toEqual([
      'created_at',
      'disabled',
      'display_name',
      'failed_attempts',
      'id',
      'last_sign_in_at',
      'locked_until',
      'password_hash',
      'updated_at',
      'username',
    ]);
    expect(columnsOf(db, 'user_roles')).toEqual(['role', 'user_id']);
    expect(columnsOf(db, 'sessions')).toEqual(['created_at', 'id', 'last_seen_at', 'token_hash', 'user_id']);
  });

  it('keeps user names unique regardless of case', () => {
    addUserRow(db, 'Admin');
    expect(() => addUserRow(db, 'admin')).toThrow(/UNIQUE/);
  });

  it('accepts only scrypt hashes and known roles', () => {
    expect(() =>
      db
        .prepare(
          "INSERT INTO users (username, display_name, password_hash, created_at, updated_at) VALUES ('u', 'u', 'plain', ?, ?)",
        )
        .run(NOW, NOW),
    ).toThrow(/CHECK/);
    const id = addUserRow(db, 'u');
    db.prepare("INSERT INTO user_roles VALUES (?, 'auditor')").run(id);
    expect(() => db.prepare("INSERT INTO user_roles VALUES (?, 'superuser')").run(id)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO user_roles VALUES (?, 'auditor')").run(id)).toThrow(/UNIQUE|PRIMARY/);
  });

  it('stores 64-character token hashes, unique, tied to a user', () => {
    const id = addUserRow(db, 'u');
    const insert = db.prepare(
      'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
    );
    insert.run(hash, id, NOW, NOW);
    expect(() => insert.run(hash, id, NOW, NOW)).toThrow(/UNIQUE/);
    expect(() => insert.run('raw-token', id, NOW, NOW)).toThrow(/CHECK/);
    expect(() => insert.run('b'.repeat(64), id + 1, NOW, NOW)).toThrow(/FOREIGN KEY/);
  });

  it('removes roles and sessions with their user', () => {
    const id = addUserRow(db, 'u');
    db.prepare("INSERT INTO user_roles VALUES (?, 'admin')").run(id);
    db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)').run(
      hash,
      id,
      NOW,
      NOW,
    );
    db.prepare('DELETE FROM users WHERE id = ?').run(id);
    expect(db.prepare('SELECT (SELECT count(*) FROM user_roles) + (SELECT count(*) FROM sessions)').pluck().get()).toBe(
      0,
    );
  });

  it('is strict about types', () => {
    expect(() =>
      db
        .prepare(
          "INSERT INTO users (username, display_name, password_hash, disabled, created_at, updated_at) VALUES ('v', 'v', 'scrypt$x', 'yes', ?, ?)",
        )
        .run(NOW, NOW),
    ).toThrow(/cannot store TEXT value in INTEGER column|CHECK/);
  });
});
