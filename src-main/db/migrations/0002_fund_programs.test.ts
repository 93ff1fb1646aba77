import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { addUserRow, columnsOf, indexesOf, NOW, queryPlan } from '../../testing/migrations';

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 2) });
});
afterEach(() => {
  db.close();
  folder.remove();
});

type Row = Partial<{
  code: string;
  source: string;
  year: number;
  total: number;
  start: string | null;
  end: string | null;
  ruleSet: string;
  createdBy: number | null;
}>;

function insert(r: Row = {}): void {
  db.prepare(
    `INSERT INTO fund_programs (code, name, source, year, total_allocation_fen, application_start, application_end,
       rule_set, created_at, updated_at, created_by) VALUES (?, '项目', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.code ?? 'CQ-ZY-2015',
    r.source ?? 'CENTRAL',
    r.year ?? 2015,
    r.total ?? 100,
    r.start ?? null,
    r.end ?? null,
    r.ruleSet ?? '{}',
    NOW,
    NOW,
    r.createdBy ?? null,
  );
}

describe('0002 fund programs', () => {
  it('creates the table and its sort indexes', () => {
    expect(columnsOf(db, 'fund_programs')).toContain('rule_set');
    expect(indexesOf(db, 'fund_programs')).toEqual([
      'fund_programs_by_created',
      'fund_programs_by_name',
      'fund_programs_by_source',
      'fund_programs_by_total',
      'fund_programs_by_year',
    ]);
    expect(queryPlan(db, 'SELECT * FROM fund_programs ORDER BY year DESC, id DESC LIMIT 10')).not.toMatch(
      /TEMP B-TREE/,
    );
  });

  it('keeps codes unique regardless of case', () => {
    insert({ code: 'CQ-ZY-2015' });
    expect(() => insert({ code: 'cq-zy-2015' })).toThrow(/UNIQUE/);
  });

  it.each<[string, Row]>([
    ['unknown source', { source: 'PRIVATE' }],
    ['negative total', { total: -1 }],
    ['year out of range', { year: 1999 }],
    ['deadline before start', { start: '2015-04-01', end: '2015-03-01' }],
    ['rule set that is not JSON', { ruleSet: '{not json' }],
  ])('rejects %s', (_name, row) => {
    expect(() => insert(row)).toThrow(/CHECK|constraint/);
  });

  it('requires created_by to name a user', () => {
    expect(() => insert({ createdBy: 99 })).toThrow(/FOREIGN KEY/);
    insert({ createdBy: addUserRow(db, 'admin') });
    expect(db.prepare('SELECT count(*) FROM fund_programs').pluck().get()).toBe(1);
  });

  it('stores money as an integer only', () => {
    expect(() => insert({ total: 1.5 })).toThrow(/cannot store REAL/);
  });
});
