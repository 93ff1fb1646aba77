import type { IndicatorScore } from '../core/evaluation-scoring';
import { prepared, type Db } from './statements';

export type EvaluationDeclaration = 'pending' | 'no_conflict' | 'conflict';

/** One evaluator of an evaluation: the declaration first, then (after 'no_conflict') the scores. */
export interface EvaluationAssignmentRow {
  id: number;
  evaluationId: number;
  evaluator: { id: number; displayName: string };
  declaration: EvaluationDeclaration;
  declaredAt: string | null;
  conflictReason: string | null;
  scores: IndicatorScore[] | null;
  totalCenti: number | null;
  comment: string;
  scoredAt: string | null;
}

const SELECT = `
  SELECT x.id, x.evaluation_id, x.evaluator_id, u.display_name, x.declaration, x.declared_at, x.conflict_reason,
    x.scores, x.total_centi, x.comment, x.scored_at
  FROM evaluation_assignments x JOIN users u ON u.id = x.evaluator_id`;

function toRow(r: Record<string, unknown>): EvaluationAssignmentRow {
  return {
    id: r.id as number,
    evaluationId: r.evaluation_id as number,
    evaluator: { id: r.evaluator_id as number, displayName: r.display_name as string },
    declaration: r.declaration as EvaluationDeclaration,
    declaredAt: (r.declared_at as string | null) ?? null,
    conflictReason: (r.conflict_reason as string | null) ?? null,
    scores: r.scores === null ? null : (JSON.parse(r.scores as string) as IndicatorScore[]),
    totalCenti: (r.total_centi as number | null) ?? null,
    comment: r.comment as string,
    scoredAt: (r.scored_at as string | null) ?? null,
  };
}

export function listEvaluationAssignments(db: Db, evaluationId: number): EvaluationAssignmentRow[] {
  return (
    prepared(db, `${SELECT} WHERE x.evaluation_id = ? ORDER BY x.id`).all(evaluationId) as Record<string, unknown>[]
  ).map(toRow);
}

export function findEvaluationAssignment(
  db: Db,
  evaluationId: number,
  evaluatorId: number,
): EvaluationAssignmentRow | null {
  const r = prepared(db, `${SELECT} WHERE x.evaluation_id = ? AND x.evaluator_id = ?`).get(
    evaluationId,
    evaluatorId,
  ) as Record<string, unknown> | undefined;
  return r ? toRow(r) : null;
}

export function insertEvaluationAssignment(
  db: Db,
  evaluationId: number,
  evaluatorId: number,
  meta: { by: number; at: string },
): void {
  prepared(
    db,
    `INSERT INTO evaluation_assignments (evaluation_id, evaluator_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?)`,
  ).run(evaluationId, evaluatorId, meta.by, meta.at);
}

export function setEvaluationDeclaration(
  db: Db,
  id: number,
  d: { declaration: 'no_conflict' | 'conflict'; reason: string | null; at: string },
): void {
  prepared(
    db,
    'UPDATE evaluation_assignments SET declaration = ?, conflict_reason = ?, declared_at = ? WHERE id = ?',
  ).run(d.declaration, d.reason, d.at, id);
}

/** Scores replace the evaluator's earlier ones while the evaluation is open. */
export function setEvaluationScores(
  db: Db,
  id: number,
  s: { scores: readonly IndicatorScore[]; totalCenti: number; comment: string; at: string },
): void {
  prepared(
    db,
    'UPDATE evaluation_assignments SET scores = ?, total_centi = ?, comment = ?, scored_at = ? WHERE id = ?',
  ).run(JSON.stringify(s.scores), s.totalCenti, s.comment, s.at, id);
}
