import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpParsedInput, OrganizationView } from '../contract/index';
import { makeCreditCode } from '../core/credit-code';
import { pinyinSortKey } from '../core/pinyin-key';
import { openDatabase } from './connection';
import {
  findOrganizationByCreditCode,
  getOrganization,
  insertOrganization,
  listOrganizations,
  updateOrganization,
  type OrganizationFields,
} from './organizations-repo';
import type { Db } from './statements';
import { TempFolder } from '../testing/db';

type Query = OpParsedInput<'organizations.list'>;
type SortId = Query['sort'][number]['id'];

// A small vocabulary so sorts tie often (the id tiebreak matters) and searches hit LIKE's special characters.
const NAMES = ['阳光', '阳光社工', '100%公益', '50_50互助', 'a\\b服务', 'Alpha', 'alpha', '心语', '心语心愿', 'Zeta'];
const KINDS = ['social_group', 'social_service', 'foundation', 'other'] as const;
const DISTRICTS = ['500000', '500101', '500103', '500243'] as const;
const RATINGS = ['5A', '4A', '3A', null] as const;
const DATES = ['2001-02-03', '2010-10-10', null] as const;

let folder: TempFolder;
let db: Db;
let all: OrganizationView[];

beforeAll(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file());
  let state = 42;
  const pick = <T>(xs: readonly T[]): T => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return xs[(state >>> 8) % xs.length]!;
  };
  db.transaction(() => {
    for (let i = 0; i < 600; i++) {
      const registration = pick(['registered', 'registered', 'filed'] as const);
      const org: OrganizationFields = {
        name: pick(NAMES),
        creditCode:
          registration === 'registered' ? makeCreditCode('52', pick(DISTRICTS), String(100_000_000 + i)) : null,
        kind: pick(KINDS),
        registration,
        districtCode: pick(DISTRICTS),
        legalRepresentative: '',
        contactPerson: '',
        phone: '',
        foundedDate: pick(DATES),
        rating: pick(RATINGS),
      };
      insertOrganization(db, org, { now: `2024-01-01T00:00:${String(i % 7).padStart(2, '0')}.000Z`, createdBy: null });
    }
  })();
  all = (db.prepare('SELECT id FROM organizations').pluck().all() as number[]).map((id) => getOrganization(db, id)!);
});
afterAll(() => {
  db.close();
  folder.remove();
});

const FIELD: Record<SortId, keyof OrganizationView> = {
  name: 'name',
  creditCode: 'creditCode',
  kind: 'kind',
  registration: 'registration',
  districtCode: 'districtCode',
  rating: 'rating',
  foundedDate: 'foundedDate',
  createdAt: 'createdAt',
};

const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** The list semantics computed in plain JS: SQLite's LIKE folds ASCII case only; NULL sorts first ascending. */
function expected(q: Query): { ids: number[]; total: number } {
  const term = asciiLower(q.search);
  const rows = all.filter(
    (o) =>
      (!q.search ||
        asciiLower(o.name).includes(term) ||
        (o.creditCode !== null && asciiLower(o.creditCode).startsWith(term))) &&
      (q.filters.kind === undefined || o.kind === q.filters.kind) &&
      (q.filters.registration === undefined || o.registration === q.filters.registration) &&
      (q.filters.districtCode === undefined || o.districtCode === q.filters.districtCode) &&
      (q.filters.rating === undefined || o.rating === q.filters.rating),
  );
  const keys = q.sort.filter((s, i) => q.sort.findIndex((t) => t.id === s.id) === i);
  const lastDesc = keys.length ? keys[keys.length - 1]!.desc : true;
  rows.sort((a, b) => {
    for (const s of keys) {
      // Names sort by their pinyin key (see core/pinyin-key.ts), everything else by the stored value.
      const x = s.id === 'name' ? pinyinSortKey(a.name) : (a[FIELD[s.id]] as string | null);
      const y = s.id === 'name' ? pinyinSortKey(b.name) : (b[FIELD[s.id]] as string | null);
      const c = x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
      if (c !== 0) return s.desc ? -c : c;
    }
    return lastDesc ? b.id - a.id : a.id - b.id;
  });
  const start = (q.page - 1) * q.pageSize;
  return { ids: rows.slice(start, start + q.pageSize).map((o) => o.id), total: rows.length };
}

const queryArb: fc.Arbitrary<Query> = fc.record({
  page: fc.integer({ min: 1, max: 8 }),
  pageSize: fc.constantFrom(1, 7, 50, 500),
  sort: fc.array(fc.record({ id: fc.constantFrom(...(Object.keys(FIELD) as SortId[])), desc: fc.boolean() }), {
    maxLength: 3,
  }),
  search: fc.constantFrom('', '阳光', '%', '_', '\\', '50_', '100%', 'ALPHA', '心语心', '52500', '5250010', 'zz'),
  filters: fc.record(
    {
      kind: fc.constantFrom(...KINDS),
      registration: fc.constantFrom('registered' as const, 'filed' as const),
      districtCode: fc.constantFrom(...DISTRICTS),
      rating: fc.constantFrom('5A' as const, '4A' as const, '3A' as const),
    },
    { requiredKeys: [] },
  ),
});

