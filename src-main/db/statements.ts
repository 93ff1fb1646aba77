import type Database from 'better-sqlite3';

export type Db = Database.Database;
export type Statement = Database.Statement<unknown[], unknown>;

// Compiled statements per connection. List queries build their SQL from allow-listed fragments, so the set of
// distinct texts is finite but can be large; the cap keeps a long-running host from growing without bound.
const CACHE_LIMIT = 500;
const caches = new WeakMap<Db, Map<string, Statement>>();

export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}

/** SQLite stores booleans as 0/1. */
export function bool(v: unknown): boolean {
  return v === 1 || v === 1n;
}
