import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScores, summarizeScores, totalHalfPoints, type CriterionScore } from './review-scoring';
import { DEFAULT_RUBRIC } from './rule-set';

const full = (points: number[]): CriterionScore[] =>
  DEFAULT_RUBRIC.map((c, i) => ({ criterionCode: c.code, points: points[i] ?? 0 }));
const rules = (scores: CriterionScore[]) => checkScores(scores, DEFAULT_RUBRIC).map((v) => v.rule);

describe('checkScores', () => {
  it('accepts every criterion once, in half points, up to its maximum', () => {
    expect(checkScores(full([25, 20, 0, 12.5, 10]), DEFAULT_RUBRIC)).toEqual([]);
    expect(checkScores(full([0, 0, 0, 0, 0]), DEFAULT_RUBRIC)).toEqual([]);
  });

  it('refuses points over the maximum, negative or not in half points, naming the criterion', () => {
    expect(checkScores(full([25.5, 20, 20, 25, 10]), DEFAULT_RUBRIC)).toEqual([
      { rule: 'application.score.overMax', params: { criterion: '项目设计', points: '25.5', max: 25 } },
    ]);
    expect(checkScores(full([25, 20, 20, 25, 30]), DEFAULT_RUBRIC)).toEqual([
      { rule: 'application.score.overMax', params: { criterion: '可持续性', points: '30', max: 10 } },
    ]);
    expect(rules(full([-0.5, 20, 20, 25, 10]))).toEqual(['application.score.range']);
    expect(rules(full([12.25, 20, 20, 25, 10]))).toEqual(['application.score.range']);
    expect(rules(full([Number.NaN, 20, 20, 25, 10]))).toEqual(['application.score.range']);
  });

  it('refuses a missing, repeated or unknown criterion', () => {
    const scores = full([1, 1, 1, 1, 1]);
    expect(checkScores(scores.slice(1), DEFAULT_RUBRIC)).toEqual([
      { rule: 'application.score.missingCriterion', params: { criterion: '项目设计' } },
    ]);
    expect(rules([...scores, scores[0]!])).toEqual(['application.score.duplicateCriterion']);
    expect(rules([...scores, { criterionCode: 'STYLE', points: 1 }])).toEqual(['application.score.unknownCriterion']);
  });

  it('adds totals in half points', () => {
    expect(totalHalfPoints(full([25, 20, 0, 12.5, 10]))).toBe(135);
  });
});

describe('summarizeScores', () => {
  it('has nothing to say without scores', () => {
    expect(summarizeScores([], 15)).toEqual({ mean: null, meanCenti: null, median: null, outliers: [] });
  });

  it('takes the mean of totals, rounded half up to two decimals', () => {
    // 80, 85.5, 90 → 255.5 / 3 = 85.1666… → 85.17
    expect(summarizeScores([160, 171, 180], 15)).toMatchObject({ mean: 85.17, meanCenti: 8517, median: 85.5 });
    // 80 and 80.5 → 80.25 exactly
    expect(summarizeScores([160, 161], 15)).toMatchObject({ mean: 80.25, median: 80.25 });
    // 1/3 point → 0.33; 2/3 → 0.67; 0.005 rounds up
    expect(summarizeScores([1, 0, 0], 15).mean).toBe(0.17);
    expect(summarizeScores([1, 1, 0], 15).mean).toBe(0.33);
  });

  it('takes the median of the middle two for an even count, to the quarter point', () => {
    expect(summarizeScores([171, 151, 160, 200], 15).median).toBe(82.75);
    expect(summarizeScores([150], 15)).toMatchObject({ mean: 75, median: 75, outliers: [false] });
  });

  it('flags totals farther than the distance from the median, not those exactly at it', () => {
    // median 80; 95 is exactly 15 away (kept), 95.5 is beyond (flagged), 64.5 is beyond on the low side.
    expect(summarizeScores([160, 160, 190, 160, 160], 15).outliers).toEqual([false, false, false, false, false]);
    expect(summarizeScores([160, 160, 191, 160, 129], 15).outliers).toEqual([false, false, true, false, true]);
    // even count: median of 60 and 80 is 70; 90 is 20 away (> 15) and 50 too.
    expect(summarizeScores([100, 120, 160, 180], 15).outliers).toEqual([true, false, false, true]);
  });

  it('property: the mean lies between min and max and equals the float mean to half a cent', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 15 }), (totals) => {
        const s = summarizeScores(totals, 15);
        const exact = totals.reduce((a, b) => a + b, 0) / totals.length / 2;
        expect(Math.abs(s.mean! - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(s.median!).toBeGreaterThanOrEqual(Math.min(...totals) / 2);
        expect(s.median!).toBeLessThanOrEqual(Math.max(...totals) / 2);
        totals.forEach((t, i) => expect(s.outliers[i]).toBe(Math.abs(t / 2 - s.median!) > 15));
      }),
    );
  });
});
