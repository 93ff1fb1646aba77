import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { addUserRow, NOW } from '../../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../../testing/migration-rows';

let folder: TempFolder;
let db: Db;
let tranche: number;
let other: number;
let user: number;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 10) });
  user = addUserRow(db, 'finance');
  const app = addApplicationRow(db, addProgramRow(db), addOrganizationRow(db), { state: 'approved', approved: 1000 });
  const agreement = Number(
    db
      .prepare(
        `INSERT INTO agreements (application_id, agreement_number, period_start, period_end, approved_fen, created_at)
         VALUES (?, 'YMF-1', '2015-03-01', '2015-12-31', 1000, ?)`,
      )
      .run(app, NOW).lastInsertRowid,
  );
  const add = (seq: number) =>
    Number(
      db
        .prepare(
          `INSERT INTO agreement_tranches (agreement_id, seq, percent, amount_fen, condition)
           VALUES (?, ?, 50, 500, 'on_signing')`,
        )
        .run(agreement, seq).lastInsertRowid,
    );
  tranche = add(1);
  other = add(2);
});
afterEach(() => {
  db.close();
  folder.remove();
});

const insert = (r: { tranche: number; kind: string; amount: number; reverses?: number | null; voucher?: string }) =>
  Number(
    db
      .prepare(
        `INSERT INTO tranche_records (tranche_id, kind, amount_fen, voucher_no, date, reverses_id, prepared_by,
           by_user, at) VALUES (?, ?, ?, ?, '2015-04-01', ?, ?, ?, ?)`,
      )
      .run(r.tranche, r.kind, r.amount, r.voucher ?? 'V-1', r.reverses ?? null, user, user, NOW).lastInsertRowid,
  );

describe('0010 tranche records', () => {
  it('refuses to update or delete a posted record', () => {
    const id = insert({ tranche, kind: 'release', amount: 500 });
    expect(() => db.prepare('UPDATE tranche_records SET amount_fen = 1 WHERE id = ?').run(id)).toThrow(
      /cannot be changed/,
    );
    expect(() => db.prepare('DELETE FROM tranche_records WHERE id = ?').run(id)).toThrow(/cannot be deleted/);
    expect(db.prepare('SELECT amount_fen FROM tranche_records WHERE id = ?').pluck().get(id)).toBe(500);
  });

  it('allows one reversal per release, negating a release of the same tranche', () => {
    const release = insert({ tranche, kind: 'release', amount: 500 });
    expect(() => insert({ tranche, kind: 'reversal', amount: -400, reverses: release })).toThrow(/negate a release/);
    expect(() => insert({ tranche: other, kind: 'reversal', amount: -500, reverses: release })).toThrow(
      /negate a release/,
    );
    const reversal = insert({ tranche, kind: 'reversal', amount: -500, reverses: release });
    expect(() => insert({ tranche, kind: 'reversal', amount: -500, reverses: release })).toThrow(/UNIQUE/);
    expect(() => insert({ tranche, kind: 'reversal', amount: 0, reverses: reversal })).toThrow(/negate a release/);
  });

  it('checks the shape of each kind of record', () => {
    expect(() => insert({ tranche, kind: 'release', amount: -1 })).toThrow(/CHECK/);
    expect(() => insert({ tranche, kind: 'reversal', amount: -1 })).toThrow(/CHECK|negate a release/);
    expect(() => insert({ tranche, kind: 'cancellation', amount: 5 })).toThrow(/CHECK/);
    expect(() => insert({ tranche, kind: 'payout', amount: 5 })).toThrow(/CHECK/);
    insert({ tranche, kind: 'cancellation', amount: 0 });
  });

  it('keeps one state row per tranche; a prepared or released tranche has its voucher and maker', () => {
    const state = (s: string, voucher: string | null, released: number | null) =>
      db
        .prepare(
          `INSERT OR REPLACE INTO tranche_states (tranche_id, state, voucher_no, voucher_date, prepared_by, released_by,
             updated_at) VALUES (?, ?, ?, '2015-04-01', ?, ?, ?)`,
        )
        .run(tranche, s, voucher, user, released, NOW);
    expect(() => state('prepared', null, null)).toThrow(/CHECK/);
    expect(() => state('released', 'V-1', null)).toThrow(/CHECK/);
    expect(() => state('pending', 'V-1', null)).toThrow(/CHECK/);
    state('released', 'V-1', user);
    expect(db.prepare('SELECT count(*) FROM tranche_states').pluck().get()).toBe(1);
  });
});
