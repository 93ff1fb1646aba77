/**
 * Scoring an evaluation (评估打分): each evaluator gives every leaf indicator points from 0 to its maximum
 * (分值, the weights multiplied down the tree), with at most two decimals; a score above the maximum is refused,
 * never clamped. An evaluator's total is the weighted sum, kept as integer hundredths (centi-points) so it is
 * exact; the evaluation's score is the mean of the evaluators' totals rounded half up to two decimals, once, and
 * the grade is read from that score with the thresholds stored with the indicator system, so the score shown
 * is the score graded.
 */
import type { Violation } from './violations';
import { compareDecimal, decimal, decimalText, parseDecimal, type Decimal } from './decimal';
import type { GradeThresholds, LeafIndicator } from './evaluation-indicators';
import { parseThreshold } from './evaluation-indicators';
import type { Grade } from './grading';

export interface IndicatorScore {
  code: string;
  /** Decimal text as typed ("7.5"); full-width digits are accepted. */
  points: string;
}

export const POINTS_MAX_SCALE = 2;

/** Points as centi-points (7.5 → 750), or null when not a non-negative number with at most two decimals. */
export function pointsCenti(text: string): number | null {
  const r = parseDecimal(text, { maxScale: POINTS_MAX_SCALE });
  if (!r.ok) return null;
  return r.value.units * 10 ** (POINTS_MAX_SCALE - r.value.scale);
}

/** Every leaf exactly once, each within 0..its maximum; every problem named by the indicator's name. */
export function checkIndicatorScores(scores: readonly IndicatorScore[], leaves: readonly LeafIndicator[]): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const s of scores) {
    const leaf = leaves.find((l) => l.code === s.code);
    if (!leaf) {
      out.push({ rule: 'evaluation.unknownIndicator', params: { code: s.code } });
      continue;
    }
    if (seen.has(s.code)) {
      out.push({ rule: 'evaluation.indicatorRepeated', params: { indicator: leaf.name } });
      continue;
    }
    seen.add(s.code);
    const centi = pointsCenti(s.points);
    const max = decimalText(leaf.maxPoints);
    if (centi === null)
      out.push({ rule: 'evaluation.pointsInvalid', params: { indicator: leaf.name, points: s.points, max } });
    else if (compareDecimal(decimal(centi, POINTS_MAX_SCALE), leaf.maxPoints) > 0)
      out.push({ rule: 'evaluation.pointsAboveMax', params: { indicator: leaf.name, points: s.points.trim(), max } });
  }
  for (const l of leaves)
    if (!seen.has(l.code)) out.push({ rule: 'evaluation.indicatorUnscored', params: { indicator: l.name } });
  return out;
}

/** The weighted total of scores checkIndicatorScores accepted, in centi-points. */
export function totalCenti(scores: readonly IndicatorScore[]): number {
  return scores.reduce((sum, s) => sum + (pointsCenti(s.points) ?? 0), 0);
}

/** Points per first-level indicator (section code → centi-points), for the breakdown beside the total. */
export function sectionCenti(scores: readonly IndicatorScore[], leaves: readonly LeafIndicator[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of scores) {
    const leaf = leaves.find((l) => l.code === s.code);
    if (leaf) out.set(leaf.sectionCode, (out.get(leaf.sectionCode) ?? 0) + (pointsCenti(s.points) ?? 0));
  }
  return out;
}

/** The mean of totals in centi-points, rounded half up to a whole centi-point; null without totals. */
export function meanCenti(totals: readonly number[]): number | null {
  const n = totals.length;
  if (n === 0) return null;
  const sum = totals.reduce((a, b) => a + b, 0);
  // half up: floor((2·sum + n) / 2n), exact in integers.
  return Math.floor((2 * sum + n) / (2 * n));
}

/** The grade of a score by the system's thresholds (compared as exact decimals). */
export function gradeBy(score: Decimal, t: GradeThresholds): Grade {
  const at = (text: string) => parseThreshold(text) ?? decimal(101);
  if (compareDecimal(score, at(t.excellent)) >= 0) return 'excellent';
  if (compareDecimal(score, at(t.good)) >= 0) return 'good';
  if (compareDecimal(score, at(t.pass)) >= 0) return 'pass';
  return 'fail';
}

export interface EvaluationResult {
  scoreCenti: number;
  /** "82.50": two decimals always, as the score is kept. */
  score: string;
  grade: Grade;
}

/** The evaluation's result from its evaluators' totals; null without any. */
export function evaluationResult(totals: readonly number[], t: GradeThresholds): EvaluationResult | null {
  const centi = meanCenti(totals);
  if (centi === null) return null;
  const score = decimal(centi, 2);
  return { scoreCenti: centi, score: decimalText(score), grade: gradeBy(score, t) };
}

/** An evaluation needs this many evaluators who scored before its result stands. */
export const MIN_EVALUATORS = 2;
