import type { EvaluationKind, EvaluationState } from '../core/evaluation-consequences';
import type { GradeThresholds, IndicatorNode } from '../core/evaluation-indicators';
import type { Grade } from '../core/grading';
import { prepared, type Db } from './statements';

export interface Person {
  id: number;
  displayName: string;
}

/** An evaluation with the project it belongs to and how far its scoring has come. */
export interface EvaluationRow {
  id: number;
  agreementId: number;
  applicationId: number;
  agreementNumber: string;
  projectName: string;
  organizationId: number;
  organizationName: string;
  fundProgramId: number;
  programYear: number;
  kind: EvaluationKind;
  date: string;
  indicators: IndicatorNode[];
  thresholds: GradeThresholds;
  systemVersion: number;
  state: EvaluationState;
  scoreCenti: number | null;
  grade: Grade | null;
  createdBy: Person;
  createdAt: string;
  finalizedBy: Person | null;
  finalizedAt: string | null;
  withheldTrancheId: number | null;
  barId: number | null;
  assignedCount: number;
  scoredCount: number;
}

const SELECT = `
  SELECT e.id, e.agreement_id, a.application_id, a.agreement_number, p.name AS project_name, p.organization_id,
    o.name AS organization_name, p.fund_program_id, f.year AS program_year, e.kind, e.evaluation_date,
    e.indicators, e.thresholds, e.system_version, e.state, e.score_centi, e.grade, e.created_by,
    cu.display_name AS created_name, e.created_at, e.finalized_by, fu.display_name AS finalized_name,
    e.finalized_at, e.withheld_tranche_id, e.bar_id,
    (SELECT count(*) FROM evaluation_assignments x WHERE x.evaluation_id = e.id AND x.declaration <> 'conflict')
      AS assigned_count,
    (SELECT count(*) FROM evaluation_assignments x WHERE x.evaluation_id = e.id AND x.scored_at IS NOT NULL)
      AS scored_count
  FROM evaluations e
  JOIN agreements a ON a.id = e.agreement_id
  JOIN applications p ON p.id = a.application_id
  JOIN organizations o ON o.id = p.organization_id
  JOIN fund_programs f ON f.id = p.fund_program_id
  JOIN users cu ON cu.id = e.created_by
  LEFT JOIN users fu ON fu.id = e.finalized_by`;

function toRow(r: Record<string, unknown>): EvaluationRow {
  return {
    id: r.id as number,
    agreementId: r.agreement_id as number,
    applicationId: r.application_id as number,
    agreementNumber: r.agreement_number as string,
    projectName: r.project_name as string,
    organizationId: r.organization_id as number,
    organizationName: r.organization_name as string,
    fundProgramId: r.fund_program_id as number,
    programYear: r.program_year as number,
    kind: r.kind as EvaluationKind,
    date: r.evaluation_date as string,
    indicators: JSON.parse(r.indicators as string) as IndicatorNode[],
    thresholds: JSON.parse(r.thresholds as string) as GradeThresholds,
    systemVersion: r.system_version as number,
    state: r.state as EvaluationState,
    scoreCenti: (r.score_centi as number | null) ?? null,
    grade: (r.grade as Grade | null) ?? null,
    createdBy: { id: r.created_by as number, displayName: r.created_name as string },
    createdAt: r.created_at as string,
    finalizedBy:
      r.finalized_by === null ? null : { id: r.finalized_by as number, displayName: r.finalized_name as string },
    finalizedAt: (r.finalized_at as string | null) ?? null,
    withheldTrancheId: (r.withheld_tranche_id as number | null) ?? null,
    barId: (r.bar_id as number | null) ?? null,
    assignedCount: r.assigned_count as number,
    scoredCount: r.scored_count as number,
  };
}

export function getEvaluation(db: Db, id: number): EvaluationRow | null {
  const r = prepared(db, `${SELECT} WHERE e.id = ?`).get(id) as Record<string, unknown> | undefined;
  return r ? toRow(r) : null;
}

export interface EvaluationFilter {
  agreementId?: number;
  organizationId?: number;
  fundProgramId?: number;
  kind?: EvaluationKind;
  state?: EvaluationState;
  grade?: Grade;
  /** Only evaluations this user is assigned to (and did not declare a conflict on). */
  evaluatorId?: number;
}

/** Open ones (work still to do) first, then newest first; at most `limit` rows (filters narrow it). */
export function listEvaluations(db: Db, f: EvaluationFilter, limit = 500): EvaluationRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    where.push(sql);
    params.push(v);
  };
  if (f.agreementId !== undefined) add('e.agreement_id = ?', f.agreementId);
  if (f.organizationId !== undefined) add('p.organization_id = ?', f.organizationId);
  if (f.fundProgramId !== undefined) add('p.fund_program_id = ?', f.fundProgramId);
  if (f.kind !== undefined) add('e.kind = ?', f.kind);
  if (f.state !== undefined) add('e.state = ?', f.state);
  if (f.grade !== undefined) add('e.grade = ?', f.grade);
  if (f.evaluatorId !== undefined)
    add(
      `EXISTS (SELECT 1 FROM evaluation_assignments x WHERE x.evaluation_id = e.id AND x.evaluator_id = ?
        AND x.declaration <> 'conflict')`,
      f.evaluatorId,
    );
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY e.state = 'open' DESC, e.evaluation_date DESC, e.id DESC LIMIT ?`;
  return (prepared(db, sql).all(...params, limit) as Record<string, unknown>[]).map(toRow);
}

/** Finalized evaluations of a project, as the tranche gates and close-out judge them. */
export function finalizedEvaluationFacts(
  db: Db,
  agreementId: number,
): { kind: EvaluationKind; date: string; scoreCenti: number; grade: Grade }[] {
  return prepared(
    db,
    `SELECT kind, evaluation_date AS date, score_centi AS scoreCenti, grade FROM evaluations
     WHERE agreement_id = ? AND state = 'finalized' ORDER BY evaluation_date, id`,
  ).all(agreementId) as { kind: EvaluationKind; date: string; scoreCenti: number; grade: Grade }[];
}

export interface NewEvaluation {
  agreementId: number;
  kind: EvaluationKind;
  date: string;
  indicators: readonly IndicatorNode[];
  thresholds: GradeThresholds;
  systemVersion: number;
  by: number;
  at: string;
}

export function insertEvaluation(db: Db, e: NewEvaluation): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO evaluations (agreement_id, kind, evaluation_date, indicators, thresholds, system_version,
       created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    e.agreementId,
    e.kind,
    e.date,
    JSON.stringify(e.indicators),
    JSON.stringify(e.thresholds),
    e.systemVersion,
    e.by,
    e.at,
  );
  return Number(lastInsertRowid);
}

export function finalizeEvaluation(
  db: Db,
  id: number,
  f: {
    scoreCenti: number;
    grade: Grade;
    by: number;
    at: string;
    withheldTrancheId: number | null;
    barId: number | null;
  },
): void {
  prepared(
    db,
    `UPDATE evaluations SET state = 'finalized', score_centi = ?, grade = ?, finalized_by = ?, finalized_at = ?,
       withheld_tranche_id = ?, bar_id = ? WHERE id = ? AND state = 'open'`,
  ).run(f.scoreCenti, f.grade, f.by, f.at, f.withheldTrancheId, f.barId, id);
}
