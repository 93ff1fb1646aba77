import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterPosting,
  applyPosting,
  runningContext,
  checkLedgerOpen,
  checkPosting,
  requiredBudgetFen,
  toleranceAllowanceFen,
  type PostingContext,
  type PostingInput,
} from './ledger-rules';
import { ruleSetTemplate, type RuleSet } from './rule-set';

/** Net actual per share, for the context. */
const spent = (grant: [string, number][] = [], matching: [string, number][] = []) => ({
  grant: new Map(grant),
  matching: new Map(matching),
});

/**
 * A central project, 2016-03-01..2016-12-31: staff 30,000.00 grant + 5,000.00 matching, activities 70,000.00
 * grant + 60,000.00 matching; 60,000.00 received.
 */
function ctx(patch: Partial<PostingContext> = {}, rules: Partial<RuleSet> = {}): PostingContext {
  return {
    periodStart: '2016-03-01',
    periodEnd: '2016-12-31',
    projectClosed: false,
    source: 'CENTRAL',
    ruleSet: { ...ruleSetTemplate('CENTRAL'), ...rules },
    budgetVersion: 1,
    budgetLines: [
      { lineCode: 'L1', categoryCode: 'STAFF', amountFen: 3_000_000, matchingFen: 500_000 },
      { lineCode: 'L2', categoryCode: 'ACTIVITY', amountFen: 7_000_000, matchingFen: 6_000_000 },
    ],
    actual: spent([['L2', 1_000_000]]),
    grantReceivedFen: 6_000_000,
    grantSpentFen: 1_000_000,
    lockedYears: [],
    ...patch,
  };
}
const post = (patch: Partial<PostingInput> = {}): PostingInput => ({
  date: '2016-05-04',
  lineCode: 'L2',
  share: 'grant',
  costType: null,
  amountFen: 50_000,
  advance: false,
  ...patch,
});
const rules = (p: PostingInput, c: PostingContext = ctx()) => checkPosting(p, c).map((v) => v.rule);

