import { applicationInput, makeCreditCode, type OpInput, type Role } from '../contract/index';
import { insertOrganization } from '../db/organizations-repo';
import { insertSavedFilter } from '../db/saved-filters-repo';
import { getUser } from '../db/users-repo';
import * as svc from '../services/applications/index';
import type { SessionUser } from '../services/context';
import { addUser, contextFor } from './services';
import type { AppContext } from '../api/app';

/**
 * The dispatch fixture's applications: one in each stage of the review, so every application op has an
 * input that can succeed. Ids are fixed by creation order; seedFixtureApplications checks them.
 */
export const FIXTURE_APPS = {
  draft: 1,
  submitted: 2,
  expertReview: 3,
  assigned: 4,
  declared: 5,
  scored: 6,
  financeReview: 7,
  financeReviewed: 8,
  noticeEnded: 9,
  approved: 10,
} as const;
/** The staff line of the application in finance review (3 lines per application, in order). */
export const FIXTURE_STAFF_LINE = (FIXTURE_APPS.financeReview - 1) * 3 + 1;

type Stage = keyof typeof FIXTURE_APPS;
const ORDER = Object.keys(FIXTURE_APPS) as Stage[];

const SCORES = [
  { criterionCode: 'DESIGN', points: 20 },
  { criterionCode: 'CAPACITY', points: 16 },
  { criterionCode: 'BUDGET', points: 15.5 },
  { criterionCode: 'OUTCOME', points: 20 },
  { criterionCode: 'SUSTAIN', points: 8 },
];

export function fixtureApplicationInput(organizationId: number, programId = 1) {
  return {
    fundProgramId: programId,
    organizationId,
    name: '“守护天使”困境儿童社会工作服务项目',
    classCode: 'A',
    projectKind: 'social_work' as const,
    serviceArea: 'orphans' as const,
    districtCode: '500103',
    beneficiaries: '困境儿童',
    beneficiaryCount: 80,
    periodStart: '2015-03-01',
    periodEnd: '2015-12-31',
    objectives: '个案管理与家庭支持',
    requestedFen: 4_000_000,
    // The organization's own money (配套资金) sits on the activity line, where the fixture's ledger spends it.
    matchingFen: 500_000,
    indicators: [{ name: '个案', unit: '个', target: 30 }],
    budgetLines: [
      { categoryCode: 'STAFF', amountFen: 1_400_000, note: '' },
      { categoryCode: 'ACTIVITY', amountFen: 2_300_000, matchingFen: 500_000, note: '' },
      { categoryCode: 'PUBLICITY', amountFen: 300_000, note: '' },
    ],
  } satisfies OpInput<'applications.create'>;
}

/** Ten more registered organizations and the applications above, made through the services as people would. */
export function seedFixtureApplications(app: AppContext, userIds: Record<Role, number>): void {
  const who = (role: Role): SessionUser => ({ ...getUser(app.db, userIds[role])!, sessionId: 0 });
  const as = (role: Role) => contextFor(app, who(role));
  // A second finance officer does the finance reviews, so the fixture's finance officer may approve (whoever
  // reviews may not approve the same application).
  const reviewer = contextFor(app, { ...getUser(app.db, addUser(app, 'reviewer', ['finance']).id)!, sessionId: 0 });
  ORDER.forEach((stage, i) => {
    const org = insertOrganization(
      app.db,
      {
        name: `渝中区测试社会工作服务中心${i + 1}`,
        creditCode: makeCreditCode('52', '500103', `MJ00001${String(i).padStart(2, '0')}`),
        kind: 'social_service',
        registration: 'registered',
        districtCode: '500103',
        legalRepresentative: '',
        contactPerson: '',
        phone: '',
        foundedDate: null,
        rating: null,
      },
      { now: app.clock().toISOString(), createdBy: userIds.admin },
    );
    const reached = (s: Stage) => ORDER.indexOf(stage) >= ORDER.indexOf(s);
    const id = svc.createApplication(as('project'), applicationInput.parse(fixtureApplicationInput(org))).id;
    if (id !== FIXTURE_APPS[stage]) throw new Error(`fixture application ${stage} got id ${id}`);
    if (reached('submitted')) svc.submit(as('project'), { id });
    if (reached('expertReview')) svc.formalReview(as('project'), { id, decision: 'pass', reason: '' });
    if (reached('assigned')) svc.assignReviewers(as('project'), { id, evaluatorIds: [userIds.evaluator] });
    if (reached('declared')) svc.declare(as('evaluator'), { id, hasConflict: false, reason: '' });
    if (reached('scored')) svc.score(as('evaluator'), { id, scores: SCORES, comment: '' });
    if (reached('financeReview')) svc.completeExpertReview(as('project'), { id });
    if (reached('financeReviewed')) svc.financeReview(reviewer, { id, lines: [], opinion: '同意' });
    if (reached('noticeEnded')) svc.startNotice(reviewer, { id, startDate: '2015-11-01', endDate: '2015-11-07' });
    if (reached('approved'))
      svc.approve(as('finance'), { id, approvedFen: 4_000_000, approvalNumber: `渝民发〔2015〕${id}号` });
  });
  insertSavedFilter(app.db, {
    userId: userIds.project,
    list: 'applications',
    name: '待初审',
    query: { filters: { state: 'submitted' } },
    now: app.clock().toISOString(),
  });
}

