import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { prepared, type Db } from './statements';

/** A field database (外业数据库): the pack it was opened from, what was recorded there, the photos taken. */

export interface FieldPackRow {
  packNo: string;
  key: string;
  body: string;
  openedAt: string;
}

export type FieldRecordKind = 'inspection' | 'rectification';

export interface FieldRecordRow {
  kind: FieldRecordKind;
  refId: number;
  content: string;
  by: number;
  at: string;
}

export function getFieldPack(db: Db): FieldPackRow | null {
  const r = prepared(db, 'SELECT pack_no, key, body, opened_at FROM field_pack WHERE one = 1').get() as
    Record<string, string> | undefined;
  return r ? { packNo: r.pack_no!, key: r.key!, body: r.body!, openedAt: r.opened_at! } : null;
}

/** Cheap enough for every mutation: dispatch asks it to keep a field database to field work. */
export function isFieldDatabase(db: Db): boolean {
  return prepared(db, 'SELECT 1 FROM field_pack WHERE one = 1').get() !== undefined;
}

export function insertFieldPack(db: Db, p: FieldPackRow): void {
  prepared(db, 'INSERT INTO field_pack (one, pack_no, key, body, opened_at) VALUES (1, ?, ?, ?, ?)').run(
    p.packNo,
    p.key,
    p.body,
    p.openedAt,
  );
}

export function upsertFieldRecord(db: Db, r: FieldRecordRow): void {
  prepared(
    db,
    `INSERT INTO field_records (kind, ref_id, content, by_user, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (kind, ref_id) DO UPDATE SET content = excluded.content, by_user = excluded.by_user, at = excluded.at`,
  ).run(r.kind, r.refId, r.content, r.by, r.at);
}

export function listFieldRecords(db: Db): FieldRecordRow[] {
  return (
    prepared(db, 'SELECT kind, ref_id, content, by_user, at FROM field_records ORDER BY kind, ref_id').all() as Record<
      string,
      unknown
    >[]
  ).map((r) => ({
    kind: r.kind as FieldRecordKind,
    refId: r.ref_id as number,
    content: r.content as string,
    by: r.by_user as number,
    at: r.at as string,
  }));
}

export function insertFieldFile(
  db: Db,
  f: { sha256: string; fileName: string; mimeType: string; content: Buffer },
): void {
  prepared(
    db,
    'INSERT INTO field_files (sha256, file_name, mime_type, content) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  ).run(f.sha256, f.fileName, f.mimeType, f.content);
}

export function getFieldFile(
  db: Db,
  sha256: string,
): { sha256: string; fileName: string; mimeType: string; content: Buffer } | null {
  const r = prepared(db, 'SELECT * FROM field_files WHERE sha256 = ?').get(sha256) as
    Record<string, unknown> | undefined;
  return r
    ? {
        sha256: r.sha256 as string,
        fileName: r.file_name as string,
        mimeType: r.mime_type as string,
        content: r.content as Buffer,
      }
    : null;
}

/**
 * The pack number when the file at `path` is a field database; null for no file, a file that is not a
 * database, or an office database. A read-only look before a command opens the file its own way.
 */
export function fieldPackOfFile(path: string): string | null {
  if (!existsSync(path)) return null;
  let db: Db | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'field_pack'").get();
    if (table === undefined) return null;
    const packNo = db.prepare('SELECT pack_no FROM field_pack WHERE one = 1').pluck().get();
    return typeof packNo === 'string' ? packNo : null;
  } catch {
    // Not a database (or unreadable): the command itself says so in its own words.
    return null;
  } finally {
    db?.close();
  }
}

export function listFieldFiles(db: Db): { sha256: string; mimeType: string; content: Buffer }[] {
  return prepared(db, 'SELECT sha256, mime_type AS mimeType, content FROM field_files ORDER BY sha256').all() as {
    sha256: string;
    mimeType: string;
    content: Buffer;
  }[];
}
