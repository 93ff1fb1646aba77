import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { addUserRow, NOW } from '../../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../../testing/migration-rows';

let folder: TempFolder;
let db: Db;
let agreement: number;
let user: number;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 11) });
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
});
afterEach(() => {
  db.close();
  folder.remove();
});

const close = (checklist = '[]', recovered = 0) =>
  db
    .prepare(
      `INSERT INTO project_closeouts (agreement_id, closed_date, approved_fen, grant_received_fen, grant_spent_fen,
         matching_spent_fen, recovered_fen, checklist, closed_by, closed_at)
       VALUES (?, '2015-12-31', 1000, 1000, 900, 0, ?, ?, ?, ?)`,
    )
    .run(agreement, recovered, checklist, user, NOW);

const lock = (year: number) =>
  db.prepare('INSERT INTO fiscal_period_locks (year, locked_by, locked_at) VALUES (?, ?, ?)').run(year, user, NOW);

describe('0011 project status', () => {
  it('closes a project once, for good', () => {
    close();
    expect(() => close()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare('UPDATE project_closeouts SET recovered_fen = 5').run()).toThrow(/final/);
    expect(() => db.prepare('DELETE FROM project_closeouts').run()).toThrow(/final/);
    expect(db.prepare('SELECT grant_spent_fen FROM project_closeouts').pluck().get()).toBe(900);
  });

  it('keeps the checklist as JSON and refuses a negative recovery', () => {
    expect(() => close('{oops')).toThrow(/CHECK/);
    expect(() => close('[]', -1)).toThrow(/CHECK/);
  });

  it('locks a year once and never unlocks it', () => {
    lock(2015);
    expect(() => lock(2015)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => lock(99)).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM fiscal_period_locks').run()).toThrow(/cannot be removed/);
    expect(() => db.prepare('UPDATE fiscal_period_locks SET note = ?').run('x')).toThrow(/cannot be changed/);
  });
});
