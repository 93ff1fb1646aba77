import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locale } from '../../contract/errors';
import { ruleMessage } from '../../contract/messages';
import { integrityProblems, logHeadFacts, openCopyReadOnly, tableCounts } from '../../db/backup-repo';
import { schemaVersion } from '../../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index';
import type { Db } from '../../db/statements';
import { AppError } from '../app-error';
import { sha256Of } from '../attachments/store';
import { verifyChain } from '../operation-log/verify';
import { BACKUP_ATTACHMENTS_DIR, BACKUP_DB_FILE, hashFileSync, readManifest, type BackupManifest } from './manifest';

export interface CheckOptions {
  locale?: Locale;
  nativeBinding?: string;
  /** The newest schema this program knows (tests lower it to stand for an older program). */
  latestSchema?: number;
}

function refuse(rule: string, params: Record<string, unknown> = {}): never {
  throw new AppError('RuleViolation', rule, params);
}

/**
 * Everything a restore checks before it touches anything, in the order that names the most useful reason:
 * is it one of our backups; is the database file sound (integrity_check); is it from a program no newer
 * than this one; is it the very file the manifest describes (SHA-256); does its operation log verify and end
 * where the manifest says; are the attachment files intact. Throws AppError naming the first failure;
 * reads the backup only, never writes to it.
 */
export function checkBackup(folder: string, opts: CheckOptions = {}): BackupManifest {
  const dir = resolve(folder);
  const manifest = readManifest(dir);
  if (!manifest) refuse('backup.notBackup', { path: dir });
  const dbFile = join(dir, BACKUP_DB_FILE);
  if (!existsSync(dbFile)) refuse('backup.dbMissing');
  let db: Db;
  try {
    db = openCopyReadOnly(dbFile, opts);
  } catch (e) {
    refuse('backup.damaged', { detail: (e as Error).message });
  }
  try {
    checkDatabase(db, manifest, opts);
  } finally {
    db.close();
  }
  const found = hashFileSync(dbFile);
  if (found !== manifest.database.sha256) {
    refuse('backup.hashMismatch', { expected: manifest.database.sha256, found });
  }
  checkAttachments(join(dir, BACKUP_ATTACHMENTS_DIR), manifest);
  return manifest;
}

function checkDatabase(db: Db, manifest: BackupManifest, opts: CheckOptions): void {
  let problems: string[];
  try {
    problems = integrityProblems(db);
  } catch (e) {
    refuse('backup.damaged', { detail: (e as Error).message });
  }
  if (problems.length > 0) refuse('backup.damaged', { detail: problems.join('; ').slice(0, 300) });
  const version = schemaVersion(db);
  const supported = opts.latestSchema ?? LATEST_SCHEMA_VERSION;
  if (version > supported) refuse('backup.newerSchema', { found: version, supported });
  if (version !== manifest.schemaVersion) {
    refuse('backup.manifestMismatch', { what: `schema ${version} ≠ ${manifest.schemaVersion}` });
  }
  const report = db.transaction(() => verifyChain(db, { locale: opts.locale ?? 'zh' })).deferred();
  if (!report.ok && report.firstBad) {
    refuse(`backup.logBroken.${report.firstBad.reason}`, { id: report.firstBad.id });
  }
  const head = logHeadFacts(db);
  if (head.entries !== manifest.log.entries || head.headHash !== manifest.log.headHash) {
    refuse('backup.manifestMismatch', {
      what: `log ${head.entries}/${head.headHash ?? '—'} ≠ ${manifest.log.entries}/${manifest.log.headHash ?? '—'}`,
    });
  }
  const counts = tableCounts(db);
  for (const [table, rows] of Object.entries(manifest.tables)) {
    if (counts[table] !== rows) refuse('backup.manifestMismatch', { what: `${table} ${counts[table] ?? 0} ≠ ${rows}` });
  }
}

/** Every attachment file in the backup must still match the hash it is named by. */
function checkAttachments(dir: string, manifest: BackupManifest): void {
  let files = 0;
  for (const hash of attachmentFiles(dir)) {
    const content = readFileSync(join(dir, hash.slice(0, 2), hash));
    if (sha256Of(content) !== hash) refuse('backup.attachmentDamaged', { hash });
    files++;
  }
  if (files !== manifest.attachments.files) {
    refuse('backup.manifestMismatch', { what: `attachments ${files} ≠ ${manifest.attachments.files}` });
  }
}

/** The hashes of the files in a backup's (or the store's) attachments folder. */
export function attachmentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const sub of readdirSync(dir)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    for (const name of readdirSync(join(dir, sub))) if (/^[0-9a-f]{64}$/.test(name)) out.push(name);
  }
  return out.sort();
}

/** A refusal as the user reads it (CLI and tests); dispatch does the same through the envelope. */
export function refusalMessage(e: AppError, locale: Locale): string {
  return ruleMessage(e.rule, locale, e.params);
}
