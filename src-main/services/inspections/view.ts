import type { ChecklistVersionView, FindingView, InspectionView, PhotoFactsView } from '../../contract/index';
import { checkPhotoDay } from '../../core/photo-dates';
import { listInspectionPhotos, listSignatures, type PhotoFacts } from '../../db/inspection-signatures-repo';
import { getAttachments } from '../../db/attachments-repo';
import { getChecklistVersionById, listChecklistItems, type ChecklistVersionRow } from '../../db/checklists-repo';
import { findingLedgerLines, listFindings } from '../../db/findings-repo';
import {
  inspectionAttachmentIds,
  listAddenda,
  listAnswers,
  listInspectors,
  organizationOfProject,
} from '../../db/inspections-repo';
import { hasPermission } from '../../contract/permissions';
import { ruleMessage } from '../../contract/messages';
import { listedAttachment } from '../attachments/view';
import type { ServiceContext } from '../context';
import { draftViolations, loadInspection } from './load';

export function checklistView(ctx: ServiceContext, v: ChecklistVersionRow): ChecklistVersionView {
  return { ...v, items: listChecklistItems(ctx.db, v.versionId) };
}

/** Sequence numbers of the items not yet answered; sign-off needs every item answered. */
export function unansweredSeqs(items: readonly { id: number; seq: number }[], answered: ReadonlySet<number>): number[] {
  return items.filter((i) => !answered.has(i.id)).map((i) => i.seq);
}

export function unansweredRule(seqs: readonly number[]) {
  const shown = seqs.length > 10 ? `${seqs.slice(0, 10).join('、')}…` : seqs.join('、');
  return { rule: 'inspection.unanswered', params: { count: seqs.length, seqs: shown } };
}

/** A photo's EXIF facts and whether it was taken on the inspection's day. */
function photoView(p: PhotoFacts | undefined, inspectionDate: string): PhotoFactsView {
  const check = checkPhotoDay(p?.takenOn ?? null, inspectionDate);
  return {
    takenOn: p?.takenOn ?? null,
    takenAt: p?.takenAt ?? null,
    offsetRecorded: p?.offsetRecorded ?? null,
    latitude: p?.latitude ?? null,
    longitude: p?.longitude ?? null,
    day: check.status,
    daysApart: check.status === 'otherDay' ? check.daysApart : 0,
  };
}

/** The whole inspection as the form and the read-only page show it, with what the caller may do now. */
export function inspectionView(ctx: ServiceContext, inspectionId: number): InspectionView {
  const l = loadInspection(ctx, inspectionId);
  const { inspection: i, project } = l;
  const checklist = checklistView(ctx, getChecklistVersionById(ctx.db, i.checklistVersionId)!);
  const answers = listAnswers(ctx.db, i.id);
  const roles = ctx.user?.roles ?? [];
  const editable = hasPermission(roles, 'inspections.record') && draftViolations(ctx, l).length === 0;
  const missing = unansweredSeqs(checklist.items, new Set(answers.map((a) => a.itemId)));
  const blocked = editable && missing.length > 0 ? unansweredRule(missing) : null;
  const lines = findingLedgerLines(ctx.db, i.id);
  const mayConfirm = hasPermission(roles, 'recoveries.record') && i.signedOff !== null && !project.closed;
  const findings: FindingView[] = listFindings(ctx.db, i.id).map((f) => ({
    id: f.id,
    seq: f.seq,
    itemId: f.itemId,
    severity: f.severity,
    description: f.description,
    requirement: f.requirement,
    responsiblePerson: f.responsiblePerson,
    deadline: f.deadline,
    disallowFen: f.disallowFen,
    ledgerLines: lines
      .filter((x) => x.findingId === f.id)
      .map((x) => ({ id: x.id, voucherNo: x.voucherNo, amountFen: x.amountFen, summary: x.summary })),
    confirmed: f.confirmed,
    rectificationId: f.rectificationId,
    availableActions: [
      ...(editable ? (['remove'] as const) : []),
      ...(mayConfirm && f.disallowFen > 0 && f.confirmed === null ? (['confirmDisallowance'] as const) : []),
    ],
  }));
  const files = getAttachments(ctx.db, inspectionAttachmentIds(ctx.db, i.id));
  const photos = listInspectionPhotos(ctx.db, i.id);
  const signatures = new Map(listSignatures(ctx.db, i.id).map((g) => [g.inspectorSeq, g]));
  const me = ctx.user?.id;
  const maySign = editable && !blocked;
  const inspectors = listInspectors(ctx.db, i.id).map((x) => {
    const g = signatures.get(x.seq);
    return {
      ...x,
      signature: g ? { recordedBy: g.recordedBy, at: g.at } : null,
      canSign: maySign && !g && (x.user === null || x.user.id === me),
    };
  });
  const mayAddendum = hasPermission(roles, 'inspections.record') && i.signedOff !== null && !project.closed;
  return {
    id: i.id,
    applicationId: project.application.id,
    agreementNumber: project.agreement.agreementNumber,
    projectName: project.application.name,
    organizationName: organizationOfProject(ctx.db, project.application.id).name,
    kind: i.kind,
    date: i.date,
    place: i.place,
    notes: i.notes,
    checklist,
    inspectors,
    answers,
    findings,
    attachments: [...files.values()].map((row) => ({
      ...listedAttachment(ctx.app, row),
      photo: row.mimeType.startsWith('image/') ? photoView(photos.get(row.id), i.date) : null,
    })),
    addenda: listAddenda(ctx.db, i.id),
    createdBy: i.createdBy,
    createdAt: i.createdAt,
    signedOff: i.signedOff,
    signOffBlocked: blocked ? ruleMessage(blocked.rule, ctx.locale ?? 'zh', blocked.params) : null,
    availableActions: [
      ...(editable ? (['edit'] as const) : []),
      ...(inspectors.some((x) => x.canSign && x.user !== null) ? (['signOff'] as const) : []),
      ...(mayAddendum ? (['addAddendum'] as const) : []),
    ],
  };
}
