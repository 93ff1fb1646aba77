/**
 * The pure half of the DataTable: how the grid's state (page, sort, search, filters) becomes one list-op
 * request, and how keys move the active row. Kept free of React so it can be unit-tested.
 */
import { SORT_LIMIT } from '@contract';

export interface SortItem {
  id: string;
  desc: boolean;
}

export type FilterValue = string | number | boolean | null | undefined;

export interface ListState<F extends Record<string, FilterValue> = Record<string, FilterValue>> {
  /** 1-based, as the ops count pages. */
  page: number;
  pageSize: number;
  sorting: SortItem[];
  search: string;
  filters: F;
}

export const PAGE_SIZES = [20, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

export interface ListInput {
  page: number;
  pageSize: number;
  sort: SortItem[];
  search: string;
  filters: Record<string, string | number | boolean>;
}

/** Unset filters are left out, so `{kind: undefined}` and `{}` ask the server the same question. */
export function cleanFilters(filters: Record<string, FilterValue>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    out[key] = value;
  }
  return out;
}

export function toListInput(state: ListState): ListInput {
  return {
    page: Math.max(1, Math.floor(state.page)),
    pageSize: state.pageSize,
    sort: state.sorting.slice(0, SORT_LIMIT).map(({ id, desc }) => ({ id, desc })),
    search: state.search.trim(),
    filters: cleanFilters(state.filters),
  };
}

/** What a saved filter keeps of a list: the question (search, filters, sort), not the page being viewed. */
export function savedQuery(state: ListState): Record<string, unknown> {
  const { search, filters, sort } = toListInput(state);
  return { search, filters, sort };
}

const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/**
 * A saved query back into list state. It was stored by this page but may be older than the page's current
 * filters, so only filters the page still has are kept (others reset to their initial value), and only
 * well-formed sort items; the server validates the result again anyway.
 */
export function restoreQuery<F extends Record<string, FilterValue>>(
  query: Record<string, unknown>,
  initialFilters: F,
): { search: string; filters: F; sorting: SortItem[] } {
  const saved = typeof query.filters === 'object' && query.filters !== null ? query.filters : {};
  const filters = { ...initialFilters };
  for (const key of Object.keys(initialFilters)) {
    const v = (saved as Record<string, unknown>)[key];
    (filters as Record<string, FilterValue>)[key] = isScalar(v) ? v : initialFilters[key];
  }
  const sorting = (Array.isArray(query.sort) ? (query.sort as unknown[]) : [])
    .filter(
      (s): s is SortItem =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as SortItem).id === 'string' &&
        typeof (s as SortItem).desc === 'boolean',
    )
    .slice(0, SORT_LIMIT)
    .map(({ id, desc }) => ({ id, desc }));
  return { search: typeof query.search === 'string' ? query.search : '', filters, sorting };
}

/** TanStack's 0-based pageIndex ↔ the ops' 1-based page. */
export function toPageIndex(page: number): number {
  return Math.max(0, page - 1);
}
export function fromPageIndex(pageIndex: number): number {
  return Math.max(0, Math.floor(pageIndex)) + 1;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** After a filter shrinks the result, a page past the end would show nothing: step back to the last one. */
export function clampPage(page: number, total: number, pageSize: number): number {
  return Math.min(Math.max(1, page), pageCount(total, pageSize));
}

export function ariaSort(sorted: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  if (sorted === 'asc') return 'ascending';
  if (sorted === 'desc') return 'descending';
  return 'none';
}

/** aria-rowindex of a body row: the header row is 1, and rows on later pages continue the count. */
export function ariaRowIndex(page: number, pageSize: number, indexOnPage: number): number {
  return (page - 1) * pageSize + indexOnPage + 2;
}

export type NavKey = 'ArrowDown' | 'ArrowUp' | 'PageDown' | 'PageUp' | 'Home' | 'End';

export function isNavKey(key: string): key is NavKey {
  return ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'].includes(key);
}

/**
 * Where the active row goes for a key. `current` is -1 before any row was active; the result stays inside
 * the page (0..count-1), or is -1 when the page has no rows.
 */
export function nextActiveIndex(key: NavKey, current: number, count: number, pageStep: number): number {
  if (count <= 0) return -1;
  const step = Math.max(1, pageStep);
  const from = current < 0 ? -1 : Math.min(current, count - 1);
  let next: number;
  switch (key) {
    case 'ArrowDown':
      next = from + 1;
      break;
    case 'ArrowUp':
      next = from < 0 ? 0 : from - 1;
      break;
    case 'PageDown':
      next = from < 0 ? step - 1 : from + step;
      break;
    case 'PageUp':
      next = from - step;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
  }
  return Math.min(Math.max(next, 0), count - 1);
}
