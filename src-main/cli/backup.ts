import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { interpolate, ruleMessage, type Locale } from '../contract';
import { DatabaseOpenError } from '../db/errors';
import { openReadOnly } from '../db/operation-log-repo';
import { AppError } from '../services/app-error';
import {
  checkBackup,
  createBackup,
  openAppDatabase,
  restoreBackup,
  type BackupManifest,
} from '../services/backup/index';
import type { CommandContext } from './context';
import { countText, DataError, EXIT_OK, UsageError } from './output';
import { appVersion } from './paths';

const MESSAGES = {
  done: { zh: '备份完成：{out}', en: 'backup written: {out}' },
  summary: {
    zh: '数据库结构版本 {schema}，{tables} 张表共 {rows} 行，操作日志 {entries} 条（链头哈希 {head}），附件 {files} 个；grants.db 的 SHA-256 {sha}',
    en: 'schema version {schema}, {tables} tables with {rows} rows, {entries} operation-log entries (head hash {head}), {files} attachments; SHA-256 of grants.db {sha}',
  },
  missing: {
    zh: '注意：数据库引用的 {count} 个附件在附件库中缺失或已损坏，未能备份：{hashes}',
    en: 'note: {count} attachments the database refers to are missing or damaged in the store and were not backed up: {hashes}',
  },
  checked: { zh: '备份检查通过：{path}（备份于 {at}）', en: 'the backup passed every check: {path} (taken {at})' },
  confirm: {
    zh: '未做任何改动。确认用它替换 {db} 请加 --yes 再运行一次。',
    en: 'nothing was changed. To replace {db} with it, run again with --yes.',
  },
  restored: {
    zh: '已恢复：{db}；原数据库保存在 {aside}；本次恢复已记入操作日志',
    en: 'restored: {db}; the previous database is kept at {aside}; the restore is recorded in the operation log',
  },
} as const;

function say(key: keyof typeof MESSAGES, locale: Locale, params: Record<string, unknown>): string {
  return interpolate(MESSAGES[key][locale], params);
}

function asDataError(e: unknown, locale: Locale): unknown {
  if (e instanceof AppError) return new DataError(ruleMessage(e.rule, locale, e.params));
  if (e instanceof DatabaseOpenError) return new DataError(e.messageIn(locale));
  return e;
}

function summary(m: BackupManifest, locale: Locale): string {
  const rows = Object.values(m.tables).reduce((a, b) => a + b, 0);
  return say('summary', locale, {
    schema: m.schemaVersion,
    tables: Object.keys(m.tables).length,
    rows: countText(rows),
    entries: countText(m.log.entries),
    head: m.log.headHash ?? '—',
    files: m.attachments.files,
    sha: m.database.sha256,
  });
}

/** `grants backup --out FOLDER`: an online, consistent backup of the database and its attachments. */
export async function runBackup({ io, locale, dbPath, values }: CommandContext): Promise<number> {
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('usage.backupOutRequired');
  const out = resolve(values.out);
  let db;
  try {
    db = openReadOnly(dbPath);
  } catch (e) {
    throw asDataError(e, locale);
  }
  try {
    const manifest = await createBackup({
      db,
      attachmentsDir: join(dirname(resolve(dbPath)), 'attachments'),
      out,
      kind: 'manual',
      appVersion: appVersion(),
      now: new Date(),
    });
    io.out(say('done', locale, { out }));
    io.out(summary(manifest, locale));
    const missing = manifest.attachments.missing;
    if (missing.length > 0) io.err(say('missing', locale, { count: missing.length, hashes: missing.join(', ') }));
    return EXIT_OK;
  } catch (e) {
    throw asDataError(e, locale);
  } finally {
    db.close();
  }
}

/** `grants restore FOLDER [--yes]`: checks the backup; with --yes replaces the database with it. */
export function runRestore({ io, locale, dbPath, values, positionals }: CommandContext): number {
  const folder = resolve(positionals[0]!);
  const db = resolve(dbPath);
  try {
    const manifest = checkBackup(folder, { locale });
    io.out(say('checked', locale, { path: folder, at: manifest.createdAt }));
    io.out(summary(manifest, locale));
    if (values.yes !== true) {
      io.out(say('confirm', locale, { db }));
      return EXIT_OK;
    }
    const version = appVersion();
    const result = restoreBackup({
      backup: folder,
      dbPath: db,
      attachmentsDir: join(dirname(db), 'attachments'),
      actor: { userId: null, username: `cli:${userInfo().username}`, roles: [] },
      now: new Date(),
      locale,
      open: (path) => openAppDatabase(path, { appVersion: version, clock: () => new Date() }),
    });
    result.db.close();
    io.out(say('restored', locale, { db, aside: result.keptAside ?? '—' }));
    return EXIT_OK;
  } catch (e) {
    throw asDataError(e, locale);
  }
}
