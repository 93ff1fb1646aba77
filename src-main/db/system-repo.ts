import { createHash } from 'node:crypto';
import { schemaVersion } from './migrate';
import { prepared, type Db } from './statements';

export interface DatabaseFacts {
  schemaVersion: number;
  sqliteVersion: string;
  journalMode: string;
}

export function databaseFacts(db: Db): DatabaseFacts {
  return {
    schemaVersion: schemaVersion(db),
    sqliteVersion: prepared(db, 'SELECT sqlite_version()').pluck().get() as string,
    journalMode: String(db.pragma('journal_mode', { simple: true })),
  };
}

export interface DigestOptions {
  /** Columns to leave out, per table: e.g. sessions' last_seen_at, which every call slides. */
  excludeColumns?: Record<string, readonly string[]>;
  /** Whole tables to leave out; schema_migrations (bookkeeping with wall-clock times) by default. */
  excludeTables?: readonly string[];
}

/**
 * SHA-256 over every row of every table, independent of row order and insertion history. Tests use it to
 * prove "nothing changed" and "the same input gives the same data"; it reads whole tables, so it is not for
 * request paths.
 */
export function databaseDigest(db: Db, opts: DigestOptions = {}): string {
  const skipTables = new Set(opts.excludeTables ?? ['schema_migrations']);
  // Virtual tables (a search index) and their shadow tables are derived data, laid out by their history.
  const tables = db
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    if (skipTables.has(table)) continue;
    if (!/^\w+$/.test(table)) throw new Error(`unexpected table name ${table}`);
    const skip = opts.excludeColumns?.[table] ?? [];
    const lines = (db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).map((row) => {
      for (const c of skip) delete row[c];
      return JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
    });
    lines.sort();
    hash.update(`${table}\n${lines.join('\n')}\n`);
  }
  return hash.digest('hex');
}
