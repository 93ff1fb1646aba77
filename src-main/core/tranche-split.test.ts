import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FEN } from './money';
import type { TrancheStep } from './rule-set';
import { splitTranches } from './tranche-split';

const plan = (...percents: number[]): TrancheStep[] =>
  percents.map((percent, i) => ({ percent, condition: i === 0 ? 'on_signing' : 'midterm_passed' }));

describe('splitTranches', () => {
  it('splits 60/40 and lets the last tranche absorb the rounding', () => {
    expect(splitTranches(100_001, plan(60, 40)).map((t) => t.amountFen)).toEqual([60_000, 40_001]);
    expect(splitTranches(1, plan(50, 30, 20)).map((t) => t.amountFen)).toEqual([0, 0, 1]);
    expect(splitTranches(0, plan(100)).map((t) => t.amountFen)).toEqual([0]);
  });

  it('keeps the conditions, milestone names and order of the template', () => {
    const t = splitTranches(1_000_000, [
      { percent: 50, condition: 'on_signing' },
      { percent: 30, condition: 'midterm_passed' },
      { percent: 20, condition: 'milestone_verified', milestoneName: '结项评估' },
    ]);
    expect(t).toEqual([
      { seq: 1, percent: 50, amountFen: 500_000, condition: 'on_signing', milestoneName: null },
      { seq: 2, percent: 30, amountFen: 300_000, condition: 'midterm_passed', milestoneName: null },
      { seq: 3, percent: 20, amountFen: 200_000, condition: 'milestone_verified', milestoneName: '结项评估' },
    ]);
  });

  it('is exact for the largest amount the app accepts', () => {
    const t = splitTranches(MAX_FEN, plan(33, 33, 34));
    expect(t[0]!.amountFen).toBe(329_999_999_999_999);
    expect(t.reduce((s, x) => s + x.amountFen, 0)).toBe(MAX_FEN);
  });

  it('refuses plans that do not sum to 100 and amounts that are not fen', () => {
    expect(() => splitTranches(100, plan(60, 30))).toThrow(RangeError);
    expect(() => splitTranches(100, [])).toThrow(RangeError);
    expect(() => splitTranches(1.5, plan(100))).toThrow(RangeError);
    expect(() => splitTranches(-1, plan(100))).toThrow(RangeError);
  });

  it('property: tranches sum exactly to the amount, none is negative, order and shares are kept', () => {
    const percents = fc
      .array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 10 })
      .filter((a) => a.reduce((s, x) => s + x, 0) <= 100)
      .map((a) => [...a.slice(0, -1), 100 - a.slice(0, -1).reduce((s, x) => s + x, 0)])
      .filter((a) => a[a.length - 1]! >= 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), percents, (amount, ps) => {
        const t = splitTranches(amount, plan(...ps));
        expect(t.reduce((s, x) => s + x.amountFen, 0)).toBe(amount);
        expect(t.map((x) => x.seq)).toEqual(ps.map((_, i) => i + 1));
        expect(t.map((x) => x.percent)).toEqual(ps);
        for (const x of t) {
          expect(x.amountFen).toBeGreaterThanOrEqual(0);
          expect(Number.isSafeInteger(x.amountFen)).toBe(true);
        }
        // Every tranche but the last is its share rounded down; the last is within a fen per tranche of its own.
        t.slice(0, -1).forEach((x) => expect(x.amountFen).toBe(Number((BigInt(amount) * BigInt(x.percent)) / 100n)));
        const last = t[t.length - 1]!;
        const share = Number((BigInt(amount) * BigInt(last.percent)) / 100n);
        expect(last.amountFen - share).toBeLessThanOrEqual(t.length);
      }),
      { numRuns: 500 },
    );
  });
});
