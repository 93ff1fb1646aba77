import type { BudgetVersionView } from '@contract';
import { describe, expect, it } from 'vitest';
import { signed, versionChanges } from './versions';
import { signedWords } from './words';

const v = (n: number, lines: [string, number, number?][]): BudgetVersionView => ({
  version: n,
  lines: lines.map(([lineCode, amountFen, matchingFen = 0]) => ({
    lineCode,
    categoryCode: 'STAFF',
    categoryName: '人员经费',
    costType: null,
    amountFen,
    matchingFen,
  })),
  totalFen: lines.reduce((s, [, a]) => s + a, 0),
  matchingTotalFen: lines.reduce((s, [, , m = 0]) => s + m, 0),
  reason: null,
  adjustmentId: null,
  requestedBy: null,
  requestedAt: null,
  approvedBy: null,
  approvedAt: '2016-06-20T03:36:00.000Z',
});

describe('versionChanges', () => {
  it('lists the lines a version changed, new ones marked, in the newer order', () => {
    const v1 = v(1, [
      ['01', 1000],
      ['02', 2000],
      ['03', 500],
    ]);
    const v2 = v(2, [
      ['01', 1500],
      ['02', 1000],
      ['03', 500],
      ['04', 500],
    ]);
    const none = { fromMatchingFen: 0, toMatchingFen: 0, matchingDeltaFen: 0 };
    expect(versionChanges(v1, v2)).toEqual([
      { lineCode: '01', categoryName: '人员经费', fromFen: 1000, toFen: 1500, deltaFen: 500, ...none, isNew: false },
      { lineCode: '02', categoryName: '人员经费', fromFen: 2000, toFen: 1000, deltaFen: -1000, ...none, isNew: false },
      { lineCode: '04', categoryName: '人员经费', fromFen: 0, toFen: 500, deltaFen: 500, ...none, isNew: true },
    ]);
  });

  it('lists a line whose matching share alone moved, old and new per share', () => {
    const v1 = v(1, [
      ['01', 1000, 300],
      ['02', 2000, 200],
      ['03', 500, 0],
    ]);
    const v2 = v(2, [
      ['01', 1000, 100],
      ['02', 2000, 400],
      ['03', 500, 0],
    ]);
    expect(
      versionChanges(v1, v2).map((c) => [
        c.lineCode,
        c.deltaFen,
        c.fromMatchingFen,
        c.toMatchingFen,
        c.matchingDeltaFen,
      ]),
    ).toEqual([
      ['01', 0, 300, 100, -200],
      ['02', 0, 200, 400, 200],
    ]);
  });

  it('has nothing to compare version 1 with', () => {
    expect(versionChanges(undefined, v(1, [['01', 1]]))).toEqual([]);
  });
});

describe('signed and signedWords', () => {
  it('puts a plus before a raise only', () => {
    expect(signed('1,000.00', 100000)).toBe('+1,000.00');
    expect(signed('-1,000.00', -100000)).toBe('-1,000.00');
    expect(signed('0.00', 0)).toBe('0.00');
  });

  it('writes an overspent balance as the words of its size inside the caller’s text', () => {
    expect(signedWords(100_000_00, (w) => `超支 ${w}`)).toBe('人民币壹拾万元整');
    expect(signedWords(-1_409_50, (w) => `超支 ${w}`)).toBe('超支 人民币壹仟肆佰零玖元伍角');
    expect(signedWords(0, (w) => w)).toBe('人民币零元整');
  });
});
