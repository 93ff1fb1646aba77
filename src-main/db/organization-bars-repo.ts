import { prepared, type Db } from './statements';

export interface OrganizationBarRecord {
  id: number;
  organizationId: number;
  fromYear: number;
  toYear: number;
  reason: string;
  createdAt: string;
}

const SELECT = `SELECT id, organization_id AS organizationId, from_year AS fromYear, to_year AS toYear, reason,
  created_at AS createdAt FROM organization_bars`;

export function listOrganizationBars(db: Db, organizationId: number): OrganizationBarRecord[] {
  return prepared(db, `${SELECT} WHERE organization_id = ? ORDER BY from_year, id`).all(
    organizationId,
  ) as OrganizationBarRecord[];
}

export function getOrganizationBar(db: Db, id: number): OrganizationBarRecord | undefined {
  return prepared(db, `${SELECT} WHERE id = ?`).get(id) as OrganizationBarRecord | undefined;
}

export function insertOrganizationBar(
  db: Db,
  b: { organizationId: number; fromYear: number; toYear: number; reason: string },
  meta: { now: string; createdBy: number | null },
): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO organization_bars (organization_id, from_year, to_year, reason, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(b.organizationId, b.fromYear, b.toYear, b.reason, meta.now, meta.createdBy);
  return Number(lastInsertRowid);
}
