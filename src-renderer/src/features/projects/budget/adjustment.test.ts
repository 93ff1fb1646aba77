import type { BudgetVersionView } from '@contract';
import { describe, expect, it } from 'vitest';
import {
  adjustmentDraft,
  currentLines,
  draftTotals,
  nextNewCode,
  requestLines,
  rowProblems,
  withNewLine,
  type AdjustmentRow,
} from './adjustment';

const version = (n: number, amounts: number[]): BudgetVersionView => ({
  version: n,
  lines: amounts.map((amountFen, i) => ({
    lineCode: String(i + 1).padStart(2, '0'),
    categoryCode: i === 0 ? 'STAFF' : 'ACTIVITY',
    categoryName: i === 0 ? '人员经费' : '活动经费',
    costType: null,
    amountFen,
    matchingFen: 0,
  })),
  totalFen: amounts.reduce((s, a) => s + a, 0),
  matchingTotalFen: 0,
  reason: n === 1 ? null : '调剂',
  adjustmentId: n === 1 ? null : n,
  requestedBy: null,
  requestedAt: null,
  approvedBy: null,
  approvedAt: '2016-06-20T03:36:00.000Z',
});

const view = { currentVersion: 2, versions: [version(1, [100_00, 200_00]), version(2, [150_00, 150_00])] };

describe('adjustmentDraft', () => {
  it('starts from the current version, not version 1', () => {
    expect(currentLines(view).map((l) => l.amountFen)).toEqual([150_00, 150_00]);
    const d = adjustmentDraft(view);
    expect(d.reason).toBe('');
    expect(d.lines.map((l) => [l.lineCode, l.currentFen, l.amountFen, l.isNew])).toEqual([
      ['01', 150_00, 150_00, false],
      ['02', 150_00, 150_00, false],
    ]);
  });
});

describe('new lines', () => {
  it('take main’s next code, then the following free ones', () => {
    expect(nextNewCode('03', ['01', '02'])).toBe('03');
    expect(nextNewCode('03', ['01', '02', '03'])).toBe('04');
    expect(nextNewCode('09', ['09', '10'])).toBe('11');
    const d = withNewLine(withNewLine(adjustmentDraft(view), '03'), '03');
    expect(d.lines.map((l) => l.lineCode)).toEqual(['01', '02', '03', '04']);
    expect(d.lines[2]).toMatchObject({
      isNew: true,
      currentFen: 0,
      amountFen: null,
      currentMatchingFen: 0,
      matchingFen: 0,
      categoryCode: null,
    });
  });
});

describe('requestLines', () => {
  const row = (p: Partial<AdjustmentRow>): AdjustmentRow => ({
    lineCode: '01',
    categoryCode: 'STAFF',
    costType: null,
    currentFen: 100,
    amountFen: 100,
    currentMatchingFen: 30,
    matchingFen: 30,
    isNew: false,
    ...p,
  });

  it('sends changed amounts and new lines only', () => {
    expect(
      requestLines([
        row({ lineCode: '01', amountFen: 100 }),
        row({ lineCode: '02', amountFen: 50 }),
        row({
          lineCode: '03',
          isNew: true,
          currentFen: 0,
          amountFen: 50,
          categoryCode: 'TRAINING',
          costType: 'hospitality',
        }),
      ]),
    ).toEqual([
      { lineCode: '02', amountFen: 50 },
      { lineCode: '03', categoryCode: 'TRAINING', costType: 'hospitality', amountFen: 50 },
    ]);
  });

  it('leaves out what the form still marks incomplete', () => {
    expect(requestLines([row({ amountFen: null }), row({ isNew: true, categoryCode: null, amountFen: 5 })])).toEqual(
      [],
    );
    expect(rowProblems([row({ amountFen: null }), row({ isNew: true, categoryCode: null, amountFen: 5 })])).toEqual([
      { path: 'lines.0.amountFen', problem: 'amountRequired' },
      { path: 'lines.1.categoryCode', problem: 'categoryRequired' },
    ]);
  });

  it('totals each share before and after exactly, an empty amount as zero', () => {
    expect(draftTotals([row({ amountFen: 150 }), row({ currentFen: 100, amountFen: 50 })])).toEqual({
      grant: { beforeFen: 200, afterFen: 200, diffFen: 0 },
      matching: { beforeFen: 60, afterFen: 60, diffFen: 0 },
    });
    expect(draftTotals([row({ amountFen: null })]).grant.diffFen).toBe(-100);
    expect(draftTotals([row({ matchingFen: null })]).matching.diffFen).toBe(-30);
    const big = 900_000_000_000_00;
    expect(draftTotals([row({ currentFen: big, amountFen: big + 1 })]).grant.diffFen).toBe(1);
    expect(draftTotals([row({ currentMatchingFen: big, matchingFen: big - 1 })]).matching.diffFen).toBe(-1);
  });

  it('keeps the two shares apart: moving matching leaves the grant totals alone and the other way round', () => {
    const moved = [row({ lineCode: '01', matchingFen: 10 }), row({ lineCode: '02', matchingFen: 50 })];
    expect(draftTotals(moved)).toEqual({
      grant: { beforeFen: 200, afterFen: 200, diffFen: 0 },
      matching: { beforeFen: 60, afterFen: 60, diffFen: 0 },
    });
    expect(draftTotals([row({ matchingFen: 31 })])).toEqual({
      grant: { beforeFen: 100, afterFen: 100, diffFen: 0 },
      matching: { beforeFen: 30, afterFen: 31, diffFen: 1 },
    });
  });
});

describe('requestLines with the matching share', () => {
  const row = (p: Partial<AdjustmentRow>): AdjustmentRow => ({
    lineCode: '01',
    categoryCode: 'STAFF',
    costType: null,
    currentFen: 100,
    amountFen: 100,
    currentMatchingFen: 30,
    matchingFen: 30,
    isNew: false,
    ...p,
  });

  it('sends a line whose matching alone changed, with its grant as it stands', () => {
    expect(
      requestLines([row({ lineCode: '01', matchingFen: 10 }), row({ lineCode: '02', matchingFen: 50 }), row({})]),
    ).toEqual([
      { lineCode: '01', amountFen: 100, matchingFen: 10 },
      { lineCode: '02', amountFen: 100, matchingFen: 50 },
    ]);
  });

  it('leaves the matching share out where it did not change, so main keeps it as it was', () => {
    expect(requestLines([row({ amountFen: 80 })])).toEqual([{ lineCode: '01', amountFen: 80 }]);
  });

  it('gives a new line its matching share when it has one', () => {
    const fresh = { isNew: true, currentFen: 0, currentMatchingFen: 0, categoryCode: 'TRAINING' };
    expect(
      requestLines([
        row({ ...fresh, lineCode: '03', amountFen: 0, matchingFen: 20 }),
        row({ ...fresh, lineCode: '04', amountFen: 5, matchingFen: 0 }),
      ]),
    ).toEqual([
      { lineCode: '03', categoryCode: 'TRAINING', costType: null, amountFen: 0, matchingFen: 20 },
      { lineCode: '04', categoryCode: 'TRAINING', costType: null, amountFen: 5 },
    ]);
  });

  it('holds back a line whose matching is empty and says which field needs it', () => {
    const rows = [row({ amountFen: 80, matchingFen: null })];
    expect(requestLines(rows)).toEqual([]);
    expect(rowProblems(rows)).toEqual([{ path: 'lines.0.matchingFen', problem: 'matchingRequired' }]);
  });
});
