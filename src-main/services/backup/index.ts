import type { KeptBackupInfo, OpOutput, OpParsedInput } from '../../contract/index';
import { AppError, requireUser } from '../app-error';
import { attachmentsDirOf } from '../attachments/store';
import type { AppContext, AuditActor, ServiceContext } from '../context';
import { backupsDirOf, listKeptBackups, type KeptBackup } from './kept';
import { openAppDatabase } from './open';
import { restoreBackup, type RestoreResult } from './restore';

export { checkBackup } from './check';
export { createBackup, createBackupSync } from './create';
export { backupName, backupsDirOf, listKeptBackups, runDailyBackup } from './kept';
export { type BackupManifest } from './manifest';
export { openAppDatabase } from './open';
export { restoreBackup, BEFORE_RESTORE_SUFFIX, RESTORE_EVENT } from './restore';

function info(b: KeptBackup): KeptBackupInfo {
  const m = b.manifest;
  return {
    name: b.name,
    kind: m.kind,
    createdAt: m.createdAt,
    bytes: m.database.bytes + m.attachments.bytes,
    schemaVersion: m.schemaVersion,
    logEntries: m.log.entries,
    attachments: m.attachments.files,
  };
}

export function list(ctx: ServiceContext, _input: OpParsedInput<'backups.list'>): OpOutput<'backups.list'> {
  if (ctx.app.dbPath === ':memory:') return { folder: '', lastDaily: null, backups: [] };
  const folder = backupsDirOf(ctx.app.dbPath);
  const backups = listKeptBackups(folder).map(info);
  return { folder, lastDaily: backups.find((b) => b.kind === 'daily') ?? null, backups };
}

/**
 * Restores the running app from one of its kept backups. The checks and the file swap run after dispatch's
 * transaction (afterCommit); the app's connection is closed only once the backup has passed its checks, and
 * reopened on the old file if the restore fails.
 */
export function restore(ctx: ServiceContext, input: OpParsedInput<'backups.restore'>): OpOutput<'backups.restore'> {
  const user = requireUser(ctx);
  const kept = ctx.app.dbPath === ':memory:' ? [] : listKeptBackups(backupsDirOf(ctx.app.dbPath));
  const chosen = kept.find((b) => b.name === input.name);
  if (!chosen) throw new AppError('NotFound', 'backup.notFound', { name: input.name }, 'name');
  const actor: AuditActor = { userId: user.id, username: user.username, roles: user.roles };
  ctx.afterCommit = () => {
    const result = restoreInApp(ctx.app, chosen.path, actor, ctx);
    // The sessions are the backup's now: whoever restored signs in again.
    ctx.session.next = null;
    return {
      restoredFrom: result.manifest.createdAt,
      logEntries: result.manifest.log.entries,
      keptAside: result.keptAside,
    };
  };
  // Replaced by afterCommit's value; only the shape matters here.
  return { restoredFrom: chosen.manifest.createdAt, logEntries: chosen.manifest.log.entries, keptAside: null };
}

/** Swaps the app's database for the backup's, reopening the old one if anything fails. */
export function restoreInApp(
  app: AppContext,
  backup: string,
  actor: AuditActor,
  ctx: Pick<ServiceContext, 'locale'>,
): RestoreResult {
  const open = (path: string) =>
    openAppDatabase(path, { appVersion: app.appVersion, clock: app.clock, nativeBinding: app.nativeBinding });
  let closed = false;
  try {
    const result = restoreBackup({
      backup,
      dbPath: app.dbPath,
      attachmentsDir: attachmentsDirOf(app),
      actor,
      now: app.clock(),
      locale: ctx.locale ?? 'zh',
      nativeBinding: app.nativeBinding,
      open,
      beforeReplace: () => {
        app.db.close();
        closed = true;
      },
    });
    app.db = result.db;
    return result;
  } catch (e) {
    if (closed) app.db = open(app.dbPath);
    throw e;
  }
}
