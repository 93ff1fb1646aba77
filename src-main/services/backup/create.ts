import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  copyDatabase,
  copyDatabaseSync,
  logHeadFacts,
  openCopyReadOnly,
  quickCheckProblems,
  referencedAttachmentHashes,
  sealCopy,
  tableCounts,
} from '../../db/backup-repo';
import { schemaVersion } from '../../db/migrate';
import { quickCheckFileInWorker } from '../../db/quick-check-worker';
import type { Db } from '../../db/statements';
import { AppError } from '../app-error';
import { sha256Of, storedPath } from '../attachments/store';
import {
  BACKUP_ATTACHMENTS_DIR,
  BACKUP_DB_FILE,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  hashFileInWorker,
  hashFileSync,
  MANIFEST_FILE,
  type BackupKind,
  type BackupManifest,
} from './manifest';

export interface BackupOptions {
  /** The open database to copy (the app's own connection, or a read-only one from the CLI). */
  db: Db;
  /** The attachment store to copy from; absent for a database without one. */
  attachmentsDir: string | null;
  /** The backup folder to create; it must not exist yet. */
  out: string;
  kind: BackupKind;
  appVersion: string;
  now: Date;
  nativeBinding?: string;
  /** Pages per step of the copy (see copyDatabase); the CLI copies in one step, hosts in slices. */
  pagesPerStep?: number;
}

/**
 * Writes a backup folder (see manifest.ts) while the app keeps running. Everything goes into a temporary
 * folder beside `out`, which is renamed into place only once the manifest is written: an interrupted backup
 * never looks like a finished one. The manifest describes the copy, not the live database, so it is exactly
 * as consistent as the copy.
 */
export async function createBackup(opts: BackupOptions): Promise<BackupManifest> {
  const { out, temp } = prepare(opts.out);
  // The live file is checked on the other core while this one copies it: the copy is page for page, so damage
  // in the file is damage in the copy, and a copy that could not be written whole fails on its own.
  const source = opts.db.memory ? null : opts.db.name;
  const checking = source ? quickCheckFileInWorker(source, opts) : Promise.resolve(null);
  try {
    await copyDatabase(opts.db, join(temp, BACKUP_DB_FILE), opts.pagesPerStep);
    const sourceProblems = await checking;
    if (sourceProblems && sourceProblems.length > 0) {
      throw new AppError('RuleViolation', 'backup.sourceDamaged', { detail: sourceProblems.join('; ').slice(0, 300) });
    }
    sealCopy(join(temp, BACKUP_DB_FILE), opts);
    const hashing = hashFileInWorker(join(temp, BACKUP_DB_FILE));
    // Should counting fail, the worker's outcome is not waited for; keep its rejection from going unhandled.
    hashing.catch(() => {});
    // Without a worker's answer (an in-memory database, or no worker here) the copy is checked on this thread.
    const manifest = describe(temp, opts, '', sourceProblems === null);
    manifest.database.sha256 = await hashing;
    return finish(temp, out, manifest);
  } catch (e) {
    await checking.catch(() => null);
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
}

/** The same, synchronously: the backup taken before a migration, while the database is being opened. */
export function createBackupSync(opts: BackupOptions): BackupManifest {
  const { out, temp } = prepare(opts.out);
  try {
    copyDatabaseSync(opts.db, join(temp, BACKUP_DB_FILE));
    sealCopy(join(temp, BACKUP_DB_FILE), opts);
    const manifest = describe(temp, opts, hashFileSync(join(temp, BACKUP_DB_FILE)), true);
    return finish(temp, out, manifest);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
}

function prepare(target: string): { out: string; temp: string } {
  const out = resolve(target);
  if (existsSync(out)) throw new AppError('Conflict', 'backup.outExists', { path: out });
  const parent = dirname(out);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (e) {
    throw new AppError('RuleViolation', 'backup.cannotWrite', { path: parent, reason: (e as Error).message });
  }
  const temp = join(parent, `.${basename(out)}.partial-${randomBytes(4).toString('hex')}`);
  mkdirSync(temp);
  return { out, temp };
}

function describe(folder: string, opts: BackupOptions, dbSha256: string, checkCopy: boolean): BackupManifest {
  const dbFile = join(folder, BACKUP_DB_FILE);
  const copy = openCopyReadOnly(dbFile, opts);
  let facts;
  try {
    // A backup of a damaged file would only pass the damage on: refuse it, naming what SQLite found.
    const problems = checkCopy ? quickCheckProblems(copy) : [];
    if (problems.length > 0) {
      throw new AppError('RuleViolation', 'backup.damaged', { detail: problems.join('; ').slice(0, 300) });
    }
    facts = {
      schemaVersion: schemaVersion(copy),
      tables: tableCounts(copy),
      log: logHeadFacts(copy),
      hashes: referencedAttachmentHashes(copy),
    };
  } finally {
    copy.close();
  }
  const attachments = copyAttachments(opts.attachmentsDir, join(folder, BACKUP_ATTACHMENTS_DIR), facts.hashes);
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    kind: opts.kind,
    createdAt: opts.now.toISOString(),
    appVersion: opts.appVersion,
    schemaVersion: facts.schemaVersion,
    database: { file: BACKUP_DB_FILE, bytes: statSync(dbFile).size, sha256: dbSha256 },
    tables: facts.tables,
    log: facts.log,
    attachments,
  };
}

/**
 * Copies each attachment the copy refers to, checking its content on the way: a file missing from the store
 * or no longer matching its hash is listed as missing rather than carried into the backup as if it were good.
 * Files are immutable once stored and the database copy was taken first, so every file it names is already
 * in the store.
 */
function copyAttachments(from: string | null, to: string, hashes: readonly string[]): BackupManifest['attachments'] {
  const result: BackupManifest['attachments'] = { files: 0, bytes: 0, missing: [] };
  for (const hash of hashes) {
    let content: Buffer | null = null;
    try {
      if (from) content = readFileSync(storedPath(from, hash));
    } catch {
      content = null;
    }
    if (!content || sha256Of(content) !== hash) {
      result.missing.push(hash);
      continue;
    }
    const dest = storedPath(to, hash);
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, content);
    result.files++;
    result.bytes += content.length;
  }
  return result;
}

function finish(temp: string, out: string, manifest: BackupManifest): BackupManifest {
  writeFileSync(join(temp, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(temp, out);
  return manifest;
}
