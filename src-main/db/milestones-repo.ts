import type { Person } from './attachments-repo';
import { prepared, type Db } from './statements';

/** A milestone of a project (agreement), with the people named. */
export interface MilestoneRow {
  id: number;
  agreementId: number;
  name: string;
  plannedDate: string;
  completedDate: string | null;
  completedBy: Person | null;
  completedAt: string | null;
  evidenceAttachmentId: number | null;
  note: string;
  verifiedBy: Person | null;
  verifiedAt: string | null;
  createdAt: string;
}

const SELECT = `
  SELECT m.id, m.agreement_id, m.name, m.planned_date, m.completed_date, m.completed_by, cu.display_name AS
    completed_name, m.completed_at, m.evidence_attachment_id, m.note, m.verified_by, vu.display_name AS verified_name,
    m.verified_at, m.created_at
  FROM milestones m
  LEFT JOIN users cu ON cu.id = m.completed_by
  LEFT JOIN users vu ON vu.id = m.verified_by`;

const person = (id: unknown, name: unknown): Person | null =>
  id === null || id === undefined ? null : { id: id as number, displayName: (name as string | null) ?? '' };

function toRow(r: Record<string, unknown>): MilestoneRow {
  return {
    id: r.id as number,
    agreementId: r.agreement_id as number,
    name: r.name as string,
    plannedDate: r.planned_date as string,
    completedDate: (r.completed_date as string | null) ?? null,
    completedBy: person(r.completed_by, r.completed_name),
    completedAt: (r.completed_at as string | null) ?? null,
    evidenceAttachmentId: (r.evidence_attachment_id as number | null) ?? null,
    note: r.note as string,
    verifiedBy: person(r.verified_by, r.verified_name),
    verifiedAt: (r.verified_at as string | null) ?? null,
    createdAt: r.created_at as string,
  };
}

/** The project's milestones by planned date (then as created). */
export function listMilestones(db: Db, agreementId: number): MilestoneRow[] {
  const rows = prepared(db, `${SELECT} WHERE m.agreement_id = ? ORDER BY m.planned_date, m.id`).all(agreementId);
  return (rows as Record<string, unknown>[]).map(toRow);
}

export function getMilestone(db: Db, id: number): MilestoneRow | null {
  const r = prepared(db, `${SELECT} WHERE m.id = ?`).get(id) as Record<string, unknown> | undefined;
  return r ? toRow(r) : null;
}

/** The application whose agreement holds the milestone. */
export function applicationOfMilestone(db: Db, milestoneId: number): number | null {
  return (
    (prepared(db, 'SELECT a.application_id FROM milestones m JOIN agreements a ON a.id = m.agreement_id WHERE m.id = ?')
      .pluck()
      .get(milestoneId) as number | undefined) ?? null
  );
}

export function milestoneNameTaken(db: Db, agreementId: number, name: string): boolean {
  return (
    prepared(db, 'SELECT 1 FROM milestones WHERE agreement_id = ? AND name = ?').pluck().get(agreementId, name) === 1
  );
}

