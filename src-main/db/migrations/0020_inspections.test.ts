import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { migration0020 } from './0020_inspections';
import { addUserRow, indexesOf, NOW, queryPlan } from '../../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../../testing/migration-rows';

const UP_TO = MIGRATIONS.indexOf(migration0020) + 1;

let folder: TempFolder;
let db: Db;
let user: number;
let app: number;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, UP_TO - 1) });
  user = addUserRow(db, 'evaluator');
  app = addApplicationRow(db, addProgramRow(db), addOrganizationRow(db), { state: 'approved', approved: 1000 });
  migrate(db, MIGRATIONS.slice(0, UP_TO));
});
afterEach(() => {
  db.close();
  folder.remove();
});

const inspect = (versionId = 1) =>
  Number(
    db
      .prepare(
        `INSERT INTO inspections (application_id, checklist_version_id, kind, date, place, created_by, created_at)
         VALUES (?, ?, 'field', '2015-06-20', '社区服务中心', ?, ?)`,
      )
      .run(app, versionId, user, NOW).lastInsertRowid,
  );
const finding = (inspection: number, severity = 'severe') =>
  Number(
    db
      .prepare(
        `INSERT INTO findings (inspection_id, seq, severity, description, requirement, responsible_person, deadline)
         VALUES (?, (SELECT count(*) + 1 FROM findings), ?, '资金未单独核算', '设立明细账', '王芳', '2015-08-31')`,
      )
      .run(inspection, severity).lastInsertRowid,
  );
const signOff = (inspection: number) =>
  db.prepare('UPDATE inspections SET signed_off_by = ?, signed_off_at = ? WHERE id = ?').run(user, NOW, inspection);
const open = (f: number, severity = 'severe') =>
  Number(
    db
      .prepare(
        `INSERT INTO rectifications (finding_id, application_id, organization_id, seq, severity, deadline, state, opened_at)
         VALUES (?, ?, 1, (SELECT count(*) + 1 FROM rectifications), ?, '2015-08-31', 'open', ?)`,
      )
      .run(f, app, severity, NOW).lastInsertRowid,
  );

describe('0020 inspections', () => {
  it('seeds the three checklists, each item well formed', () => {
    const names = db.prepare('SELECT name FROM checklist_versions ORDER BY id').pluck().all();
    expect(names).toEqual(['社会工作服务项目实地检查表', '财务检查表', '志愿服务项目检查表']);
    const volunteer = db
      .prepare("SELECT text FROM checklist_items WHERE version_id = 3 AND finding_severity = 'severe'")
      .pluck()
      .all();
    expect(volunteer).toContain('服务时长与全国志愿服务信息系统记录一致');
    expect(volunteer).toContain('为参与可能发生人身危险活动的志愿者购买人身意外伤害保险');
    expect(db.prepare('SELECT count(*) FROM checklist_items').pluck().get()).toBe(46);
  });

  it('keeps a checklist version as it was once an inspection uses it', () => {
    inspect(1);
    expect(() => db.prepare("UPDATE checklist_items SET text = 'x' WHERE id = 1").run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM checklist_versions WHERE id = 1').run()).toThrow(/cannot be deleted/);
    const add = () =>
      db
        .prepare(
          "INSERT INTO checklist_items (version_id, seq, section, text, answer_type) VALUES (1, 99, 's', 't', 'text')",
        )
        .run();
    expect(add).toThrow(/in use/);
    const score = () =>
      db
        .prepare(
          "INSERT INTO checklist_items (version_id, seq, section, text, answer_type) VALUES (2, 99, 's', 't', 'score')",
        )
        .run();
    expect(score).toThrow(/CHECK/);
  });

  it('makes a signed-off inspection read-only: answers, inspectors, findings; addenda only after sign-off', () => {
    const i = inspect();
    db.prepare('INSERT INTO inspection_inspectors (inspection_id, seq, user_id) VALUES (?, 1, ?)').run(i, user);
    const answer = () =>
      db.prepare("INSERT INTO inspection_answers (inspection_id, item_id, value) VALUES (?, 2, 'yes')").run(i);
    answer();
    expect(() =>
      db.prepare("INSERT INTO inspection_answers (inspection_id, item_id, value) VALUES (?, 20, 'yes')").run(i),
    ).toThrow(/checklist version/);
    const addendum = () =>
      db
        .prepare(
          "INSERT INTO inspection_addenda (inspection_id, date, text, by_user, at) VALUES (?, '2015-07-01', '补充', ?, ?)",
        )
        .run(i, user, NOW);
    expect(addendum).toThrow(/signed-off/);
    const f = finding(i);
    signOff(i);
    expect(() => db.prepare("UPDATE inspection_answers SET value = 'no'").run()).toThrow(/read-only/);
    expect(() => db.prepare('DELETE FROM inspection_inspectors').run()).toThrow(/read-only/);
    expect(() => db.prepare("UPDATE findings SET description = 'x'").run()).toThrow(/read-only/);
    expect(() => db.prepare('DELETE FROM findings WHERE id = ?').run(f)).toThrow(/read-only/);
    expect(() => db.prepare("UPDATE inspections SET notes = 'x'").run()).toThrow(/read-only/);
    expect(() => finding(i)).toThrow(/read-only/);
    addendum();
    expect(() => db.prepare("UPDATE inspection_addenda SET text = 'x'").run()).toThrow(/cannot be changed/);
  });

  it('opens a rectification only from a signed-off finding; verified by another user is final', () => {
    const i = inspect();
    const f = finding(i);
    expect(() => open(f)).toThrow(/signed-off/);
    signOff(i);
    expect(() => open(f, 'minor')).toThrow(/signed-off/);
    const r = open(f);
    const set = (sql: string, ...params: unknown[]) =>
      db.prepare(`UPDATE rectifications SET ${sql} WHERE id = ?`).run(...params, r);
    expect(() => set("state = 'verified', verified_by = ?, verified_at = ?", user, NOW)).toThrow(/CHECK/);
    set("state = 'submitted', submitted_by = ?", user);
    expect(() => set("state = 'verified', verified_by = ?, verified_at = ?", user, NOW)).toThrow(/CHECK/);
    const other = addUserRow(db, 'evaluator2');
    set("state = 'verified', verified_by = ?, verified_at = ?", other, NOW);
    expect(() => set("state = 'reopened', verified_by = NULL, verified_at = NULL")).toThrow(/final/);
    expect(() => db.prepare('DELETE FROM rectifications').run()).toThrow(/cannot be deleted/);
    expect(() => db.prepare("UPDATE rectification_steps SET note = 'x'").run()).not.toThrow();
    db.prepare(
      "INSERT INTO rectification_steps (rectification_id, kind, note, by_user, at) VALUES (?, 'verify', '', ?, ?)",
    ).run(r, other, NOW);
    expect(() => db.prepare("UPDATE rectification_steps SET note = 'x'").run()).toThrow(/cannot be changed/);
  });

  it('counts overdue items from the partial index of unverified items', () => {
    expect(indexesOf(db, 'rectifications')).toContain('rectifications_unverified_by_deadline');
    // INDEXED BY fails ("no query solution") unless the partial index can answer the overdue condition.
    const plan = queryPlan(
      db,
      `SELECT organization_id, count(*) FROM rectifications INDEXED BY rectifications_unverified_by_deadline
       WHERE state <> 'verified' AND deadline < ? GROUP BY organization_id`,
      '2024-05-01',
    );
    expect(plan).toMatch(/USING (COVERING )?INDEX rectifications_unverified_by_deadline \(deadline<\?\)/);
  });
});
