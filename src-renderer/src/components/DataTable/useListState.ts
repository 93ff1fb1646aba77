import { useCallback, useState } from 'react';
import { DEFAULT_PAGE_SIZE, restoreQuery, type FilterValue, type ListState, type SortItem } from './listQuery';

// Lists remember where the user was (page, sort, filters) for the session, so opening a record and going
// back does not lose the place. Memory only: a restart starts clean.
const memory = new Map<string, ListState>();

export interface ListController<F extends Record<string, FilterValue>> {
  state: ListState<F>;
  setPage: (page: number) => void;
  setPageSize: (pageSize: number) => void;
  setSorting: (updater: SortItem[] | ((old: SortItem[]) => SortItem[])) => void;
  setSearch: (search: string) => void;
  setFilter: <K extends keyof F>(name: K, value: F[K]) => void;
  resetFilters: () => void;
  /** Applies a saved view (search, filters, sort); unknown filter names and bad values are dropped. */
  applyQuery: (query: Record<string, unknown>) => void;
}

function firstState<F extends Record<string, FilterValue>>(initial: {
  filters: F;
  pageSize?: number;
  sorting?: SortItem[];
}): ListState<F> {
  return {
    page: 1,
    pageSize: initial.pageSize ?? DEFAULT_PAGE_SIZE,
    sorting: initial.sorting ?? [],
    search: '',
    filters: initial.filters,
  };
}

/**
 * Where a list opened from the menu (not from a link) will start: where the user left it, else its first page.
 * The same state useListState starts from, so a question sent ahead of the screen is the one it asks.
 */
export function openingListState<F extends Record<string, FilterValue>>(
  key: string,
  initial: { filters: F; pageSize?: number; sorting?: SortItem[] },
): ListState<F> {
  return (memory.get(key) as ListState<F> | undefined) ?? firstState(initial);
}

export function useListState<F extends Record<string, FilterValue>>(
  key: string,
  initial: { filters: F; pageSize?: number; sorting?: SortItem[]; linked?: Partial<F> | null },
): ListController<F> {
  const [state, setState] = useState<ListState<F>>(() => {
    const remembered = memory.get(key) as ListState<F> | undefined;
    // A link to a filtered list (a count on the home page) opens exactly that question, at page 1.
    if (initial.linked) {
      const opened: ListState<F> = {
        page: 1,
        pageSize: remembered?.pageSize ?? initial.pageSize ?? DEFAULT_PAGE_SIZE,
        sorting: initial.sorting ?? [],
        search: '',
        filters: { ...initial.filters, ...initial.linked },
      };
      memory.set(key, opened);
      return opened;
    }
    return remembered ?? firstState(initial);
  });
  const [initialFilters] = useState(initial.filters);

  const update = useCallback(
    (fn: (old: ListState<F>) => ListState<F>) =>
      setState((old) => {
        const next = fn(old);
        memory.set(key, next);
        return next;
      }),
    [key],
  );

  // Anything that changes which rows match, or their order, starts again at page 1.
  return {
    state,
    setPage: useCallback((page) => update((s) => ({ ...s, page })), [update]),
    setPageSize: useCallback((pageSize) => update((s) => ({ ...s, pageSize, page: 1 })), [update]),
    setSorting: useCallback(
      (u) => update((s) => ({ ...s, sorting: typeof u === 'function' ? u(s.sorting) : u, page: 1 })),
      [update],
    ),
    setSearch: useCallback((search) => update((s) => (s.search === search ? s : { ...s, search, page: 1 })), [update]),
    setFilter: useCallback(
      (name, value) => update((s) => ({ ...s, filters: { ...s.filters, [name]: value }, page: 1 })),
      [update],
    ),
    resetFilters: useCallback(
      () => update((s) => ({ ...s, filters: initialFilters, search: '', page: 1 })),
      [update, initialFilters],
    ),
    applyQuery: useCallback(
      (query) => update((s) => ({ ...s, ...restoreQuery(query, initialFilters), page: 1 })),
      [update, initialFilters],
    ),
  };
}

/** Which columns the user hid, per table, kept across restarts. */
export function useColumnVisibility(key: string): [Record<string, boolean>, (v: Record<string, boolean>) => void] {
  const storageKey = `grants.columns.${key}`;
  const [visibility, setVisibility] = useState<Record<string, boolean>>(() => {
    try {
      const raw = localStorage.getItem(storageKey);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, boolean>) : {};
    } catch {
      return {};
    }
  });
  const save = useCallback(
    (v: Record<string, boolean>) => {
      setVisibility(v);
      try {
        localStorage.setItem(storageKey, JSON.stringify(v));
      } catch {
        // Storage full or blocked: the choice still holds for this session.
      }
    },
    [storageKey],
  );
  return [visibility, save];
}
