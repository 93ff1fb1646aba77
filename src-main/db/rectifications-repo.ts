import type { OpParsedInput } from '../contract/index';
import type { RectificationState, Severity } from '../core/rectification';
import type { Person } from './attachments-repo';
import { containsPattern, limitOffset, orderBy, Where, type ListResult } from './list-sql';
import { prepared, type Db } from './statements';

/** 整改 items, their steps (evidence, verification, reopening) and the counts of overdue items. */

export interface RectificationRecord {
  id: number;
  seq: number;
  findingId: number;
  applicationId: number;
  agreementNumber: string;
  projectName: string;
  organizationId: number;
  organizationName: string;
  organizationContact: string;
  districtCode: string;
  inspectionId: number;
  inspectionDate: string;
  severity: Severity;
  description: string;
  requirement: string;
  responsiblePerson: string;
  deadline: string;
  state: RectificationState;
  submittedBy: number | null;
  openedAt: string;
}

const FROM = `rectifications r JOIN findings f ON f.id = r.finding_id JOIN inspections i ON i.id = f.inspection_id
  JOIN applications a ON a.id = r.application_id JOIN agreements g ON g.application_id = a.id
  JOIN organizations o ON o.id = r.organization_id`;
const COLUMNS = `r.id, r.seq, r.finding_id, r.application_id, g.agreement_number, a.name AS project_name,
  r.organization_id, o.name AS organization_name, o.contact_person, o.district_code, i.id AS inspection_id,
  i.date AS inspection_date, r.severity, f.description, f.requirement, f.responsible_person, r.deadline, r.state,
  r.submitted_by, r.opened_at`;

function toRecord(r: Record<string, unknown>): RectificationRecord {
  return {
    id: r.id as number,
    seq: r.seq as number,
    findingId: r.finding_id as number,
    applicationId: r.application_id as number,
    agreementNumber: r.agreement_number as string,
    projectName: r.project_name as string,
    organizationId: r.organization_id as number,
    organizationName: r.organization_name as string,
    organizationContact: r.contact_person as string,
    districtCode: r.district_code as string,
    inspectionId: r.inspection_id as number,
    inspectionDate: r.inspection_date as string,
    severity: r.severity as Severity,
    description: r.description as string,
    requirement: r.requirement as string,
    responsiblePerson: r.responsible_person as string,
    deadline: r.deadline as string,
    state: r.state as RectificationState,
    submittedBy: (r.submitted_by as number | null) ?? null,
    openedAt: r.opened_at as string,
  };
}

export function getRectification(db: Db, id: number): RectificationRecord | null {
  const r = prepared(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = ?`).get(id) as
    Record<string, unknown> | undefined;
  return r ? toRecord(r) : null;
}

/** Every item of a project, in number order: what the tranche gate and the close-out checklist read. */
export function projectRectifications(db: Db, applicationId: number): RectificationRecord[] {
  return (
    prepared(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE r.application_id = ? ORDER BY r.seq`).all(
      applicationId,
    ) as Record<string, unknown>[]
  ).map(toRecord);
}

/** Opens the item of a finding, numbered next in its project. */
export function insertRectification(
  db: Db,
  r: {
    findingId: number;
    applicationId: number;
    organizationId: number;
    severity: Severity;
    deadline: string;
    at: string;
  },
): number {
  const seq =
    ((prepared(db, 'SELECT max(seq) FROM rectifications WHERE application_id = ?').pluck().get(r.applicationId) as
      number | null) ?? 0) + 1;
  return Number(
    prepared(
      db,
      `INSERT INTO rectifications (finding_id, application_id, organization_id, seq, severity, deadline, state, opened_at)
       VALUES (?, ?, ?, ?, ?, ?, 'open', ?)`,
    ).run(r.findingId, r.applicationId, r.organizationId, seq, r.severity, r.deadline, r.at).lastInsertRowid,
  );
}

export function setRectificationState(
  db: Db,
  id: number,
  s: { state: RectificationState; submittedBy?: number; verifiedBy?: number; verifiedAt?: string },
): void {
  prepared(
    db,
    `UPDATE rectifications SET state = ?, submitted_by = coalesce(?, submitted_by), verified_by = ?, verified_at = ?
     WHERE id = ?`,
  ).run(s.state, s.submittedBy ?? null, s.verifiedBy ?? null, s.verifiedAt ?? null, id);
}

export interface StepRow {
  id: number;
  kind: 'evidence' | 'verify' | 'reopen';
  note: string;
  by: Person;
  at: string;
  attachmentIds: number[];
}

export function insertStep(
  db: Db,
  s: {
    rectificationId: number;
    kind: StepRow['kind'];
    note: string;
    by: number;
    at: string;
    attachmentIds: readonly number[];
  },
): number {
  const id = Number(
    prepared(
      db,
      'INSERT INTO rectification_steps (rectification_id, kind, note, by_user, at) VALUES (?, ?, ?, ?, ?)',
    ).run(s.rectificationId, s.kind, s.note, s.by, s.at).lastInsertRowid,
  );
  const attach = prepared(db, 'INSERT INTO rectification_step_attachments (step_id, attachment_id) VALUES (?, ?)');
  for (const a of s.attachmentIds) attach.run(id, a);
  return id;
}

