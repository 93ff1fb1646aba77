import type { ApplicationState } from '../../core/application-state';
import type { ProjectKind, ServiceArea } from '../../core/application-vocabulary';
import { summarizeScores } from '../../core/review-scoring';
import { splitTranches } from '../../core/tranche-split';
import { insertAgreement } from '../../db/agreements-repo';
import { createInitialBudget } from '../budgets/initial';
import {
  insertApplication,
  insertSubmissionHistory,
  replaceBudgetLines,
  replaceIndicators,
} from '../../db/applications-repo';
import { insertDecision, insertFinanceReview, insertNotice } from '../../db/decisions-repo';
import { insertAssignment, insertConflict, insertFormalReview, type AssignmentOutcome } from '../../db/reviews-repo';
import type { Db } from '../../db/statements';
import { expertScores, type DemoLine } from './application-money';
import type { DemoProgram } from './applications';
import type { Prng } from './prng';

/**
 * Who does what in the sample data: entered and submitted by the project officer, reviewed by one finance
 * officer and decided by the other.
 */
export interface DemoPeople {
  project: number;
  finance: number;
  finance2: number;
  /** The demo evaluator first, then the synthetic experts. */
  experts: readonly number[];
}

export interface DemoApplicationPlan {
  program: DemoProgram;
  organizationId: number;
  districtCode: string;
  name: string;
  classCode: string;
  serviceArea: ServiceArea;
  projectKind: ProjectKind;
  requestedFen: number;
  matchingFen: number;
  lines: DemoLine[];
  state: ApplicationState;
  approvedFen: number | null;
}

/**
 * Per-run bookkeeping: experts' declared conflicts and the organizations each expert has reviewed (both as
 * expert:organization), and approval numbers per year.
 */
export interface DemoWriterState {
  conflicts: Set<string>;
  reviewed: Set<string>;
  approvalSeq: Map<number, number>;
}

const INDICATORS: readonly [string, string, number, number][] = [
  ['服务人次', '人次', 500, 3000],
  ['个案服务', '个', 10, 60],
  ['小组活动', '场', 6, 30],
  ['社区活动', '场', 4, 20],
  ['志愿者培训', '人次', 50, 300],
];
const REJECTIONS = [
  '项目设计与申报指南不符',
  '专家评审得分低于立项分数线',
  '申报机构承接能力不足，服务方案可行性较差',
  '公示期间收到实名异议，经核实不予立项',
];
const RETURN_REASONS = ['申报书缺少绩效目标测算依据，请补充', '预算说明不完整，请补充人员经费测算'];
const ORDER: readonly ApplicationState[] = [
  'draft',
  'submitted',
  'expert_review',
  'finance_review',
  'finance_reviewed',
  'in_notice',
  'approved',
];

/** An instant in the program year (UTC), at a fixed hour, so two seeded databases are identical. */
function at(year: number, month: number, day: number, minutes = 0): string {
  return new Date(Date.UTC(year, month - 1, day, 1, 0, 0) + minutes * 60_000).toISOString();
}

interface ExpertPlan {
  expert: number;
  outcome: AssignmentOutcome | undefined;
}

/**
 * Writes one application and its whole history up to the planned state with the dates of a real call:
 * applications in March–April, review in April–May, finance in June, the notice 10–16 June and decisions on
 * the 20th. Everything is worked out first so each row is written once, already in its final form (this is
 * what keeps a 100,000-application sample fast).
 */
