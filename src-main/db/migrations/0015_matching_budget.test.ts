import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { migration0015 } from './0015_matching_budget';
import { MIGRATIONS } from './index';
import { addUserRow, NOW } from '../../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../../testing/migration-rows';

let folder: TempFolder;
let db: Db;
let alice: number;
let bob: number;
let program: number;
let org: number;

beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, migration0015.version - 1) });
  alice = addUserRow(db, 'alice');
  bob = addUserRow(db, 'bob');
  program = addProgramRow(db);
  org = addOrganizationRow(db);
});
afterEach(() => {
  db.close();
  folder.remove();
});

const run = (sql: string, ...args: unknown[]) => Number(db.prepare(sql).run(...args).lastInsertRowid);

/** An application with its matching total and budget lines ([category, asked grant, kept grant]). */
function application(matchingFen: number, lines: [string, number, number | null][], state = 'approved'): number {
  const requested = lines.reduce((s, l) => s + l[1], 0) || 1000;
  const app = addApplicationRow(db, program, org, {
    state,
    requested,
    approved: state === 'approved' ? lines.reduce((s, l) => s + (l[2] ?? l[1]), 0) : null,
  });
  db.prepare('UPDATE applications SET matching_fen = ? WHERE id = ?').run(matchingFen, app);
  lines.forEach(([category, amount, kept], i) =>
    run(
      `INSERT INTO application_budget_lines (application_id, seq, category_code, amount_fen, approved_fen, cut_reason)
       VALUES (?, ?, ?, ?, ?, ?)`,
      app,
      i + 1,
      category,
      amount,
      kept,
      kept !== null && kept < amount ? '核减' : null,
    ),
  );
  return app;
}

function agreementOf(app: number, approvedFen: number): number {
  return run(
    `INSERT INTO agreements (application_id, agreement_number, period_start, period_end, approved_fen, created_at,
       created_by) VALUES (?, ?, '2015-03-01', '2015-12-31', ?, ?, ?)`,
    app,
    `YMF-${app}`,
    approvedFen,
    NOW,
    alice,
  );
}

function version(agreement: number, n: number, lines: [string, string, number][], adjustment: number | null = null) {
  const id =
    n === 1
      ? run(
          'INSERT INTO budget_versions (agreement_id, version, approved_by, approved_at) VALUES (?, 1, ?, ?)',
          agreement,
          alice,
          NOW,
        )
      : run(
          `INSERT INTO budget_versions (agreement_id, version, reason, adjustment_id, requested_by, requested_at,
             approved_by, approved_at) VALUES (?, ?, '调剂', ?, ?, ?, ?, ?)`,
          agreement,
          n,
          adjustment,
          alice,
          NOW,
          bob,
          NOW,
        );
  lines.forEach(([code, category, amount], i) =>
    run(
      `INSERT INTO budget_version_lines (version_id, seq, line_code, category_code, amount_fen) VALUES (?, ?, ?, ?, ?)`,
      id,
      i + 1,
      code,
      category,
      amount,
    ),
  );
}

function adjustment(agreement: number, base: number, lines: [string, string | null, number][]): number {
  const id = run(
    `INSERT INTO budget_adjustments (agreement_id, base_version, reason, state, requested_by, requested_at)
     VALUES (?, ?, '调剂', 'pending', ?, ?)`,
    agreement,
    base,
    alice,
    NOW,
  );
  lines.forEach(([code, category, amount], i) =>
    run(
      `INSERT INTO budget_adjustment_lines (adjustment_id, seq, line_code, category_code, amount_fen)
       VALUES (?, ?, ?, ?, ?)`,
      id,
      i + 1,
      code,
      category,
      amount,
    ),
  );
  return id;
}

const all = (sql: string, ...args: unknown[]) =>
  db
    .prepare(sql)
    .raw()
    .all(...args);

/** Every total the migration must keep: application matching, and per version the grant total. */
const totals = () => ({
  applications: all('SELECT id, requested_fen, matching_fen, approved_fen FROM applications ORDER BY id'),
  versionGrant: all(
    `SELECT v.agreement_id, v.version, sum(l.amount_fen) FROM budget_versions v
     JOIN budget_version_lines l ON l.version_id = v.id GROUP BY v.id ORDER BY v.id`,
  ),
  applicationGrant: all(
    'SELECT application_id, sum(amount_fen), sum(approved_fen) FROM application_budget_lines GROUP BY 1 ORDER BY 1',
  ),
  adjustmentGrant: all('SELECT adjustment_id, sum(amount_fen) FROM budget_adjustment_lines GROUP BY 1 ORDER BY 1'),
});

function migrate(): void {
  db.close();
  db = openDatabase(folder.file());
}

