import type { AnswerType } from '../core/inspections';
import type { Severity } from '../core/rectification';
import { prepared, type Db } from './statements';

/** Checklist templates (检查模板) and their immutable versions with items. */

export interface ChecklistItemRow {
  id: number;
  seq: number;
  section: string;
  text: string;
  answerType: AnswerType;
  maxScore: number | null;
  findingText: string;
  findingSeverity: Severity | null;
}

export interface ChecklistVersionRow {
  templateId: number;
  code: string;
  versionId: number;
  version: number;
  name: string;
  createdAt: string;
}

export interface ChecklistSummaryRow extends ChecklistVersionRow {
  itemCount: number;
}

const VERSION = `SELECT t.id AS template_id, t.code, v.id AS version_id, v.version, v.name, v.created_at
  FROM checklist_versions v JOIN checklist_templates t ON t.id = v.template_id`;

const toVersion = (r: Record<string, unknown>): ChecklistVersionRow => ({
  templateId: r.template_id as number,
  code: r.code as string,
  versionId: r.version_id as number,
  version: r.version as number,
  name: r.name as string,
  createdAt: r.created_at as string,
});

/** Each template at its latest version, by name. */
export function listLatestChecklists(db: Db): ChecklistSummaryRow[] {
  const rows = prepared(
    db,
    `${VERSION} WHERE v.version = (SELECT max(version) FROM checklist_versions x WHERE x.template_id = t.id)
     ORDER BY t.id`,
  ).all() as Record<string, unknown>[];
  const count = prepared(db, 'SELECT COUNT(*) FROM checklist_items WHERE version_id = ?').pluck();
  return rows.map((r) => ({ ...toVersion(r), itemCount: count.get(r.version_id) as number }));
}

/** A version by template and number, or the latest when version is null. */
export function getChecklistVersion(db: Db, templateId: number, version: number | null): ChecklistVersionRow | null {
  const r = (
    version === null
      ? prepared(db, `${VERSION} WHERE t.id = ? ORDER BY v.version DESC LIMIT 1`).get(templateId)
      : prepared(db, `${VERSION} WHERE t.id = ? AND v.version = ?`).get(templateId, version)
  ) as Record<string, unknown> | undefined;
  return r ? toVersion(r) : null;
}

export function getChecklistVersionById(db: Db, versionId: number): ChecklistVersionRow | null {
  const r = prepared(db, `${VERSION} WHERE v.id = ?`).get(versionId) as Record<string, unknown> | undefined;
  return r ? toVersion(r) : null;
}

export function listChecklistItems(db: Db, versionId: number): ChecklistItemRow[] {
  const rows = prepared(
    db,
    `SELECT id, seq, section, text, answer_type, max_score, finding_text, finding_severity
     FROM checklist_items WHERE version_id = ? ORDER BY seq`,
  ).all(versionId) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: r.id as number,
    seq: r.seq as number,
    section: r.section as string,
    text: r.text as string,
    answerType: r.answer_type as AnswerType,
    maxScore: (r.max_score as number | null) ?? null,
    findingText: r.finding_text as string,
    findingSeverity: (r.finding_severity as Severity | null) ?? null,
  }));
}

export function templateIdByCode(db: Db, code: string): number | null {
  return (prepared(db, 'SELECT id FROM checklist_templates WHERE code = ?').pluck().get(code) as number) ?? null;
}

export function insertTemplate(db: Db, code: string, at: string): number {
  return Number(
    prepared(db, 'INSERT INTO checklist_templates (code, created_at) VALUES (?, ?)').run(code, at).lastInsertRowid,
  );
}

export type NewChecklistItem = Omit<ChecklistItemRow, 'id' | 'seq'>;

/** The next version of a template with its items; returns the version's id. */
export function insertChecklistVersion(
  db: Db,
  v: { templateId: number; name: string; by: number; at: string; items: readonly NewChecklistItem[] },
): number {
  const next =
    ((prepared(db, 'SELECT max(version) FROM checklist_versions WHERE template_id = ?').pluck().get(v.templateId) as
      number | null) ?? 0) + 1;
  const id = Number(
    prepared(
      db,
      'INSERT INTO checklist_versions (template_id, version, name, created_by, created_at) VALUES (?, ?, ?, ?, ?)',
    ).run(v.templateId, next, v.name, v.by, v.at).lastInsertRowid,
  );
  const item = prepared(
    db,
    `INSERT INTO checklist_items (version_id, seq, section, text, answer_type, max_score, finding_text, finding_severity)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  v.items.forEach((i, n) =>
    item.run(id, n + 1, i.section, i.text, i.answerType, i.maxScore, i.findingText, i.findingSeverity),
  );
  return id;
}
