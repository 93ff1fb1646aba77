import type { ApplicationState, CostType, ProjectKind, ServiceArea } from '../contract/index';
import { pinyinSortKey } from '../core/pinyin-key';
import { prepared, type Db } from './statements';

export interface IndicatorFields {
  name: string;
  unit: string;
  target: number;
}

export interface BudgetLineFields {
  categoryCode: string;
  costType: CostType | null;
  /** The grant asked for on the line (财政资金). */
  amountFen: number;
  /** The organization's matching funds budgeted on the line (配套资金). */
  matchingFen: number;
  note: string;
}

/** What an officer enters; the rest of an application's row is kept by the review flow. */
export interface ApplicationFields {
  fundProgramId: number;
  organizationId: number;
  name: string;
  classCode: string;
  projectKind: ProjectKind;
  serviceArea: ServiceArea;
  districtCode: string;
  beneficiaries: string;
  beneficiaryCount: number;
  periodStart: string;
  periodEnd: string;
  objectives: string;
  requestedFen: number;
  matchingFen: number;
}

export interface ApplicationRecord extends ApplicationFields {
  id: number;
  code: string;
  state: ApplicationState;
  approvedFen: number | null;
  meanScoreCenti: number | null;
  createdAt: string;
  updatedAt: string;
  createdBy: number | null;
  submittedAt: string | null;
  submittedBy: number | null;
}

export interface BudgetLineRecord extends BudgetLineFields {
  id: number;
  seq: number;
  approvedFen: number | null;
  cutReason: string | null;
}

const RECORD_COLUMNS = `id, code, fund_program_id, organization_id, name, class_code, project_kind, service_area,
  district_code, beneficiaries, beneficiary_count, period_start, period_end, objectives, requested_fen, matching_fen,
  state, approved_fen, mean_score_centi, created_at, updated_at, created_by, submitted_at, submitted_by`;

function toRecord(r: Record<string, unknown>): ApplicationRecord {
  return {
    id: r.id as number,
    code: r.code as string,
    fundProgramId: r.fund_program_id as number,
    organizationId: r.organization_id as number,
    name: r.name as string,
    classCode: r.class_code as string,
    projectKind: r.project_kind as ProjectKind,
    serviceArea: r.service_area as ServiceArea,
    districtCode: r.district_code as string,
    beneficiaries: r.beneficiaries as string,
    beneficiaryCount: r.beneficiary_count as number,
    periodStart: r.period_start as string,
    periodEnd: r.period_end as string,
    objectives: r.objectives as string,
    requestedFen: r.requested_fen as number,
    matchingFen: r.matching_fen as number,
    state: r.state as ApplicationState,
    approvedFen: (r.approved_fen as number | null) ?? null,
    meanScoreCenti: (r.mean_score_centi as number | null) ?? null,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
    createdBy: (r.created_by as number | null) ?? null,
    submittedAt: (r.submitted_at as string | null) ?? null,
    submittedBy: (r.submitted_by as number | null) ?? null,
  };
}

export function getApplicationRecord(db: Db, id: number): ApplicationRecord | undefined {
  const r = prepared(db, `SELECT ${RECORD_COLUMNS} FROM applications WHERE id = ?`).get(id) as
    Record<string, unknown> | undefined;
  return r && toRecord(r);
}

export function formatApplicationCode(year: number, seq: number): string {
  return `SB-${year}-${String(seq).padStart(4, '0')}`;
}

/** Where an application stands when it is written in one go (sample data); a new draft needs none of it. */
export interface ApplicationOutcome {
  state: ApplicationState;
  approvedFen: number | null;
  meanScoreCenti: number | null;
  submittedAt: string | null;
  submittedBy: number | null;
  updatedAt: string;
}

/**
 * Inserts an application with the next code of its program year. Applications are never deleted, so
 * max + 1 inside the write transaction keeps the numbering gap-free.
 */
export function insertApplication(
  db: Db,
  a: ApplicationFields,
  meta: { now: string; createdBy: number | null; year: number; outcome?: ApplicationOutcome },
): { id: number; code: string } {
  const seq = prepared(db, 'SELECT COALESCE(MAX(code_seq), 0) + 1 FROM applications WHERE code_year = ?')
    .pluck()
    .get(meta.year) as number;
  const code = formatApplicationCode(meta.year, seq);
  const o = meta.outcome;
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO applications (code, code_year, code_seq, fund_program_id, organization_id, name, class_code,
       project_kind, service_area, district_code, beneficiaries, beneficiary_count, period_start, period_end,
       objectives, requested_fen, matching_fen, state, approved_fen, mean_score_centi, created_at, updated_at,
       created_by, submitted_at, submitted_by, name_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    code,
    meta.year,
    seq,
    a.fundProgramId,
    a.organizationId,
    a.name,
    a.classCode,
    a.projectKind,
    a.serviceArea,
    a.districtCode,
    a.beneficiaries,
    a.beneficiaryCount,
    a.periodStart,
    a.periodEnd,
    a.objectives,
    a.requestedFen,
    a.matchingFen,
    o?.state ?? 'draft',
    o?.approvedFen ?? null,
    o?.meanScoreCenti ?? null,
    meta.now,
    o?.updatedAt ?? meta.now,
    meta.createdBy,
    o?.submittedAt ?? null,
    o?.submittedBy ?? null,
    pinyinSortKey(a.name),
  );
  return { id: Number(lastInsertRowid), code };
}

