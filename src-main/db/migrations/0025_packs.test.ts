import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { migration0025 } from './0025_packs';
import { MIGRATIONS } from './index';
import { addUserRow, NOW } from '../../testing/migrations';

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, migration0025.version) });
  addUserRow(db, 'evaluator');
});
afterEach(() => {
  db.close();
  folder.remove();
});

const KEY = 'a'.repeat(64);
const insertPack = (no: string, key = KEY) =>
  db
    .prepare(
      `INSERT INTO packs (pack_no, key, exported_at, exported_by, projects, inspectors, state)
       VALUES (?, ?, ?, 1, '["渝民发〔2015〕1号"]', '["evaluator"]', 'exported')`,
    )
    .run(no, key, NOW);

describe('migration packs', () => {
  it('is the next step after the migration before it', () => {
    expect(MIGRATIONS[migration0025.version - 1]).toBe(migration0025);
    expect(db.pragma('user_version', { simple: true })).toBe(migration0025.version);
  });

  it('registers packs by number with a 32-byte key; number, key and contents never change, state does', () => {
    insertPack('JCB-2026-0001');
    expect(() => insertPack('JCB-2026-0001')).toThrow(/UNIQUE/);
    expect(() => insertPack('JCB-26-1')).toThrow(/CHECK/);
    expect(() => insertPack('JCB-2026-0002', 'short')).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE packs SET key = ?').run('b'.repeat(64))).toThrow(/keeps its number, key/);
    expect(() => db.prepare("UPDATE packs SET projects = '[]'").run()).toThrow(/keeps its number, key/);
    db.prepare("UPDATE packs SET state = 'imported', last_import_at = ?").run(NOW);
    expect(() => db.prepare("UPDATE packs SET state = 'lost'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM packs').run()).toThrow(/cannot be deleted/);
  });

  it('keeps one pack per field database, unchanged', () => {
    const add = () =>
      db
        .prepare("INSERT INTO field_pack (one, pack_no, key, body, opened_at) VALUES (1, 'JCB-2026-0001', ?, '{}', ?)")
        .run(KEY, NOW);
    add();
    expect(add).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("UPDATE field_pack SET body = '[]'").run()).toThrow(/does not change/);
  });
});
