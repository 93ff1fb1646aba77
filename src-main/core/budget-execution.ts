/**
 * Budget against actual (预算执行, issue 4 item 3): per budget line the approved budget (version 1), the
 * adjusted budget (the current version), the actual, the balance and the execution rate. Variance and rate
 * are always against the current version; the original and revised budgets are shown side by side and never
 * added together. The rate is kept as an exact fraction; basis points are its display form, rounded half up.
 */
import { basisPointsOrNull } from './decimal';

export interface BudgetAmount {
  lineCode: string;
  amountFen: number;
}

export interface ExecutionRate {
  /** actual (fen) */
  numerator: number;
  /** current budget (fen); a zero budget has no rate */
  denominator: number;
  /** actual / budget in 0.01% units, rounded half up (away from zero); null when the budget is zero or the rate too large to show. */
  basisPoints: number | null;
}

export interface ExecutionRow {
  lineCode: string;
  /** Version 1; 0 for a line added by an adjustment. */
  budgetFen: number;
  /** The current version; equals budgetFen when nothing was adjusted. */
  adjustedBudgetFen: number;
  actualFen: number;
  /** adjusted budget − actual; negative when the line is overspent. */
  balanceFen: number;
  executionRate: ExecutionRate;
}

export interface ExecutionReport {
  rows: ExecutionRow[];
  total: Omit<ExecutionRow, 'lineCode'>;
}

export function executionRate(actualFen: number, budgetFen: number): ExecutionRate {
  return {
    numerator: actualFen,
    denominator: budgetFen,
    // Null for a zero budget, and for a rate too large to show (90 亿元 spent against a 1 fen line).
    basisPoints:
      budgetFen === 0 ? null : basisPointsOrNull({ numerator: BigInt(actualFen), denominator: BigInt(budgetFen) }),
  };
}

function exact(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} is not an exact fen amount: ${n}`);
  return n;
}

function row(lineCode: string, budgetFen: number, adjustedBudgetFen: number, actualFen: number): ExecutionRow {
  return {
    lineCode,
    budgetFen,
    adjustedBudgetFen,
    actualFen,
    balanceFen: exact(adjustedBudgetFen - actualFen, 'balance'),
    executionRate: executionRate(actualFen, adjustedBudgetFen),
  };
}

/**
 * Rows in the current version's order, then lines only version 1 has, then lines that have spending but no
 * budget (the posting rules refuse these; shown rather than hidden so the report always adds up to the ledger).
 * `actual` is what actualByLine (ledger.ts) gives, for the funding shares the report is about.
 */
export function budgetAgainstActual(
  original: readonly BudgetAmount[],
  current: readonly BudgetAmount[],
  actual: ReadonlyMap<string, number>,
): ExecutionReport {
  const v1 = new Map(original.map((l) => [l.lineCode, l.amountFen]));
  const now = new Map(current.map((l) => [l.lineCode, l.amountFen]));
  const codes = [...new Set([...now.keys(), ...v1.keys(), ...actual.keys()])];
  const rows = codes.map((code) => row(code, v1.get(code) ?? 0, now.get(code) ?? 0, actual.get(code) ?? 0));
  const sum = (pick: (r: ExecutionRow) => number, what: string) =>
    exact(
      rows.reduce((s, r) => s + pick(r), 0),
      what,
    );
  const budgetFen = sum((r) => r.budgetFen, 'total budget');
  const adjustedBudgetFen = sum((r) => r.adjustedBudgetFen, 'total adjusted budget');
  const actualFen = sum((r) => r.actualFen, 'total actual');
  const { lineCode: _, ...total } = row('', budgetFen, adjustedBudgetFen, actualFen);
  return { rows, total };
}
