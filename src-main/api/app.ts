import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openAppDatabase } from '../services/backup/open';
import {
  DEFAULT_CONFIG,
  type AppConfig,
  type AppContext,
  type HostKind,
  type ServiceContext,
} from '../services/context';

export type { AppConfig, AppContext, HostKind, ServiceContext, SessionUser } from '../services/context';

export interface CreateAppOptions {
  dbPath: string;
  host: HostKind;
  /** package.json "version", read by the host (services never touch the file system for it). */
  appVersion?: string;
  clock?: () => Date;
  /** Electron passes its own better-sqlite3 build; Node hosts leave it out. */
  nativeBinding?: string;
  config?: Partial<AppConfig>;
}

/**
 * Opens the database (pragmas, integrity check, migrations) and bundles what every call needs. Throws
 * DatabaseOpenError (from db/errors) if the file is refused; hosts show err.messageIn(locale).
 */
export function createApp(opts: CreateAppOptions): AppContext {
  const clock = opts.clock ?? (() => new Date());
  const appVersion = opts.appVersion ?? '0.0.0';
  const db = openAppDatabase(opts.dbPath, { appVersion, clock, nativeBinding: opts.nativeBinding });
  const dbPath = db.name;
  return {
    db,
    dbPath,
    host: opts.host,
    appVersion,
    clock,
    nativeBinding: opts.nativeBinding,
    config: { ...DEFAULT_CONFIG, ...opts.config },
    dbSizeBytes: () => fileSize(dbPath) + fileSize(`${dbPath}-wal`),
    // The data folder is the database's folder; an in-memory database keeps its files in the temp folder.
    attachmentsDir:
      dbPath === ':memory:'
        ? join(tmpdir(), `grants-attachments-${process.pid}`)
        : join(dirname(dbPath), 'attachments'),
  };
}

export function closeApp(app: AppContext): void {
  if (app.db.open) app.db.close();
}

/**
 * A service context for work outside any request, as the CLI does (`grants init --demo`): no signed-in user,
 * the app's clock, no session transport.
 */
export function systemContext(app: AppContext): ServiceContext {
  return { db: app.db, app, user: null, now: app.clock(), session: { current: null }, changes: [] };
}

function fileSize(path: string): number {
  return path !== ':memory:' && existsSync(path) ? statSync(path).size : 0;
}
