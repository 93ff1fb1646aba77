import { describe, expect, it } from 'vitest';
import {
  checkBudgetLines,
  checkSubmission,
  type ApplicationFacts,
  type OrganizationFacts,
  type ProgramFacts,
} from './application-rules';
import { fenText } from './violations';
import { ruleSetTemplate, type RuleSet } from './rule-set';

const central = (): ProgramFacts => ({ source: 'CENTRAL', year: 2015, ruleSet: ruleSetTemplate('CENTRAL') });
const lottery = (patch: Partial<RuleSet> = {}): ProgramFacts => ({
  source: 'LOTTERY',
  year: 2016,
  ruleSet: { ...ruleSetTemplate('LOTTERY'), ...patch },
});

/**
 * 10,000.00 元: staff 40% (the cap), activity 60%; passes the central 2015 rules. The application's matching
 * total is budgeted on its first line, as the form keeps the two equal.
 */
function app(patch: Partial<ApplicationFacts> = {}): ApplicationFacts {
  const a: ApplicationFacts = {
    classCode: 'A',
    periodStart: '2015-03-01',
    periodEnd: '2015-12-31',
    requestedFen: 1_000_000,
    matchingFen: 0,
    indicatorCount: 1,
    budgetLines: lines(['STAFF', 400_000], ['ACTIVITY', 600_000]),
    ...patch,
  };
  return { ...a, budgetLines: a.budgetLines.map((l, i) => ({ ...l, matchingFen: i === 0 ? a.matchingFen : 0 })) };
}
const org = (patch: Partial<OrganizationFacts> = {}): OrganizationFacts => ({
  registration: 'registered',
  bars: [],
  duplicateCode: null,
  ...patch,
});
const rules = (a: ApplicationFacts, p: ProgramFacts = central(), o: OrganizationFacts = org()) =>
  checkSubmission(a, p, o).map((v) => v.rule);
const lines = (...amounts: [string, number, ApplicationFacts['budgetLines'][number]['costType']?][]) =>
  amounts.map(([categoryCode, amountFen, costType]) => ({
    categoryCode,
    amountFen,
    matchingFen: 0,
    costType: costType ?? null,
  }));

