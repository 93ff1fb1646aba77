import { hasPermission, type OpOutput, type OpParsedInput } from '../../contract/index';
import { listEvaluations } from '../../db/evaluations-repo';
import { listActiveEvaluators } from '../../db/reviews-repo';
import type { ServiceContext } from '../context';
import { loadEvaluatedProject, loadEvaluation } from './load';
import { detailOf, summaryOf } from './view';

/** Evaluations newest first, narrowed by project, organization, kind, state, grade or to the caller's own. */
export function list(ctx: ServiceContext, input: OpParsedInput<'evaluations.list'>): OpOutput<'evaluations.list'> {
  const agreementId =
    input.applicationId === undefined ? undefined : loadEvaluatedProject(ctx, input.applicationId).agreement.id;
  const rows = listEvaluations(ctx.db, {
    agreementId,
    organizationId: input.organizationId,
    fundProgramId: input.fundProgramId,
    kind: input.kind,
    state: input.state,
    grade: input.grade,
    evaluatorId: input.mine && ctx.user ? ctx.user.id : undefined,
  });
  return {
    rows: rows.map((e) => summaryOf(ctx.db, e)),
    mayCreate: !!ctx.user && hasPermission(ctx.user.roles, 'evaluations.manage'),
  };
}

export function get(ctx: ServiceContext, input: OpParsedInput<'evaluations.get'>): OpOutput<'evaluations.get'> {
  return detailOf(ctx, loadEvaluation(ctx, input.evaluationId));
}

export function evaluators(ctx: ServiceContext): OpOutput<'evaluations.evaluators'> {
  return listActiveEvaluators(ctx.db);
}