export function writeDemoApplication(
  db: Db,
  plan: DemoApplicationPlan,
  people: DemoPeople,
  rng: Prng,
  w: DemoWriterState,
): void {
  const y = plan.program.year;
  const rejectedEarly = plan.state === 'rejected' && rng.chance(0.3);
  const reach: ApplicationState =
    plan.state === 'rejected'
      ? rejectedEarly
        ? 'submitted'
        : 'finance_review'
      : plan.state === 'returned'
        ? 'submitted'
        : plan.state;
  const reached = (s: ApplicationState) => ORDER.indexOf(reach) >= ORDER.indexOf(s);
  const periodStart = `${y}-0${rng.int(3, 6)}-01`;
  const createdAt = at(y, 3, rng.int(2, 28), rng.int(0, 480));
  const submittedAt = plan.state === 'draft' ? null : at(y, 4, rng.int(1, 14));
  const experts = reached('expert_review')
    ? planExperts(plan, people, rng, w, reached('finance_review') ? 3 : rng.int(0, 2))
    : [];
  const totals = experts.flatMap((e) => (e.outcome?.totalHalf == null ? [] : [e.outcome.totalHalf]));
  const decided = plan.state === 'approved' || plan.state === 'rejected';
  const decidedAt = at(y, 6, 20, rng.int(0, 300));
  const lastChange = decided
    ? decidedAt
    : reached('finance_reviewed')
      ? at(y, 6, 10)
      : plan.state === 'returned'
        ? at(y, 4, 18)
        : (submittedAt ?? createdAt);
  const { id } = insertApplication(
    db,
    {
      fundProgramId: plan.program.id,
      organizationId: plan.organizationId,
      name: plan.name,
      classCode: plan.classCode,
      projectKind: plan.projectKind,
      serviceArea: plan.serviceArea,
      districtCode: plan.districtCode,
      beneficiaries: '',
      beneficiaryCount: rng.int(50, 2000),
      periodStart,
      periodEnd: `${y}-12-31`,
      objectives: `围绕${plan.name.replace(/[“”]/g, '')}开展专业服务，提升服务对象生活质量与社会参与。`,
      requestedFen: plan.requestedFen,
      matchingFen: plan.matchingFen,
    },
    {
      now: createdAt,
      createdBy: people.project,
      year: y,
      outcome: {
        state: plan.state,
        approvedFen: plan.state === 'approved' ? plan.approvedFen : null,
        meanScoreCenti: summarizeScores(totals, plan.program.ruleSet.scoreOutlierDistance).meanCenti,
        submittedAt,
        submittedBy: submittedAt === null ? null : people.project,
        updatedAt: lastChange,
      },
    },
  );
  replaceIndicators(
    db,
    id,
    rng
      .shuffle(INDICATORS)
      .slice(0, rng.int(1, 3))
      .map(([name, unit, lo, hi]) => ({ name, unit, target: rng.int(lo, hi) })),
  );
  const reviewed = reached('finance_reviewed');
  replaceBudgetLines(
    db,
    id,
    plan.lines.map((l) => (reviewed ? l : { ...l, approvedFen: null, cutReason: null })),
  );
  if (submittedAt === null) return;
  insertSubmissionHistory(db, id, people.project, submittedAt);
  if (plan.state === 'returned')
    insertFormalReview(db, id, {
      decision: 'return',
      reason: rng.pick(RETURN_REASONS),
      by: people.project,
      at: at(y, 4, 18),
    });
  if (reached('expert_review'))
    insertFormalReview(db, id, { decision: 'pass', reason: '', by: people.project, at: at(y, 4, 20) });
  for (const e of experts) {
    insertAssignment(db, id, e.expert, { by: people.project, at: at(y, 4, 21), outcome: e.outcome });
    if (e.outcome?.declaration === 'conflict')
      insertConflict(db, {
        evaluatorId: e.expert,
        organizationId: plan.organizationId,
        applicationId: id,
        reason: e.outcome.conflictReason!,
        at: e.outcome.declaredAt,
      });
  }
  // Whoever reviews may not approve the same application: of the two finance officers one reviews and runs the
  // notice, the other approves (drawn here, where the approver was always drawn, so the sample stays the same).
  // Applications still waiting are reviewed by finance, so finance2 is the one who may approve them.
  const approver = plan.state === 'approved' && rng.chance(0.5) ? people.finance : people.finance2;
  const reviewer = approver === people.finance ? people.finance2 : people.finance;
  if (reviewed) {
    const reviewedFen = plan.lines.reduce((s, l) => s + l.approvedFen, 0);
    const opinion = reviewedFen < plan.requestedFen ? '预算基本合理，核减部分活动经费' : '预算合理，同意';
    insertFinanceReview(db, id, { opinion, reviewedFen, by: reviewer, at: at(y, 6, 5) });
  }
  if (reached('in_notice'))
    insertNotice(db, id, { startDate: `${y}-06-10`, endDate: `${y}-06-16`, by: reviewer, at: at(y, 6, 10) });
  if (plan.state === 'rejected')
    insertDecision(db, id, {
      kind: 'rejected',
      approvalNumber: null,
      approvedFen: null,
      reason: rng.pick(REJECTIONS),
      by: people.finance2,
      at: decidedAt,
    });
  if (plan.state !== 'approved') return;
  const seq = (w.approvalSeq.get(y) ?? 0) + 1;
  w.approvalSeq.set(y, seq);
  const approvalNumber = `渝民发〔${y}〕${seq}号`;
  const approvedFen = plan.approvedFen!;
  insertDecision(db, id, { kind: 'approved', approvalNumber, approvedFen, reason: '', by: approver, at: decidedAt });
  const agreementId = insertAgreement(
    db,
    {
      applicationId: id,
      agreementNumber: approvalNumber,
      periodStart,
      periodEnd: `${y}-12-31`,
      approvedFen,
      tranches: splitTranches(approvedFen, plan.program.ruleSet.tranchePlan),
    },
    {
      now: decidedAt,
      createdBy: approver,
      signed: rng.chance(0.9)
        ? { signedDate: `${y}-06-${rng.int(22, 30)}`, by: approver, at: at(y, 6, 30) }
        : undefined,
    },
  );
  createInitialBudget(db, {
    agreementId,
    applicationId: id,
    approvedFen,
    ruleSet: plan.program.ruleSet,
    at: decidedAt,
    by: approver,
  });
}