describe('posting rules, one at a time', () => {
  it('accepts an ordinary expenditure', () => {
    expect(checkPosting(post(), ctx())).toEqual([]);
    expect(checkPosting(post({ share: 'matching', lineCode: 'L1' }), ctx())).toEqual([]);
  });

  it('the date must be a real date inside the project period (both ends included)', () => {
    expect(rules(post({ date: '2016-03-01' }))).toEqual([]);
    expect(rules(post({ date: '2016-12-31' }))).toEqual([]);
    expect(checkPosting(post({ date: '2016-02-29' }), ctx())).toEqual([
      { rule: 'ledger.dateOutsidePeriod', params: { date: '2016-02-29', start: '2016-03-01', end: '2016-12-31' } },
    ]);
    expect(rules(post({ date: '2017-01-01' }))).toEqual(['ledger.dateOutsidePeriod']);
    expect(rules(post({ date: '2016-04-31' }))).toEqual(['ledger.dateInvalid']);
  });

  it('the amount is a positive whole number of fen', () => {
    for (const amountFen of [0, -1, 0.5, Number.NaN, 10 ** 16])
      expect(rules(post({ amountFen }))).toEqual(['ledger.amountInvalid']);
  });

  it('the budget line must be in the current version, its category allowed by the rule set', () => {
    expect(checkPosting(post({ lineCode: 'L9' }), ctx({ budgetVersion: 3 }))).toEqual([
      { rule: 'ledger.unknownBudgetLine', params: { line: 'L9', version: 3 } },
    ]);
    const withoutStaff = ruleSetTemplate('CENTRAL').categories.filter((c) => c.code !== 'STAFF');
    expect(checkPosting(post({ lineCode: 'L1' }), ctx({}, { categories: withoutStaff }))).toEqual([
      { rule: 'ledger.categoryNotAllowed', params: { line: 'L1', categoryCode: 'STAFF' } },
    ]);
  });

  it.each(['building', 'fine', 'debt', 'investment', 'vehicle', 'management_fee'] as const)(
    'central funds may not pay for %s, naming the regulation',
    (costType) => {
      expect(checkPosting(post({ costType }), ctx())).toEqual([
        { rule: 'ledger.forbiddenCostType', params: { costType, source: 'CENTRAL', basis: '财社〔2012〕138号' } },
      ]);
    },
  );

  it.each(['trip_abroad', 'hospitality', 'official_car', 'irregular_allowance'] as const)(
    'lottery funds additionally refuse %s; central funds do not',
    (costType) => {
      const lottery = ctx({ source: 'LOTTERY', ruleSet: ruleSetTemplate('LOTTERY') });
      expect(checkPosting(post({ costType }), lottery)).toEqual([
        { rule: 'ledger.forbiddenCostType', params: { costType, source: 'LOTTERY', basis: '彩票公益金管理办法' } },
      ]);
      expect(rules(post({ costType }))).toEqual([]);
    },
  );

  it('uses the program’s stored list, not a constant, and applies it to matching funds too', () => {
    const edited = ctx({}, { forbiddenCostTypes: ['hospitality'] });
    expect(rules(post({ costType: 'vehicle' }), edited)).toEqual([]);
    expect(rules(post({ costType: 'hospitality', share: 'matching' }), edited)).toEqual(['ledger.forbiddenCostType']);
  });

  it('a locked fiscal year and a closed project refuse any posting, reversals included', () => {
    expect(checkPosting(post(), ctx({ lockedYears: [2015, 2016] }))).toEqual([
      { rule: 'ledger.periodLocked', params: { date: '2016-05-04', year: 2016 } },
    ]);
    expect(checkPosting(post(), ctx({ projectClosed: true }))).toEqual([{ rule: 'ledger.projectClosed', params: {} }]);
    expect(checkLedgerOpen('2017-01-05', { projectClosed: false, lockedYears: [2016] })).toEqual([]);
    expect(checkLedgerOpen('2016-12-31', { projectClosed: true, lockedYears: [2016] }).map((v) => v.rule)).toEqual([
      'ledger.projectClosed',
      'ledger.periodLocked',
    ]);
  });
});

