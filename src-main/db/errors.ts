import type { Locale } from '../contract/errors';
import { interpolate } from '../contract/messages';

/**
 * Why a database file was refused. These messages live here rather than in the contract catalogue because
 * they never cross the dispatch boundary: the host shows them before any session exists.
 */
export const DB_OPEN_MESSAGES = {
  'db.newerSchema': {
    zh: '数据库版本 {found} 高于本程序支持的版本 {supported}，请升级程序后再打开',
    en: 'the database has schema version {found}, newer than version {supported} this program supports; upgrade the program before opening it',
  },
  'db.unknownHistory': {
    zh: '数据库的迁移记录与本程序不符（版本 {version}：应为“{expected}”，实为“{found}”），为避免损坏数据已拒绝打开',
    en: 'the database migration history does not match this program (version {version}: expected "{expected}", found "{found}"); it was not opened to avoid damaging it',
  },
  'db.foreign': {
    zh: '该文件不是本程序的数据库（已包含其他数据表：{tables}）',
    en: 'this file is not a database of this program (it already holds other tables: {tables})',
  },
  'db.migrationFailed': {
    zh: '数据库升级失败（第 {version} 步“{name}”：{detail}），数据库保持在升级前的状态',
    en: 'upgrading the database failed (step {version} "{name}": {detail}); the database was left as it was before that step',
  },
  'db.damaged': {
    zh: '数据库文件已损坏（完整性检查失败：{detail}），请从备份恢复',
    en: 'the database file is damaged (integrity check failed: {detail}); restore it from a backup',
  },
  'db.notDatabase': {
    zh: '文件 {path} 不是 SQLite 数据库',
    en: 'the file {path} is not an SQLite database',
  },
  'db.cannotOpen': {
    zh: '无法打开数据库文件 {path}：{detail}',
    en: 'cannot open the database file {path}: {detail}',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type DatabaseOpenRule = keyof typeof DB_OPEN_MESSAGES;

export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';
  constructor(
    readonly rule: DatabaseOpenRule,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    // Chinese is the app's default language; hosts that know the user's choice call messageIn().
    super(interpolate(DB_OPEN_MESSAGES[rule].zh, params), options);
  }

  messageIn(locale: Locale): string {
    return interpolate(DB_OPEN_MESSAGES[this.rule][locale], this.params);
  }
}

/**
 * True for SQLite's "the write lock is held elsewhere" (SQLITE_BUSY and its extended codes, SQLITE_LOCKED):
 * another connection, typically a long import in another process, is writing.
 */
export function isDatabaseBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code);
}
