import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Locale } from '../../contract/errors';
import { ruleMessage } from '../../contract/messages';
import { databaseInUse, logHeadFacts, openCopyReadOnly } from '../../db/backup-repo';
import type { Db } from '../../db/statements';
import { AppError } from '../app-error';
import { sha256Of, storedPath } from '../attachments/store';
import type { AuditActor } from '../context';
import { appendLogEntries } from '../operation-log/append';
import { attachmentFiles, checkBackup } from './check';
import { BACKUP_ATTACHMENTS_DIR, BACKUP_DB_FILE, type BackupManifest } from './manifest';

/** The op name the restore is logged under, in the restored database's log. */
export const RESTORE_EVENT = 'backups.restore';
/** The replaced database is kept beside the live one under this suffix (with its -wal, if any). */
export const BEFORE_RESTORE_SUFFIX = '.before-restore';
const SIDE_FILES = ['', '-wal', '-shm'] as const;

export interface RestoreOptions {
  /** The backup folder. */
  backup: string;
  /** The live database file; its connection must be closed. */
  dbPath: string;
  attachmentsDir: string;
  actor: AuditActor;
  now: Date;
  locale?: Locale;
  nativeBinding?: string;
  latestSchema?: number;
  /** Opens (and migrates) the restored file as the app does. */
  open(path: string): Db;
  /** Called once the backup has passed its checks, before anything changes: the app closes its connection. */
  beforeReplace?: () => void;
}

export interface RestoreResult {
  db: Db;
  manifest: BackupManifest;
  /** Where the replaced database was put aside; null when there was none. */
  keptAside: string | null;
}

/**
 * Restores a backup in place of the live database. Nothing is touched until the backup has passed every
 * check (checkBackup). Then: attachment files the store lacks are added (never removed: the store is
 * content-addressed, an extra file harms nothing); the backup's database is copied next to the live one; the
 * live file is renamed aside to `<db>.before-restore`; the copy takes its place, is opened (and migrated if
 * older) and the restore is appended to its operation log. If any of the last steps fails, the copy is
 * removed and the live file renamed back, so the database is either the backup or exactly what it was.
 */
export function restoreBackup(opts: RestoreOptions): RestoreResult {
  const manifest = checkBackup(opts.backup, opts);
  const dbPath = resolve(opts.dbPath);
  opts.beforeReplace?.();
  if (existsSync(dbPath) && databaseInUse(dbPath, opts)) throw new AppError('Conflict', 'backup.inUse');
  const replaced = existsSync(dbPath) ? headOf(dbPath, opts) : null;
  addMissingAttachments(join(resolve(opts.backup), BACKUP_ATTACHMENTS_DIR), opts.attachmentsDir);

  const staged = join(dirname(dbPath), `.${basename(dbPath)}.restoring-${randomBytes(4).toString('hex')}`);
  copyDurably(join(resolve(opts.backup), BACKUP_DB_FILE), staged);
  const aside = `${dbPath}${BEFORE_RESTORE_SUFFIX}`;
  let movedAside = false;
  let db: Db | null = null;
  try {
    if (replaced !== null) {
      for (const s of SIDE_FILES) rmSync(`${aside}${s}`, { force: true });
      for (const s of SIDE_FILES) if (existsSync(`${dbPath}${s}`)) renameSync(`${dbPath}${s}`, `${aside}${s}`);
      movedAside = true;
    }
    renameSync(staged, dbPath);
    db = opts.open(dbPath);
    const opened = db;
    opened
      .transaction(() =>
        appendLogEntries(opened, opts.now.toISOString(), opts.actor, [
          {
            op: RESTORE_EVENT,
            entityType: null,
            entityId: null,
            before: replaced,
            after: {
              backupCreatedAt: manifest.createdAt,
              backupKind: manifest.kind,
              sha256: manifest.database.sha256,
              entries: manifest.log.entries,
              headHash: manifest.log.headHash,
            },
          },
        ]),
      )
      .immediate();
    return { db: opened, manifest, keptAside: movedAside ? aside : null };
  } catch (e) {
    if (db?.open) db.close();
    rmSync(staged, { force: true });
    for (const s of SIDE_FILES) rmSync(`${dbPath}${s}`, { force: true });
    if (movedAside)
      for (const s of SIDE_FILES) if (existsSync(`${aside}${s}`)) renameSync(`${aside}${s}`, `${dbPath}${s}`);
    const detail = e instanceof AppError ? ruleMessage(e.rule, opts.locale ?? 'zh', e.params) : (e as Error).message;
    throw new AppError('RuleViolation', 'backup.restoreFailed', { detail });
  }
}

/** What the log says about the database being replaced (null if it cannot be read: it is kept aside anyway). */
function headOf(dbPath: string, opts: RestoreOptions): { entries: number; headHash: string | null } | null {
  try {
    const db = openCopyReadOnly(dbPath, opts);
    try {
      return logHeadFacts(db);
    } finally {
      db.close();
    }
  } catch {
    return { entries: 0, headHash: null };
  }
}

function addMissingAttachments(from: string, to: string): void {
  for (const hash of attachmentFiles(from)) {
    const target = storedPath(to, hash);
    if (existsSync(target) && sha256Of(readFileSync(target)) === hash) continue;
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
    copyDurably(storedPath(from, hash), temp);
    renameSync(temp, target);
  }
}

function copyDurably(from: string, to: string): void {
  copyFileSync(from, to);
  const fd = openSync(to, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
