import Database from 'better-sqlite3';
import { countLog, hasLogTable, logHead } from './operation-log-repo';
import type { Db } from './statements';

/** Options for opening a file outside the app's own connection (Electron passes its better-sqlite3 build). */
export interface FileOpenOptions {
  nativeBinding?: string;
}

/**
 * Copies the database into `dest` with SQLite's online backup API. `pagesPerStep` of Infinity copies
 * everything in one step, i.e. inside one read transaction: a consistent snapshot even while another process
 * writes (in WAL mode a writer never waits for it). A finite step keeps the caller's event loop responsive;
 * writes through this same connection are then carried into the copy, while a write from another connection
 * restarts it.
 */
export async function copyDatabase(db: Db, dest: string, pagesPerStep = Infinity): Promise<void> {
  const step = Number.isFinite(pagesPerStep) ? Math.max(1, Math.floor(pagesPerStep)) : 0x7fffffff;
  await db.backup(dest, { progress: () => step });
}

/** The same copy, synchronously (VACUUM INTO, one read transaction); for the backup before a migration. */
export function copyDatabaseSync(db: Db, dest: string): void {
  db.prepare('VACUUM INTO ?').run(dest);
}

/**
 * Opens a copy just written and turns it into a self-contained file: rollback journal instead of WAL, so
 * reading it later (read-only, from a backup folder or a USB stick) needs no -wal or -shm beside it.
 */
export function sealCopy(path: string, opts: FileOpenOptions = {}): void {
  const db = new Database(path, { fileMustExist: true, ...binding(opts) });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Opens a backup's database read-only; throws what SQLite says (callers name the reason). */
export function openCopyReadOnly(path: string, opts: FileOpenOptions = {}): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true, ...binding(opts) });
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function binding(opts: FileOpenOptions): { nativeBinding?: string } {
  return opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {};
}

/** Rows per table, by name, for every table of the schema (SQLite's own excluded). */
export function tableCounts(db: Db): Record<string, number> {
  // Real tables only: a search index (virtual, with its shadow tables) is derived from them.
  const tables = db
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    // Names come from sqlite_schema; quoting with doubled quotes keeps any name a single identifier.
    counts[t] = db
      .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
      .pluck()
      .get() as number;
  }
  return counts;
}

/** The operation log's head: how many entries and the last one's hash (null for an empty or absent log). */
export function logHeadFacts(db: Db): { entries: number; headHash: string | null } {
  if (!hasLogTable(db)) return { entries: 0, headHash: null };
  return { entries: countLog(db), headHash: logHead(db)?.hash ?? null };
}

/** PRAGMA integrity_check: an empty list when the file is sound, else the first problems SQLite names. */
export function integrityProblems(db: Db, max = 5): string[] {
  const rows = db.pragma(`integrity_check(${Math.max(1, Math.floor(max))})`) as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
}

/**
 * PRAGMA quick_check: the same, without matching indexes to their tables. Every backup takes it (of the live
 * file on a worker while copying, see quick-check-worker.ts, or of the copy), now that a clean open no longer
 * checks the file.
 */
export function quickCheckProblems(db: Db, max = 5): string[] {
  const rows = db.pragma(`quick_check(${Math.max(1, Math.floor(max))})`) as { quick_check: string }[];
  return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
}

/** The attachment files the database refers to (absent before the attachments table existed). */
export function referencedAttachmentHashes(db: Db): string[] {
  const has = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'attachments'").get();
  if (!has) return [];
  return db.prepare('SELECT DISTINCT sha256 FROM attachments ORDER BY sha256').pluck().all() as string[];
}

/**
 * True when another connection has the file open (the desktop app, `grants serve`, an import). Taking
 * SQLite's exclusive lock without waiting fails then, even if that connection is idle; the probe releases it
 * again at once.
 */
export function databaseInUse(path: string, opts: FileOpenOptions = {}): boolean {
  const probe = new Database(path, { fileMustExist: true, ...binding(opts) });
  try {
    probe.pragma('busy_timeout = 0');
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch (e) {
    if ((e as { code?: unknown }).code === 'SQLITE_BUSY') return true;
    throw e;
  } finally {
    probe.close();
  }
}
