import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseDigest } from '../../db/system-repo';
import * as bars from '../organization-bars';
import * as svc from './index';
import {
  caught,
  driveTo,
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

const lotteryInput = (org = f.orgs[0]!) =>
  validInput(f.lottery, org, { periodStart: '2016-03-01', periodEnd: '2016-12-31' });
const lineIds = (id: number) => svc.get(f.as(f.users.finance), { id }).budgetLines.map((l) => l.id);
const approve = (
  id: number,
  user = f.users.finance2,
  approvedFen = 4_000_000,
  approvalNumber = `渝民〔2015〕${id}号`,
) => svc.approve(f.as(user), { id, approvedFen, approvalNumber });

describe('finance review (财务审核)', () => {
  it('cuts lines with reasons and keeps the rest whole', () => {
    const id = driveTo(f, 'finance_review');
    const [staff, activity] = lineIds(id);
    const d = svc.financeReview(f.as(f.users.finance), {
      id,
      lines: [
        { lineId: staff!, approvedFen: 1_300_000, reason: '人员经费标准偏高' },
        { lineId: activity!, approvedFen: 2_300_000, reason: '' },
      ],
      opinion: '核减人员经费1,000元',
    });
    expect(d.state).toBe('finance_reviewed');
    expect(d.financeReview).toMatchObject({ reviewedFen: 3_900_000, opinion: '核减人员经费1,000元' });
    expect(d.budgetLines.map((l) => [l.approvedFen, l.cutReason])).toEqual([
      [1_300_000, '人员经费标准偏高'],
      [2_300_000, null],
      [300_000, null],
    ]);
  });

  it('refuses a cut without a reason, an increase and a line of another application, changing nothing', () => {
    const id = driveTo(f, 'finance_review');
    const [staff, activity] = lineIds(id);
    const before = databaseDigest(f.app.db);
    const e = caught(() =>
      svc.financeReview(f.as(f.users.finance), {
        id,
        lines: [
          { lineId: staff!, approvedFen: 1_000_000, reason: '' },
          { lineId: activity!, approvedFen: 2_300_001, reason: '笔误' },
          { lineId: 9999, approvedFen: 1, reason: '' },
          { lineId: staff!, approvedFen: 1, reason: 'x' },
        ],
        opinion: '',
      }),
    );
    expect(e.field).toBe('lines');
    expect(messagesOf(e)).toEqual([
      '预算第 1 行核减 4,000.00 元，须说明理由',
      '预算第 2 行：核定金额 23,000.01 元超过申请金额 23,000.00 元',
      '预算行（ID 9999）不属于该项目',
      '预算行（ID 1）重复',
    ]);
    expect(databaseDigest(f.app.db)).toBe(before);
  });

  it('refuses cuts that leave the budget breaking the program’s caps', () => {
    // Staff is 35% of the budget; cutting activity by 5,100 元 raises its share above the 40% cap.
    const id = driveTo(f, 'finance_review');
    const [, activity] = lineIds(id);
    const e = caught(() =>
      svc.financeReview(f.as(f.users.finance), {
        id,
        lines: [{ lineId: activity!, approvedFen: 1_790_000, reason: '活动场次偏多' }],
        opinion: '',
      }),
    );
    expect(messagesOf(e)).toEqual(['预算科目“人员经费”14,000.00 元，占预算总额的 40.11%，超过上限 40%']);
  });
});

describe('public notice (公示)', () => {
  it('needs the program’s minimum number of calendar days, both ends counted', () => {
    const id = driveTo(f, 'finance_reviewed');
    const notice = (startDate: string, endDate: string) =>
      svc.startNotice(f.as(f.users.finance), { id, startDate, endDate });
    expect(messagesOf(caught(() => notice('2015-11-01', '2015-11-04')))).toEqual([
      '公示期 2015-11-01 至 2015-11-04 共 4 天，少于规定的 5 天',
    ]);
    expect(rulesOf(caught(() => notice('2015-11-05', '2015-11-01')))).toEqual(['application.notice.order']);
    expect(caught(() => notice('2015-02-29', '2015-03-09')).rule).toBe('schema.date');
    expect(notice('2015-11-01', '2015-11-05')).toMatchObject({
      state: 'in_notice',
      notice: { startDate: '2015-11-01', endDate: '2015-11-05' },
    });
  });

  it('allows approval only once the notice has ended, by the date in China', () => {
    const id = driveTo(f, 'in_notice');
    // Notice 2015-11-01..07. 23:59 on the 7th in Chongqing is 15:59 UTC.
    f.clock.ms = Date.parse('2015-11-07T15:59:59.999Z');
    expect(svc.get(f.as(f.users.finance2), { id }).availableActions).toEqual(['reject']);
    const e = caught(() => approve(id));
    expect(messagesOf(e)).toEqual(['公示期至 2015-11-07 结束，公示结束后方可立项（今天是 2015-11-07）']);
    f.clock.ms = Date.parse('2015-11-07T16:00:00.000Z');
    expect(svc.get(f.as(f.users.finance2), { id }).availableActions).toEqual(['approve', 'reject']);
    expect(approve(id).state).toBe('approved');
  });
});

describe('approval (立项)', () => {
  it('creates the agreement with the program’s tranche plan, summing exactly to the approved amount', () => {
    const id = driveTo(f, 'notice_ended', lotteryInput());
    const d = approve(id, f.users.finance2, 3_999_999, '渝民发〔2016〕88号');
    expect(d).toMatchObject({
      state: 'approved',
      approvedFen: 3_999_999,
      decision: { kind: 'approved', approvalNumber: '渝民发〔2016〕88号', by: { id: f.users.finance2.id } },
      availableActions: [],
    });
    expect(d.agreement).toMatchObject({
      agreementNumber: '渝民发〔2016〕88号',
      periodStart: '2016-03-01',
      periodEnd: '2016-12-31',
      approvedFen: 3_999_999,
      signedDate: null,
      tranches: [
        { seq: 1, percent: 50, amountFen: 1_999_999, condition: 'on_signing', milestoneName: null },
        { seq: 2, percent: 30, amountFen: 1_199_999, condition: 'midterm_passed', milestoneName: null },
        { seq: 3, percent: 20, amountFen: 800_001, condition: 'milestone_verified', milestoneName: '结项评估' },
      ],
    });
  });

  it('logs the approval and the new agreement', () => {
    const id = driveTo(f, 'notice_ended');
    const ctx = f.as(f.users.finance2);
    svc.approve(ctx, { id, approvedFen: 3_000_000, approvalNumber: 'A-1' });
    expect(ctx.changes.map((c) => [c.entityType, c.before, (c.after as { approvedFen: number }).approvedFen])).toEqual([
      ['application', { state: 'in_notice', approvedFen: null }, 3_000_000],
      ['agreement', null, 3_000_000],
      ['budgetVersion', null, undefined],
    ]);
  });

  it('refuses an amount above the finance review or of zero', () => {
    const id = driveTo(f, 'finance_review');
    const [staff] = lineIds(id);
    svc.financeReview(f.as(f.users.finance), {
      id,
      lines: [{ lineId: staff!, approvedFen: 1_000_000, reason: '核减' }],
      opinion: '',
    });
    svc.startNotice(f.as(f.users.finance), { id, startDate: '2015-11-01', endDate: '2015-11-07' });
    f.clock.ms = Date.UTC(2015, 10, 9);
    expect(messagesOf(caught(() => approve(id, f.users.finance2, 3_600_001)))).toEqual([
      '立项金额 36,000.01 元超过财务审核核定的 36,000.00 元',
    ]);
    expect(rulesOf(caught(() => approve(id, f.users.finance2, 0)))).toEqual(['application.approve.positive']);
    expect(approve(id, f.users.finance2, 3_600_000).approvedFen).toBe(3_600_000);
  });

  it('refuses an approval number already used, whatever its case', () => {
    const a = driveTo(f, 'notice_ended');
    approve(a, f.users.finance2, 4_000_000, 'YMF-2015-1');
    const b = driveTo(f, 'notice_ended', validInput(f.central, f.orgs[1]!));
    const e = caught(() => approve(b, f.users.finance2, 4_000_000, 'ymf-2015-1'));
    expect([e.kind, e.field]).toEqual(['Conflict', 'approvalNumber']);
    expect(messagesOf(e)).toEqual(['立项文号“ymf-2015-1”已被项目 SB-2015-0001 使用']);
  });

  it('re-checks the rules at approval: a bar decided during the review stops it', () => {
    const id = driveTo(f, 'notice_ended');
    bars.bar(f.as(f.users.admin), { organizationId: f.orgs[0]!, fromYear: 2015, toYear: 2016, reason: '违规使用资金' });
    expect(rulesOf(caught(() => approve(id)))).toEqual(['application.barred']);
  });
});

describe('separation of duties at approval', () => {
  it('refuses the person who entered the application, even with the finance role', () => {
    const input = validInput(f.central, f.orgs[0]!);
    const id = svc.createApplication(f.as(f.users.both), input).id;
    svc.submit(f.as(f.users.project), { id });
    svc.formalReview(f.as(f.users.project), { id, decision: 'pass', reason: '' });
    svc.assignReviewers(f.as(f.users.project), { id, evaluatorIds: [f.users.evaluator.id] });
    svc.declare(f.as(f.users.evaluator), { id, hasConflict: false, reason: '' });
    svc.score(f.as(f.users.evaluator), { id, scores: [...scoresOk()], comment: '' });
    svc.completeExpertReview(f.as(f.users.project), { id });
    svc.financeReview(f.as(f.users.finance), { id, lines: [], opinion: '' });
    svc.startNotice(f.as(f.users.finance), { id, startDate: '2015-11-01', endDate: '2015-11-07' });
    f.clock.ms = Date.UTC(2015, 10, 9);
    expect(svc.get(f.as(f.users.both), { id }).availableActions).toEqual(['reject']);
    const e = caught(() => approve(id, f.users.both));
    expect([e.kind, e.rule]).toEqual(['Forbidden', 'application.sod.creator']);
    expect(messagesOf(e)).toEqual(['您是该项目的填报人，不能审批立项（职责分离）']);
    expect(approve(id, f.users.finance2).state).toBe('approved');
  });

  it('refuses anyone who ever submitted it, also after a return and a resubmission by someone else', () => {
    const id = svc.createApplication(f.as(f.users.project), validInput(f.central, f.orgs[0]!)).id;
    svc.submit(f.as(f.users.both), { id });
    svc.formalReview(f.as(f.users.project), { id, decision: 'return', reason: '补充材料' });
    svc.submit(f.as(f.users.project2), { id });
    svc.formalReview(f.as(f.users.project), { id, decision: 'pass', reason: '' });
    svc.assignReviewers(f.as(f.users.project), { id, evaluatorIds: [f.users.evaluator.id] });
    svc.declare(f.as(f.users.evaluator), { id, hasConflict: false, reason: '' });
    svc.score(f.as(f.users.evaluator), { id, scores: [...scoresOk()], comment: '' });
    svc.completeExpertReview(f.as(f.users.project), { id });
    svc.financeReview(f.as(f.users.finance), { id, lines: [], opinion: '' });
    svc.startNotice(f.as(f.users.finance), { id, startDate: '2015-11-01', endDate: '2015-11-07' });
    f.clock.ms = Date.UTC(2015, 10, 9);
    const e = caught(() => approve(id, f.users.both));
    expect([e.kind, e.rule]).toEqual(['Forbidden', 'application.sod.submitter']);
    expect(messagesOf(e, 'en')).toEqual([
      'you submitted this application, so you cannot approve it (separation of duties)',
    ]);
  });

  it('refuses a user without the finance role', () => {
    const id = driveTo(f, 'notice_ended');
    const e = caught(() => approve(id, f.users.project2));
    expect([e.kind, e.rule]).toEqual(['Forbidden', 'application.sod.financeRole']);
    expect(svc.get(f.as(f.users.project2), { id }).availableActions).toEqual([]);
  });

  it('offers an auditor nothing to do, in any state', () => {
    for (const [i, stage] of (
      ['draft', 'submitted', 'expert_review', 'finance_review', 'notice_ended', 'approved'] as const
    ).entries()) {
      const id = driveTo(f, stage, validInput(f.central, f.orgs[i]!));
      expect(svc.get(f.as(f.users.auditor), { id }).availableActions).toEqual([]);
    }
  });
});

describe('rejection (不予立项)', () => {
  it.each(['submitted', 'expert_review', 'finance_review', 'finance_reviewed', 'in_notice'] as const)(
    'is possible from %s, with the reason',
    (stage) => {
      const id = driveTo(f, stage);
      const d = svc.reject(f.as(f.users.finance), { id, reason: '项目设计与申报指南不符' });
      expect(d).toMatchObject({
        state: 'rejected',
        decision: { kind: 'rejected', reason: '项目设计与申报指南不符', approvalNumber: null },
        agreement: null,
        availableActions: [],
      });
    },
  );

  it('is not possible once approved, naming the state', () => {
    const id = driveTo(f, 'approved');
    expect(messagesOf(caught(() => svc.reject(f.as(f.users.finance), { id, reason: 'x' })))).toEqual([
      '当前状态为“已立项”，不能执行“不予立项”',
    ]);
  });
});

describe('signing the agreement', () => {
  it('records the date once, not before the approval and not in the future', () => {
    const id = driveTo(f, 'approved'); // approved on 2015-11-08 (China)
    f.clock.ms = Date.UTC(2015, 10, 20, 2);
    const sign = (signedDate: string) => svc.sign(f.as(f.users.finance), { applicationId: id, signedDate });
    expect(messagesOf(caught(() => sign('2015-11-07')))).toEqual(['签订日期不能早于立项日期 2015-11-08']);
    expect(caught(() => sign('2015-11-21')).rule).toBe('date.future');
    expect(sign('2015-11-20').signedDate).toBe('2015-11-20');
    const again = caught(() => sign('2015-11-20'));
    expect([again.kind, again.rule]).toEqual(['Conflict', 'agreement.alreadySigned']);
  });

  it('has nothing to sign before approval', () => {
    const id = driveTo(f, 'in_notice');
    const e = caught(() => svc.sign(f.as(f.users.finance), { applicationId: id, signedDate: '2015-11-20' }));
    expect([e.kind, e.rule, e.field]).toEqual(['NotFound', 'agreement.notFound', 'applicationId']);
  });
});

function scoresOk() {
  return [
    { criterionCode: 'DESIGN', points: 20 },
    { criterionCode: 'CAPACITY', points: 15 },
    { criterionCode: 'BUDGET', points: 15 },
    { criterionCode: 'OUTCOME', points: 20 },
    { criterionCode: 'SUSTAIN', points: 8 },
  ];
}
