import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { indexesOf, NOW, queryPlan } from '../../testing/migrations';

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 3) });
});
afterEach(() => {
  db.close();
  folder.remove();
});

type Row = Partial<{ name: string; code: string | null; kind: string; registration: string; rating: string | null }>;

function insert(r: Row = {}): void {
  db.prepare(
    `INSERT INTO organizations (name, credit_code, kind, registration, district_code, rating, created_at, updated_at)
     VALUES (?, ?, ?, ?, '500103', ?, ?, ?)`,
  ).run(
    r.name ?? '机构',
    r.code === undefined ? null : r.code,
    r.kind ?? 'social_service',
    r.registration ?? 'filed',
    r.rating ?? null,
    NOW,
    NOW,
  );
}

const CODE = '52500103MJ00000011';

describe('0003 organizations', () => {
  it('allows many organizations without a code but no duplicate code', () => {
    insert();
    insert();
    insert({ code: CODE, registration: 'registered' });
    expect(() => insert({ code: CODE, registration: 'registered' })).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT count(*) FROM organizations').pluck().get()).toBe(3);
  });

  it.each<[string, Row]>([
    ['registered without a code', { registration: 'registered', code: null }],
    ['a code of the wrong length', { code: '5250010', registration: 'registered' }],
    ['an unknown kind', { kind: 'company' }],
    ['an unknown registration', { registration: 'pending' }],
    ['an unknown rating', { rating: '6A' }],
    ['an empty name', { name: '' }],
  ])('rejects %s', (_name, row) => {
    expect(() => insert(row)).toThrow(/CHECK/);
  });

  it('has an index for every sortable and filterable column', () => {
    expect(indexesOf(db, 'organizations')).toEqual([
      'organizations_by_created',
      'organizations_by_district',
      'organizations_by_district_name',
      'organizations_by_founded',
      'organizations_by_kind',
      'organizations_by_name',
      'organizations_by_rating',
      'organizations_by_registration',
    ]);
  });

  it.each([
    ['name', 'ASC'],
    ['name', 'DESC'],
    ['kind', 'ASC'],
    ['registration', 'DESC'],
    ['district_code', 'ASC'],
    ['rating', 'DESC'],
    ['founded_date', 'ASC'],
    ['created_at', 'DESC'],
    ['credit_code', 'ASC'],
  ])('pages sorted by %s %s without sorting the table', (column, dir) => {
    const plan = queryPlan(db, `SELECT * FROM organizations ORDER BY ${column} ${dir}, id ${dir} LIMIT 50 OFFSET 100`);
    expect(plan).toMatch(/USING INDEX/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it('reads a district page by name straight from its index', () => {
    const plan = queryPlan(db, "SELECT * FROM organizations WHERE district_code = '500103' ORDER BY name, id LIMIT 50");
    expect(plan).toMatch(/organizations_by_district_name/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
