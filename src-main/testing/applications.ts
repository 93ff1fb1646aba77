import {
  applicationInput,
  makeCreditCode,
  ruleMessage,
  ruleSetTemplate,
  type OpInput,
  type OpParsedInput,
  type Role,
} from '../contract/index';
import { insertFundProgram } from '../db/fund-programs-repo';
import { insertOrganization } from '../db/organizations-repo';
import { AppError } from '../services/app-error';
import type { ServiceContext, SessionUser } from '../services/context';
import { addUser, contextFor, openTestApp, type TestApp } from './services';
import * as svc from '../services/applications/index';

/**
 * Test support for the applications services: a database with people in every role (two of some, and one
 * who is both project and finance officer, for the separation-of-duties cases), a central 2015 program, a
 * lottery 2016 program and organizations registered, filed and spare. Not used by the app.
 */
export interface AppsFixture extends TestApp {
  users: Record<
    | 'admin'
    | 'project'
    | 'project2'
    | 'finance'
    | 'finance2'
    | 'both'
    | 'evaluator'
    | 'evaluator2'
    | 'evaluator3'
    | 'auditor',
    SessionUser
  >;
  central: number;
  lottery: number;
  /** Registered organizations 1..n (ids), and a filed one. */
  orgs: number[];
  filedOrg: number;
  /** A fresh context for the user at the clock's current time. */
  as(user: SessionUser): ServiceContext;
}

const PEOPLE: [keyof AppsFixture['users'], Role[]][] = [
  ['admin', ['admin']],
  ['project', ['project']],
  ['project2', ['project']],
  ['finance', ['finance']],
  ['finance2', ['finance']],
  ['both', ['project', 'finance']],
  ['evaluator', ['evaluator']],
  ['evaluator2', ['evaluator']],
  ['evaluator3', ['evaluator']],
  ['auditor', ['auditor']],
];

export function openAppsFixture(orgCount = 6): AppsFixture {
  const t = openTestApp();
  // Autumn 2015: the central 2015 call is under review.
  t.clock.ms = Date.UTC(2015, 9, 1, 1);
  const users = {} as AppsFixture['users'];
  for (const [name, roles] of PEOPLE) users[name] = addUser(t.app, name, roles);
  const meta = { now: t.clock.now().toISOString(), createdBy: users.admin.id };
  const program = (code: string, source: 'CENTRAL' | 'LOTTERY', year: number) =>
    insertFundProgram(
      t.app.db,
      {
        code,
        name: `${year}年${code}`,
        source,
        year,
        totalAllocationFen: 1_000_000_000,
        applicationStart: null,
        applicationEnd: null,
        notes: '',
        ruleSet: ruleSetTemplate(source),
      },
      meta,
    );
  const central = program('CQ-ZY-2015', 'CENTRAL', 2015);
  const lottery = program('CQ-FC-2016', 'LOTTERY', 2016);
  const org = (i: number, filed: boolean) =>
    insertOrganization(
      t.app.db,
      {
        name: `测试社会工作服务中心${i}`,
        creditCode: filed ? null : makeCreditCode('52', '500103', `MJ${String(i).padStart(7, '0')}`),
        kind: 'social_service',
        registration: filed ? 'filed' : 'registered',
        districtCode: '500103',
        legalRepresentative: '',
        contactPerson: '',
        phone: '',
        foundedDate: null,
        rating: null,
      },
      meta,
    );
  const orgs = Array.from({ length: orgCount }, (_, i) => org(i + 1, false));
  const filedOrg = org(orgCount + 1, true);
  return {
    ...t,
    users,
    central,
    lottery,
    orgs,
    filedOrg,
    as: (user) => contextFor(t.app, user),
  };
}

/**
 * A central 2015 class-A application of 40,000.00 元 that meets every rule (staff 35%, publicity 7.5%), with
 * 4,000.00 元 of matching funds budgeted 10% on each line. A patched matching total is budgeted with staff
 * and publicity as before and the rest on activities (all on activities when it is less than theirs).
 */
