import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { NOW } from '../../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../../testing/migration-rows';

let folder: TempFolder;
let db: Db;
let app: number;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 8) });
  app = addApplicationRow(db, addProgramRow(db), addOrganizationRow(db), { state: 'approved', approved: 1000 });
});
afterEach(() => {
  db.close();
  folder.remove();
});

const agreement = (applicationId: number, number: string, approved = 1000) =>
  Number(
    db
      .prepare(
        `INSERT INTO agreements (application_id, agreement_number, period_start, period_end, approved_fen, created_at)
         VALUES (?, ?, '2015-03-01', '2015-12-31', ?, ?)`,
      )
      .run(applicationId, number, approved, NOW).lastInsertRowid,
  );
const tranche = (id: number, seq: number, condition: string, milestone: string | null = null) =>
  db
    .prepare(
      `INSERT INTO agreement_tranches (agreement_id, seq, percent, amount_fen, condition, milestone_name)
       VALUES (?, ?, 50, 500, ?, ?)`,
    )
    .run(id, seq, condition, milestone);

describe('0008 agreements', () => {
  it('has one agreement per application with a unique number, case-insensitively', () => {
    const id = agreement(app, 'YMF-2015-1');
    expect(() => agreement(app, 'YMF-2015-2')).toThrow(/UNIQUE/);
    const other = addApplicationRow(db, addProgramRow(db, 'P2'), addOrganizationRow(db), {
      state: 'approved',
      approved: 1,
    });
    expect(() => agreement(other, 'ymf-2015-1')).toThrow(/UNIQUE/);
    expect(() => agreement(other, 'YMF-2015-3', 0)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE agreements SET signed_date = '2015-12-01' WHERE id = ?").run(id)).toThrow(/CHECK/);
    db.prepare("UPDATE agreements SET signed_date = '2015-12-01', signed_at = ? WHERE id = ?").run(NOW, id);
  });

  it('keeps tranches in order, each milestone tranche naming its milestone', () => {
    const id = agreement(app, 'YMF-2015-1');
    tranche(id, 1, 'on_signing');
    tranche(id, 2, 'milestone_verified', '结项评估');
    expect(() => tranche(id, 2, 'midterm_passed')).toThrow(/UNIQUE/);
    expect(() => tranche(id, 3, 'milestone_verified')).toThrow(/CHECK/);
    expect(() => tranche(id, 4, 'whenever')).toThrow(/CHECK/);
  });
});
