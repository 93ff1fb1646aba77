import type { Locale } from '../contract/errors';
import type { Role } from '../contract/permissions';
import type { Db } from '../db/connection';
import type { ReadUploads } from './spreadsheet/uploads';

export type HostKind = 'electron' | 'http' | 'cli' | 'test';

export interface AppConfig {
  /** A session unused for this long is refused with 'auth.expired'. */
  sessionIdleMinutes: number;
  /** Consecutive wrong passwords that lock an account… */
  lockoutAttempts: number;
  /** …for this long. */
  lockoutMinutes: number;
}

export const DEFAULT_CONFIG: AppConfig = { sessionIdleMinutes: 30, lockoutAttempts: 5, lockoutMinutes: 15 };

/**
 * One open database and what the app knows about its surroundings. Defined here (not in api/) because
 * services read it and must not import the api layer; api/app.ts builds it and re-exports the type.
 */
export interface AppContext {
  db: Db;
  dbPath: string;
  host: HostKind;
  appVersion: string;
  clock: () => Date;
  config: AppConfig;
  /** Bytes the database occupies on disk (main file + WAL); injected so services stay free of node:fs. */
  dbSizeBytes: () => number;
  /**
   * Where attachment files are kept (content-addressed by SHA-256). createApp sets `<database folder>/attachments`;
   * when absent (hand-built contexts in tests) services/attachments derives the same from dbPath.
   */
  attachmentsDir?: string;
  /** The better-sqlite3 build the host loaded (Electron's), for the extra connections backups open. */
  nativeBinding?: string;
}

/** The signed-in user as loaded for this call (roles are read fresh on every call). */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  sessionId: number;
}

/**
 * How a service hands a new session token to the transport without putting it in the op's output.
 * `next` stays undefined unless the service signs someone in (a token) or out (null); dispatch applies it
 * only after the transaction commits.
 */
export interface SessionChannel {
  current: string | null;
  next?: string | null;
}

/**
 * One entity changed by an operation, as the operation log records it (before/after as plain values), or an
 * event that concerns no single entity (entityType and entityId null).
 */
export interface AuditChange {
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  /** Logged under this name instead of the op's: 'auth.signInFailed', 'auth.lockout'. */
  event?: string;
}

/** Whom a log entry names. */
export interface AuditActor {
  userId: number | null;
  username: string;
  roles: readonly Role[];
}

export interface ServiceContext {
  db: Db;
  app: AppContext;
  user: SessionUser | null;
  now: Date;
  session: SessionChannel;
  /** Changes this operation made; dispatch writes them to the operation log in the same transaction. */
  changes: AuditChange[];
  /**
   * Whom the log names when it is not `user`: the person signing in, or the name a failed sign-in tried.
   * Set through recordActor (services/audit.ts).
   */
  auditActor?: AuditActor;
  /** The caller's language, for values that carry a message (log.verify); Chinese when absent. */
  locale?: Locale;
  /**
   * Work that cannot run inside the op's transaction (a restore replaces the database file itself). Dispatch
   * calls it after the transaction has committed; what it returns is the op's output, what it throws its error.
   */
  afterCommit?: () => unknown;
  /** What api/before-transaction.ts read for this op before its transaction (e.g. a photo's EXIF). */
  prepared?: unknown;
  /** Spreadsheet uploads the host already read off its main thread, by their base64 content. */
  uploads?: ReadUploads;
}
