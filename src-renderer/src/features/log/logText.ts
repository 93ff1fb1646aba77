/** How log entries read on screen: op ids by their names, hashes shortened, stored JSON pretty-printed. */
import type { Locale } from '@contract';
import { en } from '../../app/locales/en';
import { zh } from '../../app/locales/zh';

type Names = { [key: string]: string | Names };

const OP_NAMES: Record<Locale, Names> = { zh: zh.opNames, en: en.opNames };
const ENTITY_NAMES: Record<Locale, Record<string, string>> = { zh: zh.entityTypes, en: en.entityTypes };

function lookup(names: Names, dotted: string): string | undefined {
  let node: string | Names | undefined = names;
  for (const key of dotted.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return typeof node === 'string' ? node : undefined;
}

/** "applications.submit" → 提交申报; an op the UI does not know yet shows as its id rather than nothing. */
export function opName(op: string, locale: Locale): string {
  return lookup(OP_NAMES[locale], op) ?? op;
}

export function entityTypeName(type: string | null, locale: Locale): string {
  if (type === null) return '—';
  return Object.hasOwn(ENTITY_NAMES[locale], type) ? ENTITY_NAMES[locale][type]! : type;
}

/** Every op the UI has a name for, as filter options ordered as the catalogue lists them. */
export function knownOps(locale: Locale): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  const walk = (names: Names, prefix: string) => {
    for (const [key, v] of Object.entries(names)) {
      const id = prefix ? `${prefix}.${key}` : key;
      if (typeof v === 'string') out.push({ value: id, label: v });
      else walk(v, id);
    }
  };
  walk(OP_NAMES[locale], '');
  return out;
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
