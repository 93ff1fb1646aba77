import type { Locale } from '../contract/errors';
import { interpolate } from '../contract/messages';

/** What `grants audit` says, in both languages. */
export const AUDIT_MESSAGES = {
  noLog: {
    zh: '数据库 {path} 中还没有操作日志（结构版本 {version}），请先运行 grants init 升级数据库',
    en: 'the database {path} has no operation log yet (schema version {version}); run grants init to upgrade it',
  },
  failed: { zh: '操作日志校验未通过：{message}', en: 'operation log check failed: {message}' },
  summary: {
    zh: '（日志共 {entries} 条，当前链头哈希 {headHash}）',
    en: '({entries} entries, current head hash {headHash})',
  },
  anchor: {
    zh: '操作日志链头（请抄录并保存在数据库之外）\n  条数：{entries}\n  哈希：{short}\n  时间：{at}（北京时间）\n以后核对：grants audit verify --anchor {short}',
    en: 'Operation log head (copy it down and keep it outside the database)\n  entries: {entries}\n  hash:    {short}\n  time:    {at} (Beijing time)\nTo check later: grants audit verify --anchor {short}',
  },
} as const;

export function say(key: keyof typeof AUDIT_MESSAGES, locale: Locale, params: Record<string, unknown> = {}): string {
  return interpolate(AUDIT_MESSAGES[key][locale], params);
}
