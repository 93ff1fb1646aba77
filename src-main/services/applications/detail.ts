import { hasPermission, type ApplicationDetail, type Permission } from '../../contract/index';
import { actionsFrom, type ApplicationAction } from '../../core/application-state';
import { shanghaiDate } from '../../core/calendar';
import { fromHalfPoints, summarizeScores } from '../../core/review-scoring';
import { getAgreementByApplication } from '../../db/agreements-repo';
import { getBudgetLines, getIndicators, listSubmitters, type ApplicationRecord } from '../../db/applications-repo';
import { getDecision, getFinanceReview, getNotice, type NoticeRecord } from '../../db/decisions-repo';
import {
  getPerson,
  hasConflictWithOrganization,
  latestFormalReview,
  listAssignments,
  type AssignmentRecord,
  type Person,
} from '../../db/reviews-repo';
import type { ServiceContext, SessionUser } from '../context';
import { blockedActions } from './blocked';
import { approvalRefusal, expertReviewComplete } from './duties';
import { loadApplication, loadOrganization, loadProgram } from './load';

const PERMISSION_FOR: Record<ApplicationAction, Permission> = {
  update: 'applications.edit',
  submit: 'applications.edit',
  formalPass: 'applications.formalReview',
  formalReturn: 'applications.formalReview',
  assignReviewers: 'applications.assignReviewers',
  declare: 'applications.score',
  score: 'applications.score',
  completeExpertReview: 'applications.assignReviewers',
  financeReview: 'applications.financeReview',
  startNotice: 'applications.financeReview',
  approve: 'applications.approve',
  reject: 'applications.approve',
};

interface ActionFacts {
  assignments: readonly AssignmentRecord[];
  submitters: readonly number[];
  /** The caller declared a conflict with the applying organization (on any application). */
  conflictedWithOrganization: boolean;
  notice: NoticeRecord | null;
  financeReviewer: number | null;
  today: string;
}

/** What the caller may do now: the state machine ∩ their permissions ∩ separation of duties and guards. */
export function availableActions(user: SessionUser | null, a: ApplicationRecord, f: ActionFacts): ApplicationAction[] {
  if (!user) return [];
  const mine = f.assignments.find((x) => x.evaluator.id === user.id) ?? null;
  return actionsFrom(a.state).filter((action) => {
    if (!hasPermission(user.roles, PERMISSION_FOR[action])) return false;
    switch (action) {
      case 'declare':
        return mine?.declaration === 'pending';
      case 'score':
        return mine?.declaration === 'no_conflict' && mine.scoredAt === null && !f.conflictedWithOrganization;
      case 'completeExpertReview':
        return expertReviewComplete(f.assignments);
      case 'approve':
        return (
          approvalRefusal(user, a, f.submitters, f.financeReviewer) === null &&
          f.notice !== null &&
          f.today > f.notice.endDate
        );
      default:
        return true;
    }
  });
}

function person(ctx: ServiceContext, id: number | null): Person {
  return getPerson(ctx.db, id) ?? { id: id ?? 0, displayName: '—' };
}

/** The whole application as the caller may see it. */
export function loadDetail(ctx: ServiceContext, id: number): ApplicationDetail {
  const a = loadApplication(ctx, id);
  const program = loadProgram(ctx, a.fundProgramId);
  const org = loadOrganization(ctx, a.organizationId);
  const assignments = listAssignments(ctx.db, id);
  const user = ctx.user;
  const mine = user ? assignments.find((x) => x.evaluator.id === user.id) : undefined;
  // Nobody scores with the others' results in view: an expert still to score sees no scores and no result.
  const hidden = mine !== undefined && mine.scoredAt === null && mine.declaration !== 'conflict';
  const scored = assignments.filter((x) => x.totalHalf !== null);
  const summary = summarizeScores(
    scored.map((x) => x.totalHalf!),
    program.ruleSet.scoreOutlierDistance,
  );
  const outlierIds = new Set(scored.filter((_, i) => summary.outliers[i]).map((x) => x.id));
  const formal = latestFormalReview(ctx.db, id);
  const finance = getFinanceReview(ctx.db, id);
  const notice = getNotice(ctx.db, id);
  const decision = getDecision(ctx.db, id);
  const categoryName = new Map(program.ruleSet.categories.map((c) => [c.code, c.name]));
  const agreement = getAgreementByApplication(ctx.db, id);
  const facts: ActionFacts = {
    assignments,
    submitters: listSubmitters(ctx.db, id),
    conflictedWithOrganization: user !== null && hasConflictWithOrganization(ctx.db, user.id, a.organizationId),
    notice,
    financeReviewer: finance?.by ?? null,
    today: shanghaiDate(ctx.now),
  };
  const actions = availableActions(user, a, facts);
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    state: a.state,
    fundProgramId: a.fundProgramId,
    programCode: program.code,
    year: program.year,
    organizationId: a.organizationId,
    organizationName: org.name,
    classCode: a.classCode,
    serviceArea: a.serviceArea,
    districtCode: a.districtCode,
    requestedFen: a.requestedFen,
    approvedFen: a.approvedFen,
    meanScore: hidden ? null : summary.mean,
    submittedAt: a.submittedAt,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    projectKind: a.projectKind,
    beneficiaries: a.beneficiaries,
    beneficiaryCount: a.beneficiaryCount,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    agreementNumber: agreement?.agreementNumber ?? null,
    objectives: a.objectives,
    matchingFen: a.matchingFen,
    indicators: getIndicators(ctx.db, id),
    budgetLines: getBudgetLines(ctx.db, id).map((l) => ({
      id: l.id,
      categoryCode: l.categoryCode,
      categoryName: categoryName.get(l.categoryCode) ?? l.categoryCode,
      costType: l.costType,
      amountFen: l.amountFen,
      matchingFen: l.matchingFen,
      note: l.note,
      approvedFen: l.approvedFen,
      cutReason: l.cutReason,
    })),
    createdBy: person(ctx, a.createdBy),
    submittedBy: a.submittedBy === null ? null : person(ctx, a.submittedBy),
    formalReview: formal && {
      decision: formal.decision,
      reason: formal.reason,
      by: person(ctx, formal.by),
      at: formal.at,
    },
    rubric: program.ruleSet.rubric.map((c) => ({ ...c })),
    assignments: assignments.map((x) => {
      const visible = !hidden || x.id === mine?.id;
      return {
        id: x.id,
        evaluator: x.evaluator,
        declaration: x.declaration,
        declaredAt: x.declaredAt,
        conflictReason: x.conflictReason,
        scores:
          visible && x.scores
            ? x.scores.map((s) => ({ criterionCode: s.criterionCode, points: fromHalfPoints(s.half) }))
            : null,
        totalPoints: visible && x.totalHalf !== null ? fromHalfPoints(x.totalHalf) : null,
        comment: visible ? x.comment : null,
        scoredAt: x.scoredAt,
        outlier: visible && outlierIds.has(x.id),
      };
    }),
    medianScore: hidden ? null : summary.median,
    financeReview: finance && {
      opinion: finance.opinion,
      reviewedFen: finance.reviewedFen,
      by: person(ctx, finance.by),
      at: finance.at,
    },
    notice: notice && { startDate: notice.startDate, endDate: notice.endDate, by: person(ctx, notice.by) },
    decision: decision && {
      kind: decision.kind,
      approvalNumber: decision.approvalNumber,
      reason: decision.reason,
      by: person(ctx, decision.by),
      at: decision.at,
    },
    agreement,
    availableActions: actions,
    blockedActions: blockedActions(user, a, facts, ctx.locale ?? 'zh'),
  };
}
