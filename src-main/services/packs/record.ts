import type { OpOutput, OpParsedInput } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import { checkAnswer, checkFinding, checkInspectionDate } from '../../core/inspections';
import {
  checkFieldDisallowance,
  normalizeInspection,
  type EvidenceContent,
  type InspectionContent,
} from '../../core/packs';
import type { Violation } from '../../core/violations';
import { getFieldFile, insertFieldFile, upsertFieldRecord } from '../../db/field-pack-repo';
import { nowIso, requireUser } from '../app-error';
import { base64DecodedSize, normalizeMimeType, sanitizeFileName } from '../attachments/names';
import { sha256Of } from '../attachments/store';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { throwIfAny } from '../violations';
import { loadFieldPack } from './field';
import type { PackBody } from './types';

/** Where a finding's refusal shows: the voucher list for a 核减 without lines, else the deadline. */
const FINDING_FIELDS: Record<string, string> = {
  'inspection.itemNotInChecklist': 'itemId',
  'finding.disallowWithoutLines': 'voucherNos',
};

function refuseUnlessInspector(ctx: ServiceContext, pack: PackBody, field: string): void {
  const user = requireUser(ctx);
  if (!pack.inspectors.some((i) => i.username === user.username))
    throwIfAny([{ rule: 'inspection.notInspector', params: { user: user.displayName } }], field);
}

function checkPhotos(ctx: ServiceContext, photos: readonly string[]): void {
  for (const sha256 of photos)
    if (!getFieldFile(ctx.db, sha256)) throwIfAny([{ rule: 'pack.photoMissing', params: { sha256 } }], 'photos');
}

/** An inspection of the pack as recorded in the field, checked as the office would check it. */
export function fieldRecordInspection(
  ctx: ServiceContext,
  input: OpParsedInput<'packs.fieldRecordInspection'>,
): OpOutput<'packs.fieldRecordInspection'> {
  const pack = loadFieldPack(ctx);
  const project = pack.projects.find((p) => p.inspection.id === input.inspectionId);
  if (!project) throwIfAny([{ rule: 'pack.inspectionNotInPack', params: { id: input.inspectionId } }], 'inspectionId');
  refuseUnlessInspector(ctx, pack, 'inspectionId');
  const p = project!;
  throwIfAny(checkInspectionDate(input.date, shanghaiDate(ctx.now), p.agreement.periodStart), 'date');
  const template = pack.templates.find((t) => t.versionId === p.inspection.checklistVersionId)!;
  const items = new Map(template.items.map((i) => [i.id, i]));
  for (const [n, a] of input.answers.entries()) {
    const item = items.get(a.itemId);
    if (!item) throwIfAny([{ rule: 'inspection.itemNotInChecklist', params: { id: a.itemId } }], `answers.${n}.itemId`);
    throwIfAny(checkAnswer(item!, a.value), `answers.${n}.value`);
  }
  const vouchers = new Map(p.ledgerVouchers ?? []);
  for (const [n, f] of input.findings.entries()) {
    const v: Violation[] = [];
    if (f.itemId !== null && !items.has(f.itemId))
      v.push({ rule: 'inspection.itemNotInChecklist', params: { id: f.itemId } });
    v.push(
      ...checkFinding({
        inspectionDate: input.date,
        deadline: f.deadline,
        disallowFen: f.disallowFen,
        ledgerLineCount: f.voucherNos.length,
      }),
    );
    throwIfAny(v.slice(0, 1), `findings.${n}.${FINDING_FIELDS[v[0]?.rule ?? ''] ?? 'deadline'}`);
    const d = checkFieldDisallowance(f, vouchers);
    throwIfAny(d, `findings.${n}.${d[0]?.rule === 'finding.voucherUnknown' ? 'voucherNos' : 'disallowFen'}`);
  }
  checkPhotos(ctx, input.photos);
  const content: InspectionContent = normalizeInspection({
    kind: input.kind,
    date: input.date,
    place: input.place,
    notes: input.notes,
    answers: input.answers,
    findings: input.findings,
    photos: input.photos,
  });
  upsertFieldRecord(ctx.db, {
    kind: 'inspection',
    refId: p.inspection.id,
    content: JSON.stringify(content),
    by: requireUser(ctx).id,
    at: nowIso(ctx),
  });
  recordChange(ctx, 'fieldRecord', `inspection-${p.inspection.id}`, null, {
    project: p.agreementNumber,
    date: input.date,
    place: input.place,
    answers: input.answers.length,
    findings: input.findings.length,
    photos: input.photos.length,
  });
  return { inspectionId: p.inspection.id };
}

/** Evidence for an open rectification item of the pack's projects. */
export function fieldRecordEvidence(
  ctx: ServiceContext,
  input: OpParsedInput<'packs.fieldRecordEvidence'>,
): OpOutput<'packs.fieldRecordEvidence'> {
  const pack = loadFieldPack(ctx, 'rectificationId');
  const item = pack.projects.flatMap((p) => p.openRectifications).find((r) => r.id === input.rectificationId);
  if (!item)
    throwIfAny([{ rule: 'pack.rectificationNotInPack', params: { id: input.rectificationId } }], 'rectificationId');
  refuseUnlessInspector(ctx, pack, 'rectificationId');
  checkPhotos(ctx, input.photos);
  const content: EvidenceContent = { note: input.note, photos: [...new Set(input.photos)].sort() };
  upsertFieldRecord(ctx.db, {
    kind: 'rectification',
    refId: item!.id,
    content: JSON.stringify(content),
    by: requireUser(ctx).id,
    at: nowIso(ctx),
  });
  recordChange(ctx, 'fieldRecord', `rectification-${item!.id}`, null, { ref: item!.ref, note: input.note });
  return { rectificationId: item!.id };
}

/** A photo kept in the field database itself (the office's attachment store is not there). */
export function fieldAddPhoto(
  ctx: ServiceContext,
  input: OpParsedInput<'packs.fieldAddPhoto'>,
): OpOutput<'packs.fieldAddPhoto'> {
  const pack = loadFieldPack(ctx, 'contentBase64');
  refuseUnlessInspector(ctx, pack, 'contentBase64');
  const size = base64DecodedSize(input.contentBase64);
  if (size === null) throwIfAny([{ rule: 'attachment.notBase64', params: {} }], 'contentBase64');
  if (size === 0) throwIfAny([{ rule: 'attachment.empty', params: {} }], 'contentBase64');
  const content = Buffer.from(input.contentBase64, 'base64');
  const sha256 = sha256Of(content);
  const fileName = sanitizeFileName(input.fileName);
  insertFieldFile(ctx.db, { sha256, fileName, mimeType: normalizeMimeType(input.mimeType), content });
  recordChange(ctx, 'fieldRecord', `photo-${sha256.slice(0, 16)}`, null, { fileName, size: content.length, sha256 });
  return { sha256 };
}