export function insertMilestone(
  db: Db,
  m: { agreementId: number; name: string; plannedDate: string; createdBy: number | null; createdAt: string },
): number {
  const { lastInsertRowid } = prepared(
    db,
    'INSERT INTO milestones (agreement_id, name, planned_date, created_by, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(m.agreementId, m.name, m.plannedDate, m.createdBy, m.createdAt);
  return Number(lastInsertRowid);
}

export function setMilestoneCompleted(
  db: Db,
  id: number,
  c: { completedDate: string; completedBy: number; completedAt: string; evidenceAttachmentId: number; note: string },
): void {
  prepared(
    db,
    `UPDATE milestones SET completed_date = ?, completed_by = ?, completed_at = ?, evidence_attachment_id = ?, note = ?
     WHERE id = ? AND completed_date IS NULL`,
  ).run(c.completedDate, c.completedBy, c.completedAt, c.evidenceAttachmentId, c.note, id);
}

export function setMilestoneVerified(db: Db, id: number, v: { verifiedBy: number; verifiedAt: string }): void {
  prepared(
    db,
    'UPDATE milestones SET verified_by = ?, verified_at = ? WHERE id = ? AND completed_date IS NOT NULL',
  ).run(v.verifiedBy, v.verifiedAt, id);
}

/**
 * Creates each milestone the agreement's tranche plan names (condition 'milestone_verified') that the project
 * does not have yet, planned for the end of the project period; answers how many it created. Idempotent.
 * Migration 0013's trigger on agreement_tranches already does this whenever a plan is written, so callers
 * need this only to repair or to be explicit.
 */
export function ensureAgreementMilestones(db: Db, agreementId: number, now: string): number {
  return prepared(
    db,
    `INSERT INTO milestones (agreement_id, name, planned_date, created_at)
     SELECT DISTINCT t.agreement_id, t.milestone_name, a.period_end, ?
     FROM agreement_tranches t JOIN agreements a ON a.id = t.agreement_id
     WHERE t.agreement_id = ? AND t.condition = 'milestone_verified' AND NOT EXISTS (
       SELECT 1 FROM milestones m WHERE m.agreement_id = t.agreement_id AND m.name = t.milestone_name)`,
  ).run(now, agreementId).changes;
}

/** Name and verified-or-not of every milestone of the project: what the tranche gates read. */
export function milestoneFacts(db: Db, agreementId: number): { name: string; verified: boolean }[] {
  const rows = prepared(
    db,
    'SELECT name, verified_by IS NOT NULL AS verified FROM milestones WHERE agreement_id = ?',
  ).all(agreementId) as { name: string; verified: number }[];
  return rows.map((r) => ({ name: r.name, verified: r.verified === 1 }));
}

// ---- indicators (application_indicators) and their readings ----

export interface IndicatorRow {
  id: number;
  applicationId: number;
  name: string;
  unit: string;
  /** Stored as REAL by the application; read back through decimalFromNumber. */
  target: number;
}

export function getIndicator(db: Db, id: number): IndicatorRow | null {
  const r = prepared(
    db,
    'SELECT id, application_id AS applicationId, name, unit, target FROM application_indicators WHERE id = ?',
  ).get(id) as IndicatorRow | undefined;
  return r ?? null;
}

export function listIndicators(db: Db, applicationId: number): IndicatorRow[] {
  return prepared(
    db,
    `SELECT id, application_id AS applicationId, name, unit, target FROM application_indicators
     WHERE application_id = ? ORDER BY seq`,
  ).all(applicationId) as IndicatorRow[];
}

export interface ReadingRow {
  id: number;
  indicatorId: number;
  date: string;
  value: string;
  note: string;
  by: Person;
  at: string;
}

/** Every reading of the application's indicators, by date and then as entered. */
export function listReadings(db: Db, applicationId: number): ReadingRow[] {
  const rows = prepared(
    db,
    `SELECT r.id, r.indicator_id, r.date, r.value, r.note, r.by_user, u.display_name, r.at
     FROM indicator_readings r JOIN application_indicators i ON i.id = r.indicator_id JOIN users u ON u.id = r.by_user
     WHERE i.application_id = ? ORDER BY r.indicator_id, r.date, r.id`,
  ).all(applicationId) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: r.id as number,
    indicatorId: r.indicator_id as number,
    date: r.date as string,
    value: r.value as string,
    note: r.note as string,
    by: { id: r.by_user as number, displayName: r.display_name as string },
    at: r.at as string,
  }));
}

export function insertReading(
  db: Db,
  r: { indicatorId: number; date: string; value: string; note: string; by: number; at: string },
): number {
  const { lastInsertRowid } = prepared(
    db,
    'INSERT INTO indicator_readings (indicator_id, date, value, note, by_user, at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(r.indicatorId, r.date, r.value, r.note, r.by, r.at);
  return Number(lastInsertRowid);
}
