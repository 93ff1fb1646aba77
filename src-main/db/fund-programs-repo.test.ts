import fc from 'fast-check';
import { pinyinSortKey } from '../core/pinyin-key';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FundProgramRow, OpParsedInput } from '../contract/index';
import { FUND_SOURCES, ruleSetTemplate } from '../core/rule-set';
import { openDatabase } from './connection';
import {
  countFundPrograms,
  findFundProgramByCode,
  getFundProgram,
  insertFundProgram,
  listFundPrograms,
  updateFundProgram,
  type FundProgramFields,
} from './fund-programs-repo';
import type { Db } from './statements';
import { TempFolder } from '../testing/db';

type Query = OpParsedInput<'fundPrograms.list'>;
type SortId = Query['sort'][number]['id'];

let folder: TempFolder;
let db: Db;
let all: FundProgramRow[];

function fields(i: number): FundProgramFields {
  const source = FUND_SOURCES[i % 3]!;
  return {
    // Mixed case on purpose: codes sort and compare without regard to case.
    code: i % 2 ? `cq-${i}` : `CQ-${i}`,
    name: ['中央财政项目', '福彩项目', 'Lottery_项目', '100%专项'][i % 4]!,
    source,
    year: 2015 + (i % 5),
    totalAllocationFen: (i % 6) * 1_000_000,
    applicationStart: i % 3 ? null : '2015-03-01',
    applicationEnd: null,
    notes: `备注${i}`,
    ruleSet: ruleSetTemplate(source),
  };
}

beforeAll(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file());
  for (let i = 0; i < 120; i++)
    insertFundProgram(db, fields(i), { now: `2024-01-0${(i % 9) + 1}T00:00:00.000Z`, createdBy: null });
  all = listFundPrograms(db, { page: 1, pageSize: 500, sort: [], search: '', filters: {} }).rows;
});
afterAll(() => {
  db.close();
  folder.remove();
});

const FIELD: Record<SortId, keyof FundProgramRow> = {
  code: 'code',
  name: 'name',
  source: 'source',
  year: 'year',
  totalAllocationFen: 'totalAllocationFen',
  createdAt: 'createdAt',
};
const lower = (v: unknown) => (typeof v === 'string' ? v.replace(/[A-Z]/g, (c) => c.toLowerCase()) : v);

function expected(q: Query): { ids: number[]; total: number } {
  const term = lower(q.search) as string;
  const rows = all.filter(
    (p) =>
      (!term || (lower(p.code) as string).includes(term) || (lower(p.name) as string).includes(term)) &&
      (q.filters.source === undefined || p.source === q.filters.source) &&
      (q.filters.year === undefined || p.year === q.filters.year),
  );
  const keys = q.sort.filter((s, i) => q.sort.findIndex((t) => t.id === s.id) === i);
  rows.sort((a, b) => {
    const order = keys.length
      ? keys
      : [
          { id: 'year' as const, desc: true },
          { id: 'code' as const, desc: false },
        ];
    for (const s of order) {
      // The code column is COLLATE NOCASE; names sort by their pinyin key; everything else as stored.
      const value = (p: FundProgramRow) =>
        s.id === 'code' ? lower(p.code) : s.id === 'name' ? pinyinSortKey(p.name) : p[FIELD[s.id]];
      const x = value(a);
      const y = value(b);
      const c = x === y ? 0 : (x as string | number) < (y as string | number) ? -1 : 1;
      if (c !== 0) return s.desc ? -c : c;
    }
    const desc = keys.length ? keys[keys.length - 1]!.desc : false;
    return desc ? b.id - a.id : a.id - b.id;
  });
  const start = (q.page - 1) * q.pageSize;
  return { ids: rows.slice(start, start + q.pageSize).map((p) => p.id), total: rows.length };
}

describe('fund programs repository', () => {
  it('matches an independent computation for random queries', () => {
    const arb: fc.Arbitrary<Query> = fc.record({
      page: fc.integer({ min: 1, max: 5 }),
      pageSize: fc.constantFrom(1, 10, 33),
      sort: fc.array(fc.record({ id: fc.constantFrom(...(Object.keys(FIELD) as SortId[])), desc: fc.boolean() }), {
        maxLength: 3,
      }),
      search: fc.constantFrom('', 'cq-1', 'CQ-2', '项目', '_', '%', 'lottery'),
      filters: fc.record(
        { source: fc.constantFrom(...FUND_SOURCES), year: fc.integer({ min: 2014, max: 2020 }) },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(arb, (q) => {
        const got = listFundPrograms(db, q);
        const want = expected(q);
        expect(got.total).toBe(want.total);
        expect(got.rows.map((r) => r.id)).toEqual(want.ids);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('round-trips a program with its rule set', () => {
    const f = { ...fields(0), code: 'CQ-RT-1', notes: '专款专用' };
    const id = insertFundProgram(db, f, { now: '2024-06-01T00:00:00.000Z', createdBy: null });
    const got = getFundProgram(db, id)!;
    expect(got).toEqual({ id, ...f, createdAt: '2024-06-01T00:00:00.000Z', updatedAt: '2024-06-01T00:00:00.000Z' });
    expect(findFundProgramByCode(db, 'cq-rt-1')).toEqual({ id, name: f.name });
    const changed = { ...f, ruleSet: { ...f.ruleSet, matchingSharePercent: 25 }, totalAllocationFen: 1 };
    expect(updateFundProgram(db, id, changed, '2024-07-01T00:00:00.000Z')).toBe(true);
    expect(getFundProgram(db, id)).toMatchObject({ totalAllocationFen: 1, ruleSet: { matchingSharePercent: 25 } });
    expect(getFundProgram(db, 10_000)).toBeUndefined();
    expect(updateFundProgram(db, 10_000, changed, 'x')).toBe(false);
    expect(countFundPrograms(db)).toBe(121);
  });
});