/** Valid inputs for the application, review, agreement, saved-filter and organization-bar ops. */
export function applicationSamples(userIds: Record<Role, number>) {
  const app = FIXTURE_APPS;
  return {
    'organizations.bars': { organizationId: 1 },
    'organizations.bar': { organizationId: 1, fromYear: 2016, toYear: 2017, reason: '2015年度结项评估不合格' },
    'applications.list': {
      page: 1,
      pageSize: 20,
      sort: [{ id: 'meanScore', desc: true }],
      search: '守护',
      filters: { state: 'expert_review', fundProgramId: 1, districtCode: '500103', classCode: 'A', year: 2015 },
    },
    'applications.get': { id: app.scored },
    'applications.create': fixtureApplicationInput(1),
    'applications.update': { id: app.draft, ...fixtureApplicationInput(2), beneficiaryCount: 100 },
    'applications.submit': { id: app.draft },
    'applications.formalReview': { id: app.submitted, decision: 'return', reason: '请补充绩效指标' },
    'applications.assignReviewers': { id: app.expertReview, evaluatorIds: [userIds.evaluator] },
    'applications.declare': { id: app.assigned, hasConflict: false, reason: '' },
    'applications.score': { id: app.declared, scores: SCORES, comment: '设计合理' },
    'applications.completeExpertReview': { id: app.scored },
    'applications.financeReview': {
      id: app.financeReview,
      lines: [{ lineId: FIXTURE_STAFF_LINE, approvedFen: 1_300_000, reason: '人员经费标准偏高' }],
      opinion: '同意，核减人员经费',
    },
    'applications.startNotice': { id: app.financeReviewed, startDate: '2015-11-01', endDate: '2015-11-07' },
    'applications.approve': { id: app.noticeEnded, approvedFen: 3_900_000, approvalNumber: '渝民发〔2015〕99号' },
    'applications.reject': { id: app.noticeEnded, reason: '专家评审意见分歧较大' },
    'agreements.sign': { applicationId: app.approved, signedDate: '2024-05-01' },
    'reviews.queue': {
      page: 1,
      pageSize: 20,
      sort: [{ id: 'code', desc: false }],
      search: '',
      filters: { pendingOnly: true },
    },
    'reviews.evaluators': {},
    'savedFilters.list': { list: 'applications' },
    'savedFilters.save': { list: 'applications', name: '本年度已立项', query: { filters: { state: 'approved' } } },
    'savedFilters.delete': { id: 1 },
  } satisfies { [N in SampleOp]: OpInput<N> };
}

type SampleOp =
  | 'organizations.bars'
  | 'organizations.bar'
  | 'applications.list'
  | 'applications.get'
  | 'applications.create'
  | 'applications.update'
  | 'applications.submit'
  | 'applications.formalReview'
  | 'applications.assignReviewers'
  | 'applications.declare'
  | 'applications.score'
  | 'applications.completeExpertReview'
  | 'applications.financeReview'
  | 'applications.startNotice'
  | 'applications.approve'
  | 'applications.reject'
  | 'agreements.sign'
  | 'reviews.queue'
  | 'reviews.evaluators'
  | 'savedFilters.list'
  | 'savedFilters.save'
  | 'savedFilters.delete';
