import { readFileSync } from 'node:fs';
import { valueLabel, type Locale } from '../../contract/index';
import { shanghaiTime } from '../../contract/log-values';
import { checkPhotoDay } from '../../core/photo-dates';
import { getAttachments, type AttachmentRow } from '../../db/attachments-repo';
import { getChecklistVersionById, listChecklistItems, type ChecklistItemRow } from '../../db/checklists-repo';
import { findingLedgerLines, listFindings } from '../../db/findings-repo';
import {
  getInspection,
  inspectionAttachmentIds,
  listAddenda,
  listAnswers,
  listInspectors,
} from '../../db/inspections-repo';
import { getRectification } from '../../db/rectifications-repo';
import type { InspectionFileRow, InspectionReportData } from '../../reports/index';
import { AppError } from '../app-error';
import { attachmentsDirOf, storedPath } from '../attachments/store';
import { loadProject } from '../budgets/index';
import type { ServiceContext } from '../context';
import { readCaptureSync } from '../photos/capture-sync';
import { programFacts, projectFacts } from './load-project';

function answerText(item: ChecklistItemRow, value: string | undefined, loc: Locale): string {
  if (value === undefined) return '—';
  if (item.answerType === 'yes_no') {
    const names: Record<string, [string, string]> = { yes: ['是', 'yes'], no: ['否', 'no'], na: ['不适用', 'n/a'] };
    const n = names[value];
    return n ? n[loc === 'zh' ? 0 : 1] : value;
  }
  if (item.answerType === 'score') return `${value} / ${item.maxScore ?? '—'}`;
  return value;
}

const DAY: Record<string, { zh: string; en: string }> = {
  sameDay: { zh: '检查当日', en: 'on the day' },
  otherDay: { zh: '非检查当日', en: 'another day' },
  unknown: { zh: '无法确定', en: 'unknown' },
};

/** A file of the inspection: photos with their EXIF capture time (read from the stored bytes) and its day. */
function fileRow(ctx: ServiceContext, a: AttachmentRow, inspectionDate: string, loc: Locale): InspectionFileRow {
  const photo = a.mimeType.startsWith('image/');
  let capture = null;
  if (photo) {
    try {
      capture = readCaptureSync(readFileSync(storedPath(attachmentsDirOf(ctx.app), a.sha256)));
    } catch {
      capture = null; // a missing file says nothing; the attachment list reports it missing
    }
  }
  const day = checkPhotoDay(capture?.takenOn ?? null, inspectionDate).status;
  return {
    fileName: a.fileName,
    photo,
    sha256: a.sha256,
    uploadedBy: a.uploadedBy.displayName,
    uploadedAt: a.uploadedAt,
    takenAt: capture ? shanghaiTime(capture.takenAt) : null,
    day: photo ? DAY[day]![loc] : '—',
  };
}

/** 检查报告 data for one inspection, as recorded (signed off or still a draft). */
export function loadInspectionReport(ctx: ServiceContext, inspectionId: number): InspectionReportData {
  const loc = ctx.locale ?? 'zh';
  const i = getInspection(ctx.db, inspectionId);
  if (!i) throw new AppError('NotFound', 'inspection.notFound', { id: inspectionId }, 'inspectionId');
  const project = loadProject(ctx, i.applicationId);
  const version = getChecklistVersionById(ctx.db, i.checklistVersionId)!;
  const answers = new Map(listAnswers(ctx.db, i.id).map((a) => [a.itemId, a]));
  const sections: InspectionReportData['sections'] = [];
  for (const item of listChecklistItems(ctx.db, version.versionId)) {
    let section = sections.at(-1);
    if (!section || section.name !== item.section) sections.push((section = { name: item.section, items: [] }));
    const a = answers.get(item.id);
    section.items.push({
      seq: item.seq,
      text: item.text,
      answer: answerText(item, a?.value, loc),
      note: a?.note ?? '',
    });
  }
  const lines = findingLedgerLines(ctx.db, i.id);
  const files = [...getAttachments(ctx.db, inspectionAttachmentIds(ctx.db, i.id)).values()];
  return {
    program: programFacts(project.program, loc),
    project: projectFacts(ctx, project),
    kind: valueLabel(`inspectionKind.${i.kind}`, loc),
    date: i.date,
    place: i.place,
    notes: i.notes,
    checklist:
      loc === 'zh' ? `${version.name}（第 ${version.version} 版）` : `${version.name} (version ${version.version})`,
    inspectors: listInspectors(ctx.db, i.id).map((p) => ({ name: p.name, unit: p.unit })),
    sections,
    findings: listFindings(ctx.db, i.id).map((f) => {
      const r = f.rectificationId === null ? null : getRectification(ctx.db, f.rectificationId);
      return {
        seq: f.seq,
        severity: valueLabel(`severity.${f.severity}`, loc),
        description: f.description,
        requirement: f.requirement,
        responsiblePerson: f.responsiblePerson,
        deadline: f.deadline,
        disallowFen: f.disallowFen,
        vouchers: lines.filter((x) => x.findingId === f.id).map((x) => x.voucherNo),
        rectification: r ? valueLabel(`rectificationState.${r.state}`, loc) : null,
      };
    }),
    files: files.map((a) => fileRow(ctx, a, i.date, loc)),
    addenda: listAddenda(ctx.db, i.id).map((d) => ({ date: d.date, text: d.text, by: d.by.displayName, at: d.at })),
    recordedBy: i.createdBy.displayName,
    signedOffBy: i.signedOff?.by.displayName ?? null,
    signedOffAt: i.signedOff?.at ?? null,
  };
}
