import { shanghaiDate } from '../../core/calendar';
import { checkAnswer, checkFinding, checkInspectionDate } from '../../core/inspections';
import { checkFieldDisallowance, type EvidenceContent, type InspectionContent } from '../../core/packs';
import { checkTransition, rectificationRef } from '../../core/rectification';
import { getAttachments, insertAttachment } from '../../db/attachments-repo';
import { listChecklistItems } from '../../db/checklists-repo';
import {
  deleteFinding,
  grantByVoucher,
  insertFinding,
  ledgerLinesByVoucher,
  listFindings,
} from '../../db/findings-repo';
import {
  getInspection,
  inspectionAttachmentIds,
  insertInspectionAttachment,
  listAnswers,
  updateInspectionHeader,
  upsertAnswer,
} from '../../db/inspections-repo';
import { getRectification, insertStep, setRectificationState } from '../../db/rectifications-repo';
import { findUserByUsername } from '../../db/users-repo';
import { nowIso, requireUser } from '../app-error';
import { attachmentsDirOf, storeContent } from '../attachments/store';
import type { ServiceContext } from '../context';
import { loadInspectionProject } from '../inspections/load';
import { projectClosed } from '../rectifications/load';
import { throwIfAny } from '../violations';
import type { ResultsBody } from './types';

type Files = ResultsBody['files'];

/** The office account a field record was made under (the pack's inspectors are office users). */
function recorder(ctx: ServiceContext, username: string): number {
  return findUserByUsername(ctx.db, username)?.id ?? requireUser(ctx).id;
}

/** Files into the content-addressed store and an attachment row each, for the record's project. */
function storeFiles(ctx: ServiceContext, applicationId: number, shas: readonly string[], files: Files, by: number) {
  return shas.map((sha256) => {
    const f = files.find((x) => x.sha256 === sha256)!;
    const content = Buffer.from(f.base64, 'base64');
    storeContent(attachmentsDirOf(ctx.app), sha256, content);
    return insertAttachment(ctx.db, {
      applicationId,
      sha256,
      size: content.length,
      fileName: f.fileName,
      mimeType: f.mimeType,
      uploadedBy: by,
      uploadedAt: nowIso(ctx),
    });
  });
}

/**
 * The field's version of a pack inspection written over the office's draft: header, answers, findings, and the
 * photos it names that the draft lacks. Checked as an edit at the office would be; a signed-off inspection is
 * never written (its correction is an addendum).
 */
export function applyInspection(
  ctx: ServiceContext,
  id: number,
  c: InspectionContent,
  by: string,
  files: Files,
  field: string,
): void {
  const inspection = getInspection(ctx.db, id)!;
  const project = loadInspectionProject(ctx, inspection.applicationId, field);
  const ref = { project: project.agreement.agreementNumber };
  if (project.closed) throwIfAny([{ rule: 'inspection.projectClosed', params: ref }], field);
  if (inspection.signedOff) throwIfAny([{ rule: 'pack.inspectionSignedOff', params: ref }], field);
  throwIfAny(checkInspectionDate(c.date, shanghaiDate(ctx.now), project.agreement.periodStart), field);
  const items = new Map(listChecklistItems(ctx.db, inspection.checklistVersionId).map((i) => [i.id, i]));
  for (const a of c.answers) {
    const item = items.get(a.itemId);
    if (!item) throwIfAny([{ rule: 'inspection.itemNotInChecklist', params: { id: a.itemId } }], field);
    throwIfAny(checkAnswer(item!, a.value), field);
  }
  const grant = new Map(grantByVoucher(ctx.db, project.agreement.id));
  const findings = c.findings.map((f) => {
    const voucherNos = f.voucherNos ?? [];
    const disallowFen = f.disallowFen ?? 0;
    throwIfAny(
      checkFinding({ inspectionDate: c.date, deadline: f.deadline, disallowFen, ledgerLineCount: voucherNos.length }),
      field,
    );
    throwIfAny(checkFieldDisallowance({ disallowFen, voucherNos }, grant), field);
    const ledgerLineIds = voucherNos.flatMap((v) =>
      ledgerLinesByVoucher(ctx.db, project.agreement.id, v).map((l) => l.id),
    );
    return { ...f, disallowFen, ledgerLineIds };
  });
  updateInspectionHeader(ctx.db, id, c);
  const fieldItems = new Set(c.answers.map((a) => a.itemId));
  for (const a of listAnswers(ctx.db, id))
    if (!fieldItems.has(a.itemId)) upsertAnswer(ctx.db, id, { itemId: a.itemId, value: '', note: '' });
  for (const a of c.answers) upsertAnswer(ctx.db, id, a);
  for (const f of listFindings(ctx.db, id)) deleteFinding(ctx.db, f.id);
  for (const f of findings) insertFinding(ctx.db, { ...f, inspectionId: id });
  const have = new Set([...getAttachments(ctx.db, inspectionAttachmentIds(ctx.db, id)).values()].map((a) => a.sha256));
  const missing = c.photos.filter((s) => !have.has(s));
  for (const attachmentId of storeFiles(ctx, inspection.applicationId, missing, files, recorder(ctx, by)))
    insertInspectionAttachment(ctx.db, id, attachmentId);
}

/** Evidence recorded in the field becomes an evidence step (整改材料) of the item, as at the office. */
export function applyEvidence(
  ctx: ServiceContext,
  id: number,
  c: EvidenceContent,
  by: string,
  at: string,
  files: Files,
  field: string,
): void {
  const r = getRectification(ctx.db, id)!;
  const ref = rectificationRef(r.seq, r.description);
  if (projectClosed(ctx, r.applicationId))
    throwIfAny([{ rule: 'rectification.projectClosed', params: { project: r.agreementNumber } }], field);
  throwIfAny(checkTransition(ref, r.state, 'submitEvidence'), field);
  const userId = recorder(ctx, by);
  const attachmentIds = storeFiles(ctx, r.applicationId, c.photos, files, userId);
  insertStep(ctx.db, { rectificationId: id, kind: 'evidence', note: c.note, by: userId, at, attachmentIds });
  setRectificationState(ctx.db, id, { state: 'submitted', submittedBy: userId });
}
