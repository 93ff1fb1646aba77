/**
 * Posting rules for expenditures. Every refusal names its rule and every rule is checked, so
 * the officer (or an import's row report) sees all that is wrong with a line at once. Money is integer fen;
 * the tolerance is computed with integers only: over = actual + amount − budget is allowed while
 * over ≤ floor(budget × tolerance% / 100).
 */
import { fenText, SOURCE_BASIS, type Violation } from './violations';
import type { BudgetLine } from './budget-versions';
import { isCalendarDate } from './calendar';
import type { FundingShare } from './ledger';
import { MAX_FEN } from './money';
import type { CostType, FundSource, RuleSet } from './rule-set';

export interface PostingInput {
  date: string;
  lineCode: string;
  share: FundingShare;
  /** The cost type of the spending, if it is one the rule sets talk about (the budget line's, unless given). */
  costType: CostType | null;
  amountFen: number;
  /** 垫支: the organization spends ahead of the grant funds received. */
  advance: boolean;
}

export interface PostingContext {
  periodStart: string;
  periodEnd: string;
  projectClosed: boolean;
  source: FundSource;
  ruleSet: RuleSet;
  /** The current approved budget version: its number and lines. */
  budgetVersion: number;
  budgetLines: readonly BudgetLine[];
  /** Net actual per line and share so far (actualByLine in ledger.ts for each share), reversals included. */
  actual: { grant: ReadonlyMap<string, number>; matching: ReadonlyMap<string, number> };
  /** Grant funds received: released tranches net of reversals (grantReceivedFen in tranche-state.ts). */
  grantReceivedFen: number;
  /** Net grant-share spending so far (spentFen(lines, 'grant') in ledger.ts). */
  grantSpentFen: number;
  /** Fiscal years closed with 结账. */
  lockedYears: readonly number[];
}

/** floor(budget × tolerance / 100): how far a line may run over its current budget without an adjustment. */
export function toleranceAllowanceFen(budgetFen: number, tolerancePercent: number): number {
  if (!Number.isInteger(tolerancePercent) || tolerancePercent < 0)
    throw new RangeError(`tolerance must be a whole percentage, got ${tolerancePercent}`);
  return Number((BigInt(budgetFen) * BigInt(tolerancePercent)) / 100n);
}

/**
 * The smallest budget for a line under which spending `spentFen` stays within the tolerance: what an
 * adjustment would have to raise the line to. Starts from the exact real bound and steps past the floor.
 */
export function requiredBudgetFen(spentFen: number, tolerancePercent: number): number {
  const spent = BigInt(spentFen);
  const t = BigInt(tolerancePercent);
  let b = (spent * 100n + 99n + t) / (100n + t);
  while (spent - b > (b * t) / 100n) b += 1n;
  return Number(b);
}

/** Closed project and locked period: the rules for anything entering the ledger, reversals included. */
export function checkLedgerOpen(date: string, ctx: Pick<PostingContext, 'projectClosed' | 'lockedYears'>): Violation[] {
  const out: Violation[] = [];
  if (ctx.projectClosed) out.push({ rule: 'ledger.projectClosed', params: {} });
  if (!isCalendarDate(date)) out.push({ rule: 'ledger.dateInvalid', params: { date } });
  else if (ctx.lockedYears.includes(Number(date.slice(0, 4))))
    out.push({ rule: 'ledger.periodLocked', params: { date, year: Number(date.slice(0, 4)) } });
  return out;
}

/** The share posted is checked against the same share of the line: grant against grant, matching against matching. */
function toleranceRule(p: PostingInput, line: BudgetLine, ctx: PostingContext): Violation[] {
  const tolerance = ctx.ruleSet.budgetTolerancePercent;
  const budget = p.share === 'grant' ? line.amountFen : line.matchingFen;
  const actual = ctx.actual[p.share].get(p.lineCode) ?? 0;
  const over = actual + p.amountFen - budget;
  const allowed = toleranceAllowanceFen(budget, tolerance);
  if (over <= allowed) return [];
  return [
    {
      rule: 'ledger.overBudget',
      params: {
        line: p.lineCode,
        share: `@share.${p.share}`,
        version: ctx.budgetVersion,
        budget: fenText(budget),
        actual: fenText(actual),
        amount: fenText(p.amountFen),
        over: fenText(over),
        tolerancePercent: tolerance,
        allowed: fenText(allowed),
        required: fenText(requiredBudgetFen(actual + p.amountFen, tolerance)),
      },
    },
  ];
}

