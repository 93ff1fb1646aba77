/**
 * Evaluation grades: ≥ 90 优秀, 80–89 良好, 60–79 合格, < 60 不合格. Scores are compared as
 * exact decimals, so 79.95 is 合格 and 80 is 良好 however the score was entered; a float never takes part.
 */
import { compareDecimal, decimal, parseDecimal, type Decimal, type DecimalError } from './decimal';
import { err, ok, type Result } from './result';

/** 优秀, 良好, 合格, 不合格; labels belong to the contract ('grade.<value>'). */
export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type Grade = (typeof GRADES)[number];

/** Lowest score of each grade, best first; anything below the last is 'fail'. */
const THRESHOLDS: readonly [Grade, Decimal][] = [
  ['excellent', decimal(90)],
  ['good', decimal(80)],
  ['pass', decimal(60)],
];
export const PASS_MARK: Decimal = decimal(60);
const MAX_SCORE = decimal(100);
/** Scores are entered with at most two decimals (a weighted sum of half or tenth points never needs more). */
export const SCORE_MAX_SCALE = 2;

export type ScoreError = DecimalError | 'out_of_range';

export function gradeOf(score: Decimal): Grade {
  for (const [grade, min] of THRESHOLDS) if (compareDecimal(score, min) >= 0) return grade;
  return 'fail';
}

/** Convenience for scores kept as integer tenths of a point (825 = 82.5). */
export function gradeFromTenths(tenths: number): Grade {
  return gradeOf(decimal(tenths, 1));
}

/** 合格 or better: what "a passed mid-term evaluation" means for a tranche. */
export function isPassing(grade: Grade): boolean {
  return grade !== 'fail';
}

export function isValidScore(score: Decimal): boolean {
  return compareDecimal(score, decimal(0)) >= 0 && compareDecimal(score, MAX_SCORE) <= 0;
}

/** A score as typed: 0–100 with at most two decimals. */
export function parseScore(text: string): Result<Decimal, ScoreError> {
  const r = parseDecimal(text, { maxScale: SCORE_MAX_SCALE });
  if (!r.ok) return r;
  return isValidScore(r.value) ? ok(r.value) : err('out_of_range');
}
