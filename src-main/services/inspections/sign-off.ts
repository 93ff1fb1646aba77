import type { OpOutput, OpParsedInput } from '../../contract/index';
import { listChecklistItems } from '../../db/checklists-repo';
import { listFindings } from '../../db/findings-repo';
import { insertSignature, listSignatures } from '../../db/inspection-signatures-repo';
import { listAnswers, listInspectors, organizationOfProject, setSignedOff } from '../../db/inspections-repo';
import { insertRectification } from '../../db/rectifications-repo';
import { nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadInspection, refuseUnlessDraft, type LoadedInspection } from './load';
import { inspectionView, unansweredRule, unansweredSeqs } from './view';

/**
 * 签字确认. Every inspector signs the same finished record (every item answered): an account inspector for
 * themself, an external expert's paper signature recorded by an account inspector, who is named with it. The
 * last account inspector's signature makes the inspection read-only (triggers enforce it) and opens a
 * rectification (整改) for each finding.
 */
export function signOff(
  ctx: ServiceContext,
  input: OpParsedInput<'inspections.signOff'>,
): OpOutput<'inspections.signOff'> {
  const user = requireUser(ctx);
  const l = readyToSign(ctx, input.inspectionId);
  const inspectors = listInspectors(ctx.db, l.inspection.id);
  const mine = inspectors.find((i) => i.user?.id === user.id)!;
  refuseSignedTwice(ctx, l, mine.seq, mine.name);
  const at = nowIso(ctx);
  insertSignature(ctx.db, { inspectionId: l.inspection.id, inspectorSeq: mine.seq, by: user.id, at });
  recordChange(ctx, 'inspection', l.inspection.id, null, { signedBy: user.displayName });
  const signed = new Set(listSignatures(ctx.db, l.inspection.id).map((s) => s.inspectorSeq));
  if (inspectors.every((i) => i.user === null || signed.has(i.seq))) complete(ctx, l, user.id, at);
  return inspectionView(ctx, l.inspection.id);
}

export function recordExpertSignature(
  ctx: ServiceContext,
  input: OpParsedInput<'inspections.recordExpertSignature'>,
): OpOutput<'inspections.recordExpertSignature'> {
  const user = requireUser(ctx);
  const l = readyToSign(ctx, input.inspectionId);
  const expert = listInspectors(ctx.db, l.inspection.id).find((i) => i.seq === input.inspectorSeq);
  if (!expert)
    throwIfAny([{ rule: 'inspection.inspectorSeqUnknown', params: { seq: input.inspectorSeq } }], 'inspectorSeq');
  if (expert!.user !== null)
    throwIfAny([{ rule: 'inspection.notExpert', params: { seq: input.inspectorSeq } }], 'inspectorSeq');
  refuseSignedTwice(ctx, l, expert!.seq, expert!.name);
  insertSignature(ctx.db, { inspectionId: l.inspection.id, inspectorSeq: expert!.seq, by: user.id, at: nowIso(ctx) });
  recordChange(ctx, 'inspection', l.inspection.id, null, {
    signedBy: `${expert!.name}（${expert!.unit}）`,
    recordedBy: user.displayName,
  });
  return inspectionView(ctx, l.inspection.id);
}

/** A draft the caller inspects, every item answered. */
function readyToSign(ctx: ServiceContext, inspectionId: number): LoadedInspection {
  const l = loadInspection(ctx, inspectionId);
  refuseUnlessDraft(ctx, l);
  const answered = new Set(listAnswers(ctx.db, l.inspection.id).map((a) => a.itemId));
  const missing = unansweredSeqs(listChecklistItems(ctx.db, l.inspection.checklistVersionId), answered);
  if (missing.length > 0) throwIfAny([unansweredRule(missing)], 'inspectionId');
  return l;
}

function refuseSignedTwice(ctx: ServiceContext, l: LoadedInspection, seq: number, name: string): void {
  const given = listSignatures(ctx.db, l.inspection.id).find((s) => s.inspectorSeq === seq);
  if (given)
    throwIfAny([{ rule: 'inspection.alreadySigned', params: { name, at: given.at.slice(0, 10) } }], 'inspectionId');
}

function complete(ctx: ServiceContext, l: LoadedInspection, by: number, at: string): void {
  setSignedOff(ctx.db, l.inspection.id, by, at);
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
}
