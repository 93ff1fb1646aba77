import { hasPermission, type CloseOutAction, type CloseOutView } from '../../contract/index';
import { closeOutChecklist, closingBalance, mayClose, recoveryDue, type ChecklistEntry } from '../../core/close-out';
import type { CloseoutRow } from '../../db/closeout-repo';
import type { ServiceContext, SessionUser } from '../context';
import { balanceOf, closeOutFacts, type CloseOutProject } from './load';
import { checklistView } from './present';

/**
 * What the caller may do now: record a recovery or close, with the permission, while the project is open, and
 * (for closing) once every checklist item holds. The services check each of these again on the call.
 */
export function closeOutActions(user: SessionUser | null, p: CloseOutProject, ready: boolean): CloseOutAction[] {
  if (!user || p.closeout) return [];
  const out: CloseOutAction[] = [];
  if (hasPermission(user.roles, 'recoveries.record')) out.push('recordRecovery');
  if (ready && hasPermission(user.roles, 'projects.close')) out.push('close');
  return out;
}

function closedView(ctx: ServiceContext, p: CloseOutProject, c: CloseoutRow): NonNullable<CloseOutView['closed']> {
  // Written by closeOut.close from closeOutChecklist; a row is final (migration 0011), so its shape is ours.
  const stored = c.checklist as ChecklistEntry[];
  return {
    date: c.closedDate,
    by: c.by,
    at: c.at,
    note: c.note,
    balance: closingBalance({
      grantReceivedFen: c.grantReceivedFen,
      grantSpentFen: c.grantSpentFen,
      recoveredFen: c.recoveredFen,
      disallowedFen: 0,
      matchingCommittedFen: p.application.matchingFen,
      matchingSpentFen: c.matchingSpentFen,
    }),
    checklist: checklistView(stored, ctx.locale ?? 'zh'),
  };
}

export function closeOutView(ctx: ServiceContext, p: CloseOutProject): CloseOutView {
  const checklist = closeOutChecklist(closeOutFacts(p));
  const ready = mayClose(checklist);
  return {
    applicationId: p.application.id,
    agreementNumber: p.agreement.agreementNumber,
    projectName: p.application.name,
    approvedFen: p.agreement.approvedFen,
    periodStart: p.agreement.periodStart,
    periodEnd: p.agreement.periodEnd,
    checklist: checklistView(checklist, ctx.locale ?? 'zh'),
    mayClose: ready && !p.closeout,
    balance: balanceOf(p),
    recoveryDue: recoveryDue(p.money),
    recoveries: p.recoveries.map((r) => ({
      id: r.id,
      kind: r.kind,
      amountFen: r.amountFen,
      voucherNo: r.voucherNo,
      date: r.date,
      reason: r.reason,
      by: r.by,
      at: r.at,
    })),
    closed: p.closeout ? closedView(ctx, p, p.closeout) : null,
    availableActions: closeOutActions(ctx.user, p, ready),
  };
}
