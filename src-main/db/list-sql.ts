/**
 * Shared pieces of the paged, sorted, filtered list queries. User text only ever reaches SQL as a bound
 * parameter; sort keys are looked up in a per-entity allow-list of column expressions.
 */
export interface ListQuery<S extends string> {
  page: number;
  pageSize: number;
  sort: readonly { id: S; desc: boolean }[];
  search: string;
}

export interface ListResult<T> {
  rows: T[];
  total: number;
}

/** Builder for a WHERE clause from fixed fragments and bound values. */
export class Where {
  private readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(fragment: string, ...params: unknown[]): this {
    this.parts.push(fragment);
    this.params.push(...params);
    return this;
  }

  sql(): string {
    return this.parts.length ? `WHERE ${this.parts.map((p) => `(${p})`).join(' AND ')}` : '';
  }
}

/** Escapes LIKE wildcards so a search for "100%" or "a_b" matches literally; use with ESCAPE '\'. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}

/**
 * ORDER BY from the allow-list, always ending in the id so pages are stable when sort values tie. The
 * tiebreak follows the direction of the last key, so "ORDER BY name DESC, id DESC" can walk the name index
 * (ordered by name, rowid) backwards instead of sorting.
 */
export function orderBy<S extends string>(
  sort: readonly { id: S; desc: boolean }[],
  columns: Readonly<Record<S, string>>,
  idColumn: string,
  fallback: string,
): string {
  if (sort.length === 0) return `ORDER BY ${fallback}`;
  const seen = new Set<S>();
  const keys: string[] = [];
  let lastDesc = false;
  // A repeated key cannot change the order after its first use, so it is dropped.
  for (const s of sort) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const column = columns[s.id];
    if (column === undefined) throw new Error(`sort key not in allow-list: ${String(s.id)}`);
    keys.push(`${column} ${s.desc ? 'DESC' : 'ASC'}`);
    lastDesc = s.desc;
  }
  return `ORDER BY ${keys.join(', ')}, ${idColumn} ${lastDesc ? 'DESC' : 'ASC'}`;
}

export function limitOffset(q: { page: number; pageSize: number }): [number, number] {
  return [q.pageSize, (q.page - 1) * q.pageSize];
}
