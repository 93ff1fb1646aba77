import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { migration0026 } from './0026_ledger_totals';
import { MIGRATIONS } from './index';
import { addUserRow, indexesOf, NOW, queryPlan } from '../../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../../testing/migration-rows';

const BEFORE = MIGRATIONS.slice(0, migration0026.version - 1);
const WITH = MIGRATIONS.slice(0, migration0026.version);

let folder: TempFolder;
let db: Db;
let user: number;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: BEFORE });
  user = addUserRow(db, 'finance');
});
afterEach(() => {
  db.close();
  folder.remove();
});

function addProject(number: string): number {
  const program = addProgramRow(db, `P-${number}`);
  const app = addApplicationRow(db, program, addOrganizationRow(db, `机构${number}`), {
    state: 'approved',
    approved: 1000,
  });
  return Number(
    db
      .prepare(
        `INSERT INTO agreements (application_id, agreement_number, period_start, period_end, approved_fen, created_at)
         VALUES (?, ?, '2015-03-01', '2015-12-31', 1000, ?)`,
      )
      .run(app, number, NOW).lastInsertRowid,
  );
}

/** A line as the ledger posts it (the next voucher number); a negative amount reverses `reverses`. */
function post(agreement: number, line: string, share: 'grant' | 'matching', amount: number, reverses?: number) {
  const seq =
    (db
      .prepare('SELECT ifnull(max(voucher_seq), 0) FROM ledger_lines WHERE agreement_id = ?')
      .pluck()
      .get(agreement) as number) + 1;
  return Number(
    db
      .prepare(
        `INSERT INTO ledger_lines (agreement_id, voucher_year, voucher_seq, voucher_no, date, line_code, share,
           payee, summary, amount_fen, advance, reverses_id, reason, budget_version, posted_by, posted_at)
         VALUES (?, 2015, ?, ?, '2015-06-01', ?, ?, '收款方', '摘要', ?, 0, ?, ?, 1, ?, ?)`,
      )
      .run(
        agreement,
        seq,
        `2015-${String(seq).padStart(4, '0')}`,
        line,
        share,
        amount,
        reverses ?? null,
        reverses ? '冲销' : '',
        user,
        NOW,
      ).lastInsertRowid,
  );
}

/** The totals as the ledger itself gives them: what the table must always hold. */
const fromLedger = () =>
  db
    .prepare(
      `SELECT agreement_id, line_code, share, sum(amount_fen) AS amount_fen, count(*) AS lines FROM ledger_lines
       GROUP BY agreement_id, line_code, share ORDER BY 1, 2, 3`,
    )
    .all();
const totals = () =>
  db.prepare('SELECT agreement_id, line_code, share, amount_fen, lines FROM ledger_totals ORDER BY 1, 2, 3').all();

describe('0026 ledger totals', () => {
  it('backfills each project’s totals per budget line and share from the lines already posted', () => {
    const a = addProject('YMF-1');
    const b = addProject('YMF-2');
    const first = post(a, '01', 'grant', 500);
    post(a, '01', 'grant', 250);
    post(a, '01', 'matching', 70);
    post(a, '02', 'grant', 30);
    post(a, '01', 'grant', -500, first);
    post(b, '03', 'matching', 9);

    migrate(db, WITH);

    expect(totals()).toEqual([
      { agreement_id: a, line_code: '01', share: 'grant', amount_fen: 250, lines: 3 },
      { agreement_id: a, line_code: '01', share: 'matching', amount_fen: 70, lines: 1 },
      { agreement_id: a, line_code: '02', share: 'grant', amount_fen: 30, lines: 1 },
      { agreement_id: b, line_code: '03', share: 'matching', amount_fen: 9, lines: 1 },
    ]);
    expect(totals()).toEqual(fromLedger());
  });

  it('adds every line posted afterwards, reversals included, and forgets a line that rolled back', () => {
    const a = addProject('YMF-1');
    post(a, '01', 'grant', 100);
    migrate(db, WITH);
    const second = post(a, '01', 'grant', 40);
    post(a, '02', 'matching', 15);
    post(a, '01', 'grant', -40, second);
    // A line refused by the ledger's own rules (an unknown reversal target) leaves the totals as they were.
    expect(() => post(a, '01', 'grant', -1, 999_999)).toThrow();
    const rolledBack = db.transaction(() => {
      post(a, '03', 'grant', 77);
      throw new Error('the import failed later');
    });
    expect(() => rolledBack()).toThrow(/import failed/);

    expect(totals()).toEqual([
      { agreement_id: a, line_code: '01', share: 'grant', amount_fen: 100, lines: 3 },
      { agreement_id: a, line_code: '02', share: 'matching', amount_fen: 15, lines: 1 },
    ]);
    expect(totals()).toEqual(fromLedger());
  });

  it('refuses removing a total, which would leave its lines uncounted', () => {
    const a = addProject('YMF-1');
    migrate(db, WITH);
    post(a, '01', 'grant', 100);
    expect(() => db.prepare('DELETE FROM ledger_totals').run()).toThrow(/cannot be deleted/);
    expect(totals()).toEqual(fromLedger());
  });

  it('orders the application list by code, and counts overdue milestones and pending reviews by their indexes', () => {
    migrate(db, WITH);
    expect(indexesOf(db, 'applications')).toContain('applications_by_code_order');
    expect(
      queryPlan(db, 'SELECT id FROM applications a ORDER BY (a.code_year * 1000000 + a.code_seq) DESC, a.id DESC'),
    ).not.toMatch(/TEMP B-TREE/);
    expect(
      queryPlan(
        db,
        `SELECT count(*) FROM milestones m WHERE m.completed_date IS NULL AND m.planned_date < '2016-01-01'
         AND NOT EXISTS (SELECT 1 FROM project_closeouts c WHERE c.agreement_id = m.agreement_id)`,
      ),
    ).toMatch(/INDEX milestones_open_by_date_project/);
    expect(
      queryPlan(
        db,
        `SELECT count(*) FROM review_assignments r WHERE r.evaluator_id = 1 AND r.declaration <> 'conflict'
         AND r.scored_at IS NULL`,
      ),
    ).toMatch(/review_assignments_pending/);
  });
});
