/**
 * Budget against actual (预算执行): per budget line and funding share the approved budget (version 1), the
 * adjusted budget (the current version), the actual, the balance and the execution rate. Variance and rate
 * are always against the current version; the original and revised budgets are shown side by side and never
 * added together. Grant (财政资金) spending is measured against the grant budget and matching (配套资金)
 * spending against the matching budget, each with its own balance and rate; the total is their sum. The rate is kept as an exact fraction; basis points are its display form, rounded half up.
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

/** A version's line with both shares (BudgetLine in budget-versions.ts). */
export interface ShareBudgetLine {
  lineCode: string;
  amountFen: number;
  matchingFen: number;
}

export type ExecutionAmounts = Omit<ExecutionRow, 'lineCode'>;

export interface ShareExecutionRow {
  lineCode: string;
  grant: ExecutionAmounts;
  matching: ExecutionAmounts;
  /** grant + matching, with the rate of the sums (never the mean of the two rates). */
  total: ExecutionAmounts;
}

export interface ShareExecutionReport {
  rows: ShareExecutionRow[];
  total: Omit<ShareExecutionRow, 'lineCode'>;
}

const amountsOf = (r: ExecutionRow): ExecutionAmounts => {
  const { lineCode: _, ...rest } = r;
  return rest;
};

/**
 * Budget against actual for both shares, rows in one order (as budgetAgainstActual, over every share's
 * lines), so the grant and matching columns of a row are the same budget line.
 */
export function budgetAgainstActualByShare(
  original: readonly ShareBudgetLine[],
  current: readonly ShareBudgetLine[],
  actual: { grant: ReadonlyMap<string, number>; matching: ReadonlyMap<string, number> },
): ShareExecutionReport {
  const grantOf = (ls: readonly ShareBudgetLine[]) => ls.map((l) => ({ lineCode: l.lineCode, amountFen: l.amountFen }));
  const matchingOf = (ls: readonly ShareBudgetLine[]) =>
    ls.map((l) => ({ lineCode: l.lineCode, amountFen: l.matchingFen }));
  const codes = [
    ...new Set([
      ...current.map((l) => l.lineCode),
      ...original.map((l) => l.lineCode),
      ...actual.grant.keys(),
      ...actual.matching.keys(),
    ]),
  ];
  // Every code appears in the budget or the actual of the sub-reports, in this order.
  const ordered = (r: ExecutionReport) => {
    const by = new Map(r.rows.map((x) => [x.lineCode, x]));
    return codes.map((c) => by.get(c) ?? row(c, 0, 0, 0));
  };
  const grant = budgetAgainstActual(grantOf(original), grantOf(current), actual.grant);
  const matching = budgetAgainstActual(matchingOf(original), matchingOf(current), actual.matching);
  const g = ordered(grant);
  const m = ordered(matching);
  const sumOf = (a: ExecutionAmounts, b: ExecutionAmounts): ExecutionAmounts =>
    amountsOf(
      row(
        '',
        exact(a.budgetFen + b.budgetFen, 'budget'),
        exact(a.adjustedBudgetFen + b.adjustedBudgetFen, 'adjusted budget'),
        exact(a.actualFen + b.actualFen, 'actual'),
      ),
    );
  return {
    rows: codes.map((lineCode, i) => ({
      lineCode,
      grant: amountsOf(g[i]!),
      matching: amountsOf(m[i]!),
      total: sumOf(amountsOf(g[i]!), amountsOf(m[i]!)),
    })),
    total: { grant: grant.total, matching: matching.total, total: sumOf(grant.total, matching.total) },
  };
}
