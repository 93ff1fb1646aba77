import type { OpOutput, OpParsedInput } from '../../contract/index';
import { decimal, decimalText } from '../../core/decimal';
import { leafIndicators } from '../../core/evaluation-indicators';
import { checkIndicatorScores, pointsCenti, POINTS_MAX_SCALE, totalCenti } from '../../core/evaluation-scoring';
import { findEvaluationAssignment, setEvaluationScores } from '../../db/evaluation-assignments-repo';
import { AppError, nowIso, requireUser } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadEvaluation, refuseIfFinalized, scoreText } from './load';
import { throwIfAnyEvaluation } from './present';
import { detailById } from './view';

/**
 * An evaluator's points for every leaf indicator of the evaluation's system, each 0 to its maximum with at
 * most two decimals; a score above the maximum is refused naming the indicator, never clamped. Scoring again
 * replaces the evaluator's earlier scores while the evaluation is open.
 */
export function score(ctx: ServiceContext, input: OpParsedInput<'evaluations.score'>): OpOutput<'evaluations.score'> {
  const user = requireUser(ctx);
  const e = loadEvaluation(ctx, input.evaluationId);
  refuseIfFinalized(e);
  const mine = findEvaluationAssignment(ctx.db, e.id, user.id);
  if (!mine) throw new AppError('Forbidden', 'evaluation.notAssigned');
  if (mine.declaration === 'pending') throwIfAnyEvaluation([{ rule: 'evaluation.declareFirst', params: {} }]);
  if (mine.declaration === 'conflict') throwIfAnyEvaluation([{ rule: 'evaluation.conflictDeclared', params: {} }]);
  const leaves = leafIndicators(e.indicators);
  throwIfAnyEvaluation(checkIndicatorScores(input.scores, leaves), 'scores');
  // Kept as typed values normalised ("７.50" → "7.50"), in the system's order.
  const scores = leaves.map((l) => {
    const given = input.scores.find((s) => s.code === l.code)!;
    return { code: l.code, points: decimalText(decimal(pointsCenti(given.points)!, POINTS_MAX_SCALE)) };
  });
  const total = totalCenti(scores);
  setEvaluationScores(ctx.db, mine.id, { scores, totalCenti: total, comment: input.comment, at: nowIso(ctx) });
  recordChange(
    ctx,
    'evaluation',
    e.id,
    { evaluator: user.id, total: scoreText(mine.totalCenti) },
    { evaluator: user.id, scores, total: scoreText(total), comment: input.comment },
  );
  return detailById(ctx, e.id);
}
