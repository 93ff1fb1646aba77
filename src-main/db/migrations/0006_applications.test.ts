import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { indexesOf, queryPlan } from '../../testing/migrations';
import {
  addApplicationRow,
  addOrganizationRow,
  addProgramRow,
  type ApplicationRowPatch,
} from '../../testing/migration-rows';

let folder: TempFolder;
let db: Db;
let program: number;
let org: number;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 6) });
  program = addProgramRow(db);
  org = addOrganizationRow(db);
});
afterEach(() => {
  db.close();
  folder.remove();
});

const app = (r: ApplicationRowPatch = {}) => addApplicationRow(db, program, org, r);

describe('0006 applications', () => {
  it('numbers applications uniquely per year', () => {
    app({ year: 2015, seq: 1 });
    app({ year: 2016, seq: 1 });
    expect(() => app({ year: 2015, seq: 1, code: 'SB-2015-0001b' })).toThrow(/UNIQUE/);
    expect(() => app({ year: 2015, seq: 2, code: 'SB-2015-0001' })).toThrow(/UNIQUE/);
  });

  it.each<[string, ApplicationRowPatch]>([
    ['an unknown state', { state: 'pending' }],
    ['an unknown service area', { area: 'sports' }],
    ['a negative request', { requested: -1 }],
    ['an end before the start', { start: '2015-06-01', end: '2015-05-31' }],
    ['an approved amount without approval', { state: 'in_notice', approved: 500 }],
    ['approval without an amount', { state: 'approved', approved: null }],
    ['an approved amount above the request', { state: 'approved', requested: 1000, approved: 1001 }],
    ['an approved amount of zero', { state: 'approved', approved: 0 }],
  ])('refuses %s', (_n, row) => {
    expect(() => app(row)).toThrow(/CHECK/);
  });

  it('keeps indicators and budget lines in order, with a reason for every cut', () => {
    const id = app();
    const line = (seq: number, amount: number, approved: number | null, reason: string | null) =>
      db
        .prepare(
          `INSERT INTO application_budget_lines (application_id, seq, category_code, amount_fen, approved_fen, cut_reason)
           VALUES (?, ?, 'STAFF', ?, ?, ?)`,
        )
        .run(id, seq, amount, approved, reason);
    line(1, 100, null, null);
    line(2, 100, 100, null);
    line(3, 100, 80, '单价偏高');
    expect(() => line(4, 100, 80, null)).toThrow(/CHECK/);
    expect(() => line(5, 100, 101, 'x')).toThrow(/CHECK/);
    expect(() => line(6, 0, null, null)).toThrow(/CHECK/);
    expect(() => line(1, 100, null, null)).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO application_budget_lines (application_id, seq, category_code, cost_type, amount_fen) VALUES (?, 9, 'X', 'bribe', 1)",
        )
        .run(id),
    ).toThrow(/CHECK/);
    const indicator = (seq: number, target: number) =>
      db
        .prepare(
          "INSERT INTO application_indicators (application_id, seq, name, unit, target) VALUES (?, ?, '人次', '人次', ?)",
        )
        .run(id, seq, target);
    indicator(1, 1200.5);
    expect(() => indicator(2, -1)).toThrow(/CHECK/);
  });

  it('answers the duplicate question and the list pages from indexes', () => {
    expect(indexesOf(db, 'applications')).toEqual([
      'applications_by_approved',
      'applications_by_created',
      'applications_by_district',
      'applications_by_mean_score',
      'applications_by_name',
      'applications_by_organization',
      'applications_by_program_organization',
      'applications_by_requested',
      'applications_by_service_area',
      'applications_by_state',
      'applications_by_submitted',
    ]);
    expect(
      queryPlan(
        db,
        "SELECT code FROM applications WHERE fund_program_id = 1 AND organization_id = 2 AND state <> 'rejected'",
      ),
    ).toMatch(/applications_by_program_organization/);
    expect(queryPlan(db, 'SELECT max(code_seq) FROM applications WHERE code_year = 2015')).toMatch(
      /USING COVERING INDEX/,
    );
    for (const column of ['name', 'requested_fen', 'submitted_at', 'created_at']) {
      const plan = queryPlan(db, `SELECT * FROM applications ORDER BY ${column} DESC, id DESC LIMIT 50`);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});
