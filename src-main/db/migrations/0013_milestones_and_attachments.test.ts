import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { migration0013 } from './0013_milestones_and_attachments';
import { addUserRow, NOW } from '../../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../../testing/migration-rows';

const UP_TO = MIGRATIONS.indexOf(migration0013) + 1;
const SHA = 'a'.repeat(64);

let folder: TempFolder;
let db: Db;
let user: number;
let other: number;
let program: number;
let org: number;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, UP_TO - 1) });
  user = addUserRow(db, 'project');
  other = addUserRow(db, 'evaluator');
  program = addProgramRow(db);
  org = addOrganizationRow(db);
});
afterEach(() => {
  db.close();
  folder.remove();
});

function project(number: string, milestones: string[] = []): { app: number; agreement: number } {
  const app = addApplicationRow(db, program, org, { state: 'approved', approved: 1000 });
  const agreement = Number(
    db
      .prepare(
        `INSERT INTO agreements (application_id, agreement_number, period_start, period_end, approved_fen, created_at)
         VALUES (?, ?, '2015-03-01', '2015-12-31', 1000, ?)`,
      )
      .run(app, number, NOW).lastInsertRowid,
  );
  const tranche = db.prepare(
    `INSERT INTO agreement_tranches (agreement_id, seq, percent, amount_fen, condition, milestone_name)
     VALUES (?, ?, 0, 0, ?, ?)`,
  );
  tranche.run(agreement, 1, 'on_signing', null);
  milestones.forEach((name, i) => tranche.run(agreement, i + 2, 'milestone_verified', name));
  return { app, agreement };
}

const milestonesOf = (agreement: number) =>
  db.prepare('SELECT name, planned_date, created_by FROM milestones WHERE agreement_id = ? ORDER BY id').all(agreement);

const attach = (app: number, patch: { sha?: string; name?: string } = {}) =>
  Number(
    db
      .prepare(
        `INSERT INTO attachments (application_id, sha256, size, file_name, mime_type, uploaded_by, uploaded_at)
         VALUES (?, ?, 3, ?, 'text/plain', ?, ?)`,
      )
      .run(app, patch.sha ?? SHA, patch.name ?? 'a.txt', user, NOW).lastInsertRowid,
  );

describe('0013 milestones and attachments', () => {
  it('creates the milestones existing tranche plans name, and those of every plan written later', () => {
    const old = project('YMF-1', ['中期验收', '中期验收', '结项验收']);
    migrate(db, MIGRATIONS.slice(0, UP_TO));
    expect(milestonesOf(old.agreement)).toEqual([
      { name: '中期验收', planned_date: '2015-12-31', created_by: null },
      { name: '结项验收', planned_date: '2015-12-31', created_by: null },
    ]);
    const later = project('YMF-2', ['服务满一年', '服务满一年']);
    expect(milestonesOf(later.agreement)).toEqual([
      { name: '服务满一年', planned_date: '2015-12-31', created_by: null },
    ]);
    expect(milestonesOf(project('YMF-3').agreement)).toEqual([]);
  });

  describe('after the migration', () => {
    let p: { app: number; agreement: number };
    let milestone: number;
    beforeEach(() => {
      migrate(db, MIGRATIONS.slice(0, UP_TO));
      p = project('YMF-1', ['中期验收']);
      milestone = db.prepare('SELECT id FROM milestones').pluck().get() as number;
    });

    const complete = (evidence: number | null, by = user) =>
      db
        .prepare(
          `UPDATE milestones SET completed_date = '2015-06-30', completed_by = ?, completed_at = ?,
             evidence_attachment_id = ? WHERE id = ?`,
        )
        .run(by, NOW, evidence, milestone);
    const verify = (by: number) =>
      db.prepare('UPDATE milestones SET verified_by = ?, verified_at = ? WHERE id = ?').run(by, NOW, milestone);

    it('keeps attachment rows as uploaded: a hex hash, a name without a path, never changed', () => {
      expect(() => attach(p.app, { sha: 'A'.repeat(64) })).toThrow(/CHECK/);
      expect(() => attach(p.app, { sha: 'a'.repeat(63) })).toThrow(/CHECK/);
      expect(() => attach(p.app, { name: '../x.txt' })).toThrow(/CHECK/);
      expect(() => attach(p.app, { name: 'a\\b.txt' })).toThrow(/CHECK/);
      const id = attach(p.app);
      expect(attach(p.app)).toBe(id + 1);
      expect(() => db.prepare('UPDATE attachments SET file_name = ?').run('b.txt')).toThrow(/cannot be changed/);
      expect(() => db.prepare('DELETE FROM attachments WHERE id = ?').run(id)).toThrow(/cannot be deleted/);
    });

    it('completes only with evidence of the same project, and keeps the completion', () => {
      expect(() => complete(null)).toThrow(/CHECK/);
      const elsewhere = attach(project('YMF-2').app);
      expect(() => complete(elsewhere)).toThrow(/same project/);
      complete(attach(p.app));
      expect(() => db.prepare("UPDATE milestones SET completed_date = '2015-07-01'").run()).toThrow(
        /keeps its completion/,
      );
      expect(() => db.prepare("UPDATE milestones SET note = 'x'").run()).toThrow(/keeps its completion/);
      expect(() => db.prepare("UPDATE milestones SET name = 'x'").run()).toThrow(/project and name/);
      expect(() => db.prepare('DELETE FROM milestones').run()).toThrow(/cannot be deleted/);
    });

    it('is verified by someone other than the completer, and is final then', () => {
      expect(() => verify(other)).toThrow(/CHECK/);
      complete(attach(p.app));
      expect(() => verify(user)).toThrow(/CHECK/);
      verify(other);
      expect(() => db.prepare('UPDATE milestones SET verified_at = ?').run('x')).toThrow(/verified milestone/);
    });

    it('keeps a name once per project', () => {
      const insert = () =>
        db
          .prepare("INSERT INTO milestones (agreement_id, name, planned_date, created_at) VALUES (?, '中期验收', ?, ?)")
          .run(p.agreement, '2015-06-30', NOW);
      expect(insert).toThrow(/UNIQUE/);
    });

    it('records indicator readings as non-negative decimal text, append only', () => {
      const indicator = Number(
        db
          .prepare(
            "INSERT INTO application_indicators (application_id, seq, name, unit, target) VALUES (?, 1, '人次', '人次', 100)",
          )
          .run(p.app).lastInsertRowid,
      );
      const read = (value: string) =>
        db
          .prepare('INSERT INTO indicator_readings (indicator_id, date, value, by_user, at) VALUES (?, ?, ?, ?, ?)')
          .run(indicator, '2015-06-30', value, user, NOW);
      for (const good of ['0', '12', '12.5', '0.000001']) expect(() => read(good)).not.toThrow();
      for (const bad of ['-1', '1.', '.5', '1.2.3', '1e3', '', ' 1']) expect(() => read(bad), bad).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE indicator_readings SET value = '1'").run()).toThrow(/cannot be changed/);
      expect(() => db.prepare('DELETE FROM indicator_readings').run()).toThrow(/cannot be deleted/);
    });
  });
});