describe('submission rules', () => {
  it('passes a complete application within every rule', () => {
    expect(checkSubmission(app(), central(), org())).toEqual([]);
  });

  describe('project class', () => {
    it('refuses a class the program does not have, listing the classes it has', () => {
      expect(checkSubmission(app({ classCode: 'E' }), central(), org())).toEqual([
        {
          rule: 'application.unknownClass',
          params: {
            classCode: 'E',
            classes: 'A 发展示范项目、B 承接社会服务试点项目、C 社会工作服务示范项目、D 人员培训示范项目',
          },
        },
      ]);
    });

    it('refuses a request one fen over the class cap and accepts one exactly at it', () => {
      // Class A: 5万元 cap.
      const over = app({ requestedFen: 5_000_001, budgetLines: lines(['STAFF', 2_000_000], ['ACTIVITY', 3_000_001]) });
      expect(checkSubmission(over, central(), org())).toEqual([
        {
          rule: 'application.classCap',
          params: { classCode: 'A', className: '发展示范项目', cap: '50,000.00', requested: '50,000.01' },
        },
      ]);
      const at = app({ requestedFen: 5_000_000, budgetLines: lines(['STAFF', 2_000_000], ['ACTIVITY', 3_000_000]) });
      expect(rules(at)).toEqual([]);
    });

    it('lets any class through when the program sets no class caps', () => {
      expect(
        rules(app({ classCode: 'Z' }), { ...central(), ruleSet: { ...central().ruleSet, classCaps: [] } }),
      ).toEqual([]);
    });
  });

  describe('budget categories', () => {
    it('refuses a line in a category the program does not have', () => {
      const a = app({ budgetLines: lines(['STAFF', 400_000], ['CATERING', 600_000]) });
      expect(checkSubmission(a, central(), org())).toEqual([
        { rule: 'application.unknownCategory', params: { line: 2, categoryCode: 'CATERING' } },
      ]);
    });

    it('refuses a category a fen over its cap and accepts one exactly at it', () => {
      const over = app({ budgetLines: lines(['STAFF', 400_001], ['ACTIVITY', 599_999]) });
      expect(checkSubmission(over, central(), org())).toEqual([
        {
          rule: 'application.categoryCap',
          params: { category: '人员经费', capPercent: 40, percent: '40.00', amount: '4,000.01' },
        },
      ]);
      // Two lines in one category are added up: 20% + 20% is at the 40% cap.
      expect(rules(app({ budgetLines: lines(['STAFF', 200_000], ['STAFF', 200_000], ['ACTIVITY', 600_000]) }))).toEqual(
        [],
      );
    });
  });

  describe('cost types', () => {
    it('refuses a management fee from central funds, naming the type and the source rule', () => {
      const a = app({
        budgetLines: lines(['STAFF', 400_000], ['ACTIVITY', 590_000], ['ACTIVITY', 10_000, 'management_fee']),
      });
      expect(checkSubmission(a, central(), org())).toEqual([
        {
          rule: 'application.forbiddenCostType',
          params: { line: 3, costType: 'management_fee', source: 'CENTRAL', basis: '财社〔2012〕138号' },
        },
      ]);
    });

    it('refuses hospitality from lottery funds but not from central funds, which do not forbid it', () => {
      const hosp = lines(['STAFF', 400_000], ['ACTIVITY', 600_000, 'hospitality']);
      expect(rules(app({ budgetLines: hosp }))).toEqual([]);
      const l = app({ budgetLines: hosp, periodStart: '2016-01-01', periodEnd: '2016-12-31', matchingFen: 100_000 });
      expect(rules(l, lottery())).toEqual(['application.forbiddenCostType']);
    });

    it('caps the management fee where a program allows one: a fen over refused, exactly at the cap accepted', () => {
      const allowFee = lottery({
        managementFeeCapPercent: 5,
        forbiddenCostTypes: ruleSetTemplate('LOTTERY').forbiddenCostTypes.filter((t) => t !== 'management_fee'),
      });
      const base = { periodStart: '2016-01-01', periodEnd: '2016-12-31', matchingFen: 100_000 };
      const over = app({
        ...base,
        budgetLines: lines(['STAFF', 400_000], ['ACTIVITY', 549_999], ['ACTIVITY', 50_001, 'management_fee']),
      });
      expect(checkSubmission(over, allowFee, org())).toEqual([
        {
          rule: 'application.managementFeeCap',
          params: { capPercent: 5, percent: '5.00', amount: '500.01', source: 'LOTTERY' },
        },
      ]);
      const at = app({
        ...base,
        budgetLines: lines(['STAFF', 400_000], ['ACTIVITY', 550_000], ['ACTIVITY', 50_000, 'management_fee']),
      });
      expect(rules(at, allowFee)).toEqual([]);
    });

    it('refuses any management fee when the cap is 0 even if the type is not on the forbidden list', () => {
      const zeroCap = lottery({
        forbiddenCostTypes: ruleSetTemplate('LOTTERY').forbiddenCostTypes.filter((t) => t !== 'management_fee'),
      });
      const a = lines(['STAFF', 400_000], ['ACTIVITY', 599_999], ['ACTIVITY', 1, 'management_fee']);
      expect(checkBudgetLines(a, zeroCap).map((v) => v.rule)).toEqual(['application.managementFeeCap']);
    });
  });

  describe('matching funds', () => {
    const base = { periodStart: '2016-01-01', periodEnd: '2016-12-31' };
    it('refuses matching below the share, rounding the requirement up to the fen', () => {
      // 10% of 10,000.01 元 is 1,000.001 元: 1,000.00 is short, 1,000.01 is enough.
      const a = app({
        ...base,
        requestedFen: 1_000_001,
        matchingFen: 100_000,
        budgetLines: lines(['STAFF', 400_000], ['ACTIVITY', 600_001]),
      });
      expect(checkSubmission(a, lottery(), org())).toEqual([
        { rule: 'application.matchingShare', params: { percent: 10, required: '1,000.01', matching: '1,000.00' } },
      ]);
      expect(
        rules(app({ ...base, requestedFen: 1_000_001, matchingFen: 100_001, budgetLines: a.budgetLines }), lottery()),
      ).toEqual([]);
    });

    it('judges the share on the matching budgeted on the lines, which must add up to the total', () => {
      const spread = (matching: [number, number], total: number) =>
        checkSubmission(
          {
            ...app({ ...base }),
            matchingFen: total,
            budgetLines: lines(['STAFF', 400_000], ['ACTIVITY', 600_000]).map((l, i) => ({
              ...l,
              matchingFen: matching[i]!,
            })),
          },
          lottery(),
          org(),
        );
      expect(spread([40_000, 60_000], 100_000)).toEqual([]);
      // A total declared above what the lines budget does not count: the lines carry 999.99 元.
      expect(spread([40_000, 59_999], 100_000)).toEqual([
        { rule: 'application.matchingSum', params: { sum: '999.99', matching: '1,000.00' } },
        { rule: 'application.matchingShare', params: { percent: 10, required: '1,000.00', matching: '999.99' } },
      ]);
    });

    it('accepts matching exactly at the share', () => {
      expect(rules(app({ ...base, matchingFen: 100_000 }), lottery())).toEqual([]);
      expect(rules(app({ ...base, matchingFen: 99_999 }), lottery())).toEqual(['application.matchingShare']);
    });
  });

  describe('period', () => {
    it('refuses a period reaching outside the program year', () => {
      expect(checkSubmission(app({ periodStart: '2014-12-31' }), central(), org())).toEqual([
        { rule: 'application.periodOutsideYear', params: { year: 2015, start: '2014-12-31', end: '2015-12-31' } },
      ]);
      expect(rules(app({ periodEnd: '2016-01-01' }))).toEqual(['application.periodOutsideYear']);
    });

    it('accepts the whole program year, first and last day included', () => {
      expect(rules(app({ periodStart: '2015-01-01', periodEnd: '2015-12-31' }))).toEqual([]);
      expect(rules(app({ periodStart: '2015-12-31', periodEnd: '2015-12-31' }))).toEqual([]);
    });

    it('refuses an end before the start', () => {
      expect(rules(app({ periodStart: '2015-06-01', periodEnd: '2015-05-31' }))).toEqual(['application.periodOrder']);
    });
  });

  describe('completeness', () => {
    it('refuses budget lines that do not add up to the request, by a single fen', () => {
      expect(checkSubmission(app({ requestedFen: 1_000_001 }), central(), org())).toEqual([
        { rule: 'application.budgetSum', params: { sum: '10,000.00', requested: '10,000.01' } },
      ]);
    });

    it('needs at least one indicator and one budget line', () => {
      expect(rules(app({ indicatorCount: 0 }))).toEqual(['application.noIndicators']);
      expect(rules(app({ budgetLines: [], requestedFen: 0 }))).toEqual(['application.noBudgetLines']);
      expect(rules(app({ indicatorCount: 1, budgetLines: lines(['ACTIVITY', 1_000_000]) }))).toEqual([]);
    });

    it('adds sums beyond 2^53 exactly', () => {
      const huge = 999_999_999_999_999;
      const a = app({ classCode: 'X', requestedFen: huge, budgetLines: lines(['ACTIVITY', huge], ['ACTIVITY', huge]) });
      const p = { ...central(), ruleSet: { ...central().ruleSet, classCaps: [] } };
      expect(checkSubmission(a, p, org())).toEqual([
        { rule: 'application.budgetSum', params: { sum: '19,999,999,999,999.98', requested: '9,999,999,999,999.99' } },
      ]);
      expect(fenText(-150n)).toBe('-1.50');
    });
  });

  describe('eligibility', () => {
    it('refuses a filed (备案) organization for central funds but not for lottery funds', () => {
      expect(rules(app(), central(), org({ registration: 'filed' }))).toEqual(['application.filedCentral']);
      const l = app({ periodStart: '2016-01-01', periodEnd: '2016-12-31', matchingFen: 100_000 });
      expect(rules(l, lottery(), org({ registration: 'filed' }))).toEqual([]);
    });

    it('refuses an organization barred for the program year, not one whose bar ended the year before', () => {
      const bar = { fromYear: 2014, toYear: 2015, reason: '2014年度结项评估不合格' };
      expect(checkSubmission(app(), central(), org({ bars: [bar] }))).toEqual([
        { rule: 'application.barred', params: { fromYear: 2014, toYear: 2015, year: 2015, reason: bar.reason } },
      ]);
      expect(rules(app(), central(), org({ bars: [{ ...bar, toYear: 2014 }] }))).toEqual([]);
      expect(rules(app(), central(), org({ bars: [{ ...bar, fromYear: 2016, toYear: 2016 }] }))).toEqual([]);
    });

    it('refuses a second live application to the same program', () => {
      expect(checkSubmission(app(), central(), org({ duplicateCode: 'SB-2015-0007' }))).toEqual([
        { rule: 'application.duplicate', params: { code: 'SB-2015-0007' } },
      ]);
    });
  });

  it('reports every violation at once', () => {
    const a = app({
      classCode: 'A',
      requestedFen: 6_000_000,
      indicatorCount: 0,
      periodStart: '2014-06-01',
      budgetLines: lines(['STAFF', 5_000_000], ['ACTIVITY', 999_999, 'vehicle']),
    });
    expect(rules(a, central(), org({ registration: 'filed', duplicateCode: 'SB-2015-0001' }))).toEqual([
      'application.filedCentral',
      'application.duplicate',
      'application.noIndicators',
      'application.budgetSum',
      'application.classCap',
      'application.periodOutsideYear',
      'application.forbiddenCostType',
      'application.categoryCap',
    ]);
  });
});
