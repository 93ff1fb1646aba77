import type { RectificationRow, RectificationView } from '../../contract/index';
import { hasPermission } from '../../contract/permissions';
import { ruleMessage } from '../../contract/messages';
import type { Violation } from '../../core/violations';
import { shanghaiDate } from '../../core/calendar';
import {
  checkVerifier,
  isOverdue,
  nextState,
  rectificationRef,
  type RectificationAction,
} from '../../core/rectification';
import { getAttachments } from '../../db/attachments-repo';
import { evidenceRecorders, inspectorUserIds, listSteps, type RectificationRecord } from '../../db/rectifications-repo';
import { presentParams } from '../violations';
import { listedAttachment } from '../attachments/view';
import type { ServiceContext } from '../context';
import { projectClosed } from './load';

/** Why this user may not verify (or send back) the item: separation of duties. */
export function dutyViolations(ctx: ServiceContext, r: RectificationRecord, action: 'verify' | 'reopen'): Violation[] {
  const user = ctx.user!;
  const all = checkVerifier({
    ref: rectificationRef(r.seq, r.description),
    verifier: { id: user.id, displayName: user.displayName },
    evidenceRecorders: evidenceRecorders(ctx.db, r.id),
    inspectors: inspectorUserIds(ctx.db, r.inspectionId),
    organizationContact: r.organizationContact,
    responsiblePerson: r.responsiblePerson,
  });
  // Sending evidence back is no verification: only its recorder may not judge it.
  return action === 'verify' ? all : all.filter((v) => v.rule === 'rectification.verifierRecorded');
}

const PERMISSION: Record<RectificationAction, 'rectifications.evidence' | 'rectifications.verify'> = {
  submitEvidence: 'rectifications.evidence',
  verify: 'rectifications.verify',
  reopen: 'rectifications.verify',
};

export function rowView(ctx: ServiceContext, r: RectificationRecord, closed: boolean): RectificationRow {
  const roles = ctx.user?.roles ?? [];
  const available: RectificationAction[] = [];
  const blocked: RectificationRow['blocked'] = [];
  for (const action of ['submitEvidence', 'verify', 'reopen'] as const) {
    if (closed || nextState(r.state, action) === null || !hasPermission(roles, PERMISSION[action])) continue;
    const duties = action === 'submitEvidence' ? [] : dutyViolations(ctx, r, action);
    if (duties.length === 0) available.push(action);
    else {
      const v = duties[0]!;
      blocked.push({ action, reason: ruleMessage(v.rule, ctx.locale ?? 'zh', presentParams(v.params)) });
    }
  }
  return {
    id: r.id,
    ref: rectificationRef(r.seq, r.description),
    applicationId: r.applicationId,
    agreementNumber: r.agreementNumber,
    projectName: r.projectName,
    organizationId: r.organizationId,
    organizationName: r.organizationName,
    districtCode: r.districtCode,
    inspectionId: r.inspectionId,
    inspectionDate: r.inspectionDate,
    severity: r.severity,
    description: r.description,
    requirement: r.requirement,
    responsiblePerson: r.responsiblePerson,
    deadline: r.deadline,
    state: r.state,
    overdue: isOverdue(r, shanghaiDate(ctx.now)),
    availableActions: available,
    blocked,
  };
}

export function fullView(ctx: ServiceContext, r: RectificationRecord): RectificationView {
  const steps = listSteps(ctx.db, r.id);
  const files = getAttachments(
    ctx.db,
    steps.flatMap((s) => s.attachmentIds),
  );
  return {
    ...rowView(ctx, r, projectClosed(ctx, r.applicationId)),
    steps: steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      note: s.note,
      by: s.by,
      at: s.at,
      attachments: s.attachmentIds.flatMap((id) => {
        const row = files.get(id);
        return row ? [listedAttachment(ctx.app, row)] : [];
      }),
    })),
  };
}
