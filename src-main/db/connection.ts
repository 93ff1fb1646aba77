import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseOpenError } from './errors';
import { migrate, schemaVersion } from './migrate';
import { placeMark, removeMarks, staleMarks } from './open-marks';
import { MIGRATIONS, type Migration } from './migrations/index';
import type { Db } from './statements';

export type { Db } from './statements';

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for another ABI (the Electron host passes its own build). */
  nativeBinding?: string;
  /** Tests only: a different migration list. */
  migrations?: readonly Migration[];
  /**
   * Runs before an existing database (schema version above 0) is migrated, with the version it is at: the
   * app backs the file up here. Throwing refuses the open, so no migration runs without its backup.
   */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
  /**
   * Run quick_check even after a clean shutdown (`grants check`). Without it the check runs only when a
   * process died with the file open (see open-marks.ts).
   */
  alwaysCheck?: boolean;
}

/**
 * Opens (creating if needed) the app's database: pragmas, an integrity check after an unclean shutdown,
 * migrations. Throws
 * DatabaseOpenError for every reason a file is refused; the connection is closed before throwing.
 */
export function openDatabase(path: string, opts: OpenDatabaseOptions = {}): Db {
  const inMemory = path === ':memory:';
  const file = inMemory ? path : resolve(path);
  let db: Db;
  try {
    if (!inMemory) mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  } catch (e) {
    throw new DatabaseOpenError('db.cannotOpen', { path: file, detail: errorText(e) }, { cause: e });
  }
  try {
    // The first statement reads the header: a file that is not SQLite fails here with SQLITE_NOTADB.
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    const stale = inMemory ? [] : staleMarks(file);
    if (stale.length > 0 || opts.alwaysCheck) checkIntegrity(db);
    db.pragma('journal_mode = WAL');
    // NORMAL is durable in WAL mode except for the last transactions before a power cut, never corrupting.
    db.pragma('synchronous = NORMAL');
    // Statement journals (one per statement inside a transaction, e.g. each ledger insert with its triggers)
    // spill to temp files otherwise: a bulk import then writes to disk many times per row. Only settable
    // outside a transaction, hence here.
    db.pragma('temp_store = MEMORY');
    const from = schemaVersion(db);
    if (opts.beforeMigrate && from > 0 && from < (opts.migrations ?? MIGRATIONS).length) opts.beforeMigrate(db, from);
    migrate(db, opts.migrations);
    if (!inMemory) {
      // Only once the file has passed: a refused file keeps its marks, so every later open checks it again.
      removeMarks(stale);
      markOpen(db, file);
    }
    return db;
  } catch (e) {
    db.close();
    if (e instanceof DatabaseOpenError) throw e;
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB') throw new DatabaseOpenError('db.notDatabase', { path: file }, { cause: e });
    if (code === 'SQLITE_CORRUPT') throw new DatabaseOpenError('db.damaged', { detail: errorText(e) }, { cause: e });
    throw new DatabaseOpenError('db.cannotOpen', { path: file, detail: errorText(e) }, { cause: e });
  }
}

function markOpen(db: Db, file: string): void {
  const release = placeMark(file);
  const close = db.close.bind(db);
  db.close = () => {
    close();
    release();
    return db;
  };
}

function checkIntegrity(db: Db): void {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  if (problems.length > 0) throw new DatabaseOpenError('db.damaged', { detail: problems.join('; ').slice(0, 300) });
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
