import type { OpOutput, OpParsedInput } from '../../contract/index';
import type { Violation } from '../../core/violations';
import { shanghaiDate } from '../../core/calendar';
import { checkAnswer, checkInspectionDate, checkInspectors, type InspectorFacts } from '../../core/inspections';
import { getAttachment } from '../../db/attachments-repo';
import { getChecklistVersion, listChecklistItems } from '../../db/checklists-repo';
import {
  inspectionAttachmentIds,
  insertAddendum,
  insertInspection,
  insertInspectionAttachment,
  replaceInspectors,
  updateInspectionHeader,
  upsertAnswer,
  type InspectorInput,
} from '../../db/inspections-repo';
import { getUser } from '../../db/users-repo';
import { setInspectionPhoto, type PhotoFacts } from '../../db/inspection-signatures-repo';
import type { PhotoReading } from '../photos/before-attach';
import { AppError, nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import type { Project } from '../milestones/load';
import { loadInspection, loadInspectionProject, beginDraftChange } from './load';
import { inspectionView } from './view';

type Header = Pick<OpParsedInput<'inspections.create'>, 'kind' | 'date' | 'place' | 'inspectors' | 'notes'>;

/** Inspectors as stored: accounts by id (their name comes from the account), experts by name and unit. */
function resolveInspectors(ctx: ServiceContext, inspectors: Header['inspectors']): InspectorInput[] {
  const facts: InspectorFacts[] = [];
  for (const i of inspectors) {
    if (i.userId === null) {
      facts.push({ userId: null, name: i.name, unit: i.unit, isEvaluator: false });
      continue;
    }
    const u = getUser(ctx.db, i.userId);
    if (!u) throw new AppError('NotFound', 'inspection.inspectorUnknown', { id: i.userId }, 'inspectors');
    facts.push({
      userId: u.id,
      name: u.displayName,
      unit: i.unit,
      isEvaluator: !u.disabled && u.roles.includes('evaluator'),
    });
  }
  throwIfAny(checkInspectors(facts), 'inspectors');
  const user = requireUser(ctx);
  if (!facts.some((f) => f.userId === user.id))
    throwIfAny([{ rule: 'inspection.notInspector', params: { user: user.displayName } }], 'inspectors');
  return facts.map((f) => ({ userId: f.userId, name: f.name.trim(), unit: f.unit.trim() }));
}

function checkHeader(ctx: ServiceContext, project: Project, h: Header): InspectorInput[] {
  throwIfAny(checkInspectionDate(h.date, shanghaiDate(ctx.now), project.agreement.periodStart), 'date');
  return resolveInspectors(ctx, h.inspectors);
}

const headerLog = (h: Header, inspectors: InspectorInput[]) => ({
  kind: h.kind,
  date: h.date,
  place: h.place,
  notes: h.notes,
  inspectors: inspectors.map((i) => (i.unit ? `${i.name}（${i.unit}）` : i.name)).join('、'),
});

export function create(
  ctx: ServiceContext,
  input: OpParsedInput<'inspections.create'>,
): OpOutput<'inspections.create'> {
  const user = requireUser(ctx);
  const project = loadInspectionProject(ctx, input.applicationId);
  if (project.closed)
    throwIfAny(
      [{ rule: 'inspection.projectClosed', params: { project: project.agreement.agreementNumber } }],
      'applicationId',
    );
  const version = getChecklistVersion(ctx.db, input.templateId, null);
  if (!version) throw new AppError('NotFound', 'checklist.notFound', { id: input.templateId }, 'templateId');
  const inspectors = checkHeader(ctx, project, input);
  const id = insertInspection(ctx.db, {
    applicationId: project.application.id,
    checklistVersionId: version.versionId,
    kind: input.kind,
    date: input.date,
    place: input.place,
    notes: input.notes,
    by: user.id,
    at: nowIso(ctx),
  });
  replaceInspectors(ctx.db, id, inspectors);
  recordChange(ctx, 'inspection', id, null, {
    project: project.agreement.agreementNumber,
    checklist: `${version.name}（v${version.version}）`,
    ...headerLog(input, inspectors),
  });
  return inspectionView(ctx, id);
}

export function update(
  ctx: ServiceContext,
  input: OpParsedInput<'inspections.update'>,
): OpOutput<'inspections.update'> {
  const l = loadInspection(ctx, input.inspectionId);
  beginDraftChange(ctx, l);
  const inspectors = checkHeader(ctx, l.project, input);
  const before = {
    kind: l.inspection.kind,
    date: l.inspection.date,
    place: l.inspection.place,
    notes: l.inspection.notes,
  };
  updateInspectionHeader(ctx.db, l.inspection.id, input);
  replaceInspectors(ctx.db, l.inspection.id, inspectors);
  recordChange(ctx, 'inspection', l.inspection.id, before, headerLog(input, inspectors));
  return inspectionView(ctx, l.inspection.id);
}

/** Answers are checked against their item's type; one wrong answer refuses the whole save, naming the item. */
export function saveAnswers(
  ctx: ServiceContext,
  input: OpParsedInput<'inspections.saveAnswers'>,
): OpOutput<'inspections.saveAnswers'> {
  const l = loadInspection(ctx, input.inspectionId);
  beginDraftChange(ctx, l);
  const items = new Map(listChecklistItems(ctx.db, l.inspection.checklistVersionId).map((i) => [i.id, i]));
  for (const [n, a] of input.answers.entries()) {
    const item = items.get(a.itemId);
    if (!item) throwIfAny([{ rule: 'inspection.itemNotInChecklist', params: { id: a.itemId } }], `answers.${n}.itemId`);
    if (a.value !== '') throwIfAny(checkAnswer(item!, a.value), `answers.${n}.value`);
  }
  for (const a of input.answers) upsertAnswer(ctx.db, l.inspection.id, a);
  recordChange(ctx, 'inspection', l.inspection.id, null, {
    answers: input.answers.map((a) => `${items.get(a.itemId)!.seq}=${a.value || '—'}`).join('，'),
  });
  return inspectionView(ctx, l.inspection.id);
}

export function attach(
  ctx: ServiceContext,
  input: OpParsedInput<'inspections.attach'>,
): OpOutput<'inspections.attach'> {
  const l = loadInspection(ctx, input.inspectionId);
  beginDraftChange(ctx, l);
  const row = getAttachment(ctx.db, input.attachmentId);
  const v: Violation[] = [];
  if (!row) v.push({ rule: 'inspection.attachmentNotFound', params: { id: input.attachmentId } });
  else if (row.applicationId !== l.project.application.id)
    v.push({ rule: 'inspection.attachmentOtherProject', params: { fileName: row.fileName } });
  else if (inspectionAttachmentIds(ctx.db, l.inspection.id).includes(row.id))
    v.push({ rule: 'inspection.attachedTwice', params: { fileName: row.fileName } });
  throwIfAny(v, 'attachmentId');
  insertInspectionAttachment(ctx.db, l.inspection.id, row!.id);
  const photo = photoRead(ctx, row!.id, row!.sha256);
  if (photo) setInspectionPhoto(ctx.db, l.inspection.id, row!.id, photo);
  recordChange(ctx, 'inspection', l.inspection.id, null, {
    attachment: row!.fileName,
    sha256: row!.sha256,
    ...(photo?.takenOn ? { takenOn: photo.takenOn } : {}),
    ...(photo?.latitude != null ? { position: `${photo.latitude},${photo.longitude}` } : {}),
  });
  return inspectionView(ctx, l.inspection.id);
}

/** The EXIF dispatch read before the transaction, if it was read from this very file. */
function photoRead(ctx: ServiceContext, attachmentId: number, sha256: string): PhotoFacts | null {
  const r = ctx.prepared as PhotoReading | null | undefined;
  if (!r || r.attachmentId !== attachmentId || r.sha256 !== sha256) return null;
  const { capture, position } = r.metadata;
  return {
    takenOn: capture?.takenOn ?? null,
    takenAt: capture?.takenAt ?? null,
    offsetRecorded: capture?.offsetRecorded ?? null,
    latitude: position?.latitude ?? null,
    longitude: position?.longitude ?? null,
  };
}

/** 补充说明: dated, after the sign-off, by an evaluator; the signed record itself never changes. */
export function addAddendum(
  ctx: ServiceContext,
  input: OpParsedInput<'inspections.addAddendum'>,
): OpOutput<'inspections.addAddendum'> {
  const user = requireUser(ctx);
  const l = loadInspection(ctx, input.inspectionId);
  const signed = l.inspection.signedOff;
  const v: Violation[] = [];
  if (l.project.closed)
    v.push({ rule: 'inspection.projectClosed', params: { project: l.project.agreement.agreementNumber } });
  else if (!signed) v.push({ rule: 'inspection.notSignedOff', params: {} });
  throwIfAny(v, 'inspectionId');
  const today = shanghaiDate(ctx.now);
  const signedDate = shanghaiDate(new Date(signed!.at));
  if (input.date > today)
    throwIfAny([{ rule: 'inspection.dateInFuture', params: { date: input.date, today } }], 'date');
  if (input.date < signedDate)
    throwIfAny(
      [{ rule: 'inspection.addendumBeforeSignOff', params: { date: input.date, signed: signedDate } }],
      'date',
    );
  const id = insertAddendum(ctx.db, {
    inspectionId: l.inspection.id,
    date: input.date,
    text: input.text,
    by: user.id,
    at: nowIso(ctx),
  });
  recordChange(ctx, 'inspectionAddendum', id, null, {
    inspection: l.inspection.id,
    date: input.date,
    text: input.text,
  });
  return inspectionView(ctx, l.inspection.id);
}
