import type { ApplicationDetail, OpParsedInput } from '../../contract/index';
import type { Violation } from '../../core/violations';
import { checkScores, summarizeScores, toHalfPoints, totalHalfPoints } from '../../core/review-scoring';
import { listSubmitters, setApplicationState, setMeanScore } from '../../db/applications-repo';
import {
  findAssignment,
  hasConflictWithOrganization,
  insertAssignment,
  insertConflict,
  insertFormalReview,
  listAssignments,
  setDeclaration,
  setScores,
} from '../../db/reviews-repo';
import { getUser } from '../../db/users-repo';
import { AppError, nowIso, requireUser } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadDetail } from './detail';
import { scoringRefusal, unfinishedAssignments } from './duties';
import { loadApplication, loadOrganization, loadProgram, nextState } from './load';
import { throwIfAny, violationError } from '../violations';

/** 初审: pass to the experts, or return to the applicant with the reason. */
export function formalReview(
  ctx: ServiceContext,
  input: OpParsedInput<'applications.formalReview'>,
): ApplicationDetail {
  const user = requireUser(ctx);
  const a = loadApplication(ctx, input.id);
  const next = nextState(a, input.decision === 'pass' ? 'formalPass' : 'formalReturn');
  const at = nowIso(ctx);
  insertFormalReview(ctx.db, a.id, { decision: input.decision, reason: input.reason, by: user.id, at });
  setApplicationState(ctx.db, a.id, next, at);
  recordChange(
    ctx,
    'application',
    a.id,
    { state: a.state },
    { state: next, formalReview: input.decision, reason: input.reason },
  );
  return loadDetail(ctx, a.id);
}

/**
 * Adds experts (a second call adds more). Each must be an active evaluator, not already assigned, not the
 * person who entered or submitted the application, and not someone who declared a conflict with the
 * organization before.
 */
export function assignReviewers(
  ctx: ServiceContext,
  input: OpParsedInput<'applications.assignReviewers'>,
): ApplicationDetail {
  const user = requireUser(ctx);
  const a = loadApplication(ctx, input.id);
  nextState(a, 'assignReviewers');
  const org = loadOrganization(ctx, a.organizationId);
  const authors = new Set([a.createdBy, ...listSubmitters(ctx.db, a.id)]);
  const before = listAssignments(ctx.db, a.id).map((x) => x.evaluator.id);
  const violations: Violation[] = [];
  const seen = new Set<number>();
  for (const id of input.evaluatorIds) {
    const u = getUser(ctx.db, id);
    const name = u?.displayName ?? `#${id}`;
    if (seen.has(id)) violations.push({ rule: 'application.evaluatorRepeated', params: { name } });
    else if (!u || u.disabled || !u.roles.includes('evaluator'))
      violations.push({ rule: 'application.notEvaluator', params: { name } });
    else if (before.includes(id)) violations.push({ rule: 'application.alreadyAssigned', params: { name } });
    else if (authors.has(id)) violations.push({ rule: 'application.evaluatorIsAuthor', params: { name } });
    else if (hasConflictWithOrganization(ctx.db, id, a.organizationId))
      violations.push({ rule: 'application.evaluatorConflicted', params: { name, organization: org.name } });
    seen.add(id);
  }
  throwIfAny(violations, 'evaluatorIds');
  const at = nowIso(ctx);
  for (const id of input.evaluatorIds) insertAssignment(ctx.db, a.id, id, { by: user.id, at });
  recordChange(ctx, 'application', a.id, { evaluators: before }, { evaluators: [...before, ...input.evaluatorIds] });
  return loadDetail(ctx, a.id);
}

/**
 * 无利益冲突声明. A declared conflict takes the expert off this application for good and is remembered
 * against the organization, so they can score none of its applications.
 */
