/**
 * The draft of one expenditure (登记支出, and a reversal's corrected line) and how it becomes the op's input.
 * Kept free of React so the defaults and the mapping can be tested.
 */
import type { BudgetVersionLine, CostType, LedgerRow } from '@contract';

export type Share = LedgerRow['share'];
export const SHARES: readonly Share[] = ['grant', 'matching'];

export interface ExpenditureDraft {
  date: string | null;
  invoiceNo: string;
  lineCode: string | null;
  share: Share;
  payee: string;
  summary: string;
  /** null while empty or while the officer's text does not parse. */
  amountFen: number | null;
  advance: boolean;
  /** null: the budget line's own cost type (main's default). */
  costType: CostType | null;
}

/** Today if it lies in the project period, else the nearest end of it (a 2016 project is posted in 2016). */
export function defaultPostingDate(today: string, periodStart: string, periodEnd: string): string {
  if (today < periodStart) return periodStart;
  if (today > periodEnd) return periodEnd;
  return today;
}

/**
 * A reversal is proposed on the date of the line it reverses: the correction belongs to the same period (the
 * officer may change it), not to the project's last day.
 */
export function defaultReversalDate(original: string): string {
  return original;
}

export function emptyExpenditure(date: string, lineCode: string | null = null): ExpenditureDraft {
  return {
    date,
    invoiceNo: '',
    lineCode,
    share: 'grant',
    payee: '',
    summary: '',
    amountFen: null,
    advance: false,
    costType: null,
  };
}

/**
 * The corrected line starts as a copy of the original (its budget line, share, payee, amount…), so the
 * officer changes only what was wrong. A cost type equal to the line's own reads as the line's default.
 */
export function replacementOf(
  row: LedgerRow,
  lines: readonly Pick<BudgetVersionLine, 'lineCode' | 'costType'>[],
): ExpenditureDraft {
  const lineType = lines.find((l) => l.lineCode === row.lineCode)?.costType ?? null;
  return {
    date: row.date,
    invoiceNo: row.invoiceNo,
    lineCode: row.lineCode,
    share: row.share,
    payee: row.payee,
    summary: row.summary,
    amountFen: Math.abs(row.amountFen),
    advance: row.advance,
    costType: row.costType === lineType ? null : row.costType,
  };
}

/** The op's fields; only grant spending can be 垫支, so the mark is dropped when the share is matching. */
export function toExpenditure(d: ExpenditureDraft) {
  return {
    date: d.date,
    invoiceNo: d.invoiceNo,
    lineCode: d.lineCode ?? '',
    share: d.share,
    payee: d.payee,
    summary: d.summary,
    amountFen: d.amountFen,
    advance: d.share === 'grant' && d.advance,
    costType: d.costType,
  };
}

/** The draft's field names, for the form's labels and for main's details.field. */
export const EXPENDITURE_FIELDS = [
  'date',
  'invoiceNo',
  'lineCode',
  'share',
  'payee',
  'summary',
  'amountFen',
  'advance',
  'costType',
] as const satisfies readonly (keyof ExpenditureDraft)[];
