import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
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
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 11) });
  alice = addUserRow(db, 'alice');
  bob = addUserRow(db, 'bob');
  program = addProgramRow(db);
  org = addOrganizationRow(db);
});
afterEach(() => {
  db.close();
  folder.remove();
});

/** An approved application with its budget lines ([category, amount, approved]) and agreement. */
function project(approvedFen: number, lines: [string, number, number | null][]): number {
  const app = addApplicationRow(db, program, org, { state: 'approved', approved: approvedFen });
  lines.forEach(([category, amount, approved], i) =>
    db
      .prepare(
        `INSERT INTO application_budget_lines (application_id, seq, category_code, amount_fen, approved_fen, cut_reason)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(app, i + 1, category, amount, approved, approved !== null && approved < amount ? '核减' : null),
  );
  return Number(
    db
      .prepare(
        `INSERT INTO agreements (application_id, agreement_number, period_start, period_end, approved_fen, created_at,
           created_by) VALUES (?, ?, '2015-03-01', '2015-12-31', ?, ?, ?)`,
      )
      .run(app, `YMF-${app}`, approvedFen, NOW, alice).lastInsertRowid,
  );
}

function migrate(): void {
  db.close();
  db = openDatabase(folder.file());
}

const versionLines = (agreement: number) =>
  db
    .prepare(
      `SELECT l.line_code, l.category_code, l.amount_fen FROM budget_version_lines l
       JOIN budget_versions v ON v.id = l.version_id WHERE v.agreement_id = ? ORDER BY l.seq`,
    )
    .raw()
    .all(agreement);

describe('0012 backfills version 1 for the agreements that exist', () => {
  it('takes the lines the finance review kept, or the asked amounts when it set none', () => {
    const a = project(1000, [
      ['STAFF', 400, 300],
      ['ACTIVITY', 700, null],
    ]);
    migrate();
    expect(versionLines(a)).toEqual([
      ['01', 'STAFF', 300],
      ['02', 'ACTIVITY', 700],
    ]);
    expect(db.prepare('SELECT version, approved_by, approved_at, reason FROM budget_versions').get()).toEqual({
      version: 1,
      approved_by: alice,
      approved_at: NOW,
      reason: null,
    });
  });

  it('scales down to the approved amount, the fen left over to the largest remainders, earlier first', () => {
    // 1000 of 3 × 1000: 333.33… each; the one fen left goes to the first line.
    const a = project(1000, [
      ['STAFF', 1000, null],
      ['ACTIVITY', 1000, null],
      ['TRAINING', 1000, null],
    ]);
    // 999 of 100 + 200 + 700 (sum 1000): 99.9, 199.8, 699.3 → 99, 199, 699 and 2 fen to .9 then .8.
    const b = project(999, [
      ['STAFF', 100, null],
      ['ACTIVITY', 200, null],
      ['TRAINING', 700, null],
    ]);
    migrate();
    expect(versionLines(a).map((r) => (r as unknown[])[2])).toEqual([334, 333, 333]);
    expect(versionLines(b).map((r) => (r as unknown[])[2])).toEqual([100, 200, 699]);
  });
});

describe('0012 budgets', () => {
  let agreement: number;
  beforeEach(() => {
    agreement = project(1000, [
      ['STAFF', 400, null],
      ['ACTIVITY', 600, null],
    ]);
    migrate();
  });

  const request = (by = alice) =>
    Number(
      db
        .prepare(
          `INSERT INTO budget_adjustments (agreement_id, base_version, reason, state, requested_by, requested_at)
           VALUES (?, 1, '调整', 'pending', ?, ?)`,
        )
        .run(agreement, by, NOW).lastInsertRowid,
    );
  const version = (n: number, adjustment: number | null, requestedBy: number | null, approvedBy: number | null) =>
    db
      .prepare(
        `INSERT INTO budget_versions (agreement_id, version, reason, adjustment_id, requested_by, requested_at,
           approved_by, approved_at) VALUES (?, ?, '调整', ?, ?, ?, ?, ?)`,
      )
      .run(agreement, n, adjustment, requestedBy, NOW, approvedBy, NOW);

  it('keeps versions and their lines as approved', () => {
    expect(() => db.prepare('UPDATE budget_versions SET approved_at = ?').run('x')).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM budget_versions').run()).toThrow(/cannot be deleted/);
    expect(() => db.prepare('UPDATE budget_version_lines SET amount_fen = 1').run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM budget_version_lines').run()).toThrow(/cannot be deleted/);
  });

  it('numbers versions without gaps, each from an approved request decided by someone else', () => {
    const id = request();
    expect(() => version(2, id, alice, bob)).toThrow(/approved request/);
    db.prepare("UPDATE budget_adjustments SET state = 'approved', decided_by = ?, decided_at = ? WHERE id = ?").run(
      bob,
      NOW,
      id,
    );
    expect(() => version(3, id, alice, bob)).toThrow(/without gaps/);
    expect(() => version(2, id, alice, alice)).toThrow(/CHECK|approved request/);
    version(2, id, alice, bob);
    // Lines go with the newest version only.
    const v1 = db.prepare('SELECT id FROM budget_versions WHERE version = 1').pluck().get();
    expect(() =>
      db
        .prepare(
          `INSERT INTO budget_version_lines (version_id, seq, line_code, category_code, amount_fen)
           VALUES (?, 9, '09', 'STAFF', 1)`,
        )
        .run(v1),
    ).toThrow(/newest/);
  });

  it('decides a request once, from pending, and keeps it otherwise as written', () => {
    const id = request();
    expect(() =>
      db
        .prepare("UPDATE budget_adjustments SET state = 'approved', decided_by = ?, decided_at = ? WHERE id = ?")
        .run(alice, NOW, id),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE budget_adjustments SET reason = 'x' WHERE id = ?").run(id)).toThrow(/decided once/);
    db.prepare(
      "UPDATE budget_adjustments SET state = 'rejected', decided_by = ?, decided_at = ?, decision_reason = '不足' WHERE id = ?",
    ).run(bob, NOW, id);
    expect(() =>
      db.prepare("UPDATE budget_adjustments SET state = 'approved', decision_reason = NULL WHERE id = ?").run(id),
    ).toThrow(/decided once/);
    expect(() => db.prepare('DELETE FROM budget_adjustments').run()).toThrow(/cannot be deleted/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO budget_adjustment_lines (adjustment_id, seq, line_code, amount_fen) VALUES (?, 1, '01', 5)`,
        )
        .run(id),
    ).toThrow(/pending/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO budget_adjustments (agreement_id, base_version, reason, state, requested_by, requested_at)
           VALUES (?, 1, '调整', 'approved', ?, ?)`,
        )
        .run(agreement, alice, NOW),
    ).toThrow(/starts pending/);
  });

  it('lets only the requester withdraw', () => {
    const id = request(alice);
    const withdraw = (by: number) =>
      db
        .prepare("UPDATE budget_adjustments SET state = 'withdrawn', decided_by = ?, decided_at = ? WHERE id = ?")
        .run(by, NOW, id);
    expect(() => withdraw(bob)).toThrow(/CHECK/);
    withdraw(alice);
  });
});

describe('0012 ledger lines', () => {
  let agreement: number;
  let other: number;
  beforeEach(() => {
    agreement = project(1000, [['STAFF', 1000, null]]);
    other = project(1000, [['STAFF', 1000, null]]);
    migrate();
  });

  const post = (
    seq: number,
    patch: Partial<{ agreement: number; date: string; amount: number; reverses: number | null; voucher: string }> = {},
  ) => {
    const date = patch.date ?? '2015-05-01';
    const year = Number(date.slice(0, 4));
    return Number(
      db
        .prepare(
          `INSERT INTO ledger_lines (agreement_id, voucher_year, voucher_seq, voucher_no, date, line_code, share, payee,
             summary, amount_fen, advance, reverses_id, reason, budget_version, posted_by, posted_at)
           VALUES (?, ?, ?, ?, ?, '01', 'grant', '收款方', '摘要', ?, 0, ?, ?, 1, ?, ?)`,
        )
        .run(
          patch.agreement ?? agreement,
          year,
          seq,
          patch.voucher ?? `${year}-${String(seq).padStart(4, '0')}`,
          date,
          patch.amount ?? 100,
          patch.reverses ?? null,
          patch.reverses ? '冲销' : '',
          alice,
          NOW,
        ).lastInsertRowid,
    );
  };

  it('numbers vouchers 0001, 0002… per project and year, without gaps or repeats', () => {
    post(1);
    expect(() => post(3)).toThrow(/without gaps/);
    expect(() => post(1)).toThrow(/without gaps|UNIQUE/);
    post(2);
    post(1, { date: '2016-01-05' });
    post(1, { agreement: other });
    expect(() => post(3, { voucher: '2015-3' })).toThrow(/CHECK/);
    expect(() => post(1, { date: '2017-01-01', voucher: '2016-0001' })).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) FROM ledger_lines').pluck().get()).toBe(4);
  });

  it('never changes or deletes a posted line', () => {
    post(1);
    expect(() => db.prepare('UPDATE ledger_lines SET amount_fen = 1').run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM ledger_lines').run()).toThrow(/cannot be deleted/);
  });

  it('lets a reversal negate exactly one ordinary line of the same project, once', () => {
    const line = post(1, { amount: 250 });
    expect(() => post(2, { amount: -200, reverses: line })).toThrow(/negates exactly one/);
    expect(() => post(1, { agreement: other, amount: -250, reverses: line })).toThrow(/negates exactly one/);
    expect(() => post(2, { amount: -250, reverses: line, date: '2015-04-30' })).toThrow(/negates exactly one/);
    expect(() => post(2, { amount: -250 })).toThrow(/CHECK/);
    expect(() => post(2, { amount: 250, reverses: line })).toThrow(/CHECK|negates/);
    const reversal = post(2, { amount: -250, reverses: line });
    expect(() => post(3, { amount: -250, reverses: line })).toThrow(/UNIQUE|negates/);
    expect(() => post(3, { amount: 250, reverses: reversal })).toThrow(/CHECK|negates/);
    expect(() => post(3, { amount: -250, reverses: reversal })).toThrow(/negates exactly one/);
  });
});
