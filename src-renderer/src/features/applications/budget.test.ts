import { describe, expect, it } from 'vitest';
import { draftTotal, financeLineProblems, financeLinesDraft, lineTotals } from './budget';

const lines = [
  { id: 11, amountFen: 3_000_000, approvedFen: null, cutReason: null },
  { id: 12, amountFen: 1_000_001, approvedFen: null, cutReason: null },
];

describe('budget totals', () => {
  it('adds requested amounts exactly and leaves approved open until every line is set', () => {
    expect(lineTotals(lines)).toEqual({ requested: 4_000_001, approved: null });
    expect(lineTotals([{ ...lines[0]!, approvedFen: 2_500_000 }, lines[1]!])).toEqual({
      requested: 4_000_001,
      approved: null,
    });
    const reviewed = lines.map((l) => ({ ...l, approvedFen: l.amountFen - 1 }));
    expect(lineTotals(reviewed)).toEqual({ requested: 4_000_001, approved: 3_999_999 });
    expect(lineTotals([])).toEqual({ requested: 0, approved: null });
  });
});

describe('finance review lines', () => {
  it('starts from the requested amounts, or from an earlier review', () => {
    expect(financeLinesDraft(lines)).toEqual([
      { lineId: 11, approvedFen: 3_000_000, reason: '' },
      { lineId: 12, approvedFen: 1_000_001, reason: '' },
    ]);
    expect(financeLinesDraft([{ ...lines[0]!, approvedFen: 5, cutReason: '超标' }])).toEqual([
      { lineId: 11, approvedFen: 5, reason: '超标' },
    ]);
  });

  it('requires an amount, forbids more than requested, and asks a reason for a cut', () => {
    const drafts = [
      { lineId: 11, approvedFen: 2_000_000, reason: ' ' },
      { lineId: 12, approvedFen: 1_000_002, reason: '' },
    ];
    expect([...financeLineProblems(drafts, lines)]).toEqual([
      [0, 'reasonRequired'],
      [1, 'overRequested'],
    ]);
    expect([...financeLineProblems([{ lineId: 11, approvedFen: null, reason: '' }], lines)]).toEqual([[0, 'required']]);
    const ok = [
      { lineId: 11, approvedFen: 2_000_000, reason: '人员经费偏高' },
      { lineId: 12, approvedFen: 1_000_001, reason: '' },
    ];
    expect(financeLineProblems(ok, lines).size).toBe(0);
    expect(draftTotal(ok)).toBe(3_000_001);
  });
});