/**
 * Three experts (the demo evaluator and two others). In a finished review all of them declare and score; in
 * one still running, the first `scoredTarget` have scored, the next has declared, the rest have not yet.
 */
function planExperts(
  plan: DemoApplicationPlan,
  people: DemoPeople,
  rng: Prng,
  w: DemoWriterState,
  scoredTarget: number,
): ExpertPlan[] {
  const y = plan.program.year;
  const free = (e: number) => !w.conflicts.has(`${e}:${plan.organizationId}`);
  const [lead, ...others] = people.experts;
  // The demo evaluator never declares a conflict, so every finished review has at least one score.
  const team = [lead!, ...rng.shuffle(others.filter(free)).slice(0, 2)];
  const quality = plan.state === 'rejected' ? 0.45 + 0.15 * rng.next() : 0.72 + 0.23 * rng.next();
  const declaredAt = at(y, 4, 25);
  return team.map((expert, k): ExpertPlan => {
    if (k > scoredTarget) return { expert, outcome: undefined };
    // Now and then an expert steps aside: a declared conflict, kept against the organization too (only by
    // someone who has not reviewed the organization before, so no one has scored where they declared one).
    const key = `${expert}:${plan.organizationId}`;
    const firstTime = !w.reviewed.has(key);
    w.reviewed.add(key);
    if (k > 0 && firstTime && rng.chance(0.03)) {
      w.conflicts.add(key);
      const conflictReason = '本人曾为该机构提供督导服务';
      return { expert, outcome: { ...NOT_SCORED, declaration: 'conflict', declaredAt, conflictReason } };
    }
    if (k === scoredTarget) return { expert, outcome: { ...NOT_SCORED, declaration: 'no_conflict', declaredAt } };
    // One expert in twenty sees the project very differently: an outlier the detail flags.
    const scores = expertScores(rng, plan.program.ruleSet.rubric, quality - (rng.chance(0.05) ? 0.25 : 0));
    const totalHalf = scores.reduce((s, c) => s + c.half, 0);
    return {
      expert,
      outcome: {
        declaration: 'no_conflict',
        declaredAt,
        conflictReason: null,
        scores,
        totalHalf,
        comment: totalHalf >= 160 ? '方案设计合理，建议立项' : '建议完善服务方案',
        scoredAt: at(y, 5, rng.int(5, 20)),
      },
    };
  });
}

const NOT_SCORED = { conflictReason: null, scores: null, totalHalf: null, comment: null, scoredAt: null };