export function validInput(
  programId: number,
  organizationId: number,
  patch: Partial<OpInput<'applications.create'>> = {},
): OpParsedInput<'applications.create'> {
  const matching = patch.matchingFen ?? 400_000;
  const [staff, publicity] = matching >= 170_000 ? [140_000, 30_000] : [0, 0];
  return applicationInput.parse({
    fundProgramId: programId,
    organizationId,
    name: '“心语心愿”留守儿童关爱服务项目',
    classCode: 'A',
    projectKind: 'social_work',
    serviceArea: 'orphans',
    districtCode: '500103',
    beneficiaries: '留守儿童',
    beneficiaryCount: 120,
    periodStart: '2015-03-01',
    periodEnd: '2015-12-31',
    objectives: '为留守儿童提供陪伴与心理支持',
    requestedFen: 4_000_000,
    matchingFen: patch.budgetLines ? patch.matchingFen : matching,
    indicators: [{ name: '服务人次', unit: '人次', target: 1200 }],
    budgetLines: [
      { categoryCode: 'STAFF', amountFen: 1_400_000, matchingFen: staff, note: '社工2名' },
      { categoryCode: 'ACTIVITY', amountFen: 2_300_000, matchingFen: matching - staff - publicity, note: '小组活动' },
      { categoryCode: 'PUBLICITY', amountFen: 300_000, matchingFen: publicity, note: '' },
    ],
    ...patch,
    ...(patch.budgetLines ? {} : { matchingFen: matching }),
  });
}

export const GOOD_SCORES = [
  { criterionCode: 'DESIGN', points: 20 },
  { criterionCode: 'CAPACITY', points: 16 },
  { criterionCode: 'BUDGET', points: 15.5 },
  { criterionCode: 'OUTCOME', points: 20 },
  { criterionCode: 'SUSTAIN', points: 8 },
];

export const STAGES = [
  'draft',
  'submitted',
  'expert_review',
  'scored',
  'finance_review',
  'finance_reviewed',
  'in_notice',
  'notice_ended',
  'approved',
] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Creates an application (by `project`) and walks it to the given stage with the right people: submitted by
 * `project`, passed by `project`, scored by `evaluator`, reviewed by `finance`, noticed 2015-11-01..07, and,
 * from 'notice_ended', the clock moved past the notice; approved by `finance2`.
 */
export function driveTo(f: AppsFixture, stage: Stage, input = validInput(f.central, f.orgs[0]!)): number {
  const { users } = f;
  const reached = (s: Stage) => STAGES.indexOf(stage) >= STAGES.indexOf(s);
  const id = svc.createApplication(f.as(users.project), input).id;
  if (reached('submitted')) svc.submit(f.as(users.project), { id });
  if (reached('expert_review')) {
    svc.formalReview(f.as(users.project), { id, decision: 'pass', reason: '' });
    svc.assignReviewers(f.as(users.project), { id, evaluatorIds: [users.evaluator.id] });
  }
  if (reached('scored')) {
    svc.declare(f.as(users.evaluator), { id, hasConflict: false, reason: '' });
    svc.score(f.as(users.evaluator), { id, scores: GOOD_SCORES, comment: '设计合理' });
  }
  if (reached('finance_review')) svc.completeExpertReview(f.as(users.project), { id });
  if (reached('finance_reviewed')) svc.financeReview(f.as(users.finance), { id, lines: [], opinion: '同意' });
  if (reached('in_notice'))
    svc.startNotice(f.as(users.finance), { id, startDate: '2015-11-01', endDate: '2015-11-07' });
  if (reached('notice_ended') && f.clock.ms < Date.UTC(2015, 10, 8)) f.clock.ms = Date.UTC(2015, 10, 8, 1);
  if (reached('approved'))
    svc.approve(f.as(users.finance2), { id, approvedFen: input.requestedFen, approvalNumber: `渝民发〔2015〕${id}号` });
  return id;
}

/** The AppError a call throws (fails the test if it throws nothing or something else). */
export function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

/** The rules an error lists in details.violations (or its own rule when it lists none). */
export function rulesOf(e: AppError): string[] {
  const v = e.params.violations as { rule: string }[] | undefined;
  return v ? v.map((x) => x.rule) : [e.rule];
}

/** The Chinese messages of the listed violations, as dispatch would show them. */
export function messagesOf(e: AppError, locale: 'zh' | 'en' = 'zh'): string[] {
  const v = (e.params.violations as { rule: string; params: Record<string, unknown> }[] | undefined) ?? [
    { rule: e.rule, params: e.params },
  ];
  return v.map((x) => ruleMessage(x.rule, locale, x.params));
}
