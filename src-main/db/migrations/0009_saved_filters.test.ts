import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { addUserRow, NOW } from '../../testing/migrations';

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 9) });
});
afterEach(() => {
  db.close();
  folder.remove();
});

const save = (user: number, name: string, query = '{"filters":{"state":"approved"}}') =>
  db
    .prepare('INSERT INTO saved_filters (user_id, list, name, query, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(user, 'applications', name, query, NOW, NOW);

describe('0009 saved_filters', () => {
  it('keeps names unique per user and list, not across users', () => {
    const a = addUserRow(db, 'a');
    const b = addUserRow(db, 'b');
    save(a, '本年度待初审');
    save(b, '本年度待初审');
    expect(() => save(a, '本年度待初审')).toThrow(/UNIQUE/);
  });

  it('stores only JSON queries for existing users', () => {
    const a = addUserRow(db, 'a');
    expect(() => save(a, 'x', '{oops')).toThrow(/CHECK/);
    expect(() => save(999, 'x')).toThrow(/FOREIGN KEY/);
  });
});
