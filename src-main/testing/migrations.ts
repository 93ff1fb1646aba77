import type { Db } from '../db/statements';

/** Column names of a table, for migration tests. */
export function columnsOf(db: Db, table: string): string[] {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).sort();
}

export function indexesOf(db: Db, table: string): string[] {
  return (db.prepare("SELECT name FROM pragma_index_list(?) WHERE origin = 'c'").pluck().all(table) as string[]).sort();
}

export function queryPlan(db: Db, sql: string, ...params: unknown[]): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((r) => r.detail)
    .join(' | ');
}

export const NOW = '2024-05-01T08:00:00.000Z';

export function addUserRow(db: Db, username: string): number {
  return Number(
    db
      .prepare(
        'INSERT INTO users (username, display_name, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(username, username, 'scrypt$16384$8$1$c2FsdA==$aGFzaA==', NOW, NOW).lastInsertRowid,
  );
}
