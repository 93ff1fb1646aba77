/**
 * Budget versions (预算调整): version 1 is the approved budget; an adjustment is requested
 * with a reason against a named version and becomes version n + 1 only when a finance user other than the
 * requester approves it. Versions are never edited. An adjustment moves money between lines: the total stays
 * what it was, which by induction from version 1 (total = approved amount) keeps every version within the
 * approved amount. A line may not be cut below what has already been spent on it.
 */
import { fenText, type Violation } from './violations';
import { basisPointsText } from './decimal';
import type { RuleSet } from './rule-set';

export interface BudgetLine {
  lineCode: string;
  categoryCode: string;
  /** The grant share (财政资金) of the line. */
  amountFen: number;
  /** The matching share (配套资金): the organization's own money budgeted on the line. */
  matchingFen: number;
}

/** Net actual per line, per funding share (actualByLine in ledger.ts for each share). */
export interface ActualByShare {
  grant: ReadonlyMap<string, number>;
  matching: ReadonlyMap<string, number>;
}

export interface BudgetVersion {
  readonly version: number;
  readonly lines: readonly Readonly<BudgetLine>[];
  /** Null for version 1, which is the approval itself. */
  readonly reason: string | null;
  readonly requestedBy: number | null;
  readonly approvedBy: number | null;
}

export interface AdjustmentRequest {
  /** The version the request was made against; it is stale once another adjustment was approved. */
  baseVersion: number;
  reason: string;
  requestedBy: number;
  /**
   * New amounts for changed lines; lines not named keep theirs. A new line must name its category. A line
   * without a matching amount keeps its matching share (a new line has none).
   */
  lines: readonly { lineCode: string; categoryCode?: string | undefined; amountFen: number; matchingFen?: number }[];
}

const validAmount = (n: number) => Number.isSafeInteger(n) && n >= 0;
const total = (lines: readonly Pick<BudgetLine, 'amountFen'>[]) => lines.reduce((s, l) => s + BigInt(l.amountFen), 0n);
const matchingTotal = (lines: readonly BudgetLine[]) => lines.reduce((s, l) => s + BigInt(l.matchingFen), 0n);

function freezeVersion(v: BudgetVersion): BudgetVersion {
  return Object.freeze({ ...v, lines: Object.freeze(v.lines.map((l) => Object.freeze({ ...l }))) });
}

/** Category caps of the rule set, as shares of the budget's total (compared exactly). */
function categoryCaps(lines: readonly BudgetLine[], ruleSet: RuleSet): Violation[] {
  const sum = total(lines);
  const out: Violation[] = [];
  for (const c of ruleSet.categories) {
    if (c.capPercent === null || sum === 0n) continue;
    const amount = total(lines.filter((l) => l.categoryCode === c.code));
    if (amount * 100n > BigInt(c.capPercent) * sum)
      out.push({
        rule: 'budget.categoryCap',
        params: {
          category: c.name,
          capPercent: c.capPercent,
          // Rounded down, so a share just over the cap never reads as exactly the cap.
          percent: basisPointsText(Number((amount * 10_000n) / sum)),
          amount: fenText(amount),
        },
      });
  }
  return out;
}

function lineRules(lines: readonly BudgetLine[], ruleSet: RuleSet): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const l of lines) {
    if (seen.has(l.lineCode)) out.push({ rule: 'budget.repeatedLine', params: { line: l.lineCode } });
    seen.add(l.lineCode);
    if (!validAmount(l.amountFen))
      out.push({ rule: 'budget.amountInvalid', params: { line: l.lineCode, amount: String(l.amountFen) } });
    if (!validAmount(l.matchingFen))
      out.push({ rule: 'budget.amountInvalid', params: { line: l.lineCode, amount: String(l.matchingFen) } });
    if (!ruleSet.categories.some((c) => c.code === l.categoryCode))
      out.push({ rule: 'budget.unknownCategory', params: { line: l.lineCode, categoryCode: l.categoryCode } });
  }
  return out;
}

/** Version 1: known categories, whole amounts, and a grant total equal to the approved amount. */
export function checkInitialBudget(lines: readonly BudgetLine[], approvedFen: number, ruleSet: RuleSet): Violation[] {
  if (lines.length === 0) return [{ rule: 'budget.noLines', params: {} }];
  const out = lineRules(lines, ruleSet);
  if (out.length === 0 && total(lines) !== BigInt(approvedFen))
    out.push({ rule: 'budget.initialTotal', params: { total: fenText(total(lines)), approved: fenText(approvedFen) } });
  return out;
}

