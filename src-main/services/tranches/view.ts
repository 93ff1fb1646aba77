import { hasPermission, ruleMessage, type OpOutput, type TrancheView } from '../../contract/index';
import { trancheActionsFrom, grantReceivedFen, type TrancheAction } from '../../core/tranche-state';
import type { TrancheRow } from '../../db/tranches-repo';
import type { ServiceContext, SessionUser } from '../context';
import { gatesOf } from './gates';
import type { TranchePlan } from './load';
import { presentTrancheParams } from './present';

/**
 * What the caller may do now: the state machine, the 'tranches.manage' permission, and maker–checker (the
 * maker of a preparation never sees 'release'). The services check each of these again on the call.
 */
export function availableActions(user: SessionUser | null, tranche: TrancheRow, closed = false): TrancheAction[] {
  if (closed || !user || !hasPermission(user.roles, 'tranches.manage')) return [];
  return trancheActionsFrom(tranche.state).filter((a) => a !== 'release' || tranche.preparedBy?.id !== user.id);
}

export function trancheView(ctx: ServiceContext, plan: TranchePlan, tranche: TrancheRow): TrancheView {
  const locale = ctx.locale ?? 'zh';
  const gates = gatesOf(plan, tranche).map((g) => ({
    gate: g.condition,
    ok: g.ok,
    rule: g.rule,
    message: ruleMessage(g.rule, locale, presentTrancheParams(g.params)),
  }));
  return {
    id: tranche.id,
    seq: tranche.seq,
    percent: tranche.percent,
    amountFen: tranche.amountFen,
    condition: tranche.condition,
    milestoneName: tranche.milestoneName,
    state: tranche.state,
    voucherNo: tranche.voucherNo,
    voucherDate: tranche.voucherDate,
    preparedBy: tranche.preparedBy,
    preparedAt: tranche.preparedAt,
    releasedBy: tranche.releasedBy,
    releasedAt: tranche.releasedAt,
    history: plan.records
      .filter((r) => r.trancheId === tranche.id)
      .map((r) => ({
        kind: r.kind,
        amountFen: r.amountFen,
        voucherNo: r.voucherNo,
        date: r.date,
        reason: r.reason,
        by: r.by,
        at: r.at,
      })),
    gates,
    availableActions: availableActions(ctx.user, tranche, plan.closed),
  };
}

export function planView(ctx: ServiceContext, plan: TranchePlan): OpOutput<'tranches.list'> {
  const releases = plan.records.filter((r) => r.kind === 'release');
  const reversals = plan.records.filter((r) => r.kind === 'reversal');
  return {
    applicationId: plan.application.id,
    agreementNumber: plan.agreement.agreementNumber,
    approvedFen: plan.agreement.approvedFen,
    releasedFen: grantReceivedFen(releases, reversals),
    closed: plan.closed,
    tranches: plan.tranches.map((t) => trancheView(ctx, plan, t)),
  };
}
