import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backupsToKeep, dailyBackupDue } from '../../core/backup-retention';
import type { AppContext } from '../context';
import { attachmentsDirOf } from '../attachments/store';
import { createBackup } from './create';
import { readManifest, type BackupKind, type BackupManifest } from './manifest';

/** The app's own backups live in the data folder, beside the database. */
export function backupsDirOf(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

export interface KeptBackup {
  name: string;
  path: string;
  manifest: BackupManifest;
}

/** Folder names sort by time: `<kind>[-v<version>]-<UTC stamp>`. */
export function backupName(kind: BackupKind, at: Date, fromVersion?: number): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return fromVersion === undefined ? `${kind}-${stamp}` : `${kind}-v${fromVersion}-${stamp}`;
}

/** Every finished backup in the folder, newest first; unfinished (no manifest) and foreign folders are skipped. */
export function listKeptBackups(dir: string): KeptBackup[] {
  if (!existsSync(dir)) return [];
  const out: KeptBackup[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const manifest = readManifest(path);
    if (manifest) out.push({ name: entry.name, path, manifest });
  }
  return out.sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt));
}

export type DailyBackupResult = { path: string; manifest: BackupManifest } | null;

let running: Promise<DailyBackupResult> | null = null;

/**
 * The automatic backup, run when a host starts: if the newest daily backup is a day old or more, write a
 * new one (in slices, so the host keeps answering), then delete the daily backups the retention rule no
 * longer keeps (7 daily, 4 weekly). Backups before migrations and manual ones are never deleted here.
 */
export function runDailyBackup(app: AppContext): Promise<DailyBackupResult> {
  running ??= dailyBackup(app).finally(() => {
    running = null;
  });
  return running;
}

async function dailyBackup(app: AppContext): Promise<DailyBackupResult> {
  if (app.dbPath === ':memory:') return null;
  const dir = backupsDirOf(app.dbPath);
  const now = app.clock();
  const daily = () => listKeptBackups(dir).filter((b) => b.manifest.kind === 'daily');
  const latest = daily()[0];
  if (!dailyBackupDue(latest ? new Date(latest.manifest.createdAt) : null, now)) return null;
  const out = join(dir, backupName('daily', now));
  const manifest = await createBackup({
    db: app.db,
    attachmentsDir: attachmentsDirOf(app),
    out,
    kind: 'daily',
    appVersion: app.appVersion,
    now,
    nativeBinding: app.nativeBinding,
    pagesPerStep: 2000,
  });
  const all = daily();
  const keep = backupsToKeep(
    all.map((b) => ({ name: b.name, createdAt: new Date(b.manifest.createdAt) })),
    now,
  );
  for (const b of all) if (!keep.has(b.name)) rmSync(b.path, { recursive: true, force: true });
  return { path: out, manifest };
}