/**
 * When approval grants less than the reviewed budget, one way to make version 1 add up: every line's grant
 * share cut in proportion (the matching share is the organization's money and stays), rounded down to the fen, the fen left over given to the lines with the largest remainders
 * (earlier lines first on a tie). The officer may instead enter the cuts by hand.
 */
export function scaleToApproved(lines: readonly BudgetLine[], approvedFen: number): BudgetLine[] {
  const sum = total(lines);
  const target = BigInt(approvedFen);
  if (sum === 0n || target > sum || target < 0n) throw new RangeError('can only scale a budget down to ≥ 0');
  const shares = lines.map((l) => BigInt(l.amountFen) * target);
  const out = lines.map((l, i) => ({ ...l, amountFen: Number(shares[i]! / sum) }));
  let left = approvedFen - out.reduce((s, l) => s + l.amountFen, 0);
  const order = lines.map((_, i) => i).sort((a, b) => Number((shares[b]! % sum) - (shares[a]! % sum)) || a - b);
  for (const i of order) {
    if (left === 0) break;
    out[i]!.amountFen += 1;
    left -= 1;
  }
  return out;
}

export function initialVersion(lines: readonly BudgetLine[]): BudgetVersion {
  return freezeVersion({ version: 1, lines, reason: null, requestedBy: null, approvedBy: null });
}

/** The lines an adjustment would produce: current order with new amounts, new lines appended. */
function adjustedLines(current: BudgetVersion, request: AdjustmentRequest): BudgetLine[] {
  const byCode = new Map(request.lines.map((l) => [l.lineCode, l]));
  const kept = current.lines.map((l) => {
    const r = byCode.get(l.lineCode);
    return { ...l, amountFen: r?.amountFen ?? l.amountFen, matchingFen: r?.matchingFen ?? l.matchingFen };
  });
  const known = new Set(current.lines.map((l) => l.lineCode));
  const added: BudgetLine[] = [];
  for (const r of byCode.values())
    if (!known.has(r.lineCode))
      added.push({
        lineCode: r.lineCode,
        categoryCode: r.categoryCode ?? '',
        amountFen: r.amountFen,
        matchingFen: r.matchingFen ?? 0,
      });
  return [...kept, ...added];
}

export interface AdjustmentContext {
  approvedFen: number;
  ruleSet: RuleSet;
  /** Net actual per line and share at the time of the check. */
  actual: ActualByShare;
}

/** Everything wrong with a request against the current version, all at once. */
export function checkAdjustment(
  current: BudgetVersion,
  request: AdjustmentRequest,
  ctx: AdjustmentContext,
): Violation[] {
  const out: Violation[] = [];
  if (request.baseVersion !== current.version)
    out.push({ rule: 'budget.staleRequest', params: { baseVersion: request.baseVersion, version: current.version } });
  if (request.reason.trim() === '') out.push({ rule: 'budget.reasonRequired', params: {} });
  const seen = new Set<string>();
  for (const r of request.lines) {
    if (seen.has(r.lineCode)) out.push({ rule: 'budget.repeatedLine', params: { line: r.lineCode } });
    seen.add(r.lineCode);
    const existing = current.lines.find((l) => l.lineCode === r.lineCode);
    if (existing && r.categoryCode !== undefined && r.categoryCode !== existing.categoryCode)
      out.push({ rule: 'budget.categoryChanged', params: { line: r.lineCode, categoryCode: existing.categoryCode } });
    if (!existing && r.categoryCode === undefined)
      out.push({ rule: 'budget.newLineCategory', params: { line: r.lineCode } });
    // Each share may not be cut below what was spent from it; a matching share the request leaves as it was
    // is not judged again (it may run over within the tolerance, as posting allowed).
    const spent = ctx.actual.grant.get(r.lineCode) ?? 0;
    if (validAmount(r.amountFen) && r.amountFen < spent)
      out.push({
        rule: 'budget.belowActual',
        params: { line: r.lineCode, share: '@share.grant', amount: fenText(r.amountFen), actual: fenText(spent) },
      });
    const matchingSpent = ctx.actual.matching.get(r.lineCode) ?? 0;
    const matchingChanged = r.matchingFen !== undefined && r.matchingFen !== (existing?.matchingFen ?? 0);
    if (matchingChanged && validAmount(r.matchingFen!) && r.matchingFen! < matchingSpent)
      out.push({
        rule: 'budget.belowActual',
        params: {
          line: r.lineCode,
          share: '@share.matching',
          amount: fenText(r.matchingFen!),
          actual: fenText(matchingSpent),
        },
      });
  }
  const after = adjustedLines(current, request);
  // Repeats were reported from the request; a new line without a category was reported just above.
  const reported = (v: Violation) =>
    v.rule === 'budget.repeatedLine' || (v.rule === 'budget.unknownCategory' && v.params.categoryCode === '');
  out.push(...lineRules(after, ctx.ruleSet).filter((v) => !reported(v)));
  if (out.some((v) => v.rule === 'budget.amountInvalid')) return out;
  const before = total(current.lines);
  const now = total(after);
  if (now !== before)
    out.push({ rule: 'budget.totalChanged', params: { before: fenText(before), after: fenText(now) } });
  if (now > BigInt(ctx.approvedFen))
    out.push({ rule: 'budget.overApproved', params: { total: fenText(now), approved: fenText(ctx.approvedFen) } });
  // The matching total is the organization's commitment: an adjustment moves it between lines, never lowers it.
  const matchingBefore = matchingTotal(current.lines);
  const matchingNow = matchingTotal(after);
  if (matchingNow !== matchingBefore)
    out.push({
      rule: 'budget.matchingTotalChanged',
      params: { before: fenText(matchingBefore), after: fenText(matchingNow) },
    });
  if (lineChanges(current.lines, after).length === 0) out.push({ rule: 'budget.noChange', params: {} });
  out.push(...categoryCaps(after, ctx.ruleSet));
  return out;
}

