import type { Locale } from '../contract/errors';
import { interpolate, ruleMessage } from '../contract/messages';
import { DatabaseOpenError } from '../db/errors';
import { hasLogTable, openReadOnly } from '../db/operation-log-repo';
// The verify module itself, not the operation-log index (which loads the export code and its dependencies).
import { verifyChain } from '../services/operation-log/verify';
import type { CommandContext } from './context';
import { DataError, EXIT_DATA, EXIT_OK, UsageError } from './output';

const MESSAGES = {
  noLog: {
    zh: '数据库 {path} 中没有操作日志（结构版本 {version}），请先运行 grants init 升级数据库',
    en: 'the database {path} has no operation log (schema version {version}); run grants init to upgrade it',
  },
  badAnchor: {
    zh: '--anchor 应为 64 位十六进制的哈希，收到“{value}”',
    en: '--anchor must be a hash of 64 hexadecimal digits, got "{value}"',
  },
  failed: { zh: '操作日志校验未通过：{message}', en: 'operation log check failed: {message}' },
  summary: {
    zh: '（日志共 {entries} 条，当前链头哈希 {headHash}）',
    en: '({entries} entries, current head hash {headHash})',
  },
} as const;

function say(key: keyof typeof MESSAGES, locale: Locale, params: Record<string, unknown>): string {
  return interpolate(MESSAGES[key][locale], params);
}

function anchorOption(value: string | boolean | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(text)) throw new DataError(say('badAnchor', locale, { value: String(value) }));
  return text;
}

/**
 * `grants audit verify [--anchor HASH]`: checks the whole hash chain of the operation log. Exit 0 and the
 * number of entries and the head hash when intact; exit 1 naming the first bad entry and why otherwise.
 */
export function runAudit({ io, locale, dbPath, values, positionals }: CommandContext): number {
  const action = positionals[0] ?? '';
  if (action !== 'verify') throw new UsageError('usage.unknownCommand', { command: `audit ${action}` });
  const anchor = anchorOption(values.anchor, locale);
  let db;
  try {
    db = openReadOnly(dbPath);
  } catch (e) {
    if (e instanceof DatabaseOpenError) throw new DataError(e.messageIn(locale));
    throw e;
  }
  try {
    if (!hasLogTable(db))
      throw new DataError(say('noLog', locale, { path: dbPath, version: db.pragma('user_version', { simple: true }) }));
    const report = db.transaction(() => verifyChain(db, { locale, anchor })).deferred();
    const entries = report.entries.toLocaleString('en-US');
    if (report.ok) {
      io.out(
        report.entries === 0
          ? ruleMessage('log.chain.empty', locale)
          : ruleMessage('log.chain.intact', locale, { entries, headHash: report.headHash }),
      );
      return EXIT_OK;
    }
    io.err(say('failed', locale, { message: report.firstBad?.message ?? '' }));
    io.err(say('summary', locale, { entries, headHash: report.headHash ?? '—' }));
    return EXIT_DATA;
  } finally {
    db.close();
  }
}