/** All posting rules for one new expenditure, in the order an officer would fix them. */
export function checkPosting(p: PostingInput, ctx: PostingContext): Violation[] {
  const out = checkLedgerOpen(p.date, ctx);
  if (isCalendarDate(p.date) && (p.date < ctx.periodStart || p.date > ctx.periodEnd))
    out.push({
      rule: 'ledger.dateOutsidePeriod',
      params: { date: p.date, start: ctx.periodStart, end: ctx.periodEnd },
    });
  const amountOk = Number.isSafeInteger(p.amountFen) && p.amountFen > 0 && p.amountFen <= MAX_FEN;
  if (!amountOk) out.push({ rule: 'ledger.amountInvalid', params: { amount: String(p.amountFen) } });

  const line = ctx.budgetLines.find((l) => l.lineCode === p.lineCode);
  if (!line) out.push({ rule: 'ledger.unknownBudgetLine', params: { line: p.lineCode, version: ctx.budgetVersion } });
  else if (!ctx.ruleSet.categories.some((c) => c.code === line.categoryCode))
    out.push({ rule: 'ledger.categoryNotAllowed', params: { line: p.lineCode, categoryCode: line.categoryCode } });

  // Matching funds are audited under the same rules (as for CENTRAL), so the list applies to both shares.
  if (p.costType !== null && ctx.ruleSet.forbiddenCostTypes.includes(p.costType))
    out.push({
      rule: 'ledger.forbiddenCostType',
      params: { costType: p.costType, source: ctx.source, basis: SOURCE_BASIS[ctx.source] },
    });

  if (line && amountOk) out.push(...toleranceRule(p, line, ctx));

  if (p.share === 'matching' && p.advance) out.push({ rule: 'ledger.advanceNotGrant', params: {} });
  if (p.share === 'grant' && amountOk && !p.advance) {
    const after = ctx.grantSpentFen + p.amountFen;
    if (after > ctx.grantReceivedFen)
      out.push({
        rule: 'ledger.grantExceedsReceived',
        params: {
          received: fenText(ctx.grantReceivedFen),
          spent: fenText(ctx.grantSpentFen),
          amount: fenText(p.amountFen),
          shortfall: fenText(after - ctx.grantReceivedFen),
        },
      });
  }
  return out;
}

/**
 * A running context a batch owns, moved forward in place by applyPosting: an import of 100,000 rows would
 * otherwise copy the per-line map once per row.
 */
export type RunningPostingContext = PostingContext & {
  actual: { grant: Map<string, number>; matching: Map<string, number> };
};

export function runningContext(ctx: PostingContext): RunningPostingContext {
  return { ...ctx, actual: { grant: new Map(ctx.actual.grant), matching: new Map(ctx.actual.matching) } };
}

/** afterPosting, in place, for a context made by runningContext. */
export function applyPosting(
  ctx: RunningPostingContext,
  p: Pick<PostingInput, 'lineCode' | 'share' | 'amountFen'>,
): void {
  const byLine = ctx.actual[p.share];
  byLine.set(p.lineCode, (byLine.get(p.lineCode) ?? 0) + p.amountFen);
  if (p.share === 'grant') ctx.grantSpentFen += p.amountFen;
}

/**
 * The context after a posting was accepted, so a batch (an import, all or nothing) checks each row against
 * the rows before it. Reversals go through the same function with a negative amount.
 */
export function afterPosting(
  ctx: PostingContext,
  p: Pick<PostingInput, 'lineCode' | 'share' | 'amountFen'>,
): PostingContext {
  const byLine = new Map(ctx.actual[p.share]);
  byLine.set(p.lineCode, (byLine.get(p.lineCode) ?? 0) + p.amountFen);
  return {
    ...ctx,
    actual: { ...ctx.actual, [p.share]: byLine },
    grantSpentFen: ctx.grantSpentFen + (p.share === 'grant' ? p.amountFen : 0),
  };
}
