import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { migration0024 } from './0024_inspection_signatures';
import { addUserRow, columnsOf, NOW } from '../../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../../testing/migration-rows';

let folder: TempFolder;
let db: Db;
let first: number;
let second: number;
let app: number;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, migration0024.version - 1) });
  first = addUserRow(db, 'evaluator');
  second = addUserRow(db, 'evaluator2');
  app = addApplicationRow(db, addProgramRow(db), addOrganizationRow(db), { state: 'approved', approved: 1000 });
});
afterEach(() => {
  db.close();
  folder.remove();
});

const inspect = () => {
  const id = Number(
    db
      .prepare(
        `INSERT INTO inspections (application_id, checklist_version_id, kind, date, place, created_by, created_at)
         VALUES (?, 1, 'field', '2015-06-20', '社区服务中心', ?, ?)`,
      )
      .run(app, first, NOW).lastInsertRowid,
  );
  const add = db.prepare(
    'INSERT INTO inspection_inspectors (inspection_id, seq, user_id, name, unit) VALUES (?, ?, ?, ?, ?)',
  );
  add.run(id, 1, first, '', '');
  add.run(id, 2, second, '', '');
  add.run(id, 3, null, '张敏', '重庆市社会工作协会');
  return id;
};
const signOff = (id: number) =>
  db.prepare('UPDATE inspections SET signed_off_by = ?, signed_off_at = ? WHERE id = ?').run(first, NOW, id);
const sign = (id: number, seq: number, by: number) =>
  db.prepare('INSERT INTO inspection_signatures VALUES (?, ?, ?, ?)').run(id, seq, by, NOW);

describe('migration inspection signatures', () => {
  it('follows the migration before it and keeps the signer of an inspection signed off before it', () => {
    const old = inspect();
    signOff(old);
    migrate(db, MIGRATIONS.slice(0, migration0024.version));
    expect(MIGRATIONS[migration0024.version - 1]).toBe(migration0024);
    expect(db.prepare('SELECT inspection_id, inspector_seq, recorded_by FROM inspection_signatures').all()).toEqual([
      { inspection_id: old, inspector_seq: 1, recorded_by: first },
    ]);
    expect(columnsOf(db, 'inspection_attachments')).toEqual(
      expect.arrayContaining(['taken_on', 'taken_at', 'offset_recorded', 'latitude', 'longitude']),
    );
  });

  it('signs off only once every account inspector signed, and freezes the signatures then', () => {
    migrate(db, MIGRATIONS.slice(0, migration0024.version));
    const id = inspect();
    sign(id, 1, first);
    expect(() => signOff(id)).toThrow(/every inspector with an account/);
    expect(() => sign(id, 2, first)).toThrow(/signs for themself/);
    sign(id, 3, second); // the expert's signature, entered by an inspector of this inspection
    const outsider = addUserRow(db, 'outsider');
    sign(id, 2, second);
    signOff(id);
    expect(() => db.prepare('DELETE FROM inspection_signatures WHERE inspection_id = ?').run(id)).toThrow(/read-only/);
    const other = inspect();
    expect(() => sign(other, 3, outsider)).toThrow(/signs for themself/);
  });
});
