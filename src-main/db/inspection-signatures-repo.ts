import type { Person } from './attachments-repo';
import { prepared, type Db } from './statements';

/** 签字确认 per inspector (inspection_signatures) and the EXIF of photos attached to an inspection. */

export interface SignatureRow {
  inspectorSeq: number;
  recordedBy: Person;
  at: string;
}

export function listSignatures(db: Db, inspectionId: number): SignatureRow[] {
  const rows = prepared(
    db,
    `SELECT g.inspector_seq, g.recorded_by, u.display_name, g.at FROM inspection_signatures g
     JOIN users u ON u.id = g.recorded_by WHERE g.inspection_id = ? ORDER BY g.inspector_seq`,
  ).all(inspectionId) as Record<string, unknown>[];
  return rows.map((r) => ({
    inspectorSeq: r.inspector_seq as number,
    recordedBy: { id: r.recorded_by as number, displayName: r.display_name as string },
    at: r.at as string,
  }));
}

export function insertSignature(
  db: Db,
  s: { inspectionId: number; inspectorSeq: number; by: number; at: string },
): void {
  prepared(
    db,
    'INSERT INTO inspection_signatures (inspection_id, inspector_seq, recorded_by, at) VALUES (?, ?, ?, ?)',
  ).run(s.inspectionId, s.inspectorSeq, s.by, s.at);
}

/** Withdraws every signature of a draft; answers how many there were. */
export function deleteSignatures(db: Db, inspectionId: number): number {
  return prepared(db, 'DELETE FROM inspection_signatures WHERE inspection_id = ?').run(inspectionId).changes;
}

export interface PhotoFacts {
  takenOn: string | null;
  takenAt: string | null;
  offsetRecorded: boolean | null;
  latitude: number | null;
  longitude: number | null;
}

export function setInspectionPhoto(db: Db, inspectionId: number, attachmentId: number, p: PhotoFacts): void {
  prepared(
    db,
    `UPDATE inspection_attachments SET taken_on = ?, taken_at = ?, offset_recorded = ?, latitude = ?, longitude = ?
     WHERE inspection_id = ? AND attachment_id = ?`,
  ).run(
    p.takenOn,
    p.takenAt,
    p.offsetRecorded === null ? null : p.offsetRecorded ? 1 : 0,
    p.latitude,
    p.longitude,
    inspectionId,
    attachmentId,
  );
}

export function listInspectionPhotos(db: Db, inspectionId: number): Map<number, PhotoFacts> {
  const rows = prepared(
    db,
    `SELECT attachment_id, taken_on, taken_at, offset_recorded, latitude, longitude FROM inspection_attachments
     WHERE inspection_id = ?`,
  ).all(inspectionId) as Record<string, unknown>[];
  return new Map(
    rows.map((r) => [
      r.attachment_id as number,
      {
        takenOn: (r.taken_on as string | null) ?? null,
        takenAt: (r.taken_at as string | null) ?? null,
        offsetRecorded: r.offset_recorded === null ? null : r.offset_recorded === 1,
        latitude: (r.latitude as number | null) ?? null,
        longitude: (r.longitude as number | null) ?? null,
      },
    ]),
  );
}
