import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal, decimalFromNumber } from './decimal';
import {
  checkCompletion,
  checkReading,
  checkVerification,
  indicatorProgress,
  isOverdue,
  milestoneState,
  type MilestoneRecord,
} from './milestones';

const SHA = 'a'.repeat(64);
const planned: MilestoneRecord = {
  name: '结项评估',
  plannedDate: '2016-11-30',
  completedDate: null,
  completedBy: null,
  evidenceSha256: null,
  verifiedBy: null,
};
const completed: MilestoneRecord = { ...planned, completedDate: '2016-11-28', completedBy: 4, evidenceSha256: SHA };

describe('milestones', () => {
  it('move planned → completed → verified', () => {
    expect(milestoneState(planned)).toBe('planned');
    expect(milestoneState(completed)).toBe('completed');
    expect(milestoneState({ ...completed, verifiedBy: 5 })).toBe('verified');
  });

  it('are overdue when not completed after their planned date', () => {
    expect(isOverdue(planned, '2016-11-30')).toBe(false);
    expect(isOverdue(planned, '2016-12-01')).toBe(true);
    expect(isOverdue(completed, '2016-12-01')).toBe(false);
  });

  it('completion needs a real date not in the future and an evidence attachment', () => {
    expect(checkCompletion(planned, { completedDate: '2016-11-28', evidenceSha256: SHA }, '2016-11-28')).toEqual([]);
    expect(checkCompletion(planned, { completedDate: '2016-11-29', evidenceSha256: null }, '2016-11-28')).toEqual([
      { rule: 'milestone.dateInFuture', params: { date: '2016-11-29', today: '2016-11-28' } },
      { rule: 'milestone.evidenceRequired', params: { milestone: '结项评估' } },
    ]);
    expect(
      checkCompletion(completed, { completedDate: '2016-02-30', evidenceSha256: 'A'.repeat(64) }, '2016-12-01').map(
        (v) => v.rule,
      ),
    ).toEqual(['milestone.alreadyCompleted', 'milestone.dateInvalid', 'milestone.evidenceRequired']);
  });

  it('is verified by someone other than who completed it, once, after completion', () => {
    expect(checkVerification(completed, 5)).toEqual([]);
    expect(checkVerification(completed, 4)).toEqual([
      { rule: 'milestone.sameUser', params: { milestone: '结项评估' } },
    ]);
    expect(checkVerification(planned, 5)).toEqual([
      { rule: 'milestone.notCompleted', params: { milestone: '结项评估' } },
    ]);
    expect(checkVerification({ ...completed, verifiedBy: 5 }, 6)).toEqual([
      { rule: 'milestone.alreadyVerified', params: { milestone: '结项评估' } },
    ]);
  });

  it('property: a completed milestone is verifiable exactly by a different user', () => {
    fc.assert(
      fc.property(fc.nat({ max: 3 }), fc.nat({ max: 3 }), (by, verifier) => {
        const m = { ...completed, completedBy: by };
        expect(checkVerification(m, verifier).length === 0).toBe(by !== verifier);
      }),
    );
  });
});

describe('indicator progress (完成值 / 目标值 / 完成率)', () => {
  it('takes the latest reading and keeps the rate exact; basis points round half up', () => {
    const p = indicatorProgress(decimal(300), [
      { date: '2016-09-01', value: decimal(200) },
      { date: '2016-06-01', value: decimal(100) },
    ]);
    expect(p).toEqual({
      target: decimal(300),
      achieved: decimal(200),
      achievedDate: '2016-09-01',
      rate: { numerator: 200n, denominator: 300n },
      rateBasisPoints: 6667,
      met: false,
    });
  });

  it('works with decimal targets and values exactly (a 95.5% satisfaction target)', () => {
    const p = indicatorProgress(decimalFromNumber(95.5), [{ date: '2016-12-01', value: decimal(9550, 2) }]);
    expect(p.rate).toEqual({ numerator: 9550n, denominator: 9550n });
    expect(p.rateBasisPoints).toBe(10_000);
    expect(p.met).toBe(true);
    expect(indicatorProgress(decimal(3), [{ date: '2016-12-01', value: decimal(1) }]).rateBasisPoints).toBe(3333);
    expect(indicatorProgress(decimal(8), [{ date: '2016-12-01', value: decimal(1) }]).rateBasisPoints).toBe(1250);
    expect(indicatorProgress(decimal(100), [{ date: '2016-12-01', value: decimal(120) }])).toMatchObject({
      rateBasisPoints: 12_000,
      met: true,
    });
  });

  it('has no rate before the first reading or against a zero target', () => {
    expect(indicatorProgress(decimal(10), [])).toEqual({
      target: decimal(10),
      achieved: null,
      achievedDate: null,
      rate: null,
      rateBasisPoints: null,
      met: false,
    });
    const zero = indicatorProgress(decimal(0), [{ date: '2016-12-01', value: decimal(5) }]);
    expect(zero.rate).toBeNull();
    expect(zero.rateBasisPoints).toBeNull();
    expect(zero.met).toBe(true);
  });

  it('a later reading on the same date replaces an earlier one', () => {
    const p = indicatorProgress(decimal(10), [
      { date: '2016-12-01', value: decimal(4) },
      { date: '2016-12-01', value: decimal(5) },
    ]);
    expect(p.achieved).toEqual(decimal(5));
  });

  it('readings have real, past dates and values that are not negative', () => {
    expect(checkReading({ date: '2016-12-01', value: decimal(5) }, '2016-12-01')).toEqual([]);
    expect(checkReading({ date: '2016-12-02', value: decimal(-5, 1) }, '2016-12-01')).toEqual([
      { rule: 'indicator.dateInFuture', params: { date: '2016-12-02', today: '2016-12-01' } },
      { rule: 'indicator.negative', params: { value: '-0.5' } },
    ]);
    expect(checkReading({ date: '2016-13-01', value: decimal(1) }, '2016-12-01')).toEqual([
      { rule: 'indicator.dateInvalid', params: { date: '2016-13-01' } },
    ]);
  });

  it('keeps an exact rate where the basis points are too large to show (found by the property below)', () => {
    const p = indicatorProgress(decimal(1, 3), [{ date: '2016-01-01', value: decimal(900719926, 0) }]);
    expect(p.met).toBe(true);
    expect(p.rate).toEqual({ numerator: 900719926000n, denominator: 1n });
    expect(p.rateBasisPoints).toBeNull();
  });

  it('property: met ⇔ rate ≥ 100% exactly, whatever the scales', () => {
    const d = fc.tuple(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(d, d, ([tu, ts], [vu, vs]) => {
        const p = indicatorProgress(decimal(tu, ts), [{ date: '2016-01-01', value: decimal(vu, vs) }]);
        expect(p.met).toBe(p.rate!.numerator >= p.rate!.denominator);
      }),
    );
  });
});
