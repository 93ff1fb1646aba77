import { describe, expect, it } from 'vitest';
import { organizationListQuery, SORT_LIMIT } from '@contract';
import {
  ariaRowIndex,
  ariaSort,
  clampPage,
  cleanFilters,
  fromPageIndex,
  nextActiveIndex,
  pageCount,
  restoreQuery,
  savedQuery,
  toListInput,
  toPageIndex,
  type ListState,
} from './listQuery';

const base: ListState = { page: 3, pageSize: 50, sorting: [], search: '', filters: {} };

describe('toListInput', () => {
  it('maps grid state to the list op input the contract accepts', () => {
    const input = toListInput({
      ...base,
      sorting: [
        { id: 'districtCode', desc: false },
        { id: 'name', desc: true },
      ],
      search: '  心语  ',
      filters: { kind: 'social_service', registration: undefined, districtCode: '500103', rating: null },
    });
    expect(input).toEqual({
      page: 3,
      pageSize: 50,
      sort: [
        { id: 'districtCode', desc: false },
        { id: 'name', desc: true },
      ],
      search: '心语',
      filters: { kind: 'social_service', districtCode: '500103' },
    });
    expect(organizationListQuery.safeParse(input).success).toBe(true);
  });

  it('never sends more sort columns than the contract allows', () => {
    const sorting = ['name', 'kind', 'rating', 'foundedDate', 'createdAt'].map((id) => ({ id, desc: false }));
    const input = toListInput({ ...base, sorting });
    expect(input.sort).toHaveLength(SORT_LIMIT);
    expect(input.sort.map((s) => s.id)).toEqual(['name', 'kind', 'rating']);
    expect(organizationListQuery.safeParse(input).success).toBe(true);
  });

  it('drops extra properties from sort items (strict schemas reject them)', () => {
    const sorting = [{ id: 'name', desc: false, extra: 1 } as { id: string; desc: boolean }];
    expect(toListInput({ ...base, sorting }).sort).toEqual([{ id: 'name', desc: false }]);
  });

  it('keeps false and 0 filters but drops empty ones', () => {
    expect(cleanFilters({ disabled: false, year: 0, a: '', b: null, c: undefined })).toEqual({
      disabled: false,
      year: 0,
    });
  });

  it('floors and bounds the page', () => {
    expect(toListInput({ ...base, page: 0 }).page).toBe(1);
    expect(toListInput({ ...base, page: 2.7 }).page).toBe(2);
  });
});

describe('paging helpers', () => {
  it('converts between TanStack page indices and 1-based pages', () => {
    expect(toPageIndex(1)).toBe(0);
    expect(toPageIndex(7)).toBe(6);
    expect(fromPageIndex(0)).toBe(1);
    expect(fromPageIndex(6)).toBe(7);
    expect(fromPageIndex(toPageIndex(42))).toBe(42);
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(100_000, 200)).toBe(500);
  });

  it('steps back to the last page when the result shrinks', () => {
    expect(clampPage(9, 120, 50)).toBe(3);
    expect(clampPage(2, 0, 50)).toBe(1);
    expect(clampPage(2, 120, 50)).toBe(2);
  });

  it('numbers rows for aria-rowindex across pages, the header being row 1', () => {
    expect(ariaRowIndex(1, 50, 0)).toBe(2);
    expect(ariaRowIndex(3, 50, 4)).toBe(106);
  });

  it('maps sort state to aria-sort', () => {
    expect(ariaSort('asc')).toBe('ascending');
    expect(ariaSort('desc')).toBe('descending');
    expect(ariaSort(false)).toBe('none');
  });
});

describe('nextActiveIndex', () => {
  it('moves by one with the arrows and stays on the page', () => {
    expect(nextActiveIndex('ArrowDown', -1, 10, 5)).toBe(0);
    expect(nextActiveIndex('ArrowDown', 3, 10, 5)).toBe(4);
    expect(nextActiveIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextActiveIndex('ArrowUp', 0, 10, 5)).toBe(0);
    expect(nextActiveIndex('ArrowUp', -1, 10, 5)).toBe(0);
    expect(nextActiveIndex('ArrowUp', 4, 10, 5)).toBe(3);
  });

  it('moves by a screenful with PageUp/PageDown, clamped', () => {
    expect(nextActiveIndex('PageDown', 0, 50, 12)).toBe(12);
    expect(nextActiveIndex('PageDown', 45, 50, 12)).toBe(49);
    expect(nextActiveIndex('PageDown', -1, 50, 12)).toBe(11);
    expect(nextActiveIndex('PageUp', 30, 50, 12)).toBe(18);
    expect(nextActiveIndex('PageUp', 5, 50, 12)).toBe(0);
  });

  it('jumps with Home/End and copes with an empty page or a stale index', () => {
    expect(nextActiveIndex('Home', 7, 10, 5)).toBe(0);
    expect(nextActiveIndex('End', 2, 10, 5)).toBe(9);
    expect(nextActiveIndex('ArrowDown', 0, 0, 5)).toBe(-1);
    expect(nextActiveIndex('ArrowUp', 80, 10, 5)).toBe(8);
  });
});

describe('saved queries', () => {
  const initial = { state: undefined as string | undefined, year: undefined as number | undefined };

  it('keeps the question, not the page, and round-trips through restoreQuery', () => {
    const state = {
      page: 4,
      pageSize: 100,
      search: ' 社区 ',
      sorting: [{ id: 'submittedAt', desc: true }],
      filters: { state: 'submitted', year: 2016 },
    };
    const saved = savedQuery(state);
    expect(saved).toEqual({
      search: '社区',
      filters: { state: 'submitted', year: 2016 },
      sort: [{ id: 'submittedAt', desc: true }],
    });
    expect(restoreQuery(JSON.parse(JSON.stringify(saved)) as Record<string, unknown>, initial)).toEqual({
      search: '社区',
      filters: { state: 'submitted', year: 2016 },
      sorting: [{ id: 'submittedAt', desc: true }],
    });
  });

  it('drops filters the page no longer has, malformed values and sort items, and unset filters reset', () => {
    const r = restoreQuery(
      {
        search: 42,
        filters: { state: { evil: true }, gone: 'x', year: 2015 },
        sort: [{ id: 'code', desc: false }, { id: 3 }, 'name', { id: 'a', desc: true }, { id: 'b', desc: true }],
      },
      { ...initial, state: 'draft' },
    );
    expect(r.search).toBe('');
    expect(r.filters).toEqual({ state: 'draft', year: 2015 });
    expect(r.sorting).toEqual([
      { id: 'code', desc: false },
      { id: 'a', desc: true },
      { id: 'b', desc: true },
    ]);
    expect(restoreQuery({}, initial)).toEqual({ search: '', filters: initial, sorting: [] });
  });
});
