import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetAgainstActual, budgetAgainstActualByShare, executionRate, type BudgetAmount } from './budget-execution';
import { MAX_FEN } from './money';

const v1: BudgetAmount[] = [
  { lineCode: 'STAFF', amountFen: 4_000_000 },
  { lineCode: 'ACT', amountFen: 6_000_000 },
];
/** Version 2 moved 5,000.00 from staff to activities and added a publicity line of 1,000.00 from staff. */
const v2: BudgetAmount[] = [
  { lineCode: 'STAFF', amountFen: 3_400_000 },
  { lineCode: 'ACT', amountFen: 6_500_000 },
  { lineCode: 'PUB', amountFen: 100_000 },
];

describe('budgetAgainstActual', () => {
  it('shows version 1 and the current version side by side, variance against the current one', () => {
    const report = budgetAgainstActual(
      v1,
      v2,
      new Map([
        ['STAFF', 3_400_000],
        ['ACT', 6_600_000],
      ]),
    );
    expect(report.rows).toEqual([
      {
        lineCode: 'STAFF',
        budgetFen: 4_000_000,
        adjustedBudgetFen: 3_400_000,
        actualFen: 3_400_000,
        balanceFen: 0,
        executionRate: { numerator: 3_400_000, denominator: 3_400_000, basisPoints: 10_000 },
      },
      {
        lineCode: 'ACT',
        budgetFen: 6_000_000,
        adjustedBudgetFen: 6_500_000,
        actualFen: 6_600_000,
        balanceFen: -100_000,
        executionRate: { numerator: 6_600_000, denominator: 6_500_000, basisPoints: 10_154 },
      },
      {
        lineCode: 'PUB',
        budgetFen: 0,
        adjustedBudgetFen: 100_000,
        actualFen: 0,
        balanceFen: 100_000,
        executionRate: { numerator: 0, denominator: 100_000, basisPoints: 0 },
      },
    ]);
    // Totals: the original and revised budgets are never added together.
    expect(report.total).toEqual({
      budgetFen: 10_000_000,
      adjustedBudgetFen: 10_000_000,
      actualFen: 10_000_000,
      balanceFen: 0,
      executionRate: { numerator: 10_000_000, denominator: 10_000_000, basisPoints: 10_000 },
    });
  });

  it('with no adjustment, the adjusted budget equals the budget', () => {
    const report = budgetAgainstActual(v1, v1, new Map());
    for (const r of report.rows) expect(r.adjustedBudgetFen).toBe(r.budgetFen);
    expect(report.total.adjustedBudgetFen).toBe(10_000_000);
  });

  it('keeps spending on a line without a budget visible, with no rate', () => {
    const report = budgetAgainstActual(v1, v1, new Map([['GHOST', 500]]));
    expect(report.rows.at(-1)).toEqual({
      lineCode: 'GHOST',
      budgetFen: 0,
      adjustedBudgetFen: 0,
      actualFen: 500,
      balanceFen: -500,
      executionRate: { numerator: 500, denominator: 0, basisPoints: null },
    });
    expect(report.total.actualFen).toBe(500);
  });

  it('rounds the rate half up only in basis points', () => {
    expect(executionRate(1, 3)).toEqual({ numerator: 1, denominator: 3, basisPoints: 3333 });
    expect(executionRate(2, 3).basisPoints).toBe(6667);
    expect(executionRate(1, 20_000).basisPoints).toBe(1);
    expect(executionRate(MAX_FEN, MAX_FEN).basisPoints).toBe(10_000);
    expect(executionRate(0, 0).basisPoints).toBeNull();
    // Found by the property below: 9,007,199,254.75 yuan against a 1 fen line is too large to show, not an error.
    expect(executionRate(900_719_925_475, 1).basisPoints).toBeNull();
  });

  it('property: totals are the sums of the rows, balance = adjusted − actual everywhere', () => {
    const code = fc.constantFrom('A', 'B', 'C', 'D', 'E');
    const lines = fc
      .uniqueArray(fc.tuple(code, fc.integer({ min: 0, max: 10 ** 12 })), { selector: (t) => t[0], maxLength: 5 })
      .map((ls) => ls.map(([lineCode, amountFen]) => ({ lineCode, amountFen })));
    const actual = fc
      .uniqueArray(fc.tuple(code, fc.integer({ min: 0, max: 10 ** 12 })), { selector: (t) => t[0], maxLength: 5 })
      .map((ls) => new Map(ls));
    fc.assert(
      fc.property(lines, lines, actual, (orig, cur, act) => {
        const { rows, total } = budgetAgainstActual(orig, cur, act);
        const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
        expect(total.budgetFen).toBe(orig.reduce((s, l) => s + l.amountFen, 0));
        expect(total.adjustedBudgetFen).toBe(cur.reduce((s, l) => s + l.amountFen, 0));
        expect(total.actualFen).toBe([...act.values()].reduce((s, a) => s + a, 0));
        expect(total.actualFen).toBe(sum((r) => r.actualFen));
        expect(total.balanceFen).toBe(total.adjustedBudgetFen - total.actualFen);
        for (const r of rows) expect(r.balanceFen).toBe(r.adjustedBudgetFen - r.actualFen);
        expect(new Set(rows.map((r) => r.lineCode)).size).toBe(rows.length);
      }),
    );
  });
});

describe('budgetAgainstActualByShare', () => {
  it('measures grant spending against the grant budget and matching against the matching budget', () => {
    // Grant 10,000.00 with 4,013.00 spent, matching 1,000.00 with 554.00 spent. Counting both against the
    // grant budget read 45.67%; the grant's own rate is 40.13%, matching's 55.40%, the whole 41.52%.
    const v1 = [
      { lineCode: '01', amountFen: 600_000, matchingFen: 100_000 },
      { lineCode: '02', amountFen: 400_000, matchingFen: 0 },
    ];
    const report = budgetAgainstActualByShare(v1, v1, {
      grant: new Map([
        ['01', 301_300],
        ['02', 100_000],
      ]),
      matching: new Map([['01', 55_400]]),
    });
    const rate = (a: { executionRate: { basisPoints: number | null } }) => a.executionRate.basisPoints;
    expect([rate(report.total.grant), rate(report.total.matching), rate(report.total.total)]).toEqual([
      4013, 5540, 4152,
    ]);
    expect(report.total.grant).toMatchObject({ adjustedBudgetFen: 1_000_000, actualFen: 401_300, balanceFen: 598_700 });
    expect(report.total.matching).toMatchObject({ adjustedBudgetFen: 100_000, actualFen: 55_400, balanceFen: 44_600 });
    expect(report.total.total).toMatchObject({ adjustedBudgetFen: 1_100_000, actualFen: 456_700, balanceFen: 643_300 });
    expect(report.rows[1]).toMatchObject({
      lineCode: '02',
      matching: { adjustedBudgetFen: 0, actualFen: 0, balanceFen: 0, executionRate: { basisPoints: null } },
    });
  });

  it('keeps one row order for both shares, spending without a budget included', () => {
    const report = budgetAgainstActualByShare(
      [{ lineCode: 'A', amountFen: 100, matchingFen: 10 }],
      [{ lineCode: 'A', amountFen: 100, matchingFen: 10 }],
      { grant: new Map([['G', 5]]), matching: new Map([['M', 7]]) },
    );
    expect(report.rows.map((r) => [r.lineCode, r.grant.actualFen, r.matching.actualFen, r.total.balanceFen])).toEqual([
      ['A', 0, 0, 110],
      ['G', 5, 0, -5],
      ['M', 0, 7, -7],
    ]);
  });
});