describe('organizations repository', () => {
  it('matches an independent computation for random sort/filter/search/paging', () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const got = listOrganizations(db, q);
        const want = expected(q);
        expect(got.total).toBe(want.total);
        expect(got.rows.map((r) => r.id)).toEqual(want.ids);
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('pages names in pinyin order (重庆 under C) and re-keys a renamed organization', () => {
    const org = (name: string): OrganizationFields => ({
      name,
      creditCode: null,
      kind: 'other',
      registration: 'filed',
      districtCode: '500230',
      legalRepresentative: '',
      contactPerson: '',
      phone: '',
      foundedDate: null,
      rating: null,
    });
    const names = ['张家口社工站', '重庆市善缘互助社', '北碚区志愿者协会', '大足区爱心社', '安顺助老中心'];
    const ids = names.map((n) => insertOrganization(db, org(n), { now: '2024-02-02T00:00:00.000Z', createdBy: null }));
    const page = (p: number) =>
      listOrganizations(db, {
        page: p,
        pageSize: 2,
        sort: [{ id: 'name', desc: false }],
        search: '',
        filters: { districtCode: '500230' },
      }).rows.map((r) => r.name);
    expect([...page(1), ...page(2), ...page(3)]).toEqual([
      '安顺助老中心',
      '北碚区志愿者协会',
      '重庆市善缘互助社',
      '大足区爱心社',
      '张家口社工站',
    ]);
    updateOrganization(db, ids[0]!, org('巴南区社工站'), '2024-03-03T00:00:00.000Z');
    expect(page(1)).toEqual(['安顺助老中心', '巴南区社工站']);
    for (const id of ids) db.prepare('DELETE FROM organizations WHERE id = ?').run(id);
  });

  it('treats LIKE wildcards in the search text literally', () => {
    const q = (search: string): Query => ({ page: 1, pageSize: 500, sort: [], search, filters: {} });
    const names = (search: string) => new Set(listOrganizations(db, q(search)).rows.map((r) => r.name));
    expect(names('%')).toEqual(new Set(['100%公益']));
    expect(names('_')).toEqual(new Set(['50_50互助']));
    expect(names('\\')).toEqual(new Set(['a\\b服务']));
  });

  it('finds a renamed organization by its new name only, and reads search syntax literally', () => {
    const q = (search: string): Query => ({ page: 1, pageSize: 500, sort: [], search, filters: {} });
    const ids = (search: string) => listOrganizations(db, q(search)).rows.map((r) => r.id);
    const fields: OrganizationFields = {
      name: '璧山区守护天使关爱中心',
      creditCode: null,
      kind: 'other',
      registration: 'filed',
      districtCode: '500103',
      legalRepresentative: '',
      contactPerson: '',
      phone: '',
      foundedDate: null,
      rating: null,
    };
    const id = insertOrganization(db, fields, { now: '2024-03-03T00:00:00.000Z', createdBy: null });
    expect(ids('守护天使')).toEqual([id]);
    updateOrganization(db, id, { ...fields, name: '璧山区晨光关爱中心' }, '2024-03-04T00:00:00.000Z');
    expect(ids('守护天使')).toEqual([]);
    expect(ids('晨光关爱')).toEqual([id]);
    // Quotes and FTS operators are text to find, never query syntax (and never an error).
    for (const text of ['"晨光"', '晨光 OR 阳光', 'NEAR(晨光', '晨光*', '关爱中心-']) expect(ids(text)).toEqual([]);
    db.prepare('DELETE FROM organizations WHERE id = ?').run(id);
    expect(ids('晨光关爱')).toEqual([]);
  });

  it('maps rows to the contract view and back', () => {
    const fields: OrganizationFields = {
      name: '重庆市渝中区心语社会工作服务中心',
      creditCode: makeCreditCode('52', '500103', 'MJ0000001'),
      kind: 'social_service',
      registration: 'registered',
      districtCode: '500103',
      legalRepresentative: '王芳',
      contactPerson: '李强',
      phone: '023-63000000',
      foundedDate: '2012-05-06',
      rating: '4A',
    };
    const id = insertOrganization(db, fields, { now: '2024-02-02T00:00:00.000Z', createdBy: null });
    expect(getOrganization(db, id)).toEqual({
      id,
      ...fields,
      createdAt: '2024-02-02T00:00:00.000Z',
      updatedAt: '2024-02-02T00:00:00.000Z',
    });
    expect(findOrganizationByCreditCode(db, fields.creditCode!)).toEqual({ id, name: fields.name });
    expect(updateOrganization(db, id, { ...fields, rating: null, phone: '' }, '2024-03-03T00:00:00.000Z')).toBe(true);
    expect(getOrganization(db, id)).toMatchObject({ rating: null, phone: '', updatedAt: '2024-03-03T00:00:00.000Z' });
    expect(updateOrganization(db, 999_999, fields, 'x')).toBe(false);
    expect(getOrganization(db, 999_999)).toBeUndefined();
    db.prepare('DELETE FROM organizations WHERE id = ?').run(id);
  });
});