describe('budget tolerance', () => {
  it('allows running over the current budget by up to floor(budget × tolerance%), and not one fen more', () => {
    // L2: budget 70,000.00, tolerance 10% → 7,000.00; actual 10,000.00; room up to 77,000.00 in total.
    expect(rules(post({ amountFen: 6_700_000, advance: true }))).toEqual([]);
    expect(checkPosting(post({ amountFen: 6_700_001, advance: true }), ctx({ budgetVersion: 2 }))).toEqual([
      {
        rule: 'ledger.overBudget',
        params: {
          line: 'L2',
          share: '@share.grant',
          version: 2,
          budget: '70,000.00',
          actual: '10,000.00',
          amount: '67,000.01',
          over: '7,000.01',
          tolerancePercent: 10,
          allowed: '7,000.00',
          required: '70,000.01',
        },
      },
    ]);
  });

  it('checks the share posted against the same share of the line', () => {
    // L1: grant 30,000.00 and matching 5,000.00 (10% tolerance: 500.00). Matching already spent there does
    // not use up the grant budget, and grant spent does not use up the matching budget.
    const c = ctx({ actual: spent([['L1', 3_000_000]], [['L1', 500_000]]) });
    expect(rules(post({ lineCode: 'L1', share: 'matching', amountFen: 50_000 }), c)).toEqual([]);
    expect(checkPosting(post({ lineCode: 'L1', share: 'matching', amountFen: 50_001 }), c)).toEqual([
      {
        rule: 'ledger.overBudget',
        params: {
          line: 'L1',
          share: '@share.matching',
          version: 1,
          budget: '5,000.00',
          actual: '5,000.00',
          amount: '500.01',
          over: '500.01',
          tolerancePercent: 10,
          allowed: '500.00',
          required: '5,000.01',
        },
      },
    ]);
    const matchingOnly = ctx({ actual: spent([], [['L1', 5_000_000]]) });
    expect(rules(post({ lineCode: 'L1', amountFen: 3_300_000, advance: true }), matchingOnly)).toEqual([]);
    expect(rules(post({ lineCode: 'L1', amountFen: 3_300_001, advance: true }), matchingOnly)).toEqual([
      'ledger.overBudget',
    ]);
  });

  it('floors the allowance: 9.99 元 at 10% allows 0.99 元, not 0.999', () => {
    expect(toleranceAllowanceFen(999, 10)).toBe(99);
    const c = ctx({
      budgetLines: [{ lineCode: 'L2', categoryCode: 'ACTIVITY', amountFen: 999, matchingFen: 0 }],
      actual: spent(),
    });
    expect(rules(post({ amountFen: 1098 }), c)).toEqual([]);
    expect(rules(post({ amountFen: 1099 }), c)).toEqual(['ledger.overBudget']);
    expect(() => toleranceAllowanceFen(999, 2.5)).toThrow(RangeError);
  });

  it('with zero tolerance a line may reach its budget exactly', () => {
    const c = ctx({ actual: spent() }, { budgetTolerancePercent: 0 });
    expect(rules(post({ amountFen: 7_000_000, advance: true }), c)).toEqual([]);
    expect(rules(post({ amountFen: 7_000_001, advance: true }), c)).toEqual(['ledger.overBudget']);
  });

  it('an approved adjustment covers the spending because the check uses the current version', () => {
    const v1 = ctx({ actual: spent([['L2', 7_600_000]]) });
    expect(rules(post({ amountFen: 200_000, advance: true }), v1)).toEqual(['ledger.overBudget']);
    const v2 = ctx({
      actual: spent([['L2', 7_600_000]]),
      budgetVersion: 2,
      budgetLines: [
        { lineCode: 'L1', categoryCode: 'STAFF', amountFen: 2_500_000, matchingFen: 500_000 },
        { lineCode: 'L2', categoryCode: 'ACTIVITY', amountFen: 7_500_000, matchingFen: 6_000_000 },
      ],
    });
    expect(rules(post({ amountFen: 200_000, advance: true }), v2)).toEqual([]);
  });

  it('property: refused exactly when (actual + amount − budget) × 100 > budget × tolerance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 13 }),
        fc.integer({ min: 0, max: 10 ** 13 }),
        fc.integer({ min: 1, max: 10 ** 13 }),
        fc.integer({ min: 0, max: 100 }),
        (budget, actual, amount, tolerance) => {
          const c = ctx(
            {
              budgetLines: [{ lineCode: 'L2', categoryCode: 'ACTIVITY', amountFen: budget, matchingFen: 0 }],
              actual: spent([['L2', actual]]),
            },
            { budgetTolerancePercent: tolerance },
          );
          const refused = rules(post({ amountFen: amount, advance: true }), c).includes('ledger.overBudget');
          const over = BigInt(actual) + BigInt(amount) - BigInt(budget);
          expect(refused).toBe(over * 100n > BigInt(budget) * BigInt(tolerance));
        },
      ),
    );
  });

  it('property: requiredBudgetFen is the smallest budget that lets the spending through', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 14 }), fc.integer({ min: 0, max: 100 }), (spent, t) => {
        const b = requiredBudgetFen(spent, t);
        const fits = (budget: number) => spent - budget <= toleranceAllowanceFen(budget, t);
        expect(fits(b)).toBe(true);
        if (b > 0) expect(fits(b - 1)).toBe(false);
      }),
    );
  });
});

