import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkIndicatorTree, DEFAULT_INDICATOR_TREE } from '../../core/evaluation-indicators';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { migration0022 } from './0022_evaluations';
import { MIGRATIONS } from './index';
import { addUserRow, columnsOf, NOW } from '../../testing/migrations';

let folder: TempFolder;
let db: Db;
const before = () => MIGRATIONS.slice(0, migration0022.version - 1);
beforeEach(() => {
  folder = new TempFolder();
});
afterEach(() => {
  db.close();
  folder.remove();
});

/** A user and a fund program (evaluations below are written with foreign keys off: the tables' own rules). */
function seedProject(d: Db): { user: number; program: number } {
  const user = addUserRow(d, 'evaluator');
  const program = Number(
    d
      .prepare(
        `INSERT INTO fund_programs (code, name, source, year, total_allocation_fen, rule_set, created_at, updated_at)
         VALUES ('CQ-ZY-2015', '2015年中央财政', 'CENTRAL', 2015, 100000000, '{}', ?, ?)`,
      )
      .run(NOW, NOW).lastInsertRowid,
  );
  return { user, program };
}

describe('migration evaluations', () => {
  it('follows the migration before it and seeds every existing program with the default system', () => {
    db = openDatabase(folder.file(), { migrations: before() });
    const { program } = seedProject(db);
    db.close();
    db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, migration0022.version) });
    expect(MIGRATIONS[migration0022.version - 1]).toBe(migration0022);
    expect(db.pragma('user_version', { simple: true })).toBe(migration0022.version);
    const row = db
      .prepare('SELECT indicators, thresholds, version FROM evaluation_indicator_systems WHERE fund_program_id = ?')
      .get(program) as { indicators: string; thresholds: string; version: number };
    // The frozen seed is the same tree core offers as the default today, and it passes the weight rules.
    expect(JSON.parse(row.indicators)).toEqual(DEFAULT_INDICATOR_TREE);
    expect(checkIndicatorTree(JSON.parse(row.indicators))).toEqual([]);
    expect(JSON.parse(row.thresholds)).toEqual({ excellent: '90', good: '80', pass: '60' });
    expect(row.version).toBe(1);
    expect(columnsOf(db, 'evaluation_assignments')).toContain('total_centi');
  });

  it('keeps a finalized evaluation unchanged and never deletes one; scores only after no conflict', () => {
    db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, migration0022.version) });
    const { user } = seedProject(db);
    db.pragma('foreign_keys = OFF');
    const id = Number(
      db
        .prepare(
          `INSERT INTO evaluations (agreement_id, kind, evaluation_date, indicators, thresholds, system_version,
             created_by, created_at) VALUES (1, 'final', '2015-12-20', '[]', '{}', 1, ?, ?)`,
        )
        .run(user, NOW).lastInsertRowid,
    );
    expect(() => db.prepare("UPDATE evaluations SET state = 'finalized' WHERE id = ?").run(id)).toThrow(/CHECK/);
    db.prepare(
      `UPDATE evaluations SET state = 'finalized', score_centi = 5500, grade = 'fail', finalized_by = ?,
         finalized_at = ? WHERE id = ?`,
    ).run(user, NOW, id);
    expect(() => db.prepare('UPDATE evaluations SET score_centi = 6000 WHERE id = ?').run(id)).toThrow(/never changes/);
    expect(() => db.prepare('DELETE FROM evaluations WHERE id = ?').run(id)).toThrow(/cannot be deleted/);
    const assign = db.prepare(
      `INSERT INTO evaluation_assignments (evaluation_id, evaluator_id, assigned_by, assigned_at, declaration,
         declared_at, scores, total_centi, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    expect(() => assign.run(id, user, user, NOW, 'pending', null, '[]', 8000, NOW)).toThrow(/CHECK/);
    expect(() => assign.run(id, user, user, NOW, 'no_conflict', NOW, '[]', 10001, NOW)).toThrow(/CHECK/);
    assign.run(id, user, user, NOW, 'no_conflict', NOW, '[]', 8000, NOW);
    expect(() => assign.run(id, user, user, NOW, 'no_conflict', NOW, '[]', 8000, NOW)).toThrow(/UNIQUE/);
  });
});
