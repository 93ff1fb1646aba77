import type { OpOutput, OpParsedInput, PhotoFactsView } from '../../contract/index';
import { checkPhotoDay } from '../../core/photo-dates';
import type { InspectionContent } from '../../core/packs';
import { getFieldFile, getFieldPack, listFieldFiles, listFieldRecords } from '../../db/field-pack-repo';
import { getUser } from '../../db/users-repo';
import { requireUser } from '../app-error';
import type { AppContext, ServiceContext } from '../context';
import { readPhotoMetadata, type PhotoMetadata } from '../photos/metadata';
import { throwIfAny } from '../violations';
import { loadFieldPack } from './field';

/**
 * What the renderer needs to work on a field database: which pack it is (shown on every page, so nobody takes
 * it for the office's), and each inspection as the field form edits it. Password hashes never leave main.
 */
export function field(ctx: ServiceContext): OpOutput<'packs.field'> {
  const row = getFieldPack(ctx.db);
  if (!row) return null;
  const pack = loadFieldPack(ctx);
  const recorded = new Map(
    listFieldRecords(ctx.db)
      .filter((r) => r.kind === 'inspection')
      .map((r) => [r.refId, r.at]),
  );
  return {
    packNo: pack.packNo,
    exportedAt: pack.exportedAt,
    // The pack names its exporter by account; an inspector who exported it is shown by name.
    exportedBy: pack.inspectors.find((i) => i.username === pack.exportedBy)?.displayName ?? pack.exportedBy,
    inspectors: pack.inspectors.map((i) => i.displayName),
    inspections: pack.projects.map((p) => ({
      inspectionId: p.inspection.id,
      agreementNumber: p.agreementNumber,
      projectName: p.projectName,
      organizationName: p.organizationName,
      recordedAt: recorded.get(p.inspection.id) ?? null,
    })),
  };
}

function photoFacts(m: PhotoMetadata | undefined, inspectionDate: string): PhotoFactsView {
  const check = checkPhotoDay(m?.capture?.takenOn ?? null, inspectionDate);
  return {
    takenOn: m?.capture?.takenOn ?? null,
    takenAt: m?.capture?.takenAt ?? null,
    offsetRecorded: m?.capture?.offsetRecorded ?? null,
    latitude: m?.position?.latitude ?? null,
    longitude: m?.position?.longitude ?? null,
    day: check.status,
    daysApart: check.status === 'otherDay' ? check.daysApart : 0,
  };
}

export function fieldInspection(
  ctx: ServiceContext,
  input: OpParsedInput<'packs.fieldInspection'>,
): OpOutput<'packs.fieldInspection'> {
  const user = requireUser(ctx);
  const pack = loadFieldPack(ctx);
  const p = pack.projects.find((x) => x.inspection.id === input.inspectionId);
  if (!p) throwIfAny([{ rule: 'pack.inspectionNotInPack', params: { id: input.inspectionId } }], 'inspectionId');
  const project = p!;
  const record = listFieldRecords(ctx.db).find((r) => r.kind === 'inspection' && r.refId === project.inspection.id);
  const content = record ? (JSON.parse(record.content) as InspectionContent) : project.inspection.content;
  const read = ctx.prepared instanceof Map ? (ctx.prepared as Map<string, PhotoMetadata>) : undefined;
  const photos = content.photos.flatMap((sha256) => {
    const f = getFieldFile(ctx.db, sha256);
    return f
      ? [
          {
            sha256,
            fileName: f.fileName,
            size: f.content.length,
            photo: f.mimeType.startsWith('image/') ? photoFacts(read?.get(sha256), content.date) : null,
          },
        ]
      : [];
  });
  return {
    inspectionId: project.inspection.id,
    packNo: pack.packNo,
    agreementNumber: project.agreementNumber,
    projectName: project.projectName,
    organizationName: project.organizationName,
    periodStart: project.agreement.periodStart,
    periodEnd: project.agreement.periodEnd,
    checklist: pack.templates.find((t) => t.versionId === project.inspection.checklistVersionId)!,
    content,
    recorded: record ? { by: getUser(ctx.db, record.by)?.displayName ?? '', at: record.at } : null,
    photos,
    voucherNos: (project.ledgerVouchers ?? []).map(([v]) => v),
    mayRecord: pack.inspectors.some((i) => i.username === user.username),
  };
}

/** The EXIF of the field database's photos, read with exifr before the read's transaction, by SHA-256. */
export async function readFieldPhotos(app: AppContext): Promise<Map<string, PhotoMetadata>> {
  const out = new Map<string, PhotoMetadata>();
  for (const f of listFieldFiles(app.db))
    if (f.mimeType.startsWith('image/')) out.set(f.sha256, await readPhotoMetadata(f.content));
  return out;
}