describe('grant funds received and advances (垫支)', () => {
  it('grant spending beyond the funds received is refused unless marked as an advance', () => {
    // Received 60,000.00, spent 10,000.00: 50,000.00 of room.
    expect(rules(post({ amountFen: 5_000_000 }))).toEqual([]);
    expect(checkPosting(post({ amountFen: 5_000_001 }), ctx())).toEqual([
      {
        rule: 'ledger.grantExceedsReceived',
        params: { received: '60,000.00', spent: '10,000.00', amount: '50,000.01', shortfall: '0.01' },
      },
    ]);
    expect(rules(post({ amountFen: 5_000_001, advance: true }))).toEqual([]);
  });

  it('matching funds do not draw on the grant, and cannot be an advance of it', () => {
    expect(rules(post({ share: 'matching', amountFen: 6_000_000 }))).toEqual([]);
    expect(checkPosting(post({ share: 'matching', advance: true }), ctx())).toEqual([
      { rule: 'ledger.advanceNotGrant', params: {} },
    ]);
  });

  it('before any tranche is received, every grant posting is an advance', () => {
    const none = ctx({ grantReceivedFen: 0, grantSpentFen: 0, actual: spent() });
    expect(rules(post({ amountFen: 1 }), none)).toEqual(['ledger.grantExceedsReceived']);
    expect(rules(post({ amountFen: 1, advance: true }), none)).toEqual([]);
  });
});

describe('everything at once, and batches', () => {
  it('reports every broken rule of one posting together, in a stable order', () => {
    const c = ctx({ projectClosed: true, lockedYears: [2017], grantReceivedFen: 0 });
    expect(rules(post({ date: '2017-02-01', costType: 'fine', amountFen: 7_000_000 }), c)).toEqual([
      'ledger.projectClosed',
      'ledger.periodLocked',
      'ledger.dateOutsidePeriod',
      'ledger.forbiddenCostType',
      'ledger.overBudget',
      'ledger.grantExceedsReceived',
    ]);
  });

  it('afterPosting lets a batch check each row against the ones before it', () => {
    let c = ctx();
    const row = post({ amountFen: 3_000_000 });
    expect(rules(row, c)).toEqual([]);
    c = afterPosting(c, row);
    expect(c.actual.grant.get('L2')).toBe(4_000_000);
    expect(c.grantSpentFen).toBe(4_000_000);
    // The second row alone would pass; after the first the grant received is exceeded.
    expect(rules(row, c)).toEqual(['ledger.grantExceedsReceived']);
    // A reversal goes through with a negative amount and gives the room back; the input context is untouched.
    const back = afterPosting(c, { ...row, amountFen: -3_000_000 });
    expect(back.actual.grant.get('L2')).toBe(1_000_000);
    expect(c.actual.grant.get('L2')).toBe(4_000_000);
    const matching = afterPosting(c, { lineCode: 'L1', share: 'matching', amountFen: 5 });
    expect(matching.grantSpentFen).toBe(4_000_000);
    expect([matching.actual.matching.get('L1'), matching.actual.grant.get('L1')]).toEqual([5, undefined]);
  });

  it('applyPosting moves a running context exactly as afterPosting does, leaving the start untouched', () => {
    const posting = fc.record({
      lineCode: fc.constantFrom('L1', 'L2', 'L9'),
      share: fc.constantFrom('grant' as const, 'matching' as const),
      amountFen: fc.integer({ min: -1_000_000, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(posting, { maxLength: 30 }), (rows) => {
        const start = ctx();
        const running = runningContext(start);
        let pure = start;
        for (const r of rows) {
          applyPosting(running, r);
          pure = afterPosting(pure, r);
        }
        for (const share of ['grant', 'matching'] as const) {
          expect([...running.actual[share]].sort()).toEqual([...pure.actual[share]].sort());
          expect([...start.actual[share]].sort()).toEqual([...ctx().actual[share]].sort());
        }
        expect(running.grantSpentFen).toBe(pure.grantSpentFen);
      }),
    );
  });
});
