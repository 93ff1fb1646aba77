import type { InspectionRow, OpParsedInput } from '../contract/index';
import type { InspectionKind } from '../core/inspections';
import type { Person } from './attachments-repo';
import { containsPattern, limitOffset, orderBy, Where, type ListResult } from './list-sql';
import { bool, prepared, type Db } from './statements';

/** Inspections (检查): the header, inspectors, answers, attachments and addenda. Findings: findings-repo. */

export interface InspectionRecord {
  id: number;
  applicationId: number;
  checklistVersionId: number;
  kind: InspectionKind;
  date: string;
  place: string;
  notes: string;
  createdBy: Person;
  createdAt: string;
  signedOff: { by: Person; at: string } | null;
}

export interface InspectorRow {
  seq: number;
  user: Person | null;
  name: string;
  unit: string;
}

export interface NewInspection {
  applicationId: number;
  checklistVersionId: number;
  kind: InspectionKind;
  date: string;
  place: string;
  notes: string;
  by: number;
  at: string;
}

export interface InspectorInput {
  userId: number | null;
  name: string;
  unit: string;
}

export function insertInspection(db: Db, i: NewInspection): number {
  return Number(
    prepared(
      db,
      `INSERT INTO inspections (application_id, checklist_version_id, kind, date, place, notes, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(i.applicationId, i.checklistVersionId, i.kind, i.date, i.place, i.notes, i.by, i.at).lastInsertRowid,
  );
}

export function updateInspectionHeader(
  db: Db,
  id: number,
  h: { kind: InspectionKind; date: string; place: string; notes: string },
): void {
  prepared(db, 'UPDATE inspections SET kind = ?, date = ?, place = ?, notes = ? WHERE id = ?').run(
    h.kind,
    h.date,
    h.place,
    h.notes,
    id,
  );
}

export function replaceInspectors(db: Db, inspectionId: number, inspectors: readonly InspectorInput[]): void {
  prepared(db, 'DELETE FROM inspection_inspectors WHERE inspection_id = ?').run(inspectionId);
  const add = prepared(
    db,
    'INSERT INTO inspection_inspectors (inspection_id, seq, user_id, name, unit) VALUES (?, ?, ?, ?, ?)',
  );
  inspectors.forEach((i, n) => add.run(inspectionId, n + 1, i.userId, i.userId === null ? i.name : '', i.unit));
}

export function setSignedOff(db: Db, id: number, by: number, at: string): void {
  prepared(db, 'UPDATE inspections SET signed_off_by = ?, signed_off_at = ? WHERE id = ?').run(by, at, id);
}

export function getInspection(db: Db, id: number): InspectionRecord | null {
  const r = prepared(
    db,
    `SELECT i.*, cu.display_name AS created_name, su.display_name AS signed_name FROM inspections i
     JOIN users cu ON cu.id = i.created_by LEFT JOIN users su ON su.id = i.signed_off_by WHERE i.id = ?`,
  ).get(id) as Record<string, unknown> | undefined;
  if (!r) return null;
  return {
    id: r.id as number,
    applicationId: r.application_id as number,
    checklistVersionId: r.checklist_version_id as number,
    kind: r.kind as InspectionKind,
    date: r.date as string,
    place: r.place as string,
    notes: r.notes as string,
    createdBy: { id: r.created_by as number, displayName: r.created_name as string },
    createdAt: r.created_at as string,
    signedOff:
      r.signed_off_by === null
        ? null
        : {
            by: { id: r.signed_off_by as number, displayName: r.signed_name as string },
            at: r.signed_off_at as string,
          },
  };
}

/** A project's inspections, oldest first: what its audit report lists. */
export function projectInspectionIds(db: Db, applicationId: number): number[] {
  return prepared(db, 'SELECT id FROM inspections WHERE application_id = ? ORDER BY date, id')
    .pluck()
    .all(applicationId) as number[];
}

export function listInspectors(db: Db, inspectionId: number): InspectorRow[] {
  const rows = prepared(
    db,
    `SELECT s.seq, s.user_id, u.display_name, s.name, s.unit FROM inspection_inspectors s
     LEFT JOIN users u ON u.id = s.user_id WHERE s.inspection_id = ? ORDER BY s.seq`,
  ).all(inspectionId) as Record<string, unknown>[];
  return rows.map((r) => ({
    seq: r.seq as number,
    user: r.user_id === null ? null : { id: r.user_id as number, displayName: r.display_name as string },
    name: r.user_id === null ? (r.name as string) : (r.display_name as string),
    unit: r.unit as string,
  }));
}

export function listAnswers(db: Db, inspectionId: number): { itemId: number; value: string; note: string }[] {
  return prepared(
    db,
    'SELECT item_id AS itemId, value, note FROM inspection_answers WHERE inspection_id = ? ORDER BY item_id',
  ).all(inspectionId) as { itemId: number; value: string; note: string }[];
}

export function upsertAnswer(db: Db, inspectionId: number, a: { itemId: number; value: string; note: string }): void {
  if (a.value === '') {
    prepared(db, 'DELETE FROM inspection_answers WHERE inspection_id = ? AND item_id = ?').run(inspectionId, a.itemId);
    return;
  }
  prepared(
    db,
    `INSERT INTO inspection_answers (inspection_id, item_id, value, note) VALUES (?, ?, ?, ?)
     ON CONFLICT (inspection_id, item_id) DO UPDATE SET value = excluded.value, note = excluded.note`,
  ).run(inspectionId, a.itemId, a.value, a.note);
}

export function inspectionAttachmentIds(db: Db, inspectionId: number): number[] {
  return prepared(db, 'SELECT attachment_id FROM inspection_attachments WHERE inspection_id = ? ORDER BY attachment_id')
    .pluck()
    .all(inspectionId) as number[];
}

export function insertInspectionAttachment(db: Db, inspectionId: number, attachmentId: number): void {
  prepared(db, 'INSERT INTO inspection_attachments (inspection_id, attachment_id) VALUES (?, ?)').run(
    inspectionId,
    attachmentId,
  );
}

export interface AddendumRow {
  id: number;
  date: string;
  text: string;
  by: Person;
  at: string;
}

export function listAddenda(db: Db, inspectionId: number): AddendumRow[] {
  const rows = prepared(
    db,
    `SELECT d.id, d.date, d.text, d.by_user, u.display_name, d.at FROM inspection_addenda d
     JOIN users u ON u.id = d.by_user WHERE d.inspection_id = ? ORDER BY d.date, d.id`,
  ).all(inspectionId) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: r.id as number,
    date: r.date as string,
    text: r.text as string,
    by: { id: r.by_user as number, displayName: r.display_name as string },
    at: r.at as string,
  }));
}

export function insertAddendum(
  db: Db,
  a: { inspectionId: number; date: string; text: string; by: number; at: string },
): number {
  return Number(
    prepared(db, 'INSERT INTO inspection_addenda (inspection_id, date, text, by_user, at) VALUES (?, ?, ?, ?, ?)').run(
      a.inspectionId,
      a.date,
      a.text,
      a.by,
      a.at,
    ).lastInsertRowid,
  );
}

type ListInput = OpParsedInput<'inspections.list'>;

const FROM = `inspections i JOIN applications a ON a.id = i.application_id
  JOIN agreements g ON g.application_id = a.id JOIN organizations o ON o.id = a.organization_id
  JOIN checklist_versions v ON v.id = i.checklist_version_id`;

/** The inspection list, paged and sorted in SQL; search matches the project, its number and the organization. */
export function listInspections(db: Db, q: ListInput): ListResult<InspectionRow> {
  const where = new Where();
  if (q.filters.applicationId !== undefined) where.add('i.application_id = ?', q.filters.applicationId);
  if (q.filters.organizationId !== undefined) where.add('a.organization_id = ?', q.filters.organizationId);
  if (q.filters.kind !== undefined) where.add('i.kind = ?', q.filters.kind);
  if (q.filters.signedOff !== undefined)
    where.add(q.filters.signedOff ? 'i.signed_off_at IS NOT NULL' : 'i.signed_off_at IS NULL');
  if (q.search) {
    const like = containsPattern(q.search);
    where.add(
      `a.name LIKE ? ESCAPE '\\' OR g.agreement_number LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\' OR i.place LIKE ? ESCAPE '\\'`,
      like,
      like,
      like,
      like,
    );
  }
  const order = orderBy(
    q.sort,
    { date: 'i.date', agreementNumber: 'g.agreement_number', kind: 'i.kind' },
    'i.id',
    'i.date DESC, i.id DESC',
  );
  const rows = prepared(
    db,
    `SELECT i.id, i.application_id, g.agreement_number, a.name AS project_name, o.name AS organization_name, i.kind,
       i.date, i.place, v.name AS checklist_name, v.version, i.signed_off_at IS NOT NULL AS signed,
       (SELECT group_concat(coalesce(u.display_name, s.name), '、') FROM inspection_inspectors s
          LEFT JOIN users u ON u.id = s.user_id WHERE s.inspection_id = i.id) AS inspectors,
       (SELECT COUNT(*) FROM findings f WHERE f.inspection_id = i.id) AS finding_count,
       (SELECT COUNT(*) FROM findings f WHERE f.inspection_id = i.id AND f.severity = 'severe') AS severe_count
     FROM ${FROM} ${where.sql()} ${order} LIMIT ? OFFSET ?`,
  ).all(...where.params, ...limitOffset(q)) as Record<string, unknown>[];
  const total = prepared(db, `SELECT COUNT(*) FROM ${FROM} ${where.sql()}`)
    .pluck()
    .get(...where.params) as number;
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id as number,
      applicationId: r.application_id as number,
      agreementNumber: r.agreement_number as string,
      projectName: r.project_name as string,
      organizationName: r.organization_name as string,
      kind: r.kind as InspectionKind,
      date: r.date as string,
      place: r.place as string,
      checklistName: r.checklist_name as string,
      checklistVersion: r.version as number,
      inspectors: (r.inspectors as string | null) ?? '',
      findingCount: r.finding_count as number,
      severeCount: r.severe_count as number,
      signedOff: bool(r.signed),
    })),
  };
}

/** Enabled accounts holding the evaluator role, by name. */
export function evaluatorPool(db: Db): Person[] {
  return prepared(
    db,
    `SELECT u.id, u.display_name AS displayName FROM users u JOIN user_roles r ON r.user_id = u.id
     WHERE r.role = 'evaluator' AND u.disabled = 0 ORDER BY u.display_name, u.id`,
  ).all() as Person[];
}

/** The organization running a project: who an inspection visits and a rectification is addressed to. */
export function organizationOfProject(
  db: Db,
  applicationId: number,
): { id: number; name: string; contactPerson: string } {
  return prepared(
    db,
    `SELECT o.id, o.name, o.contact_person AS contactPerson FROM applications a
     JOIN organizations o ON o.id = a.organization_id WHERE a.id = ?`,
  ).get(applicationId) as { id: number; name: string; contactPerson: string };
}
