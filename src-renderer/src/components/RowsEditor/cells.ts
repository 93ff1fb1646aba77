/** Props every cell input of a RowsEditor gets, so screen readers hear which row's field is wrong and why. */
export function cellA11y(c: { id: string; error?: string | undefined }) {
  return {
    id: c.id,
    'aria-invalid': Boolean(c.error),
    'aria-describedby': c.error ? `${c.id}-error` : undefined,
    status: c.error ? ('error' as const) : undefined,
  };
}

/** A copy of `list` with row `index` patched; rows are edited immutably so the form sees every change. */
export function replaceAt<T>(list: T[], index: number, patch: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...patch } : item));
}
