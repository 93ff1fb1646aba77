import type { OpOutput, OpParsedInput } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import { failureReason, finalConsequences, trancheToWithhold } from '../../core/evaluation-consequences';
import { evaluationResult } from '../../core/evaluation-scoring';
import { listEvaluationAssignments } from '../../db/evaluation-assignments-repo';
import { finalizeEvaluation, type EvaluationRow } from '../../db/evaluations-repo';
import { getOrganizationBar, insertOrganizationBar } from '../../db/organization-bars-repo';
import { insertTrancheRecord, listTranches } from '../../db/tranches-repo';
import { nowIso, requireUser } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { clearedFields, saveState } from '../tranches/step';
import { loadEvaluation, refuseIfFinalized } from './load';
import { throwIfAnyEvaluation } from './present';
import { detailById, finalizeRefusals } from './view';

/** The last tranche that could still be paid is cancelled, its reason naming the evaluation. */
function withhold(ctx: ServiceContext, e: EvaluationRow, reason: string, by: number): number | null {
  const tranche = trancheToWithhold(listTranches(ctx.db, e.agreementId));
  if (!tranche) return null;
  const recordId = insertTrancheRecord(ctx.db, {
    trancheId: tranche.id,
    kind: 'cancellation',
    amountFen: 0,
    voucherNo: null,
    date: shanghaiDate(ctx.now),
    reason,
    reversesId: null,
    preparedBy: null,
    by,
    at: nowIso(ctx),
  });
  saveState(ctx, tranche, clearedFields('cancelled'), { recordId, reason });
  return tranche.id;
}

/**
 * Fixes the evaluation's score (the mean of its evaluators' weighted totals, two decimals) and grade (by the
 * thresholds it was created with), once every evaluator has scored or stood down and at least two scored.
 * A mid-term grade of 合格 or better then opens the 中期评估合格 tranche gate; a final 不合格 withholds the
 * last unpaid tranche and bars the organization from next year's calls, naming this evaluation as the reason.
 */
export function finalize(
  ctx: ServiceContext,
  input: OpParsedInput<'evaluations.finalize'>,
): OpOutput<'evaluations.finalize'> {
  const user = requireUser(ctx);
  const e = loadEvaluation(ctx, input.evaluationId);
  refuseIfFinalized(e);
  const assignments = listEvaluationAssignments(ctx.db, e.id);
  throwIfAnyEvaluation(finalizeRefusals(assignments), 'evaluationId');
  const result = evaluationResult(
    assignments.flatMap((a) => (a.totalCenti === null ? [] : [a.totalCenti])),
    e.thresholds,
  )!;
  const at = nowIso(ctx);
  const consequences = finalConsequences(e.kind, result.grade, e.programYear);
  const reason = failureReason({ agreementNumber: e.agreementNumber, score: result.score, date: e.date });
  const withheldTrancheId = consequences.withhold ? withhold(ctx, e, reason, user.id) : null;
  let barId: number | null = null;
  if (consequences.bar) {
    barId = insertOrganizationBar(
      ctx.db,
      { organizationId: e.organizationId, ...consequences.bar, reason },
      { now: at, createdBy: user.id },
    );
    recordChange(ctx, 'organizationBar', barId, null, getOrganizationBar(ctx.db, barId));
  }
  finalizeEvaluation(ctx.db, e.id, {
    scoreCenti: result.scoreCenti,
    grade: result.grade,
    by: user.id,
    at,
    withheldTrancheId,
    barId,
  });
  recordChange(
    ctx,
    'evaluation',
    e.id,
    { state: 'open' },
    { state: 'finalized', score: result.score, grade: result.grade, withheldTrancheId, barId },
  );
  return detailById(ctx, e.id);
}
