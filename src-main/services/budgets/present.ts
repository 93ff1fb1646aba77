import {
  hasPermission,
  type AdjustmentAction,
  type BudgetAdjustmentView,
  type BudgetPageAction,
  type BudgetVersionView,
  type BudgetView,
} from '../../contract/index';
import { budgetAgainstActualByShare, type ExecutionAmounts, type ExecutionRate } from '../../core/budget-execution';
import { coveringAdjustment } from '../../core/budget-versions';
import { basisPointsText } from '../../core/decimal';
import type { AdjustmentRecord, StoredBudgetLine, StoredVersion } from '../../db/budgets-repo';
import { lockedYears } from '../../db/project-status-repo';
import type { ServiceContext, SessionUser } from '../context';
import { actualByShare, type MoneyFacts } from './facts';
import { categoryName, coreVersion, nextLineCode, type Project } from './project';

export function rateView(r: ExecutionRate): { basisPoints: number | null; text: string } {
  return { basisPoints: r.basisPoints, text: r.basisPoints === null ? '—' : `${basisPointsText(r.basisPoints)}%` };
}

function lineView(project: Project, l: StoredBudgetLine) {
  return { ...l, categoryName: categoryName(project.program, l.categoryCode) };
}

export function versionView(project: Project, v: StoredVersion): BudgetVersionView {
  return {
    version: v.version,
    lines: v.lines.map((l) => lineView(project, l)),
    totalFen: v.lines.reduce((s, l) => s + l.amountFen, 0),
    matchingTotalFen: v.lines.reduce((s, l) => s + l.matchingFen, 0),
    reason: v.reason,
    adjustmentId: v.adjustmentId,
    requestedBy: v.requestedBy,
    requestedAt: v.requestedAt,
    approvedBy: v.approvedBy,
    approvedAt: v.approvedAt,
  };
}

/** What the caller may do with a request: only while pending and the project open; never approve one's own. */
export function adjustmentActions(user: SessionUser | null, project: Project, a: AdjustmentRecord): AdjustmentAction[] {
  if (!user || project.closed || a.state !== 'pending') return [];
  const own = a.requestedBy.id === user.id;
  const out: AdjustmentAction[] = [];
  if (!own && hasPermission(user.roles, 'budgets.approve')) out.push('approve', 'reject');
  if (own && hasPermission(user.roles, 'budgets.request')) out.push('withdraw');
  return out;
}

export function adjustmentView(ctx: ServiceContext, project: Project, a: AdjustmentRecord): BudgetAdjustmentView {
  const base = project.versions.find((v) => v.version === a.baseVersion);
  const changes = a.lines.map((r) => {
    const was = base?.lines.find((l) => l.lineCode === r.lineCode);
    const categoryCode = was?.categoryCode ?? r.categoryCode ?? '';
    const fromFen = was?.amountFen ?? 0;
    const fromMatchingFen = was?.matchingFen ?? 0;
    return {
      lineCode: r.lineCode,
      categoryCode,
      categoryName: categoryName(project.program, categoryCode),
      costType: was ? was.costType : r.costType,
      fromFen,
      toFen: r.amountFen,
      deltaFen: r.amountFen - fromFen,
      fromMatchingFen,
      toMatchingFen: r.matchingFen,
      matchingDeltaFen: r.matchingFen - fromMatchingFen,
      isNew: !was,
    };
  });
  return {
    id: a.id,
    state: a.state,
    baseVersion: a.baseVersion,
    resultVersion: project.versions.find((v) => v.adjustmentId === a.id)?.version ?? null,
    reason: a.reason,
    changes,
    requestedBy: a.requestedBy,
    requestedAt: a.requestedAt,
    decidedBy: a.decidedBy,
    decidedAt: a.decidedAt,
    decisionReason: a.decisionReason,
    availableActions: adjustmentActions(ctx.user, project, a),
  };
}

function pageActions(user: SessionUser | null, project: Project): BudgetPageAction[] {
  if (!user || project.closed) return [];
  const out: BudgetPageAction[] = [];
  if (hasPermission(user.roles, 'budgets.request')) out.push('requestAdjustment');
  if (hasPermission(user.roles, 'ledger.post')) out.push('post', 'reverse');
  return out;
}

function amountsView(a: ExecutionAmounts) {
  return {
    originalFen: a.budgetFen,
    currentFen: a.adjustedBudgetFen,
    actualFen: a.actualFen,
    balanceFen: a.balanceFen,
    executionRate: rateView(a.executionRate),
  };
}

/**
 * Budget against actual per share: version 1 and the current version side by side (never added), actual,
 * balance and rate of the grant against the grant budget, of matching funds against the matching budget, and
 * of the two together.
 */
function execution(project: Project, facts: MoneyFacts): BudgetView['execution'] {
  const v1 = project.versions[0]!;
  const report = budgetAgainstActualByShare(v1.lines, project.current.lines, actualByShare(facts));
  const all = coreVersionsOf(project);
  const meta = (code: string) =>
    project.current.lines.find((l) => l.lineCode === code) ?? v1.lines.find((l) => l.lineCode === code);
  const rows = report.rows.map((r) => {
    const m = meta(r.lineCode);
    return {
      lineCode: r.lineCode,
      categoryCode: m?.categoryCode ?? '',
      categoryName: m ? categoryName(project.program, m.categoryCode) : '',
      costType: m?.costType ?? null,
      grant: amountsView(r.grant),
      matching: amountsView(r.matching),
      total: amountsView(r.total),
      coveredByVersion: coveringAdjustment(all, r.lineCode),
    };
  });
  const t = report.total;
  return {
    rows,
    total: { grant: amountsView(t.grant), matching: amountsView(t.matching), total: amountsView(t.total) },
  };
}

function coreVersionsOf(project: Project) {
  return project.versions.map(coreVersion);
}

export function budgetView(
  ctx: ServiceContext,
  project: Project,
  facts: MoneyFacts,
  adjustments: readonly AdjustmentRecord[],
): BudgetView {
  const { application, agreement, program } = project;
  return {
    applicationId: application.id,
    agreementNumber: agreement.agreementNumber,
    projectName: application.name,
    periodStart: agreement.periodStart,
    periodEnd: agreement.periodEnd,
    approvedFen: agreement.approvedFen,
    source: program.source,
    tolerancePercent: program.ruleSet.budgetTolerancePercent,
    categories: program.ruleSet.categories.map((c) => ({ code: c.code, name: c.name })),
    currentVersion: project.current.version,
    nextLineCode: nextLineCode(
      project.versions,
      adjustments.filter((a) => a.state === 'pending').flatMap((a) => a.lines.map((l) => l.lineCode)),
    ),
    versions: project.versions.map((v) => versionView(project, v)),
    adjustments: adjustments.map((a) => adjustmentView(ctx, project, a)),
    execution: execution(project, facts),
    grantReceivedFen: facts.grantReceivedFen,
    recoveredFen: facts.recoveredFen,
    grantSpentFen: facts.grantSpentFen,
    matchingSpentFen: facts.matchingSpentFen,
    // Against what the posting rule allows (received net of recoveries), so the two never disagree.
    grantBalanceFen: facts.grantAvailableFen - facts.grantSpentFen,
    advanceOpenFen: Math.max(0, facts.grantSpentFen - facts.grantAvailableFen),
    ledgerLineCount: facts.ledgerLineCount,
    closed: project.closed,
    lockedYears: lockedYears(ctx.db),
    availableActions: pageActions(ctx.user, project),
  };
}
