import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { migration0018 } from './0018_settings';
import { MIGRATIONS } from './index';
import { columnsOf, NOW } from '../../testing/migrations';

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, migration0018.version) });
});
afterEach(() => {
  db.close();
  folder.remove();
});

describe('migration settings', () => {
  it('is the next step after the migration before it and adds the settings table', () => {
    expect(MIGRATIONS[migration0018.version - 1]).toBe(migration0018);
    expect(db.pragma('user_version', { simple: true })).toBe(migration0018.version);
    expect(columnsOf(db, 'settings')).toEqual(['key', 'updated_at', 'value']);
  });

  it('keeps one JSON value per key', () => {
    const put = db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)');
    put.run('log.verifiedHead', '{"entries":3}', NOW);
    expect(() => put.run('log.verifiedHead', '{"entries":4}', NOW)).toThrow(/UNIQUE/);
    expect(() => put.run('other', 'not json', NOW)).toThrow(/CHECK/);
    expect(() => put.run('', '{}', NOW)).toThrow(/CHECK/);
  });
});
