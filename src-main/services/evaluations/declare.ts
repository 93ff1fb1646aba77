import type { OpOutput, OpParsedInput } from '../../contract/index';
import { findEvaluationAssignment, setEvaluationDeclaration } from '../../db/evaluation-assignments-repo';
import { insertConflict } from '../../db/reviews-repo';
import { AppError, nowIso, requireUser } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadEvaluation, refuseIfFinalized } from './load';
import { throwIfAnyEvaluation } from './present';
import { detailById } from './view';

/**
 * 无利益冲突声明 before the scoring form opens, as in expert review. A declared conflict takes the evaluator
 * off this evaluation for good and is remembered against the organization (with the expert reviews' conflicts),
 * so they are not assigned to its projects again.
 */
export function declare(
  ctx: ServiceContext,
  input: OpParsedInput<'evaluations.declare'>,
): OpOutput<'evaluations.declare'> {
  const user = requireUser(ctx);
  const e = loadEvaluation(ctx, input.evaluationId);
  refuseIfFinalized(e);
  const mine = findEvaluationAssignment(ctx.db, e.id, user.id);
  if (!mine) throw new AppError('Forbidden', 'evaluation.notAssigned');
  if (mine.declaration !== 'pending')
    throwIfAnyEvaluation([{ rule: 'evaluation.alreadyDeclared', params: { declaration: mine.declaration } }]);
  const at = nowIso(ctx);
  const declaration = input.hasConflict ? 'conflict' : 'no_conflict';
  const reason = input.hasConflict ? input.reason : null;
  setEvaluationDeclaration(ctx.db, mine.id, { declaration, reason, at });
  if (input.hasConflict)
    insertConflict(ctx.db, {
      evaluatorId: user.id,
      organizationId: e.organizationId,
      applicationId: e.applicationId,
      reason: input.reason,
      at,
    });
  recordChange(
    ctx,
    'evaluation',
    e.id,
    { evaluator: user.id, declaration: 'pending' },
    { evaluator: user.id, declaration, ...(reason === null ? {} : { conflictReason: reason }) },
  );
  return detailById(ctx, e.id);
}
