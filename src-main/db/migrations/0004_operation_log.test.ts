import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { columnsOf, indexesOf, NOW, queryPlan } from '../../testing/migrations';

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 4) });
});
afterEach(() => {
  db.close();
  folder.remove();
});

const ZERO = '0'.repeat(64);
const hashOf = (n: number) => n.toString(16).padStart(64, 'a');

/** Rows with made-up hashes: the table checks linkage, not the SHA-256 itself (that is verify's job). */
function append(id: number, prev = id === 1 ? ZERO : hashOf(id - 1), over: Record<string, unknown> = {}): void {
  const row = {
    id,
    at: NOW,
    user_id: 1,
    username: 'admin',
    roles: '["admin"]',
    op: 'users.create',
    entity_type: 'user',
    entity_id: '1',
    before_json: null,
    after_json: '{"a":1}',
    prev_hash: prev,
    hash: hashOf(id),
    ...over,
  };
  db.prepare(
    `INSERT INTO operation_log (id, at, user_id, username, roles, op, entity_type, entity_id, before_json,
       after_json, prev_hash, hash)
     VALUES (@id, @at, @user_id, @username, @roles, @op, @entity_type, @entity_id, @before_json, @after_json,
       @prev_hash, @hash)`,
  ).run(row);
}

const count = () => db.prepare('SELECT count(*) FROM operation_log').pluck().get();

describe('0004 operation_log', () => {
  it('has the columns of an entry', () => {
    expect(columnsOf(db, 'operation_log')).toEqual(
      [
        'id',
        'at',
        'user_id',
        'username',
        'roles',
        'op',
        'entity_type',
        'entity_id',
        'before_json',
        'after_json',
        'prev_hash',
        'hash',
      ].sort(),
    );
  });

  it('appends entries that link to the head', () => {
    append(1);
    append(2);
    append(3);
    expect(count()).toBe(3);
  });

  it.each([
    ['UPDATE', "UPDATE operation_log SET username = 'mallory' WHERE id = 2", /cannot be changed/],
    ['UPDATE of the hash', `UPDATE operation_log SET hash = '${ZERO}'`, /cannot be changed/],
    ['DELETE of one entry', 'DELETE FROM operation_log WHERE id = 2', /cannot be deleted/],
    ['DELETE of all', 'DELETE FROM operation_log', /cannot be deleted/],
    [
      'upsert',
      `INSERT INTO operation_log VALUES (2, 'x', 1, 'u', '[]', 'op', NULL, NULL, NULL, NULL, '${hashOf(1)}', '${hashOf(9)}')
       ON CONFLICT (id) DO UPDATE SET username = 'mallory'`,
      /cannot be changed|appended/,
    ],
  ])('refuses %s', (_name, sql, message) => {
    append(1);
    append(2);
    append(3);
    const before = db.prepare('SELECT * FROM operation_log ORDER BY id').all();
    expect(() => db.exec(sql)).toThrow(message);
    expect(db.prepare('SELECT * FROM operation_log ORDER BY id').all()).toEqual(before);
  });

  it('refuses an entry that does not continue the chain, and INSERT OR REPLACE over an old one', () => {
    expect(() => append(2, ZERO)).toThrow(/appended to the head/);
    expect(() => append(1, hashOf(7))).toThrow(/appended to the head/);
    append(1);
    append(2);
    expect(() => append(4, hashOf(3))).toThrow(/appended to the head/);
    expect(() => append(3, hashOf(1))).toThrow(/appended to the head/);
    expect(() =>
      db.exec(
        `INSERT OR REPLACE INTO operation_log VALUES (1, 'x', 1, 'u', '[]', 'op', NULL, NULL, NULL, NULL, '${ZERO}', '${hashOf(9)}')`,
      ),
    ).toThrow(/appended to the head/);
    expect(db.prepare('SELECT hash FROM operation_log WHERE id = 1').pluck().get()).toBe(hashOf(1));
    expect(count()).toBe(2);
  });

  it.each<[string, Record<string, unknown>]>([
    ['roles that are not a JSON array', { roles: '"admin"' }],
    ['before that is not JSON', { before_json: '{oops' }],
    ['a short hash', { hash: 'abc' }],
    ['an empty op', { op: '' }],
  ])('rejects %s', (_name, over) => {
    expect(() => append(1, ZERO, over)).toThrow(/CHECK/);
  });

  it('has indexes for the time, operator, object and op filters', () => {
    expect(indexesOf(db, 'operation_log')).toEqual([
      'operation_log_by_at',
      'operation_log_by_entity',
      'operation_log_by_op',
      'operation_log_by_username',
    ]);
    expect(queryPlan(db, 'SELECT * FROM operation_log WHERE at >= ? AND at < ? ORDER BY at, id', NOW, NOW)).toMatch(
      /operation_log_by_at/,
    );
    expect(queryPlan(db, 'SELECT * FROM operation_log WHERE username = ? COLLATE NOCASE', 'x')).toMatch(
      /operation_log_by_username/,
    );
    expect(queryPlan(db, 'SELECT * FROM operation_log WHERE entity_type = ? AND entity_id = ?', 'a', 'b')).toMatch(
      /operation_log_by_entity/,
    );
    // The head is read backwards along the primary key and stops at the first row: no sort, no index.
    expect(queryPlan(db, 'SELECT id, hash FROM operation_log ORDER BY id DESC LIMIT 1')).toBe('SCAN operation_log');
  });
});
