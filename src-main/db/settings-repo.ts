import Database from 'better-sqlite3';
import { prepared, type Db } from './statements';

/** A setting's stored JSON value, or undefined when it was never set (or the table is not there yet). */
export function getSetting(db: Db, key: string): unknown {
  if (!hasSettingsTable(db)) return undefined;
  const text = prepared(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

export function putSetting(db: Db, key: string, value: unknown, now: string): void {
  prepared(
    db,
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), now);
}

/** A database not yet migrated this far has no settings; readers then see none. */
export function hasSettingsTable(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'settings'").get() !== undefined;
}

/**
 * Runs `fn` on a short-lived writable connection to the file, without migrating it: `grants audit verify` reads
 * the evidence read-only and only then records what it verified.
 */
export function withWritableFile<T>(path: string, fn: (db: Db) => T): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return db.transaction(() => fn(db)).immediate();
  } finally {
    db.close();
  }
}
