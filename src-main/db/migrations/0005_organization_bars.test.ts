import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { indexesOf, NOW, queryPlan } from '../../testing/migrations';
import { addOrganizationRow } from '../../testing/migration-rows';

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 5) });
});
afterEach(() => {
  db.close();
  folder.remove();
});

const insert = (org: number, from: number, to: number, reason = '2015年度结项评估不合格') =>
  db
    .prepare(
      'INSERT INTO organization_bars (organization_id, from_year, to_year, reason, created_at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(org, from, to, reason, NOW);

describe('0005 organization_bars', () => {
  it('keeps bars per organization, one year or several', () => {
    const org = addOrganizationRow(db);
    insert(org, 2016, 2016);
    insert(org, 2017, 2019);
    expect(db.prepare('SELECT count(*) FROM organization_bars').pluck().get()).toBe(2);
  });

  it.each([
    ['an end before the start', 2017, 2016, 'x', /CHECK/],
    ['a year out of range', 1999, 2016, 'x', /CHECK/],
    ['an empty reason', 2016, 2016, '', /CHECK/],
  ])('refuses %s', (_n, from, to, reason, error) => {
    const org = addOrganizationRow(db);
    expect(() => insert(org, from, to, reason)).toThrow(error);
  });

  it('refuses a bar for an organization that does not exist', () => {
    expect(() => insert(999, 2016, 2016)).toThrow(/FOREIGN KEY/);
  });

  it('finds an organization’s bars through its index', () => {
    expect(indexesOf(db, 'organization_bars')).toEqual(['organization_bars_by_organization']);
    expect(queryPlan(db, 'SELECT * FROM organization_bars WHERE organization_id = 1 ORDER BY from_year')).toMatch(
      /organization_bars_by_organization/,
    );
  });
});
