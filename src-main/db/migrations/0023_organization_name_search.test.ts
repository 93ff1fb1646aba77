import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { migration0023 } from './0023_organization_name_search';
import { MIGRATIONS } from './index';
import { queryPlan } from '../../testing/migrations';
import { addOrganizationRow } from '../../testing/migration-rows';

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, migration0023.version - 1) });
});
afterEach(() => {
  db.close();
  folder.remove();
});

const found = (text: string): number[] =>
  db
    .prepare('SELECT rowid FROM organizations_name_search WHERE organizations_name_search MATCH ? ORDER BY rowid')
    .pluck()
    .all(`"${text}"`) as number[];

function checkIndex(): void {
  // FTS5's own check: the index says exactly what the organizations table holds.
  db.prepare("INSERT INTO organizations_name_search (organizations_name_search) VALUES ('integrity-check')").run();
}

describe('migration organization name search', () => {
  it('is the next step after the migration before it and indexes the names already there', () => {
    const before = addOrganizationRow(db, '重庆市渝中区守护天使社会工作服务中心');
    addOrganizationRow(db, '重庆市江北区阳光助老服务社');
    migrate(db, MIGRATIONS.slice(0, migration0023.version));
    expect(MIGRATIONS[migration0023.version - 1]).toBe(migration0023);
    expect(db.pragma('user_version', { simple: true })).toBe(migration0023.version);
    expect(found('守护天使')).toEqual([before]);
    expect(found('gongzuo')).toEqual([]);
    checkIndex();
  });

  it('keeps the index in step with every insert, rename and delete', () => {
    migrate(db, MIGRATIONS.slice(0, migration0023.version));
    const a = addOrganizationRow(db, '璧山区守护天使关爱中心');
    const b = addOrganizationRow(db, 'Sunshine 守护天使 Club');
    expect(found('守护天使')).toEqual([a, b]);
    expect(found('SUNSHINE')).toEqual([b]);
    db.prepare("UPDATE organizations SET name = '璧山区晨光关爱中心' WHERE id = ?").run(a);
    expect(found('守护天使')).toEqual([b]);
    expect(found('晨光关爱')).toEqual([a]);
    // Changing another column leaves the index alone.
    db.prepare("UPDATE organizations SET phone = '023-1' WHERE id = ?").run(b);
    db.prepare('DELETE FROM organizations WHERE id = ?').run(b);
    expect(found('守护天使')).toEqual([]);
    checkIndex();
  });

  it('answers a three-character search from the index instead of reading every name', () => {
    migrate(db, MIGRATIONS.slice(0, migration0023.version));
    const plan = queryPlan(
      db,
      'SELECT id FROM organizations WHERE id IN (SELECT rowid FROM organizations_name_search WHERE organizations_name_search MATCH ?)',
      '"守护天"',
    );
    expect(plan).toMatch(/VIRTUAL TABLE INDEX/);
    expect(plan).not.toMatch(/SCAN organizations\b/);
  });
});
