import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { migration0017 } from './0017_worklists';
import { addUserRow, indexesOf, NOW, queryPlan } from '../../testing/migrations';

let folder: TempFolder;
let db: Db;
let user: number;
beforeEach(() => {
  folder = new TempFolder();
  // Migrate to the version before this one, add a user, then apply it, as an existing database would.
  const path = folder.file();
  const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, migration0017.version - 1) });
  user = addUserRow(old, 'auditor');
  old.close();
  db = openDatabase(path, { migrations: MIGRATIONS.slice(0, migration0017.version) });
});
afterEach(() => {
  db.close();
  folder.remove();
});

const check = (ok: number, message: string | null) =>
  db
    .prepare('INSERT INTO log_chain_checks (checked_at, checked_by, ok, entries, message) VALUES (?, ?, ?, 10, ?)')
    .run(NOW, user, ok, message);

describe('0017 worklists', () => {
  it('keeps chain checks as records that cannot be changed or deleted', () => {
    check(1, null);
    check(0, '第 3 条记录被修改');
    expect(() => db.prepare('UPDATE log_chain_checks SET ok = 1').run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM log_chain_checks').run()).toThrow(/cannot be deleted/);
    expect(db.prepare('SELECT count(*) FROM log_chain_checks').pluck().get()).toBe(2);
  });

  it('refuses a failed check without its reason, and a passed one with a reason', () => {
    expect(() => check(0, null)).toThrow(/CHECK/);
    expect(() => check(1, 'x')).toThrow(/CHECK/);
  });

  it('adds the indexes the worklists search by', () => {
    expect(indexesOf(db, 'tranche_states')).toContain('tranche_states_by_state');
    expect(indexesOf(db, 'budget_adjustments')).toContain('budget_adjustments_by_state');
    expect(indexesOf(db, 'milestones')).toContain('milestones_open_by_date');
    expect(queryPlan(db, `SELECT count(*) FROM tranche_states WHERE state = 'prepared'`)).toMatch(
      /tranche_states_by_state/,
    );
    expect(
      queryPlan(db, `SELECT count(*) FROM milestones WHERE completed_date IS NULL AND planned_date < '2016-01-01'`),
    ).toMatch(/milestones_open_by_date/);
  });
});
