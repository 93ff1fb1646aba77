import { shanghaiTime, type BudgetAdjustmentView, type OpParsedInput } from '../../contract/index';
import { SOURCE_BASIS, type Violation } from '../../core/violations';
import { approveAdjustment, checkAdjustment, type AdjustmentRequest } from '../../core/budget-versions';
import {
  applicationOfAdjustment,
  decideAdjustment,
  getAdjustment,
  insertAdjustment,
  insertBudgetVersion,
  listAdjustments,
  type AdjustmentLineRecord,
  type AdjustmentRecord,
} from '../../db/budgets-repo';
import { AppError, nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { actualByShare, moneyFacts } from './facts';
import { adjustmentView } from './present';
import { coreVersion, loadProject, refuseIfClosed, type Project } from './project';

/** The input field a budget rule belongs to, so a form shows the refusal beside it. */
function fieldOf(violations: readonly Violation[]): string {
  const rule = violations[0]?.rule;
  if (rule === 'budget.staleRequest') return 'baseVersion';
  if (rule === 'budget.reasonRequired') return 'reason';
  if (rule === 'budget.sameUser' || rule === 'budget.rejectOwn' || rule === 'budget.withdrawNotRequester')
    return 'adjustmentId';
  return 'lines';
}

function refuse(violations: readonly Violation[]): void {
  if (violations.length > 0) throwIfAny(violations, fieldOf(violations));
}

/** A new line may not carry a cost type the program forbids; an existing line keeps its cost type. */
function costTypeRules(project: Project, lines: readonly AdjustmentLineRecord[]): Violation[] {
  const out: Violation[] = [];
  const { ruleSet, source } = project.program;
  for (const l of lines) {
    const existing = project.current.lines.find((c) => c.lineCode === l.lineCode);
    if (existing && l.costType !== existing.costType)
      out.push({ rule: 'budget.costTypeChanged', params: { line: l.lineCode } });
    if (!existing && l.costType !== null && ruleSet.forbiddenCostTypes.includes(l.costType))
      out.push({
        rule: 'budget.forbiddenCostType',
        params: { line: l.lineCode, costType: l.costType, source, basis: SOURCE_BASIS[source] },
      });
  }
  return out;
}

function coreRequest(
  a: Pick<AdjustmentRecord, 'baseVersion' | 'reason' | 'lines'>,
  requestedBy: number,
): AdjustmentRequest {
  return {
    baseVersion: a.baseVersion,
    reason: a.reason,
    requestedBy,
    lines: a.lines.map((l) => ({
      lineCode: l.lineCode,
      categoryCode: l.categoryCode ?? undefined,
      amountFen: l.amountFen,
      matchingFen: l.matchingFen,
    })),
  };
}

/** 预算调整申请: checked in full against the current version and the ledger as it stands. */
export function requestAdjustment(
  ctx: ServiceContext,
  input: OpParsedInput<'budgets.requestAdjustment'>,
): BudgetAdjustmentView {
  const user = requireUser(ctx);
  const project = loadProject(ctx, input.applicationId);
  refuseIfClosed(project, 'budget.projectClosed');
  const lines: AdjustmentLineRecord[] = input.lines.map((l) => {
    const existing = project.current.lines.find((c) => c.lineCode === l.lineCode);
    return {
      lineCode: l.lineCode,
      categoryCode: l.categoryCode ?? existing?.categoryCode ?? null,
      costType: l.costType === undefined ? (existing?.costType ?? null) : l.costType,
      amountFen: l.amountFen,
      // A line the request names without a matching amount keeps its matching share.
      matchingFen: l.matchingFen ?? existing?.matchingFen ?? 0,
    };
  });
  const request = { baseVersion: input.baseVersion, reason: input.reason, lines };
  const facts = moneyFacts(ctx, project.agreement.id);
  const core = coreRequest(request, user.id);
  // An existing line's category is its own; only a category that differs is passed on to be refused.
  const asked: AdjustmentRequest = {
    ...core,
    lines: core.lines.map((l, i) => ({ ...l, categoryCode: input.lines[i]!.categoryCode })),
  };
  refuse([
    ...checkAdjustment(coreVersion(project.current), asked, {
      approvedFen: project.agreement.approvedFen,
      ruleSet: project.program.ruleSet,
      actual: actualByShare(facts),
    }),
    ...costTypeRules(project, lines),
  ]);
  const at = nowIso(ctx);
  const id = insertAdjustment(ctx.db, {
    agreementId: project.agreement.id,
    ...request,
    requestedBy: user.id,
    requestedAt: at,
  });
  recordChange(ctx, 'budgetAdjustment', id, null, {
    applicationId: project.application.id,
    state: 'pending',
    ...request,
  });
  return adjustmentView(ctx, project, getAdjustment(ctx.db, id)!);
}

const DECIDED_RULES = {
  approved: 'budget.adjustmentApproved',
  rejected: 'budget.adjustmentRejected',
  withdrawn: 'budget.adjustmentWithdrawn',
} as const;

function loadAdjustment(ctx: ServiceContext, adjustmentId: number): { project: Project; adjustment: AdjustmentRecord } {
  const applicationId = applicationOfAdjustment(ctx.db, adjustmentId);
  if (applicationId === null)
    throw new AppError('NotFound', 'budget.adjustmentNotFound', { id: adjustmentId }, 'adjustmentId');
  const project = loadProject(ctx, applicationId, 'adjustmentId');
  refuseIfClosed(project, 'budget.projectClosed');
  const adjustment = getAdjustment(ctx.db, adjustmentId)!;
  if (adjustment.state !== 'pending') {
    // Named as the budget tab numbers it (第 N 次, oldest first), never by its row id.
    const seq = listAdjustments(ctx.db, adjustment.agreementId).filter((a) => a.id <= adjustment.id).length;
    const at = adjustment.decidedAt === null ? '' : shanghaiTime(adjustment.decidedAt);
    refuse([{ rule: DECIDED_RULES[adjustment.state], params: { seq, at } }]);
  }
  return { project, adjustment };
}

function decided(ctx: ServiceContext, adjustmentId: number): BudgetAdjustmentView {
  // Reloaded so the view shows the new version and the decision.
  const applicationId = applicationOfAdjustment(ctx.db, adjustmentId)!;
  const project = loadProject(ctx, applicationId, 'adjustmentId');
  return adjustmentView(ctx, project, getAdjustment(ctx.db, adjustmentId)!);
}

/**
 * A finance officer other than the requester approves: every rule is checked again (the ledger or the
 * version may have moved since the request), and the request becomes version n + 1.
 */
export function approve(ctx: ServiceContext, input: OpParsedInput<'budgets.approveAdjustment'>): BudgetAdjustmentView {
  const user = requireUser(ctx);
  const { project, adjustment } = loadAdjustment(ctx, input.adjustmentId);
  const facts = moneyFacts(ctx, project.agreement.id);
  const r = approveAdjustment(
    coreVersion(project.current),
    coreRequest(adjustment, adjustment.requestedBy.id),
    user.id,
    {
      approvedFen: project.agreement.approvedFen,
      ruleSet: project.program.ruleSet,
      actual: actualByShare(facts),
    },
  );
  refuse([...(r.ok ? [] : r.violations), ...costTypeRules(project, adjustment.lines)]);
  if (!r.ok) throw new Error('unreachable: refused above');
  const at = nowIso(ctx);
  decideAdjustment(ctx.db, adjustment.id, { state: 'approved', by: user.id, at, reason: null });
  const costTypes = new Map([
    ...adjustment.lines.map((l) => [l.lineCode, l.costType] as const),
    ...project.current.lines.map((l) => [l.lineCode, l.costType] as const),
  ]);
  const lines = r.version.lines.map((l) => ({ ...l, costType: costTypes.get(l.lineCode) ?? null }));
  const versionId = insertBudgetVersion(ctx.db, {
    agreementId: project.agreement.id,
    version: r.version.version,
    reason: r.version.reason,
    adjustmentId: adjustment.id,
    requestedBy: adjustment.requestedBy.id,
    requestedAt: adjustment.requestedAt,
    approvedBy: user.id,
    approvedAt: at,
    lines,
  });
  recordChange(ctx, 'budgetAdjustment', adjustment.id, { state: 'pending' }, { state: 'approved', by: user.id });
  recordChange(ctx, 'budgetVersion', versionId, null, {
    agreementId: project.agreement.id,
    version: r.version.version,
    adjustmentId: adjustment.id,
    lines,
  });
  return decided(ctx, adjustment.id);
}

/** Refused with a reason, by a finance officer other than the requester (who withdraws instead). */
export function reject(ctx: ServiceContext, input: OpParsedInput<'budgets.rejectAdjustment'>): BudgetAdjustmentView {
  const user = requireUser(ctx);
  const { adjustment } = loadAdjustment(ctx, input.adjustmentId);
  if (adjustment.requestedBy.id === user.id) refuse([{ rule: 'budget.rejectOwn', params: {} }]);
  decideAdjustment(ctx.db, adjustment.id, { state: 'rejected', by: user.id, at: nowIso(ctx), reason: input.reason });
  recordChange(
    ctx,
    'budgetAdjustment',
    adjustment.id,
    { state: 'pending' },
    { state: 'rejected', by: user.id, reason: input.reason },
  );
  return decided(ctx, adjustment.id);
}

/** The requester takes a pending request back. */
export function withdraw(
  ctx: ServiceContext,
  input: OpParsedInput<'budgets.withdrawAdjustment'>,
): BudgetAdjustmentView {
  const user = requireUser(ctx);
  const { adjustment } = loadAdjustment(ctx, input.adjustmentId);
  if (adjustment.requestedBy.id !== user.id)
    refuse([{ rule: 'budget.withdrawNotRequester', params: { requester: adjustment.requestedBy.displayName } }]);
  decideAdjustment(ctx.db, adjustment.id, { state: 'withdrawn', by: user.id, at: nowIso(ctx), reason: null });
  recordChange(ctx, 'budgetAdjustment', adjustment.id, { state: 'pending' }, { state: 'withdrawn', by: user.id });
  return decided(ctx, adjustment.id);
}
