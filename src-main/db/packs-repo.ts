import { prepared, type Db } from './statements';

/** The office's pack register (检查包登记): packs, the records each carries, what imports did with them. */

export type PackState = 'exported' | 'conflict' | 'imported';
export type PackRecordKind = 'inspection' | 'rectification';

export interface PackRow {
  id: number;
  packNo: string;
  key: string;
  exportedAt: string;
  exportedBy: { id: number; displayName: string };
  projects: string[];
  inspectors: string[];
  state: PackState;
  lastImportAt: string | null;
}

export interface PackRecordRow {
  kind: PackRecordKind;
  refId: number;
  baseDigest: string;
  settledDigest: string | null;
  outcome: 'field' | 'office' | null;
}

/** The next number of the year: JCB-YYYY-NNNN. */
export function nextPackNo(db: Db, year: number): string {
  const last = prepared(db, `SELECT max(CAST(substr(pack_no, 10) AS INTEGER)) FROM packs WHERE pack_no LIKE ?`)
    .pluck()
    .get(`JCB-${year}-%`) as number | null;
  return `JCB-${year}-${String((last ?? 0) + 1).padStart(4, '0')}`;
}

export function insertPack(
  db: Db,
  p: { packNo: string; key: string; at: string; by: number; projects: string[]; inspectors: string[] },
): number {
  return Number(
    prepared(
      db,
      `INSERT INTO packs (pack_no, key, exported_at, exported_by, projects, inspectors, state)
       VALUES (?, ?, ?, ?, ?, ?, 'exported')`,
    ).run(p.packNo, p.key, p.at, p.by, JSON.stringify(p.projects), JSON.stringify(p.inspectors)).lastInsertRowid,
  );
}

export function insertPackRecord(db: Db, packId: number, kind: PackRecordKind, refId: number, digest: string): void {
  prepared(db, 'INSERT INTO pack_records (pack_id, kind, ref_id, base_digest) VALUES (?, ?, ?, ?)').run(
    packId,
    kind,
    refId,
    digest,
  );
}

function toPack(r: Record<string, unknown>): PackRow {
  return {
    id: r.id as number,
    packNo: r.pack_no as string,
    key: r.key as string,
    exportedAt: r.exported_at as string,
    exportedBy: { id: r.exported_by as number, displayName: r.display_name as string },
    projects: JSON.parse(r.projects as string) as string[],
    inspectors: JSON.parse(r.inspectors as string) as string[],
    state: r.state as PackState,
    lastImportAt: r.last_import_at as string | null,
  };
}

const SELECT = 'SELECT p.*, u.display_name FROM packs p JOIN users u ON u.id = p.exported_by';

export function findPackByNo(db: Db, packNo: string): PackRow | null {
  const r = prepared(db, `${SELECT} WHERE p.pack_no = ?`).get(packNo) as Record<string, unknown> | undefined;
  return r ? toPack(r) : null;
}

/** Newest first; the register is small (one row per field trip). */
export function listPacks(db: Db, limit: number): PackRow[] {
  return (prepared(db, `${SELECT} ORDER BY p.id DESC LIMIT ?`).all(limit) as Record<string, unknown>[]).map(toPack);
}

export function listPackRecords(db: Db, packId: number): PackRecordRow[] {
  return (
    prepared(db, 'SELECT * FROM pack_records WHERE pack_id = ? ORDER BY kind, ref_id').all(packId) as Record<
      string,
      unknown
    >[]
  ).map((r) => ({
    kind: r.kind as PackRecordKind,
    refId: r.ref_id as number,
    baseDigest: r.base_digest as string,
    settledDigest: r.settled_digest as string | null,
    outcome: r.outcome as 'field' | 'office' | null,
  }));
}

export function settlePackRecord(
  db: Db,
  packId: number,
  r: { kind: PackRecordKind; refId: number; digest: string; outcome: 'field' | 'office'; officeDigest: string },
): void {
  // The office's version after settling becomes the base a later result of the same pack is compared with.
  prepared(
    db,
    `UPDATE pack_records SET settled_digest = ?, outcome = ?, base_digest = ?
     WHERE pack_id = ? AND kind = ? AND ref_id = ?`,
  ).run(r.digest, r.outcome, r.officeDigest, packId, r.kind, r.refId);
}

export function setPackState(db: Db, packId: number, state: PackState, at: string): void {
  prepared(db, 'UPDATE packs SET state = ?, last_import_at = ? WHERE id = ?').run(state, at, packId);
}

/** Enabled evaluator accounts by user name: whom a pack may name as its inspectors. */
export function evaluatorAccounts(db: Db): { username: string; displayName: string }[] {
  return prepared(
    db,
    `SELECT u.username, u.display_name AS displayName FROM users u JOIN user_roles r ON r.user_id = u.id
     WHERE r.role = 'evaluator' AND u.disabled = 0 ORDER BY u.name_key, u.id`,
  ).all() as { username: string; displayName: string }[];
}