export function declare(ctx: ServiceContext, input: OpParsedInput<'applications.declare'>): ApplicationDetail {
  const user = requireUser(ctx);
  const a = loadApplication(ctx, input.id);
  nextState(a, 'declare');
  const mine = findAssignment(ctx.db, a.id, user.id);
  if (!mine) throw new AppError('Forbidden', 'application.notAssigned');
  if (mine.declaration !== 'pending')
    throw violationError([{ rule: 'application.alreadyDeclared', params: { declaration: mine.declaration } }]);
  const at = nowIso(ctx);
  const declaration = input.hasConflict ? 'conflict' : 'no_conflict';
  const reason = input.hasConflict ? input.reason : null;
  setDeclaration(ctx.db, mine.id, { declaration, reason, at });
  if (input.hasConflict)
    insertConflict(ctx.db, {
      evaluatorId: user.id,
      organizationId: a.organizationId,
      applicationId: a.id,
      reason: input.reason,
      at,
    });
  recordChange(
    ctx,
    'application',
    a.id,
    { evaluator: user.id, declaration: 'pending' },
    { evaluator: user.id, declaration, ...(reason === null ? {} : { conflictReason: reason }) },
  );
  return loadDetail(ctx, a.id);
}

/** Scores every criterion of the program's rubric once; the application's mean is kept up to date. */
export function score(ctx: ServiceContext, input: OpParsedInput<'applications.score'>): ApplicationDetail {
  const user = requireUser(ctx);
  const a = loadApplication(ctx, input.id);
  nextState(a, 'score');
  const mine = findAssignment(ctx.db, a.id, user.id);
  const conflicted = hasConflictWithOrganization(ctx.db, user.id, a.organizationId)
    ? loadOrganization(ctx, a.organizationId).name
    : null;
  const refusal = scoringRefusal(mine, conflicted);
  if (refusal) throw refusal;
  const program = loadProgram(ctx, a.fundProgramId);
  throwIfAny(checkScores(input.scores, program.ruleSet.rubric), 'scores');
  const totalHalf = totalHalfPoints(input.scores);
  const at = nowIso(ctx);
  setScores(ctx.db, mine!.id, {
    scores: input.scores.map((s) => ({ criterionCode: s.criterionCode, half: toHalfPoints(s.points) })),
    totalHalf,
    comment: input.comment,
    at,
  });
  const totals = listAssignments(ctx.db, a.id).flatMap((x) => (x.totalHalf === null ? [] : [x.totalHalf]));
  const summary = summarizeScores(totals, program.ruleSet.scoreOutlierDistance);
  setMeanScore(ctx.db, a.id, summary.meanCenti);
  recordChange(
    ctx,
    'application',
    a.id,
    { evaluator: user.id, scored: false, meanScore: a.meanScoreCenti === null ? null : a.meanScoreCenti / 100 },
    {
      evaluator: user.id,
      // Each criterion by its name as the expert saw it, beside the rubric's code.
      scores: input.scores.map((x) => ({
        criterionCode: x.criterionCode,
        criterion: program.ruleSet.rubric.find((c) => c.code === x.criterionCode)?.name ?? x.criterionCode,
        points: x.points,
      })),
      totalPoints: totalHalf / 2,
      comment: input.comment,
      meanScore: summary.mean,
    },
  );
  return loadDetail(ctx, a.id);
}

/** Hands the application to finance once every expert who did not step aside has scored. */
export function completeExpertReview(
  ctx: ServiceContext,
  input: OpParsedInput<'applications.completeExpertReview'>,
): ApplicationDetail {
  const a = loadApplication(ctx, input.id);
  const next = nextState(a, 'completeExpertReview');
  const assignments = listAssignments(ctx.db, a.id);
  const violations: Violation[] = [];
  if (!assignments.some((x) => x.scoredAt !== null)) violations.push({ rule: 'application.noScores', params: {} });
  const unfinished = unfinishedAssignments(assignments);
  if (unfinished.length > 0)
    violations.push({
      rule: 'application.expertReviewIncomplete',
      params: { names: unfinished.map((x) => x.evaluator.displayName).join('、') },
    });
  throwIfAny(violations);
  setApplicationState(ctx.db, a.id, next, nowIso(ctx));
  recordChange(
    ctx,
    'application',
    a.id,
    { state: a.state },
    { state: next, meanScore: a.meanScoreCenti === null ? null : a.meanScoreCenti / 100 },
  );
  return loadDetail(ctx, a.id);
}
