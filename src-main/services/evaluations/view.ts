import { hasPermission, ruleMessage, type EvaluationDetail, type EvaluationSummary } from '../../contract/index';
import type { Violation } from '../../core/violations';
import { evaluationResult, MIN_EVALUATORS } from '../../core/evaluation-scoring';
import type { EvaluationAssignmentRow } from '../../db/evaluation-assignments-repo';
import { listEvaluationAssignments } from '../../db/evaluation-assignments-repo';
import { getEvaluation, type EvaluationRow } from '../../db/evaluations-repo';
import { getOrganizationBar } from '../../db/organization-bars-repo';
import { getTranche } from '../../db/tranches-repo';
import type { Db } from '../../db/statements';
import { view as budgetView } from '../budgets/view';
import type { ServiceContext } from '../context';
import { loadProject } from '../milestones/load';
import { boardView } from '../milestones/view';
import { scoreText } from './load';
import { presentEvaluationParams } from './present';
import { leafViews } from './systems';

export function summaryOf(db: Db, e: EvaluationRow): EvaluationSummary {
  return {
    id: e.id,
    applicationId: e.applicationId,
    agreementNumber: e.agreementNumber,
    projectName: e.projectName,
    organizationId: e.organizationId,
    organizationName: e.organizationName,
    programYear: e.programYear,
    kind: e.kind,
    date: e.date,
    state: e.state,
    score: scoreText(e.scoreCenti),
    grade: e.grade,
    assignedCount: e.assignedCount,
    scoredCount: e.scoredCount,
    withheldTrancheSeq: e.withheldTrancheId === null ? null : (getTranche(db, e.withheldTrancheId)?.seq ?? null),
    barred: e.barId !== null,
  };
}

/**
 * What stands between an open evaluation and its result: evaluators who have neither scored nor declared a
 * conflict, or fewer than MIN_EVALUATORS who scored. Empty when it may be finalized.
 */
export function finalizeRefusals(assignments: readonly EvaluationAssignmentRow[]): Violation[] {
  const waiting = assignments.filter((a) => a.declaration !== 'conflict' && a.scoredAt === null);
  if (waiting.length > 0)
    return [
      {
        rule: 'evaluation.evaluatorsPending',
        params: { names: waiting.map((a) => a.evaluator.displayName).join('、') },
      },
    ];
  const scored = assignments.filter((a) => a.scoredAt !== null).length;
  if (scored < MIN_EVALUATORS) return [{ rule: 'evaluation.notEnoughScored', params: { min: MIN_EVALUATORS, scored } }];
  return [];
}

function evaluatorView(a: EvaluationAssignmentRow, showScores: boolean) {
  return {
    evaluator: a.evaluator,
    declaration: a.declaration,
    declaredAt: a.declaredAt,
    conflictReason: a.conflictReason,
    scores: showScores ? a.scores : null,
    total: showScores ? scoreText(a.totalCenti) : null,
    comment: showScores ? a.comment : '',
    scoredAt: a.scoredAt,
  };
}

/**
 * The evaluation as its screen shows it. Evaluators score independently: another evaluator's points, total
 * and comment are shown only once the evaluation is finalized, and the result only once it can be finalized.
 */
export function detailOf(ctx: ServiceContext, e: EvaluationRow): EvaluationDetail {
  const assignments = listEvaluationAssignments(ctx.db, e.id);
  const user = ctx.user;
  const finalized = e.state === 'finalized';
  const mineRow = user ? (assignments.find((a) => a.evaluator.id === user.id) ?? null) : null;
  const refusals = finalized ? [] : finalizeRefusals(assignments);
  const totals = assignments.flatMap((a) => (a.totalCenti === null ? [] : [a.totalCenti]));
  const result = finalized
    ? { score: scoreText(e.scoreCenti)!, grade: e.grade! }
    : refusals.length === 0
      ? evaluationResult(totals, e.thresholds)
      : null;
  const may = (p: 'evaluations.manage' | 'evaluations.score') => !!user && hasPermission(user.roles, p);
  const actions: EvaluationDetail['availableActions'] = [];
  if (!finalized && mineRow && may('evaluations.score')) {
    if (mineRow.declaration === 'pending') actions.push('declare');
    if (mineRow.declaration === 'no_conflict') actions.push('score');
  }
  if (!finalized && may('evaluations.manage') && refusals.length === 0) actions.push('finalize');
  const locale = ctx.locale ?? 'zh';
  const blocked =
    !finalized && may('evaluations.manage') && refusals.length > 0
      ? ruleMessage(refusals[0]!.rule, locale, presentEvaluationParams(refusals[0]!.params))
      : null;
  const project = loadProject(ctx, e.applicationId);
  const budget = budgetView(ctx, { applicationId: e.applicationId });
  const bar = e.barId === null ? null : (getOrganizationBar(ctx.db, e.barId) ?? null);
  return {
    ...summaryOf(ctx.db, e),
    periodStart: project.agreement.periodStart,
    periodEnd: project.agreement.periodEnd,
    indicators: e.indicators,
    thresholds: e.thresholds,
    leaves: leafViews(e.indicators),
    evaluators: assignments.map((a) => evaluatorView(a, finalized || a === mineRow)),
    mine: mineRow ? evaluatorView(mineRow, true) : null,
    preview: result ? { score: result.score, grade: result.grade } : null,
    barYears: bar ? { fromYear: bar.fromYear, toYear: bar.toYear } : null,
    evidence: {
      indicators: boardView(ctx, project).indicators,
      approvedFen: budget.approvedFen,
      grantReceivedFen: budget.grantReceivedFen,
      grantSpentFen: budget.grantSpentFen,
      execution: budget.execution,
    },
    availableActions: actions,
    finalizeBlocked: blocked,
  };
}

export function detailById(ctx: ServiceContext, id: number): EvaluationDetail {
  return detailOf(ctx, getEvaluation(ctx.db, id)!);
}
