/**
 * What a finished evaluation changes. A mid-term grade of 合格 or better opens the 中期评估合格 tranche gate
 * (tranche-gates.ts reads the evaluations themselves). A final 不合格 withholds the last tranche not yet paid
 * and bars the organization from the next year's calls, with the evaluation named as the reason.
 */
import type { Grade } from './grading';
import type { TrancheState } from './tranche-state';

export const EVALUATION_KINDS = ['midterm', 'final'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

/** Scoring is open until the evaluation is finalized; a finalized evaluation never changes. */
export const EVALUATION_STATES = ['open', 'finalized'] as const;
export type EvaluationState = (typeof EVALUATION_STATES)[number];

/** The tranche with the highest seq that can still be paid (planned, prepared, or reversed); null if none. */
export function trancheToWithhold<T extends { seq: number; state: TrancheState }>(tranches: readonly T[]): T | null {
  const open = tranches.filter((t) => t.state === 'planned' || t.state === 'prepared' || t.state === 'reversed');
  return open.length === 0 ? null : open.reduce((a, b) => (b.seq > a.seq ? b : a));
}

export interface FinalFailure {
  withhold: boolean;
  bar: { fromYear: number; toYear: number } | null;
}

/** A final 不合格 withholds and bars for the year after the program's; anything else changes nothing. */
export function finalConsequences(kind: EvaluationKind, grade: Grade, programYear: number): FinalFailure {
  if (kind !== 'final' || grade !== 'fail') return { withhold: false, bar: null };
  return { withhold: true, bar: { fromYear: programYear + 1, toYear: programYear + 1 } };
}

/** The bar's and the withholding's reason, kept as data (in the bureau's language, like every bar on record). */
export function failureReason(e: { agreementNumber: string; score: string; date: string }): string {
  return `结项评估不合格（项目 ${e.agreementNumber}，得分 ${e.score}，评估日期 ${e.date}）`;
}
