import type { Locale } from '../contract/errors';
import { interpolate } from '../contract/messages';

/** What `grants audit` says, in both languages. */
export const AUDIT_MESSAGES = {
  noLog: {
    zh: '数据库 {path} 中还没有操作日志（结构版本 {version}），请先运行 grants init 升级数据库',
    en: 'the database {path} has no operation log yet (schema version {version}); run grants init to upgrade it',
  },
  tableMissing: {
    zh: '操作日志表 operation_log 已被删除（结构版本 {version} 的数据库应有此表）：日志被篡改，请从备份恢复并追查原因',
    en: 'the operation log table operation_log was dropped (a database at schema version {version} has one): the log was tampered with; restore a backup and find out why',
  },
  failed: { zh: '操作日志校验未通过：{message}', en: 'operation log check failed: {message}' },
  summary: {
    zh: '（日志共 {entries} 条，当前链头哈希 {headHash}）',
    en: '({entries} entries, current head hash {headHash})',
  },
  'protection.missing': {
    zh: '保护日志的{what} {name} 已被删除，视为篡改',
    en: 'the {what} {name} protecting the log was dropped: tampering',
  },
  'protection.altered': {
    zh: '保护日志的{what} {name} 与数据库升级时创建的不同，视为篡改',
    en: 'the {what} {name} protecting the log differs from what the upgrade created: tampering',
  },
  'protection.extra': {
    zh: '操作日志表上多了不是数据库升级创建的{what} {name}，视为篡改',
    en: 'the log table has a {what} {name} that no upgrade created: tampering',
  },
  'head.shorter': {
    zh: '日志比 {at} 校验时短：当时共 {seen} 条，现在只有 {entries} 条，最新的日志被删除',
    en: 'the log is shorter than when it was verified at {at}: it had {seen} entries then and has {entries} now; the newest entries were removed',
  },
  'head.rewritten': {
    zh: '第 {seen} 条日志的哈希与 {at} 校验时记下的 {hash} 不同：日志被改写',
    en: 'entry {seen} no longer has the hash {hash} recorded when the log was verified at {at}: the log was rewritten',
  },
  anchor: {
    zh: '操作日志链头（请抄录并保存在数据库之外）\n  条数：{entries}\n  哈希：{short}\n  时间：{at}（北京时间）\n以后核对：grants audit verify --anchor {short}',
    en: 'Operation log head (copy it down and keep it outside the database)\n  entries: {entries}\n  hash:    {short}\n  time:    {at} (Beijing time)\nTo check later: grants audit verify --anchor {short}',
  },
} as const;

const WHAT = {
  trigger: { zh: '触发器', en: 'trigger' },
  index: { zh: '索引', en: 'index' },
  table: { zh: '表', en: 'table' },
  view: { zh: '视图', en: 'view' },
} as const;

export function say(key: keyof typeof AUDIT_MESSAGES, locale: Locale, params: Record<string, unknown> = {}): string {
  return interpolate(AUDIT_MESSAGES[key][locale], params);
}

export function objectKind(type: string, locale: Locale): string {
  return (WHAT as Record<string, { zh: string; en: string } | undefined>)[type]?.[locale] ?? type;
}

/** An instant as Beijing time, "2026-12-06 21:42:05", as the officer would write it down. */
export function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}
