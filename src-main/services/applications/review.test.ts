import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseDigest } from '../../db/system-repo';
import * as svc from './index';
import {
  caught,
  driveTo,
  GOOD_SCORES,
  messagesOf,
  openAppsFixture,
  rulesOf,
  validInput,
  type AppsFixture,
} from '../../testing/applications';

let f: AppsFixture;
beforeEach(() => {
  f = openAppsFixture();
});
afterEach(() => f.close());

const scores = (points: number[]) => GOOD_SCORES.map((s, i) => ({ ...s, points: points[i]! }));

/** An application in expert review with the three experts assigned. */
function inReview(org = f.orgs[0]!): number {
  const id = driveTo(f, 'submitted', validInput(f.central, org));
  svc.formalReview(f.as(f.users.project), { id, decision: 'pass', reason: '' });
  const { evaluator, evaluator2, evaluator3 } = f.users;
  svc.assignReviewers(f.as(f.users.project), { id, evaluatorIds: [evaluator.id, evaluator2.id, evaluator3.id] });
  return id;
}

describe('formal check (初审)', () => {
  it('passes to expert review or returns with the reason', () => {
    const a = driveTo(f, 'submitted');
    expect(svc.formalReview(f.as(f.users.project), { id: a, decision: 'pass', reason: '' }).state).toBe(
      'expert_review',
    );
    const b = driveTo(f, 'submitted', validInput(f.central, f.orgs[1]!));
    const d = svc.formalReview(f.as(f.users.project2), { id: b, decision: 'return', reason: '缺少配套资金证明' });
    expect(d).toMatchObject({
      state: 'returned',
      formalReview: { decision: 'return', reason: '缺少配套资金证明', by: { id: f.users.project2.id } },
      availableActions: ['update', 'submit'],
    });
  });

  it('cannot check a draft', () => {
    const id = driveTo(f, 'draft');
    const e = caught(() => svc.formalReview(f.as(f.users.project), { id, decision: 'pass', reason: '' }));
    expect(messagesOf(e)).toEqual(['当前状态为“草稿”，不能执行“初审通过”']);
  });
});

describe('assigning experts', () => {
  it('adds experts on each call and refuses anyone who cannot review, naming them all', () => {
    const id = driveTo(f, 'expert_review');
    const { evaluator, evaluator2, finance, project } = f.users;
    const e = caught(() =>
      svc.assignReviewers(f.as(project), {
        id,
        evaluatorIds: [evaluator.id, finance.id, evaluator2.id, evaluator2.id, 999],
      }),
    );
    expect(rulesOf(e)).toEqual([
      'application.alreadyAssigned',
      'application.notEvaluator',
      'application.evaluatorRepeated',
      'application.notEvaluator',
    ]);
    expect(e.field).toBe('evaluatorIds');
    expect(messagesOf(e)).toEqual([
      '专家“evaluator”已被指派评审该项目',
      '用户“finance”不是在用的评估专家',
      '专家“evaluator2”在名单中重复出现',
      '用户“#999”不是在用的评估专家',
    ]);
    const d = svc.assignReviewers(f.as(project), { id, evaluatorIds: [evaluator2.id] });
    expect(d.assignments.map((x) => [x.evaluator.id, x.declaration])).toEqual([
      [evaluator.id, 'pending'],
      [evaluator2.id, 'pending'],
    ]);
  });

  it('lists the active evaluators only', () => {
    const names = svc.evaluators(f.as(f.users.project), {}).map((p) => p.displayName);
    expect(names).toEqual(['evaluator', 'evaluator2', 'evaluator3']);
    f.app.db.prepare('UPDATE users SET disabled = 1 WHERE id = ?').run(f.users.evaluator3.id);
    expect(svc.evaluators(f.as(f.users.project), {})).toHaveLength(2);
    const id = driveTo(f, 'expert_review', validInput(f.central, f.orgs[1]!));
    const e = caught(() => svc.assignReviewers(f.as(f.users.project), { id, evaluatorIds: [f.users.evaluator3.id] }));
    expect(rulesOf(e)).toEqual(['application.notEvaluator']);
  });
});

