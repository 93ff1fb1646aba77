import { valueLabel } from '../../../contract/index';
import type { FundingShare } from '../../../core/ledger';
import { isCalendarDate } from '../../../core/calendar';
import { parseAmount } from '../../../core/money';
import { err, ok, type Result } from '../../../core/result';
import { COST_TYPES, type CostType } from '../../../core/rule-set';
import { serialToIsoDate } from '../../spreadsheet/read-xlsx';
import { parseDateCell, type CellProblem } from '../cells';

/**
 * Cell text → value for the expenditure columns. Every failure is a rule key of RULE_MESSAGES with its
 * parameters, put into words by the caller in the user's language.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const problem = (rule: string, params: Record<string, unknown> = {}) => err<CellProblem>({ rule, params });

function key(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * ISO 'YYYY-MM-DD' and the forms Chinese spreadsheets use: 2015/6/1, 2015.6.1, 2015年6月1日 (a midnight time
 * part is ignored), 20150601, and an Excel serial day number (42156) from a date cell that lost its date
 * format or a CSV saved from one. Serials are taken only with five digits (1927–2173), so a bare year or a
 * small number is not silently read as a date in 1900.
 */
export function parseLedgerDate(text: string): Result<string, CellProblem> {
  // The common case first, without normalising: an import may have 100,000 rows.
  if (ISO_DATE.test(text) && isCalendarDate(text)) return ok(text);
  const t = text.normalize('NFKC').trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) return parseDateCell(`${compact[1]}-${compact[2]}-${compact[3]}`);
  if (/^\d{5}(?:\.\d+)?$/.test(t)) {
    const iso = serialToIsoDate(Number(t), false);
    if (iso) return ok(iso);
  }
  const r = parseDateCell(t);
  if (r.ok) return r;
  return r.error.rule === 'import.dateFormat' ? problem('ledgerImport.dateFormat', { value: text }) : r;
}

const SHARES = new Map<string, FundingShare>();
for (const [share, names] of [
  ['grant', ['财政资金', '财政', '财政补助', '财政补助资金', '补助资金', 'grant', 'grantfunds']],
  ['matching', ['配套资金', '配套', '自筹', '自筹资金', 'matching', 'matchingfunds']],
] as const)
  for (const n of names) SHARES.set(key(n), share);

/** 财政资金 / 配套资金 (also 财政, 配套, 自筹 and the English names). */
export function parseShare(text: string): Result<FundingShare, CellProblem> {
  if (text === '') return problem('schema.required');
  const share = SHARES.get(text) ?? SHARES.get(key(text));
  return share ? ok(share) : problem('ledgerImport.shareUnknown', { value: text });
}

const YES = new Set(['是', '垫支', 'y', 'yes', 'true', '1', '√', '✓']);
const NO = new Set(['否', '', 'n', 'no', 'false', '0', '×']);

/** 垫支: 是/否 (also Y/N, TRUE/FALSE, 1/0); blank is 否. */
export function parseAdvance(text: string): Result<boolean, CellProblem> {
  if (text === '') return ok(false);
  const k = key(text);
  if (YES.has(k)) return ok(true);
  if (NO.has(k)) return ok(false);
  return problem('ledgerImport.advanceUnknown', { value: text });
}

const COST_TYPE_INDEX = new Map<string, CostType>();
for (const c of COST_TYPES)
  for (const n of [c, valueLabel(`costType.${c}`, 'zh'), valueLabel(`costType.${c}`, 'en')])
    COST_TYPE_INDEX.set(key(n), c);

/** 费用类型 by its Chinese or English name or its code; blank is null (the budget line's cost type applies). */
export function parseCostType(text: string): Result<CostType | null, CellProblem> {
  if (text === '') return ok(null);
  const c = COST_TYPE_INDEX.get(key(text));
  if (c) return ok(c);
  return problem('ledgerImport.costTypeUnknown', {
    value: text,
    allowed: COST_TYPES.map((t) => `@costType.${t}`),
  });
}

/**
 * Exact fen from decimal yuan text ("12,000.50", "¥1,409.50", "-300.00" for a reversal), through the core
 * parser: never a float. Zero is refused here, since no ledger line is zero.
 */
export function parseSignedAmount(text: string): Result<number, CellProblem> {
  if (text === '') return problem('schema.required');
  const r = parseAmount(text, { allowNegative: true });
  if (!r.ok) return problem(`amount.${r.error}`);
  return r.value === 0 ? problem('ledgerImport.amountZero') : ok(r.value);
}
