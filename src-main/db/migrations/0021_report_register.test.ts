import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { migration0021 } from './0021_report_register';
import { MIGRATIONS } from './index';
import { NOW } from '../../testing/migrations';

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, migration0021.version) });
});
afterEach(() => {
  db.close();
  folder.remove();
});

const HASH = 'a'.repeat(64);

function insert(year: number, seq: number, no = `BG-${year}-${String(seq).padStart(4, '0')}`) {
  db.prepare(
    `INSERT INTO report_register (year, seq, report_no, kind, subject, locale, draft, generated_at, generated_by,
       generated_by_name, log_entries, log_head_hash, fingerprint)
     VALUES (?, ?, ?, 'project', '{"applicationId":1}', 'zh', 1, ?, NULL, 'cli:test', 3, ?, ?)`,
  ).run(year, seq, no, NOW, HASH, HASH);
}

describe('migration report register', () => {
  it('is the next step after the migration before it', () => {
    expect(MIGRATIONS[migration0021.version - 1]).toBe(migration0021);
    expect(db.pragma('user_version', { simple: true })).toBe(migration0021.version);
  });

  it('numbers reports BG-YYYY-NNNN without gaps within a year, starting again each year', () => {
    insert(2026, 1);
    insert(2026, 2);
    insert(2027, 1);
    expect(() => insert(2026, 4)).toThrow(/consecutive/);
    expect(() => insert(2027, 1)).toThrow(/consecutive|UNIQUE/);
    expect(() => insert(2026, 3, 'BG-2026-3')).toThrow(/CHECK/);
    expect(db.prepare('SELECT report_no FROM report_register ORDER BY id').pluck().all()).toEqual([
      'BG-2026-0001',
      'BG-2026-0002',
      'BG-2027-0001',
    ]);
  });

  it('never changes or loses a row', () => {
    insert(2026, 1);
    expect(() => db.prepare('UPDATE report_register SET fingerprint = ?').run('b'.repeat(64))).toThrow(/append only/);
    expect(() => db.prepare('DELETE FROM report_register').run()).toThrow(/append only/);
  });
});
