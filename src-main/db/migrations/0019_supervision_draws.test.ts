import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { migration0019 } from './0019_supervision_draws';
import { MIGRATIONS } from './index';
import { addUserRow, columnsOf, indexesOf, NOW } from '../../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../../testing/migration-rows';

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, migration0019.version) });
});
afterEach(() => {
  db.close();
  folder.remove();
});

function addDraw(patch: Partial<Record<'number' | 'seed' | 'pool', string>> = {}): number {
  const program = db.prepare('SELECT id FROM fund_programs').pluck().get() as number;
  return Number(
    db
      .prepare(
        `INSERT INTO supervision_draws (draw_number, fund_program_id, year, requested_count, seed, algorithm,
           candidates, pool, conflicts, unstaffable, drawn_by, drawn_at)
         VALUES (?, ?, 2015, 1, ?, 'sfc32-cyrb128/1', '[]', ?, '[]', '[]', NULL, ?)`,
      )
      .run(patch.number ?? 'CC-2024-001', program, patch.seed ?? 'A1B2C3D4', patch.pool ?? '[]', NOW).lastInsertRowid,
  );
}

describe('migration supervision draws', () => {
  it('is the next step after the migration before it and adds the draw tables', () => {
    expect(MIGRATIONS[migration0019.version - 1]).toBe(migration0019);
    expect(db.pragma('user_version', { simple: true })).toBe(migration0019.version);
    expect(columnsOf(db, 'supervision_draws')).toContain('seed');
    expect(columnsOf(db, 'supervision_draw_picks')).toEqual([
      'application_id',
      'draw_id',
      'first_inspector_id',
      'second_inspector_id',
      'seq',
    ]);
    expect(indexesOf(db, 'supervision_draw_picks')).toContain('supervision_draw_picks_by_application');
  });

  it('keeps a draw as it was made: no second inspector equal to the first, no edits, no deletions', () => {
    addProgramRow(db);
    const org = addOrganizationRow(db);
    const app = addApplicationRow(db, 1, org, { state: 'approved', approved: 1000 });
    const a = addUserRow(db, 'a');
    const b = addUserRow(db, 'b');
    const draw = addDraw();
    const pick = db.prepare(
      `INSERT INTO supervision_draw_picks (draw_id, seq, application_id, first_inspector_id, second_inspector_id)
       VALUES (?, ?, ?, ?, ?)`,
    );
    expect(() => pick.run(draw, 1, app, a, a)).toThrow(/CHECK/);
    pick.run(draw, 1, app, a, b);
    expect(() => pick.run(draw, 2, app, b, a)).toThrow(/UNIQUE/);
    expect(() => db.prepare('UPDATE supervision_draws SET seed = ?').run('other')).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM supervision_draw_picks').run()).toThrow(/cannot be deleted/);
    expect(() => db.prepare('DELETE FROM supervision_draws').run()).toThrow(/cannot be deleted/);
    expect(() => addDraw()).toThrow(/UNIQUE/);
    expect(() => addDraw({ number: 'CC-2024-002', seed: '' })).toThrow(/CHECK/);
    expect(() => addDraw({ number: 'CC-2024-003', pool: '{}' })).toThrow(/CHECK/);
  });
});
