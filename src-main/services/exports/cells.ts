import type { Locale } from '../../contract/index';
import { valueLabel } from '../../contract/index';
import { EXPORT_VALUE_LABELS, EXPORT_WORDS } from '../../contract/messages/exports';
import { amountInWords, formatFen } from '../../core/money';
import type { ServiceContext } from '../context';
import type { Cell } from '../spreadsheet/write';

/**
 * How an exported cell is written: amounts as { fen } (numbers with two decimals in the file), instants in
 * Beijing time, enumerations by their names in the exporter's language, never as codes.
 */
export type Words = keyof typeof EXPORT_WORDS;

/** An export is written in the language of the person exporting (Chinese unless they chose English). */
export function localeOf(ctx: Pick<ServiceContext, 'locale'>): Locale {
  return ctx.locale ?? 'zh';
}

export function word(key: Words, locale: Locale): string {
  return EXPORT_WORDS[key][locale];
}

/** '2016-03-01T02:05:09.000Z' → '2016-03-01 10:05:09' (Asia/Shanghai, UTC+8 all year). */
export function beijingTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** A value's name from the catalogues ('applicationState.approved' → 已立项), first letter up in English. */
export function label(group: string, value: string, locale: Locale): string {
  const ref = `${group}.${value}`;
  const text = EXPORT_VALUE_LABELS[ref]?.[locale] ?? valueLabel(ref, locale);
  if (text === ref) return value;
  return locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** 'A（B）' in Chinese, 'A (B)' in English. */
export function withNote(text: string, note: string, locale: Locale): string {
  return locale === 'zh' ? `${text}（${note}）` : `${text} (${note})`;
}

export function yesNo(value: boolean, locale: Locale): string {
  return word(value ? 'yes' : 'no', locale);
}

export function amount(fen: number | null | undefined): Cell {
  return fen === null || fen === undefined ? null : { fen };
}

/** A period as the lists show it: '2016-03-01 至 2016-12-31'. */
export function period(start: string | null, end: string | null, locale: Locale): string {
  if (!start && !end) return '';
  return `${start ?? ''} ${word('to', locale)} ${end ?? ''}`;
}

/** 人民币大写 of a total, which may be negative (an overspent balance): '负人民币…' / 'minus 人民币…'. */
export function signedWords(fen: number, locale: Locale): string {
  return fen < 0 ? `${word('negative', locale)}${amountInWords(-fen)}` : amountInWords(fen);
}

/** '1,234.56 元（人民币壹仟贰佰叁拾肆元伍角陆分）'. */
export function totalText(fen: number, locale: Locale): string {
  const figure = locale === 'zh' ? `${formatFen(fen)} 元` : `CNY ${formatFen(fen)}`;
  return withNote(figure, signedWords(fen, locale), locale);
}

/**
 * A row field exported by its name alone, for views whose columns grow (budget against actual): money by
 * the *Fen suffix, instants by *At, dates by *Date or 'date', a rate by its text, flags as 是/否.
 */
export function conventionalCell(id: string, value: unknown, locale: Locale): Cell {
  if (value === null || value === undefined) return null;
  if (/Fen$/.test(id) && typeof value === 'number') return { fen: value };
  if (/At$/.test(id) && typeof value === 'string') return beijingTime(value);
  if (typeof value === 'boolean') return yesNo(value, locale);
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text;
  if (typeof value === 'object' && 'displayName' in value && typeof value.displayName === 'string')
    return value.displayName;
  return JSON.stringify(value);
}
