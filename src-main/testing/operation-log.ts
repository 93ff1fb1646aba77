import { openDatabase } from '../db/connection';
import type { LogRow } from '../db/operation-log-repo';
import type { Db } from '../db/statements';
import { appendLogEntries, type LogEvent } from '../services/operation-log/append';

/** Test support: a log of `n` entries, and tampering through a second connection as someone with the file would. */
export function fillLog(db: Db, n: number, at = '2024-05-01T08:00:00.000Z'): LogRow[] {
  const events: LogEvent[] = Array.from({ length: n }, (_, i) => ({
    op: i % 3 === 0 ? 'organizations.update' : 'users.update',
    entityType: i % 3 === 0 ? 'organization' : 'user',
    entityId: String((i % 7) + 1),
    before: { rating: '3A', n: i },
    after: { rating: '4A', n: i + 1 },
  }));
  return db.transaction(() => appendLogEntries(db, at, { userId: 1, username: 'admin', roles: ['admin'] }, events))();
}

/**
 * Runs SQL on the database file through its own connection after dropping the log's triggers: what someone
 * editing the file with the sqlite3 shell or a GUI can do. The app's connection sees the result.
 */
export function tamper(path: string, fn: (db: Db) => void): void {
  const other = openDatabase(path);
  try {
    other.exec(`DROP TRIGGER IF EXISTS operation_log_no_update;
      DROP TRIGGER IF EXISTS operation_log_no_delete;
      DROP TRIGGER IF EXISTS operation_log_append_only;`);
    other.transaction(() => fn(other))();
  } finally {
    other.close();
  }
}

/**
 * Like tamper, but puts the log's triggers back afterwards exactly as they were: a careful attacker, whom only
 * the chain or a remembered head can catch.
 */
export function tamperQuietly(path: string, fn: (db: Db) => void): void {
  const other = openDatabase(path);
  try {
    const triggers = other
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'operation_log'`)
      .all() as { name: string; sql: string }[];
    other.transaction(() => {
      for (const t of triggers) other.exec(`DROP TRIGGER ${t.name}`);
      fn(other);
      for (const t of triggers) other.exec(t.sql);
    })();
  } finally {
    other.close();
  }
}

/** Moves entries id ≥ from by `by` (positive or negative), as a renumbering attacker would. */
export function shiftIds(db: Db, from: number, by: number): void {
  db.prepare('UPDATE operation_log SET id = -id WHERE id >= ?').run(from);
  db.prepare('UPDATE operation_log SET id = -id + ? WHERE id < 0').run(by);
}

export function insertRaw(db: Db, r: LogRow): void {
  db.prepare(
    `INSERT INTO operation_log (id, at, user_id, username, roles, op, entity_type, entity_id, before_json,
       after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.id,
    r.at,
    r.userId,
    r.username,
    r.roles,
    r.op,
    r.entityType,
    r.entityId,
    r.beforeJson,
    r.afterJson,
    r.prevHash,
    r.hash,
  );
}
