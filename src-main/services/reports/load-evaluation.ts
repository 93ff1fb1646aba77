import type { EvaluationReportData } from '../../reports/index';
import { loadProject, view as budgetView } from '../budgets/index';
import type { ServiceContext } from '../context';
import { loadEvaluation } from '../evaluations/load';
import { evaluationRow } from './load-evaluations';
import { programFacts, projectFacts } from './load-project';

/** 评估报告 data for one evaluation, with the budget execution the evaluators scored beside (as of `ctx.now`). */
export function loadEvaluationReport(ctx: ServiceContext, evaluationId: number): EvaluationReportData {
  const loc = ctx.locale ?? 'zh';
  const e = loadEvaluation(ctx, evaluationId);
  const project = loadProject(ctx, e.applicationId);
  const budget = budgetView(ctx, { applicationId: e.applicationId });
  return {
    program: programFacts(project.program, loc),
    project: projectFacts(ctx, project),
    evaluation: evaluationRow(ctx, e),
    approvedFen: budget.approvedFen,
    grantReceivedFen: budget.grantReceivedFen,
    grantSpentFen: budget.grantSpentFen,
    executionRate: budget.execution.total.total.executionRate.text,
  };
}
