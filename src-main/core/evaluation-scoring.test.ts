import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal, decimalText, parseDecimal } from './decimal';
import { DEFAULT_INDICATOR_TREE, DEFAULT_THRESHOLDS, leafIndicators } from './evaluation-indicators';
import {
  checkIndicatorScores,
  evaluationResult,
  gradeBy,
  meanCenti,
  pointsCenti,
  sectionCenti,
  totalCenti,
} from './evaluation-scoring';
import { trancheToWithhold, finalConsequences } from './evaluation-consequences';

const leaves = leafIndicators(DEFAULT_INDICATOR_TREE);
const full = () => leaves.map((l) => ({ code: l.code, points: decimalText(l.maxPoints) }));

describe('scores against each indicator maximum', () => {
  it('accepts every leaf once within its maximum, and totals them exactly', () => {
    const scores = full();
    expect(checkIndicatorScores(scores, leaves)).toEqual([]);
    expect(totalCenti(scores)).toBe(100_00);
    const s = scores.map((x) => ({ ...x, points: x.code === '1.2' ? '7.55' : x.points }));
    expect(totalCenti(s)).toBe(99_55);
    expect(sectionCenti(s, leaves).get('1')).toBe(19_55);
  });

  it('refuses a score above the maximum naming the indicator, never clamping it', () => {
    const scores = full().map((x) => (x.code === '3.1' ? { ...x, points: '12.01' } : x));
    expect(checkIndicatorScores(scores, leaves)).toEqual([
      { rule: 'evaluation.pointsAboveMax', params: { indicator: '服务数量完成情况', points: '12.01', max: '12' } },
    ]);
  });

  it('names a missing, repeated, unknown or malformed score', () => {
    const scores = full().filter((x) => x.code !== '5.2');
    scores.push({ code: '1.1', points: '1' }, { code: '9.9', points: '1' });
    scores[1] = { code: '1.2', points: '7.555' };
    expect(checkIndicatorScores(scores, leaves).map((v) => v.rule)).toEqual([
      'evaluation.pointsInvalid',
      'evaluation.indicatorRepeated',
      'evaluation.unknownIndicator',
      'evaluation.indicatorUnscored',
    ]);
    expect(pointsCenti('７.５')).toBe(750);
    expect(pointsCenti('-1')).toBeNull();
  });
});

describe('weighted mean and grade', () => {
  it('is the mean of the evaluators’ totals rounded half up to two decimals, once', () => {
    expect(meanCenti([])).toBeNull();
    expect(meanCenti([8000, 8001])).toBe(8001); // 80.005 → 80.01
    expect(meanCenti([8000, 8000, 8001])).toBe(8000); // 80.0033…
    expect(meanCenti([5999, 6000, 6000])).toBe(6000); // 59.9966… → 60.00, shown and graded as 60.00
    expect(evaluationResult([8550, 7450], DEFAULT_THRESHOLDS)).toEqual({
      scoreCenti: 8000,
      score: '80.00',
      grade: 'good',
    });
  });

  it.each([
    ['59.99', 'fail'],
    ['60', 'pass'],
    ['79.99', 'pass'],
    ['80', 'good'],
    ['89.99', 'good'],
    ['90', 'excellent'],
  ] as const)('%s is %s with the default thresholds', (text, grade) => {
    const r = parseDecimal(text);
    if (!r.ok) throw new Error(text);
    expect(gradeBy(r.value, DEFAULT_THRESHOLDS)).toBe(grade);
  });

  it('uses the thresholds stored with the system', () => {
    const strict = { excellent: '95', good: '85.5', pass: '70' };
    expect(gradeBy(decimal(9000, 2), strict)).toBe('good');
    expect(gradeBy(decimal(8549, 2), strict)).toBe('pass');
    expect(gradeBy(decimal(6999, 2), strict)).toBe('fail');
  });

  it('the mean lies between the lowest and highest total (seeded property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 9 }), (totals) => {
        const m = meanCenti(totals)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...totals));
        expect(m).toBeLessThanOrEqual(Math.max(...totals));
      }),
      { numRuns: 200 },
    );
  });
});

describe('consequences of a final evaluation', () => {
  it('a final 不合格 withholds the last payable tranche and bars the next year; nothing else does', () => {
    expect(finalConsequences('final', 'fail', 2015)).toEqual({ withhold: true, bar: { fromYear: 2016, toYear: 2016 } });
    expect(finalConsequences('final', 'pass', 2015)).toEqual({ withhold: false, bar: null });
    expect(finalConsequences('midterm', 'fail', 2015)).toEqual({ withhold: false, bar: null });
    const t = (seq: number, state: 'planned' | 'released' | 'cancelled' | 'reversed') => ({ seq, state });
    expect(trancheToWithhold([t(1, 'released'), t(2, 'planned'), t(3, 'planned')])).toEqual(t(3, 'planned'));
    expect(trancheToWithhold([t(1, 'released'), t(2, 'reversed'), t(3, 'cancelled')])).toEqual(t(2, 'reversed'));
    expect(trancheToWithhold([t(1, 'released'), t(2, 'cancelled')])).toBeNull();
  });
});
