import { prepared, type Db } from './statements';

export interface Person {
  id: number;
  displayName: string;
}

/** One upload's metadata; the bytes are in the file store under `sha256` (see services/attachments/store.ts). */
export interface AttachmentRow {
  id: number;
  applicationId: number;
  sha256: string;
  size: number;
  fileName: string;
  mimeType: string;
  uploadedBy: Person;
  uploadedAt: string;
}

export interface NewAttachment {
  applicationId: number;
  sha256: string;
  size: number;
  fileName: string;
  mimeType: string;
  uploadedBy: number;
  uploadedAt: string;
}

const SELECT = `
  SELECT t.id, t.application_id, t.sha256, t.size, t.file_name, t.mime_type, t.uploaded_by, u.display_name,
    t.uploaded_at
  FROM attachments t JOIN users u ON u.id = t.uploaded_by`;

function toRow(r: Record<string, unknown>): AttachmentRow {
  return {
    id: r.id as number,
    applicationId: r.application_id as number,
    sha256: r.sha256 as string,
    size: r.size as number,
    fileName: r.file_name as string,
    mimeType: r.mime_type as string,
    uploadedBy: { id: r.uploaded_by as number, displayName: r.display_name as string },
    uploadedAt: r.uploaded_at as string,
  };
}

/** Records an upload; rows never change afterwards (see migration 0013). */
export function insertAttachment(db: Db, a: NewAttachment): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO attachments (application_id, sha256, size, file_name, mime_type, uploaded_by, uploaded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.applicationId, a.sha256, a.size, a.fileName, a.mimeType, a.uploadedBy, a.uploadedAt);
  return Number(lastInsertRowid);
}

export function getAttachment(db: Db, id: number): AttachmentRow | null {
  const r = prepared(db, `${SELECT} WHERE t.id = ?`).get(id) as Record<string, unknown> | undefined;
  return r ? toRow(r) : null;
}

/** The application's attachments, newest first. */
export function listAttachments(db: Db, applicationId: number): AttachmentRow[] {
  const rows = prepared(db, `${SELECT} WHERE t.application_id = ? ORDER BY t.id DESC`).all(applicationId);
  return (rows as Record<string, unknown>[]).map(toRow);
}

/** Several attachments by id (a milestone board's evidence), in one query. */
export function getAttachments(db: Db, ids: readonly number[]): Map<number, AttachmentRow> {
  const out = new Map<number, AttachmentRow>();
  if (ids.length === 0) return out;
  const rows = prepared(db, `${SELECT} WHERE t.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids));
  for (const r of rows as Record<string, unknown>[]) out.set(r.id as number, toRow(r));
  return out;
}