export function listSteps(db: Db, rectificationId: number): StepRow[] {
  const rows = prepared(
    db,
    `SELECT s.id, s.kind, s.note, s.by_user, u.display_name, s.at,
       (SELECT group_concat(attachment_id) FROM rectification_step_attachments x WHERE x.step_id = s.id) AS files
     FROM rectification_steps s JOIN users u ON u.id = s.by_user WHERE s.rectification_id = ? ORDER BY s.id`,
  ).all(rectificationId) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: r.id as number,
    kind: r.kind as StepRow['kind'],
    note: r.note as string,
    by: { id: r.by_user as number, displayName: r.display_name as string },
    at: r.at as string,
    attachmentIds: r.files ? String(r.files).split(',').map(Number) : [],
  }));
}

export function evidenceRecorders(db: Db, rectificationId: number): number[] {
  return prepared(
    db,
    "SELECT DISTINCT by_user FROM rectification_steps WHERE rectification_id = ? AND kind = 'evidence'",
  )
    .pluck()
    .all(rectificationId) as number[];
}

/** Who verified the item and when; null until it is verified (sending it back clears both). */
export function rectificationVerification(db: Db, id: number): { by: Person; at: string } | null {
  const r = prepared(
    db,
    `SELECT r.verified_by, u.display_name, r.verified_at FROM rectifications r
     JOIN users u ON u.id = r.verified_by WHERE r.id = ?`,
  ).get(id) as { verified_by: number; display_name: string; verified_at: string } | undefined;
  return r ? { by: { id: r.verified_by, displayName: r.display_name }, at: r.verified_at } : null;
}

export function inspectorUserIds(db: Db, inspectionId: number): number[] {
  return prepared(db, 'SELECT user_id FROM inspection_inspectors WHERE inspection_id = ? AND user_id IS NOT NULL')
    .pluck()
    .all(inspectionId) as number[];
}

type ListInput = OpParsedInput<'rectifications.list'>;

const SEVERITY_ORDER = "CASE r.severity WHEN 'severe' THEN 3 WHEN 'major' THEN 2 ELSE 1 END";

export function listRectifications(db: Db, q: ListInput, today: string): ListResult<RectificationRecord> {
  const where = new Where();
  const f = q.filters;
  if (f.state !== undefined) where.add('r.state = ?', f.state);
  if (f.severity !== undefined) where.add('r.severity = ?', f.severity);
  if (f.overdue === true) where.add("r.state <> 'verified' AND r.deadline < ?", today);
  if (f.overdue === false) where.add("r.state = 'verified' OR r.deadline >= ?", today);
  if (f.applicationId !== undefined) where.add('r.application_id = ?', f.applicationId);
  if (f.organizationId !== undefined) where.add('r.organization_id = ?', f.organizationId);
  if (f.districtCode !== undefined) where.add('o.district_code = ?', f.districtCode);
  if (q.search) {
    const like = containsPattern(q.search);
    where.add(
      `a.name LIKE ? ESCAPE '\\' OR g.agreement_number LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\'
       OR f.description LIKE ? ESCAPE '\\'`,
      like,
      like,
      like,
      like,
    );
  }
  const order = orderBy(
    q.sort,
    { deadline: 'r.deadline', agreementNumber: 'g.agreement_number', severity: SEVERITY_ORDER, state: 'r.state' },
    'r.id',
    'r.deadline ASC, r.id ASC',
  );
  const rows = prepared(db, `SELECT ${COLUMNS} FROM ${FROM} ${where.sql()} ${order} LIMIT ? OFFSET ?`).all(
    ...where.params,
    ...limitOffset(q),
  ) as Record<string, unknown>[];
  const total = prepared(db, `SELECT COUNT(*) FROM ${FROM} ${where.sql()}`)
    .pluck()
    .get(...where.params) as number;
  return { total, rows: rows.map(toRecord) };
}

/**
 * Unverified items past their deadline, counted per organization (with its district). Reads the partial
 * index of unverified items by deadline, so the count touches only overdue rows.
 */
export function overdueByOrganization(
  db: Db,
  today: string,
): { organizationId: number; organizationName: string; districtCode: string; count: number }[] {
  return prepared(
    db,
    `SELECT r.organization_id AS organizationId, o.name AS organizationName, o.district_code AS districtCode,
       COUNT(*) AS count
     FROM rectifications r INDEXED BY rectifications_unverified_by_deadline JOIN organizations o ON o.id = r.organization_id
     WHERE r.state <> 'verified' AND r.deadline < ?
     GROUP BY r.organization_id ORDER BY count DESC, o.name`,
  ).all(today) as { organizationId: number; organizationName: string; districtCode: string; count: number }[];
}