describe('0015 places each application matching total on its budget lines', () => {
  it('splits in proportion to the asked grant, largest remainder to the fen, and carries it into every version', () => {
    // 1,000.01 元 of matching over lines asking 400, 700 and 0.03 元: floors 363.63 + 636.34 + 0.02 leave two
    // fen, which go to the largest remainders (lines 02 and 03): 363.63 + 636.35 + 0.03. The finance review cut line 02 to 500 元; cuts apply to the grant only.
    const a = application(100_001, [
      ['STAFF', 40_000, null],
      ['ACTIVITY', 70_000, 50_000],
      ['PUBLICITY', 3, null],
    ]);
    const g = agreementOf(a, 90_003);
    version(g, 1, [
      ['01', 'STAFF', 40_000],
      ['02', 'ACTIVITY', 50_000],
      ['03', 'PUBLICITY', 3],
    ]);
    const approvedRequest = adjustment(g, 1, [
      ['01', null, 30_000],
      ['04', 'TRAINING', 10_000],
    ]);
    db.prepare("UPDATE budget_adjustments SET state = 'approved', decided_by = ?, decided_at = ? WHERE id = ?").run(
      bob,
      NOW,
      approvedRequest,
    );
    version(
      g,
      2,
      [
        ['01', 'STAFF', 30_000],
        ['02', 'ACTIVITY', 50_000],
        ['03', 'PUBLICITY', 3],
        ['04', 'TRAINING', 10_000],
      ],
      approvedRequest,
    );
    const pending = adjustment(g, 2, [
      ['02', null, 45_000],
      ['04', null, 15_000],
      ['05', 'STAFF', 0],
    ]);
    // A draft imported with a matching total but no lines yet, and a project without matching.
    const draft = application(5_000, [], 'draft');
    const none = application(0, [['STAFF', 20_000, null]]);
    const before = totals();

    migrate();

    expect(totals()).toEqual(before);
    expect(all('SELECT application_id, seq, matching_fen FROM application_budget_lines ORDER BY id')).toEqual([
      [a, 1, 36_363],
      [a, 2, 63_635],
      [a, 3, 3],
      [none, 1, 0],
    ]);
    // Application matching = the sum of its lines' matching, where it has lines; else kept on the application.
    expect(
      all(
        `SELECT a.id, a.matching_fen, (SELECT sum(matching_fen) FROM application_budget_lines b
           WHERE b.application_id = a.id) FROM applications a ORDER BY a.id`,
      ),
    ).toEqual([
      [a, 100_001, 100_001],
      [draft, 5_000, null],
      [none, 0, 0],
    ]);
    expect(
      all(
        `SELECT v.version, l.line_code, l.amount_fen, l.matching_fen FROM budget_version_lines l
         JOIN budget_versions v ON v.id = l.version_id WHERE v.agreement_id = ? ORDER BY v.version, l.seq`,
        g,
      ),
    ).toEqual([
      [1, '01', 40_000, 36_363],
      [1, '02', 50_000, 63_635],
      [1, '03', 3, 3],
      [2, '01', 30_000, 36_363],
      [2, '02', 50_000, 63_635],
      [2, '03', 3, 3],
      [2, '04', 10_000, 0],
    ]);
    // Each version's matching total is the application's, to the fen.
    expect(
      all(
        `SELECT v.version, sum(l.matching_fen) FROM budget_versions v JOIN budget_version_lines l
         ON l.version_id = v.id WHERE v.agreement_id = ? GROUP BY v.id ORDER BY v.version`,
        g,
      ),
    ).toEqual([
      [1, 100_001],
      [2, 100_001],
    ]);
    // A request keeps its base version's matching on the lines it names (a new line has none).
    expect(
      all('SELECT line_code, amount_fen, matching_fen FROM budget_adjustment_lines WHERE adjustment_id = ?', pending),
    ).toEqual([
      ['02', 45_000, 63_635],
      ['04', 15_000, 0],
      ['05', 0, 0],
    ]);
  });

  it('keeps versions and requests immutable afterwards, and refuses a negative matching amount', () => {
    const a = application(1_000, [['STAFF', 1_000, null]]);
    const g = agreementOf(a, 1_000);
    version(g, 1, [['01', 'STAFF', 1_000]]);
    const r = adjustment(g, 1, [['01', null, 1_000]]);
    migrate();
    expect(() => db.prepare('UPDATE budget_version_lines SET matching_fen = 0').run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('UPDATE budget_adjustment_lines SET matching_fen = 0').run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('UPDATE application_budget_lines SET matching_fen = -1').run()).toThrow(/CHECK/);
    expect(all('SELECT matching_fen FROM budget_adjustment_lines WHERE adjustment_id = ?', r)).toEqual([[1_000]]);
  });
});