export function updateApplicationFields(db: Db, id: number, a: ApplicationFields, now: string): void {
  prepared(
    db,
    `UPDATE applications SET fund_program_id = ?, organization_id = ?, name = ?, class_code = ?, project_kind = ?,
       service_area = ?, district_code = ?, beneficiaries = ?, beneficiary_count = ?, period_start = ?,
       period_end = ?, objectives = ?, requested_fen = ?, matching_fen = ?, updated_at = ?,
       name_key = ?
     WHERE id = ?`,
  ).run(
    a.fundProgramId,
    a.organizationId,
    a.name,
    a.classCode,
    a.projectKind,
    a.serviceArea,
    a.districtCode,
    a.beneficiaries,
    a.beneficiaryCount,
    a.periodStart,
    a.periodEnd,
    a.objectives,
    a.requestedFen,
    a.matchingFen,
    now,
    pinyinSortKey(a.name),
    id,
  );
}

export function replaceIndicators(db: Db, applicationId: number, indicators: readonly IndicatorFields[]): void {
  prepared(db, 'DELETE FROM application_indicators WHERE application_id = ?').run(applicationId);
  const insert = prepared(
    db,
    'INSERT INTO application_indicators (application_id, seq, name, unit, target) VALUES (?, ?, ?, ?, ?)',
  );
  indicators.forEach((i, k) => insert.run(applicationId, k + 1, i.name, i.unit, i.target));
}

/**
 * Budget lines are replaced as a whole while the application is a draft or returned. Lines may carry a
 * finance review's outcome already (sample data is written in one go).
 */
export function replaceBudgetLines(
  db: Db,
  applicationId: number,
  lines: readonly (BudgetLineFields & { approvedFen?: number | null; cutReason?: string | null })[],
): void {
  prepared(db, 'DELETE FROM application_budget_lines WHERE application_id = ?').run(applicationId);
  const insert = prepared(
    db,
    `INSERT INTO application_budget_lines (application_id, seq, category_code, cost_type, amount_fen, matching_fen,
       note, approved_fen, cut_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  lines.forEach((l, k) =>
    insert.run(
      applicationId,
      k + 1,
      l.categoryCode,
      l.costType,
      l.amountFen,
      l.matchingFen,
      l.note,
      l.approvedFen ?? null,
      l.cutReason ?? null,
    ),
  );
}

export function getIndicators(db: Db, applicationId: number): (IndicatorFields & { id: number })[] {
  return prepared(
    db,
    'SELECT id, name, unit, target FROM application_indicators WHERE application_id = ? ORDER BY seq',
  ).all(applicationId) as (IndicatorFields & { id: number })[];
}

export function getBudgetLines(db: Db, applicationId: number): BudgetLineRecord[] {
  const rows = prepared(
    db,
    `SELECT id, seq, category_code, cost_type, amount_fen, matching_fen, note, approved_fen, cut_reason
     FROM application_budget_lines WHERE application_id = ? ORDER BY seq`,
  ).all(applicationId) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: r.id as number,
    seq: r.seq as number,
    categoryCode: r.category_code as string,
    costType: (r.cost_type as CostType | null) ?? null,
    amountFen: r.amount_fen as number,
    matchingFen: r.matching_fen as number,
    note: r.note as string,
    approvedFen: (r.approved_fen as number | null) ?? null,
    cutReason: (r.cut_reason as string | null) ?? null,
  }));
}

export function setBudgetLineReview(db: Db, lineId: number, approvedFen: number, cutReason: string | null): void {
  prepared(db, 'UPDATE application_budget_lines SET approved_fen = ?, cut_reason = ? WHERE id = ?').run(
    approvedFen,
    cutReason,
    lineId,
  );
}

export function setApplicationState(db: Db, id: number, state: ApplicationState, now: string): void {
  prepared(db, 'UPDATE applications SET state = ?, updated_at = ? WHERE id = ?').run(state, now, id);
}

export function recordSubmission(db: Db, id: number, by: number, at: string): void {
  prepared(db, 'UPDATE applications SET submitted_at = ?, submitted_by = ? WHERE id = ?').run(at, by, id);
  insertSubmissionHistory(db, id, by, at);
}

/** The submission history row alone (the application row already says who submitted last). */
export function insertSubmissionHistory(db: Db, id: number, by: number, at: string): void {
  prepared(db, 'INSERT INTO application_submissions (application_id, submitted_by, submitted_at) VALUES (?, ?, ?)').run(
    id,
    by,
    at,
  );
}

/** Everyone who ever submitted the application (a returned one may be submitted again by someone else). */
export function listSubmitters(db: Db, id: number): number[] {
  return prepared(db, 'SELECT DISTINCT submitted_by FROM application_submissions WHERE application_id = ?')
    .pluck()
    .all(id) as number[];
}

export function setMeanScore(db: Db, id: number, meanScoreCenti: number | null): void {
  prepared(db, 'UPDATE applications SET mean_score_centi = ? WHERE id = ?').run(meanScoreCenti, id);
}

export function setApproved(db: Db, id: number, approvedFen: number, now: string): void {
  prepared(db, "UPDATE applications SET state = 'approved', approved_fen = ?, updated_at = ? WHERE id = ?").run(
    approvedFen,
    now,
    id,
  );
}

/** Another application of the organization to the program that still competes for its money. */
export function findLiveDuplicate(
  db: Db,
  fundProgramId: number,
  organizationId: number,
  exceptId: number | null,
): string | null {
  return (
    (prepared(
      db,
      `SELECT code FROM applications WHERE fund_program_id = ? AND organization_id = ? AND state <> 'rejected'
         AND id IS NOT ? ORDER BY id LIMIT 1`,
    )
      .pluck()
      .get(fundProgramId, organizationId, exceptId) as string | undefined) ?? null
  );
}