describe('declarations and scoring', () => {
  it('opens the scoring form only after a declaration of no conflict', () => {
    const id = inReview();
    const ev = f.as(f.users.evaluator);
    const before = databaseDigest(f.app.db);
    const e = caught(() => svc.score(ev, { id, scores: GOOD_SCORES, comment: '' }));
    expect([e.kind, e.rule]).toEqual(['RuleViolation', 'application.declareFirst']);
    expect(databaseDigest(f.app.db)).toBe(before);
    expect(svc.get(ev, { id }).availableActions).toEqual(['declare']);
    const d = svc.declare(ev, { id, hasConflict: false, reason: '' });
    expect(d.availableActions).toEqual(['score']);
    expect(svc.score(f.as(f.users.evaluator), { id, scores: GOOD_SCORES, comment: '' }).availableActions).toEqual([]);
  });

  it('refuses a second declaration and a second scoring', () => {
    const id = inReview();
    svc.declare(f.as(f.users.evaluator), { id, hasConflict: false, reason: '' });
    expect(
      rulesOf(caught(() => svc.declare(f.as(f.users.evaluator), { id, hasConflict: true, reason: '亲属' }))),
    ).toEqual(['application.alreadyDeclared']);
    svc.score(f.as(f.users.evaluator), { id, scores: GOOD_SCORES, comment: '' });
    const again = caught(() => svc.score(f.as(f.users.evaluator), { id, scores: GOOD_SCORES, comment: '' }));
    expect(again.rule).toBe('application.alreadyScored');
  });

  it('refuses an expert who is not assigned', () => {
    const id = driveTo(f, 'expert_review');
    const e = caught(() => svc.declare(f.as(f.users.evaluator2), { id, hasConflict: false, reason: '' }));
    expect([e.kind, e.rule]).toEqual(['Forbidden', 'application.notAssigned']);
  });

  it('takes a conflicted expert off the application for good, logging the declaration', () => {
    const id = inReview();
    const ctx = f.as(f.users.evaluator2);
    const d = svc.declare(ctx, { id, hasConflict: true, reason: '本人系该机构理事' });
    expect(d.assignments[1]).toMatchObject({ declaration: 'conflict', conflictReason: '本人系该机构理事' });
    expect(d.availableActions).toEqual([]);
    expect(ctx.changes).toEqual([
      {
        entityType: 'application',
        entityId: String(id),
        before: { evaluator: f.users.evaluator2.id, declaration: 'pending' },
        after: { evaluator: f.users.evaluator2.id, declaration: 'conflict', conflictReason: '本人系该机构理事' },
      },
    ]);
    const e = caught(() => svc.score(f.as(f.users.evaluator2), { id, scores: GOOD_SCORES, comment: '' }));
    expect([e.kind, e.rule]).toEqual(['Forbidden', 'application.sod.conflictDeclared']);
  });

  it('bars a conflicted expert from every application of that organization (separation of duties)', () => {
    const first = inReview(f.orgs[0]);
    const lottery = validInput(f.lottery, f.orgs[0]!, { periodStart: '2016-01-01', periodEnd: '2016-12-31' });
    const second = driveTo(f, 'expert_review', lottery);
    svc.assignReviewers(f.as(f.users.project), { id: second, evaluatorIds: [f.users.evaluator2.id] });
    svc.declare(f.as(f.users.evaluator2), { id: first, hasConflict: true, reason: '曾在该机构任职' });
    svc.declare(f.as(f.users.evaluator2), { id: second, hasConflict: false, reason: '' });
    expect(svc.get(f.as(f.users.evaluator2), { id: second }).availableActions).toEqual([]);
    const e = caught(() => svc.score(f.as(f.users.evaluator2), { id: second, scores: GOOD_SCORES, comment: '' }));
    expect([e.kind, e.rule]).toEqual(['Forbidden', 'application.sod.conflictedOrganization']);
    expect(messagesOf(e)).toEqual(['您曾声明与“测试社会工作服务中心1”存在利益冲突，不能评审该机构的任何项目']);
    // …and cannot be assigned to its applications any more.
    svc.reject(f.as(f.users.finance), { id: first, reason: '专家意见分歧' });
    const third = driveTo(f, 'expert_review', validInput(f.central, f.orgs[0]!));
    const refused = caught(() =>
      svc.assignReviewers(f.as(f.users.project), { id: third, evaluatorIds: [f.users.evaluator2.id] }),
    );
    expect(messagesOf(refused)).toEqual(['专家“evaluator2”曾声明与“测试社会工作服务中心1”存在利益冲突，不能指派']);
  });

  it('refuses scores that do not follow the rubric, naming each criterion', () => {
    const id = inReview();
    svc.declare(f.as(f.users.evaluator), { id, hasConflict: false, reason: '' });
    const e = caught(() =>
      svc.score(f.as(f.users.evaluator), {
        id,
        scores: [
          { criterionCode: 'DESIGN', points: 26 },
          { criterionCode: 'CAPACITY', points: 10 },
          { criterionCode: 'CAPACITY', points: 10 },
          { criterionCode: 'STYLE', points: 5 },
        ],
        comment: '',
      }),
    );
    expect(e.field).toBe('scores');
    expect(messagesOf(e)).toEqual([
      '评分项“项目设计”得分 26 超过该项满分 25 分',
      '评分项“组织能力”重复评分',
      '评分项“STYLE”不在本资金计划的评分标准中',
      '评分项“预算合理性”未评分',
      '评分项“预期成效”未评分',
      '评分项“可持续性”未评分',
    ]);
  });

  it('refuses a score above its criterion maximum, naming the criterion and its maximum, and changes nothing', () => {
    const id = inReview();
    svc.declare(f.as(f.users.evaluator), { id, hasConflict: false, reason: '' });
    const before = databaseDigest(f.app.db);
    const e = caught(() =>
      svc.score(f.as(f.users.evaluator), { id, scores: scores([20, 16, 16, 20, 12]), comment: '' }),
    );
    expect([e.kind, e.rule]).toEqual(['RuleViolation', 'application.score.overMax']);
    expect(messagesOf(e)).toEqual(['评分项“可持续性”得分 12 超过该项满分 10 分']);
    expect(messagesOf(e, 'en')).toEqual(['criterion "可持续性": 12 is above its maximum of 10 points']);
    expect(databaseDigest(f.app.db)).toBe(before);
    expect(svc.get(f.as(f.users.evaluator), { id }).availableActions).toEqual(['score']);
  });

  it('hides the other experts’ scores from an expert who has not scored, and flags outliers', () => {
    const id = inReview();
    const { evaluator, evaluator2, evaluator3 } = f.users;
    for (const u of [evaluator, evaluator2, evaluator3]) svc.declare(f.as(u), { id, hasConflict: false, reason: '' });
    svc.score(f.as(evaluator), { id, scores: scores([20, 16, 16, 20, 8]), comment: '良好' }); // 80
    svc.score(f.as(evaluator2), { id, scores: scores([21, 16.5, 16, 20, 8]), comment: '' }); // 81.5
    const hidden = svc.get(f.as(evaluator3), { id });
    expect(hidden.meanScore).toBeNull();
    expect(hidden.medianScore).toBeNull();
    expect(hidden.assignments.map((x) => [x.scores, x.totalPoints, x.comment])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(
      svc.list(f.as(evaluator3), { page: 1, pageSize: 10, sort: [], search: '', filters: {} }).rows[0]!.meanScore,
    ).toBeNull();
    svc.score(f.as(evaluator3), { id, scores: scores([5, 5, 5, 5, 5]), comment: '不可行' }); // 25
    const d = svc.get(f.as(evaluator3), { id });
    expect(d.assignments.map((x) => [x.totalPoints, x.outlier])).toEqual([
      [80, false],
      [81.5, false],
      [25, true],
    ]);
    // (80 + 81.5 + 25) / 3 = 62.1666… → 62.17; median 80.
    expect([d.meanScore, d.medianScore]).toEqual([62.17, 80]);
    expect(
      svc.list(f.as(f.users.auditor), { page: 1, pageSize: 10, sort: [], search: '', filters: {} }).rows[0]!.meanScore,
    ).toBe(62.17);
  });

  it('completes the expert review only when every expert who did not step aside has scored', () => {
    const id = inReview();
    const { evaluator, evaluator2, evaluator3, project } = f.users;
    const none = caught(() => svc.completeExpertReview(f.as(project), { id }));
    expect(rulesOf(none)).toEqual(['application.noScores', 'application.expertReviewIncomplete']);
    expect(messagesOf(none)[1]).toBe('尚有专家未完成声明或评分：evaluator、evaluator2、evaluator3');
    svc.declare(f.as(evaluator), { id, hasConflict: false, reason: '' });
    svc.score(f.as(evaluator), { id, scores: GOOD_SCORES, comment: '' });
    svc.declare(f.as(evaluator2), { id, hasConflict: true, reason: '亲属任职' });
    expect(messagesOf(caught(() => svc.completeExpertReview(f.as(project), { id })))).toEqual([
      '尚有专家未完成声明或评分：evaluator3',
    ]);
    expect(svc.get(f.as(project), { id }).availableActions).not.toContain('completeExpertReview');
    svc.declare(f.as(evaluator3), { id, hasConflict: false, reason: '' });
    svc.score(f.as(evaluator3), { id, scores: GOOD_SCORES, comment: '' });
    expect(svc.get(f.as(project), { id }).availableActions).toContain('completeExpertReview');
    expect(svc.completeExpertReview(f.as(project), { id }).state).toBe('finance_review');
  });

  it('lists an expert’s queue, pending first as asked', () => {
    const a = inReview(f.orgs[0]);
    const b = inReview(f.orgs[1]);
    svc.declare(f.as(f.users.evaluator), { id: a, hasConflict: false, reason: '' });
    svc.score(f.as(f.users.evaluator), { id: a, scores: GOOD_SCORES, comment: '' });
    const q = (pendingOnly?: boolean) =>
      svc.queue(f.as(f.users.evaluator), {
        page: 1,
        pageSize: 10,
        sort: [{ id: 'code', desc: false }],
        search: '',
        filters: pendingOnly === undefined ? {} : { pendingOnly },
      });
    expect(q().rows.map((r) => [r.id, r.declaration, r.scored])).toEqual([
      [a, 'no_conflict', true],
      [b, 'pending', false],
    ]);
    expect(q(true)).toMatchObject({ total: 1, rows: [{ id: b }] });
    expect(
      svc.queue(f.as(f.users.evaluator2), { page: 1, pageSize: 10, sort: [], search: '', filters: {} }).total,
    ).toBe(2);
  });
});
