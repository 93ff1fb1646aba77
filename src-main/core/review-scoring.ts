/**
 * Expert scoring (专家评审): each assigned expert scores every rubric criterion once, in half points; the
 * result is the mean of the experts' totals and totals far from the median are flagged. Points are kept as
 * integer half points so sums, means and medians are exact; they become numbers only for display.
 */
import type { Violation } from './violations';
import type { RubricCriterion } from './rule-set';

export interface CriterionScore {
  criterionCode: string;
  points: number;
}

/** 12.5 points → 25 half points; only meaningful for values checkScores accepted. */
export function toHalfPoints(points: number): number {
  return Math.round(points * 2);
}

export function fromHalfPoints(half: number): number {
  return half / 2;
}

/** Every criterion of the rubric exactly once, 0..maxPoints in steps of 0.5; above the maximum is named as such. */
export function checkScores(scores: readonly CriterionScore[], rubric: readonly RubricCriterion[]): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const s of scores) {
    const criterion = rubric.find((c) => c.code === s.criterionCode);
    if (!criterion) {
      out.push({ rule: 'application.score.unknownCriterion', params: { criterion: s.criterionCode } });
      continue;
    }
    if (seen.has(s.criterionCode)) {
      out.push({ rule: 'application.score.duplicateCriterion', params: { criterion: criterion.name } });
      continue;
    }
    seen.add(s.criterionCode);
    // Over the maximum is refused as such, never lowered to it: the expert meant something else.
    if (Number.isFinite(s.points) && s.points > criterion.maxPoints) {
      out.push({
        rule: 'application.score.overMax',
        params: { criterion: criterion.name, points: String(s.points), max: criterion.maxPoints },
      });
      continue;
    }
    const valid = Number.isFinite(s.points) && Number.isInteger(s.points * 2) && s.points >= 0;
    if (!valid)
      out.push({
        rule: 'application.score.range',
        params: { criterion: criterion.name, points: String(s.points), max: criterion.maxPoints },
      });
  }
  for (const c of rubric)
    if (!seen.has(c.code)) out.push({ rule: 'application.score.missingCriterion', params: { criterion: c.name } });
  return out;
}

export function totalHalfPoints(scores: readonly CriterionScore[]): number {
  return scores.reduce((s, c) => s + toHalfPoints(c.points), 0);
}

export interface ScoreSummary {
  /** Mean of the totals rounded half up to two decimals; null without scores. */
  mean: number | null;
  /** The mean × 100 as an integer (what the list sorts by). */
  meanCenti: number | null;
  /** Exact median (a multiple of 0.25); null without scores. */
  median: number | null;
  /** Per total, in the order given: farther than the outlier distance from the median. */
  outliers: boolean[];
}

/**
 * Summarises experts' totals given in half points. The median is kept ×4 (quarter points) so the mean of the
 * two middle totals stays an integer, and "farther than d" compares |4t − 4m| > 4d exactly.
 */
export function summarizeScores(totalsHalf: readonly number[], outlierDistance: number): ScoreSummary {
  const n = totalsHalf.length;
  if (n === 0) return { mean: null, meanCenti: null, median: null, outliers: [] };
  const sum = totalsHalf.reduce((a, b) => a + b, 0);
  // mean × 100 = 50·sum / n; half up = floor((100·sum + n) / 2n).
  const meanCenti = Math.floor((100 * sum + n) / (2 * n));
  const sorted = [...totalsHalf].sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const median4 = n % 2 === 1 ? 2 * sorted[mid]! : sorted[mid - 1]! + sorted[mid]!;
  return {
    mean: meanCenti / 100,
    meanCenti,
    median: median4 / 4,
    outliers: totalsHalf.map((t) => Math.abs(2 * t - median4) > 4 * outlierDistance),
  };
}