/** Maker–checker for budgets: the requester may not approve their own adjustment. */
export function checkAdjustmentApproval(
  request: Pick<AdjustmentRequest, 'requestedBy'>,
  approverId: number,
): Violation[] {
  return request.requestedBy === approverId ? [{ rule: 'budget.sameUser', params: {} }] : [];
}

/** Approval: all checks again (the ledger may have moved since the request), then version n + 1. */
export function approveAdjustment(
  current: BudgetVersion,
  request: AdjustmentRequest,
  approverId: number,
  ctx: AdjustmentContext,
): { ok: true; version: BudgetVersion } | { ok: false; violations: Violation[] } {
  const violations = [...checkAdjustmentApproval(request, approverId), ...checkAdjustment(current, request, ctx)];
  if (violations.length > 0) return { ok: false, violations };
  return {
    ok: true,
    version: freezeVersion({
      version: current.version + 1,
      lines: adjustedLines(current, request),
      reason: request.reason.trim(),
      requestedBy: request.requestedBy,
      approvedBy: approverId,
    }),
  };
}

/** The highest version; versions must run 1..n (checkVersionChain). */
export function currentVersion(versions: readonly BudgetVersion[]): BudgetVersion {
  const last = versions.reduce<BudgetVersion | null>((a, v) => (a === null || v.version > a.version ? v : a), null);
  if (!last) throw new RangeError('a project has at least version 1 of its budget');
  return last;
}

export function checkVersionChain(versions: readonly BudgetVersion[]): Violation[] {
  const numbers = versions.map((v) => v.version).sort((a, b) => a - b);
  const gap = numbers.findIndex((n, i) => n !== i + 1);
  return gap === -1 ? [] : [{ rule: 'budget.versionGap', params: { expected: gap + 1, found: numbers[gap]! } }];
}

export interface LineChange {
  lineCode: string;
  fromFen: number;
  toFen: number;
  deltaFen: number;
  fromMatchingFen: number;
  toMatchingFen: number;
  matchingDeltaFen: number;
}

/** What changed from one version to the next, for the adjustment history (a new line starts from 0). */
export function lineChanges(before: readonly BudgetLine[], after: readonly BudgetLine[]): LineChange[] {
  const was = new Map(before.map((l) => [l.lineCode, l]));
  return after
    .map((l) => ({
      lineCode: l.lineCode,
      fromFen: was.get(l.lineCode)?.amountFen ?? 0,
      toFen: l.amountFen,
      fromMatchingFen: was.get(l.lineCode)?.matchingFen ?? 0,
      toMatchingFen: l.matchingFen,
    }))
    .filter((c) => c.fromFen !== c.toFen || c.fromMatchingFen !== c.toMatchingFen)
    .map((c) => ({ ...c, deltaFen: c.toFen - c.fromFen, matchingDeltaFen: c.toMatchingFen - c.fromMatchingFen }));
}

/**
 * The approved adjustment that covers spending on a line beyond its original budget: the latest version that
 * raised the line. The tolerance rule checks against the current version, which already contains it; this
 * names it in messages and reports ("covered by version 3"). Null when no adjustment raised the line.
 */
export function coveringAdjustment(versions: readonly BudgetVersion[], lineCode: string): number | null {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  for (let i = sorted.length - 1; i > 0; i--) {
    const raised = lineChanges(sorted[i - 1]!.lines, sorted[i]!.lines).some(
      (c) => c.lineCode === lineCode && (c.deltaFen > 0 || c.matchingDeltaFen > 0),
    );
    if (raised) return sorted[i]!.version;
  }
  return null;
}
