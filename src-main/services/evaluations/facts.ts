import { decimal } from '../../core/decimal';
import type { EvaluationFacts } from '../../core/tranche-gates';
import { finalizedEvaluationFacts } from '../../db/evaluations-repo';
import type { Db } from '../../db/statements';

/**
 * A project's finalized evaluations as the tranche gates and the close-out checklist read them: the score in
 * exact hundredths and the grade the evaluation's own thresholds gave. An open evaluation counts for nothing.
 */
export function evaluationFacts(db: Db, agreementId: number): EvaluationFacts[] {
  return finalizedEvaluationFacts(db, agreementId).map((e) => ({
    kind: e.kind,
    date: e.date,
    score: decimal(e.scoreCenti, 2),
    grade: e.grade,
  }));
}
