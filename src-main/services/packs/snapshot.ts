import { normalizeInspection, type InspectionContent } from '../../core/packs';
import { getAttachments } from '../../db/attachments-repo';
import { findingLedgerLines, listFindings } from '../../db/findings-repo';
import { getInspection, inspectionAttachmentIds, listAnswers } from '../../db/inspections-repo';
import { getRectification, listSteps } from '../../db/rectifications-repo';
import type { Db } from '../../db/statements';
import { digestOf } from './envelope';

/**
 * The office's current version of a record a pack carries, as an import compares it: an inspection's content
 * (and whether it was signed off meanwhile), a rectification item's state and steps.
 */

export interface OfficeInspection {
  content: InspectionContent;
  signedOff: boolean;
}

export function officeInspection(db: Db, id: number): OfficeInspection {
  const i = getInspection(db, id);
  if (!i) throw new Error(`inspection ${id} is gone`);
  const files = getAttachments(db, inspectionAttachmentIds(db, id));
  const lines = findingLedgerLines(db, id);
  const content = normalizeInspection({
    kind: i.kind,
    date: i.date,
    place: i.place,
    notes: i.notes,
    answers: listAnswers(db, id),
    findings: listFindings(db, id).map((f) => ({
      itemId: f.itemId,
      severity: f.severity,
      description: f.description,
      requirement: f.requirement,
      responsiblePerson: f.responsiblePerson,
      deadline: f.deadline,
      disallowFen: f.disallowFen,
      voucherNos: lines.filter((l) => l.findingId === f.id).map((l) => l.voucherNo),
    })),
    photos: [...files.values()].map((f) => f.sha256),
  });
  return { content, signedOff: i.signedOff !== null };
}

export function inspectionDigest(o: OfficeInspection): string {
  return digestOf({ ...o.content, signedOff: o.signedOff });
}

export interface OfficeRectification {
  state: string;
  steps: number;
  lastStep: string;
}

export function officeRectification(db: Db, id: number): OfficeRectification {
  const r = getRectification(db, id);
  if (!r) throw new Error(`rectification ${id} is gone`);
  const steps = listSteps(db, id);
  const last = steps.at(-1);
  return { state: r.state, steps: steps.length, lastStep: last ? `${last.kind} ${last.at}` : '' };
}

export function rectificationDigest(o: OfficeRectification): string {
  return digestOf(o);
}
