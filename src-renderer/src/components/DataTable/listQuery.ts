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
