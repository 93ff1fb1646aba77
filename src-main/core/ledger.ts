/**
 * The expenditure ledger (支出台账) as an append-only list (财会〔2024〕12号 第二十一条): a posted line never
 * changes; a correction is a reversing line (红字冲销) with the negated amount, linked to the original, plus a
 * new line. Voucher numbers (凭证号) run 'YYYY-0001', 'YYYY-0002', … per project and fiscal year (the year of
 * the line's date) without gaps. The posting rules themselves are in ledger-rules.ts.
 */
import type { Violation } from './violations';
import { isCalendarDate } from './calendar';

/** 财政资金 (the grant) and 配套资金 (matching funds). */
export const FUNDING_SHARES = ['grant', 'matching'] as const;
export type FundingShare = (typeof FUNDING_SHARES)[number];

export interface LedgerLine {
  readonly id: number;
  readonly voucherNo: string;
  readonly date: string;
  readonly lineCode: string;
  readonly share: FundingShare;
  /** Positive for an expenditure, negative for a reversal. */
  readonly amountFen: number;
  /** 垫支: grant spending ahead of the grant funds received. */
  readonly advance: boolean;
  readonly reversesId: number | null;
}

export type Ledger = readonly LedgerLine[];

const VOUCHER_RE = /^(\d{4})-(\d{4,})$/;

export function fiscalYear(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return Number(date.slice(0, 4));
}

export function formatVoucherNumber(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || !Number.isSafeInteger(seq) || seq < 1)
    throw new RangeError(`bad voucher number parts: ${year}, ${seq}`);
  return `${year}-${String(seq).padStart(4, '0')}`;
}

/** The voucher number after `existingCountForYear` gap-free vouchers of that year: the 10,000th is 2016-10000. */
export function nextVoucherNumber(year: number, existingCountForYear: number): string {
  return formatVoucherNumber(year, existingCountForYear + 1);
}

export function parseVoucherNumber(voucherNo: string): { year: number; seq: number } | null {
  const m = VOUCHER_RE.exec(voucherNo);
  if (!m) return null;
  const seq = Number(m[2]);
  // '2016-00001' would sort and compare apart from '2016-0001'; only the canonical form is a voucher number.
  if (seq < 1 || formatVoucherNumber(Number(m[1]), seq) !== voucherNo) return null;
  return { year: Number(m[1]), seq };
}

/** One project's voucher numbers: well formed, none twice, and 1..n in every year that has any. */
export function vouchersGapFree(voucherNos: readonly string[]): Violation[] {
  const out: Violation[] = [];
  const byYear = new Map<number, Set<number>>();
  for (const v of voucherNos) {
    const p = parseVoucherNumber(v);
    if (!p) {
      out.push({ rule: 'ledger.voucher.malformed', params: { voucherNo: v } });
      continue;
    }
    const seqs = byYear.get(p.year) ?? new Set<number>();
    if (seqs.has(p.seq)) out.push({ rule: 'ledger.voucher.duplicate', params: { voucherNo: v } });
    seqs.add(p.seq);
    byYear.set(p.year, seqs);
  }
  for (const [year, seqs] of [...byYear].sort((a, b) => a[0] - b[0])) {
    let max = 0;
    for (const seq of seqs) max = Math.max(max, seq);
    for (let seq = 1; seq <= max; seq++)
      if (!seqs.has(seq)) {
        out.push({ rule: 'ledger.voucher.gap', params: { year, missing: formatVoucherNumber(year, seq) } });
        break;
      }
  }
  return out;
}

function countForYear(ledger: Ledger, year: number): number {
  return ledger.reduce((n, l) => n + (parseVoucherNumber(l.voucherNo)?.year === year ? 1 : 0), 0);
}

function nextId(ledger: Ledger): number {
  return ledger.reduce((max, l) => Math.max(max, l.id), 0) + 1;
}

export interface NewExpenditure {
  date: string;
  lineCode: string;
  share: FundingShare;
  amountFen: number;
  advance: boolean;
}

/**
 * Appends an expenditure that ledger-rules accepted; the voucher number is the next of its year. Returns a
 * new ledger: the given one and its lines are left exactly as they were.
 */
export function postLine(ledger: Ledger, input: NewExpenditure): { ledger: Ledger; line: LedgerLine } {
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0)
    throw new RangeError(`an expenditure is a positive fen amount, got ${input.amountFen}`);
  const year = fiscalYear(input.date);
  const line: LedgerLine = Object.freeze({
    id: nextId(ledger),
    voucherNo: nextVoucherNumber(year, countForYear(ledger, year)),
    date: input.date,
    lineCode: input.lineCode,
    share: input.share,
    amountFen: input.amountFen,
    advance: input.advance,
    reversesId: null,
  });
  return { ledger: Object.freeze([...ledger, line]), line };
}

/** Why a line may not be reversed: unknown, itself a reversal, already reversed, or dated before it. */
export function checkReversal(ledger: Ledger, originalId: number, date: string): Violation[] {
  const original = ledger.find((l) => l.id === originalId);
  if (!original) return [{ rule: 'ledger.reversal.notFound', params: { id: originalId } }];
  const out: Violation[] = [];
  if (original.reversesId !== null)
    out.push({ rule: 'ledger.reversal.ofReversal', params: { voucherNo: original.voucherNo } });
  const earlier = ledger.find((l) => l.reversesId === originalId);
  if (earlier)
    out.push({
      rule: 'ledger.reversal.already',
      params: { voucherNo: original.voucherNo, reversalVoucherNo: earlier.voucherNo },
    });
  if (!isCalendarDate(date)) out.push({ rule: 'ledger.dateInvalid', params: { date } });
  else if (date < original.date)
    out.push({ rule: 'ledger.reversal.beforeOriginal', params: { date, originalDate: original.date } });
  return out;
}

/** Appends the red-ink reversal of a line: same budget line, share and advance mark, negated amount. */
export function reverseLine(
  ledger: Ledger,
  originalId: number,
  date: string,
): { ok: true; ledger: Ledger; line: LedgerLine } | { ok: false; violations: Violation[] } {
  const violations = checkReversal(ledger, originalId, date);
  if (violations.length > 0) return { ok: false, violations };
  const original = ledger.find((l) => l.id === originalId)!;
  const year = fiscalYear(date);
  const line: LedgerLine = Object.freeze({
    id: nextId(ledger),
    voucherNo: nextVoucherNumber(year, countForYear(ledger, year)),
    date,
    lineCode: original.lineCode,
    share: original.share,
    amountFen: -original.amountFen,
    advance: original.advance,
    reversesId: original.id,
  });
  return { ok: true, ledger: Object.freeze([...ledger, line]), line };
}

/** Net actual per budget line (reversals count negative), optionally for one funding share. */
export function actualByLine(
  lines: Iterable<Pick<LedgerLine, 'lineCode' | 'share' | 'amountFen'>>,
  share?: FundingShare,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lines)
    if (share === undefined || l.share === share) out.set(l.lineCode, (out.get(l.lineCode) ?? 0) + l.amountFen);
  return out;
}

/** Net spending of one funding share over the whole ledger (财政资金 spent, or 配套资金 spent). */
export function spentFen(lines: Iterable<Pick<LedgerLine, 'share' | 'amountFen'>>, share: FundingShare): number {
  let total = 0;
  for (const l of lines) if (l.share === share) total += l.amountFen;
  return total;
}
