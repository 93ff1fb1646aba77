import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ruleSetTemplate } from '../../contract/index';
import { updateFundProgram } from '../../db/fund-programs-repo';
import { getFundProgram } from '../../db/fund-programs-repo';
import { databaseDigest } from '../../db/system-repo';
import * as bars from '../organization-bars';
import * as svc from './index';
import { caught, messagesOf, openAppsFixture, rulesOf, validInput, type AppsFixture } from '../../testing/applications';

let f: AppsFixture;
beforeEach(() => {
  f = openAppsFixture();
});
afterEach(() => f.close());

const create = (input = validInput(f.central, f.orgs[0]!)) => svc.createApplication(f.as(f.users.project), input).id;
const submit = (id: number) => svc.submit(f.as(f.users.project), { id });

describe('submission against the program’s rule set', () => {
  it('submits a valid application, recording who and when', () => {
    const d = submit(create());
    expect(d).toMatchObject({
      state: 'submitted',
      submittedBy: { id: f.users.project.id },
      submittedAt: f.clock.now().toISOString(),
    });
  });

  it('names every broken rule at once, in order, and changes nothing', () => {
    const id = create(
      validInput(f.central, f.orgs[0]!, {
        classCode: 'A',
        requestedFen: 6_000_000,
        periodEnd: '2016-01-31',
        indicators: [],
        budgetLines: [
          { categoryCode: 'STAFF', amountFen: 3_000_000 },
          { categoryCode: 'ACTIVITY', amountFen: 1_000_000, costType: 'management_fee' },
          { categoryCode: 'CATERING', amountFen: 1_000_000 },
        ],
      }),
    );
    const before = databaseDigest(f.app.db);
    const e = caught(() => submit(id));
    expect(e.kind).toBe('RuleViolation');
    expect(e.rule).toBe('application.violations');
    expect(rulesOf(e)).toEqual([
      'application.noIndicators',
      'application.budgetSum',
      'application.classCap',
      'application.periodOutsideYear',
      'application.forbiddenCostType',
      'application.unknownCategory',
      'application.categoryCap',
    ]);
    expect(e.params.count).toBe(7);
    expect(messagesOf(e)).toEqual([
      '至少填写一项绩效指标',
      '预算明细合计 50,000.00 元，与申请金额 60,000.00 元不一致',
      '申请金额 60,000.00 元超过 A 类（发展示范项目）单个项目上限 50,000.00 元',
      '项目周期 2015-03-01 至 2016-01-31 超出资金计划年度（2015-01-01 至 2015-12-31）',
      '预算第 2 行：中央财政资金不得列支管理费（财社〔2012〕138号）',
      '预算第 3 行：科目“CATERING”不是本资金计划的预算科目',
      '预算科目“人员经费”30,000.00 元，占预算总额的 60.00%，超过上限 40%',
    ]);
    expect(messagesOf(e, 'en')[4]).toBe(
      'budget line 2: central fiscal funds may not pay for management fees (财社〔2012〕138号)',
    );
    expect(databaseDigest(f.app.db)).toBe(before);
  });

  it('refuses a filed (备案) organization for central funds', () => {
    const e = caught(() => submit(create(validInput(f.central, f.filedOrg))));
    expect(messagesOf(e)).toEqual(['备案的社会组织不能申报中央财政资金项目']);
  });

  it('accepts a filed organization for lottery funds', () => {
    const input = validInput(f.lottery, f.filedOrg, { periodStart: '2016-01-01', periodEnd: '2016-12-31' });
    expect(submit(create(input)).state).toBe('submitted');
  });

  it('refuses an organization barred for the program year, but not after the bar', () => {
    bars.bar(f.as(f.users.admin), {
      organizationId: f.orgs[0]!,
      fromYear: 2015,
      toYear: 2015,
      reason: '2014年度评估不合格',
    });
    const e = caught(() => submit(create()));
    expect(messagesOf(e)).toEqual(['该机构已被取消 2015–2015 年度的申报资格（2014年度评估不合格）']);
    const lottery = validInput(f.lottery, f.orgs[0]!, { periodStart: '2016-01-01', periodEnd: '2016-12-31' });
    expect(submit(create(lottery)).state).toBe('submitted');
  });

  it('refuses matching funds below the program’s share', () => {
    const input = validInput(f.lottery, f.orgs[0]!, {
      periodStart: '2016-01-01',
      periodEnd: '2016-12-31',
      matchingFen: 399_999,
    });
    const e = caught(() => submit(create(input)));
    expect(messagesOf(e)).toEqual(['配套资金 3,999.99 元不足：应不低于申请金额的 10%，即 4,000.00 元']);
  });

  it('checks the rule set as stored now, not as it was when the draft was made', () => {
    const id = create();
    const p = getFundProgram(f.app.db, f.central)!;
    const strict = { ...ruleSetTemplate('CENTRAL'), matchingSharePercent: 20 };
    updateFundProgram(f.app.db, f.central, { ...p, ruleSet: strict }, f.clock.now().toISOString());
    expect(rulesOf(caught(() => submit(id)))).toEqual(['application.matchingShare']);
  });

  it('lets a returned application be corrected and submitted again', () => {
    const id = submit(create()).id;
    svc.formalReview(f.as(f.users.project2), { id, decision: 'return', reason: '请补充绩效指标' });
    const fixed = validInput(f.central, f.orgs[0]!, {
      indicators: [
        { name: '服务人次', unit: '人次', target: 1200 },
        { name: '满意度', unit: '%', target: 90 },
      ],
    });
    expect(svc.updateApplication(f.as(f.users.project2), { ...fixed, id }).state).toBe('returned');
    const again = svc.submit(f.as(f.users.project2), { id });
    expect(again).toMatchObject({ state: 'submitted', submittedBy: { id: f.users.project2.id } });
    expect(again.formalReview).toMatchObject({ decision: 'return', reason: '请补充绩效指标' });
  });
});
