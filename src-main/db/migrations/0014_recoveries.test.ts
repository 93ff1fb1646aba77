import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { addUserRow, NOW, queryPlan } from '../../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../../testing/migration-rows';

let folder: TempFolder;
let db: Db;
let agreement: number;
let tranche: number;
let user: number;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 14) });
  user = addUserRow(db, 'finance');
  const app = addApplicationRow(db, addProgramRow(db), addOrganizationRow(db), { state: 'approved', approved: 1000 });
  agreement = Number(
    db
      .prepare(
        `INSERT INTO agreements (application_id, agreement_number, period_start, period_end, approved_fen, created_at)
         VALUES (?, 'YMF-1', '2015-03-01', '2015-12-31', 1000, ?)`,
      )
      .run(app, NOW).lastInsertRowid,
  );
  tranche = Number(
    db
      .prepare(
        `INSERT INTO agreement_tranches (agreement_id, seq, percent, amount_fen, condition)
         VALUES (?, 1, 100, 1000, 'on_signing')`,
      )
      .run(agreement).lastInsertRowid,
  );
});
afterEach(() => {
  db.close();
  folder.remove();
});

const recover = (r: { kind?: string; amount?: number; date?: string; reason?: string; voucher?: string } = {}) =>
  Number(
    db
      .prepare(
        `INSERT INTO recoveries (agreement_id, kind, amount_fen, voucher_no, date, reason, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        agreement,
        r.kind ?? 'unspent',
        r.amount ?? 100,
        r.voucher ?? '缴-2015-001',
        r.date ?? '2015-12-20',
        r.reason ?? '',
        user,
        NOW,
      ).lastInsertRowid,
  );

const ledgerLine = (date: string) => {
  const year = Number(date.slice(0, 4));
  const seq = 1 + (db.prepare('SELECT count(*) FROM ledger_lines WHERE voucher_year = ?').pluck().get(year) as number);
  db.prepare(
    `INSERT INTO ledger_lines (agreement_id, voucher_year, voucher_seq, voucher_no, date, line_code, share, payee,
       summary, amount_fen, advance, budget_version, posted_by, posted_at)
     VALUES (?, ?, ?, ?, ?, '01', 'grant', '某公司', '活动物资', 100, 0, 1, ?, ?)`,
  ).run(agreement, year, seq, `${year}-${String(seq).padStart(4, '0')}`, date, user, NOW);
};

const release = (date: string) =>
  db
    .prepare(
      `INSERT INTO tranche_records (tranche_id, kind, amount_fen, voucher_no, date, prepared_by, by_user, at)
       VALUES (?, 'release', 1000, 'V-1', ?, ?, ?, ?)`,
    )
    .run(tranche, date, user, user, NOW);

const close = () =>
  db
    .prepare(
      `INSERT INTO project_closeouts (agreement_id, closed_date, approved_fen, grant_received_fen, grant_spent_fen,
         matching_spent_fen, recovered_fen, checklist, closed_by, closed_at)
       VALUES (?, '2015-12-31', 1000, 1000, 900, 0, 100, '[]', ?, ?)`,
    )
    .run(agreement, user, NOW);
const lock = (year: number) =>
  db.prepare('INSERT INTO fiscal_period_locks (year, locked_by, locked_at) VALUES (?, ?, ?)').run(year, user, NOW);

describe('0014 recoveries', () => {
  it('keeps a recovery as posted: no update, no delete', () => {
    const id = recover();
    expect(() => db.prepare('UPDATE recoveries SET amount_fen = 1 WHERE id = ?').run(id)).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM recoveries WHERE id = ?').run(id)).toThrow(/cannot be deleted/);
    expect(db.prepare('SELECT amount_fen FROM recoveries WHERE id = ?').pluck().get(id)).toBe(100);
  });

  it('checks each row: kind, a positive amount, a voucher, a date, and a reason for disallowed money', () => {
    expect(() => recover({ kind: 'other' })).toThrow(/CHECK/);
    expect(() => recover({ amount: 0 })).toThrow(/CHECK/);
    expect(() => recover({ voucher: '  ' })).toThrow(/CHECK/);
    expect(() => recover({ date: '20151220' })).toThrow(/CHECK/);
    expect(() => recover({ kind: 'disallowed' })).toThrow(/CHECK/);
    recover({ kind: 'disallowed', reason: '列支招待费，不符合规定' });
    expect(db.prepare('SELECT count(*) FROM recoveries').pluck().get()).toBe(1);
  });

  it('posts nothing into a locked year: recoveries, ledger lines', () => {
    lock(2015);
    expect(() => recover()).toThrow(/locked fiscal year/);
    expect(() => ledgerLine('2015-06-01')).toThrow(/locked fiscal year/);
    recover({ date: '2016-01-05' });
    ledgerLine('2016-01-05');
    expect(db.prepare('SELECT count(*) FROM ledger_lines').pluck().get()).toBe(1);
  });

  it('posts nothing to a closed project', () => {
    ledgerLine('2015-06-01');
    release('2015-04-01');
    close();
    expect(() => recover()).toThrow(/closed project/);
    expect(() => ledgerLine('2015-06-02')).toThrow(/closed project/);
    expect(() => release('2015-06-02')).toThrow(/closed project/);
    expect(() =>
      db
        .prepare('INSERT INTO budget_versions (agreement_id, version, approved_by, approved_at) VALUES (?, 1, ?, ?)')
        .run(agreement, user, NOW),
    ).toThrow(/closed project/);
  });

  it('finds the ledger years by index', () => {
    expect(queryPlan(db, 'SELECT min(voucher_year) FROM ledger_lines WHERE voucher_year > ?', 2015)).toMatch(
      /ledger_lines_by_year/,
    );
  });
});
