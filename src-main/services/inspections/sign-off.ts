import type { OpOutput, OpParsedInput } from '../../contract/index';
import { listChecklistItems } from '../../db/checklists-repo';
import { listFindings } from '../../db/findings-repo';
import { listAnswers, organizationOfProject, setSignedOff } from '../../db/inspections-repo';
import { insertRectification } from '../../db/rectifications-repo';
import { nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadInspection, refuseUnlessDraft } from './load';
import { inspectionView, unansweredRule, unansweredSeqs } from './view';

/**
 * 签字确认 by one of the inspection's evaluators, once every item is answered. From then on the inspection
 * is read-only (triggers enforce it) and each finding opens its rectification (整改) for the organization.
 */
export function signOff(
  ctx: ServiceContext,
  input: OpParsedInput<'inspections.signOff'>,
): OpOutput<'inspections.signOff'> {
  const user = requireUser(ctx);
  const l = loadInspection(ctx, input.inspectionId);
  refuseUnlessDraft(ctx, l);
  const answered = new Set(listAnswers(ctx.db, l.inspection.id).map((a) => a.itemId));
  const missing = unansweredSeqs(listChecklistItems(ctx.db, l.inspection.checklistVersionId), answered);
  if (missing.length > 0) throwIfAny([unansweredRule(missing)], 'inspectionId');
  const at = nowIso(ctx);
  setSignedOff(ctx.db, l.inspection.id, user.id, at);
  const org = organizationOfProject(ctx.db, l.project.application.id);
  const findings = listFindings(ctx.db, l.inspection.id);
  for (const f of findings) {
    const id = insertRectification(ctx.db, {
      findingId: f.id,
      applicationId: l.project.application.id,
      organizationId: org.id,
      severity: f.severity,
      deadline: f.deadline,
      at,
    });
    recordChange(ctx, 'rectification', id, null, {
      project: l.project.agreement.agreementNumber,
      organization: org.name,
      severity: f.severity,
      requirement: f.requirement,
      responsiblePerson: f.responsiblePerson,
      deadline: f.deadline,
      state: 'open',
    });
  }
  recordChange(
    ctx,
    'inspection',
    l.inspection.id,
    { signedOff: false },
    { signedOff: true, findings: findings.length },
  );
  return inspectionView(ctx, l.inspection.id);
}
