/** How log entries read on screen: op ids by their names, hashes shortened, stored JSON pretty-printed. */
import { LOG_OP_NAMES, logEntityTypeName, logOpName, type Locale } from '@contract';

/** "applications.submit" → 提交申报; an op the UI does not know yet shows as its id rather than nothing. */
export function opName(op: string, locale: Locale): string {
  return logOpName(op, locale);
}

export function entityTypeName(type: string | null, locale: Locale): string {
  return logEntityTypeName(type, locale);
}

/** "台账记录 · 渝民发〔2016〕2号 凭证号 2016-0007": what the entry is about, by the names the bureau uses. */
export function objectName(type: string | null, key: string | null, locale: Locale): string {
  if (type === null) return '—';
  return key ? `${entityTypeName(type, locale)} · ${key}` : entityTypeName(type, locale);
}

/** Every op the UI has a name for, as filter options ordered as the catalogue lists them. */
export function knownOps(locale: Locale): { value: string; label: string }[] {
  return Object.entries(LOG_OP_NAMES).map(([value, n]) => ({ value, label: n[locale] }));
}

/** The first characters of a SHA-256 hex digest: enough to tell entries apart at a glance. */
export function shortHash(hash: string, length = 12): string {
  return hash.length > length ? `${hash.slice(0, length)}…` : hash;
}

/**
 * Stored before/after values are JSON text exactly as hashed; shown indented. Text that is not JSON is shown
 * as it is (never hidden: the log must show what it holds).
 */
export function prettyJson(text: string | null): string | null {
  if (text === null) return null;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
