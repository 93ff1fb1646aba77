/**
 * The evaluator's score sheet: one number per rubric criterion, 0 to its maximum in half points. Sums are
 * done in half points so 0.5 + 0.5 + … never drifts.
 */
import type { ApplicationDetail, RubricCriterion } from '@contract';

export type Sheet = Record<string, number | null>;

export function emptySheet(rubric: readonly RubricCriterion[]): Sheet {
  return Object.fromEntries(rubric.map((c) => [c.code, null]));
}

export function isValidPoints(points: number, max: number): boolean {
  return Number.isFinite(points) && points >= 0 && points <= max && Number.isInteger(points * 2);
}

/** Total of the points entered so far (invalid entries count as what they say; the form flags them). */
export function sheetTotal(sheet: Sheet): number {
  const half = Object.values(sheet).reduce<number>((s, p) => s + (p === null ? 0 : Math.round(p * 2)), 0);
  return half / 2;
}

export function rubricMax(rubric: readonly RubricCriterion[]): number {
  return rubric.reduce((s, c) => s + c.maxPoints, 0);
}

/** Indices of criteria whose entry is present but not 0..max in steps of 0.5 (empty ones the schema names). */
export function outOfRange(rubric: readonly RubricCriterion[], sheet: Sheet): number[] {
  const out: number[] = [];
  rubric.forEach((c, i) => {
    const p = sheet[c.code];
    if (p != null && !isValidPoints(p, c.maxPoints)) out.push(i);
  });
  return out;
}

type Assignment = ApplicationDetail['assignments'][number];

/** Where the signed-in evaluator stands with this application. */
export type ReviewStep =
  | { step: 'notAssigned' }
  | { step: 'declare'; assignment: Assignment }
  | { step: 'withdrawn'; assignment: Assignment }
  | { step: 'score'; assignment: Assignment }
  | { step: 'scored'; assignment: Assignment };

export function reviewStep(assignments: readonly Assignment[], userId: number): ReviewStep {
  const assignment = assignments.find((x) => x.evaluator.id === userId);
  if (!assignment) return { step: 'notAssigned' };
  if (assignment.declaration === 'pending') return { step: 'declare', assignment };
  if (assignment.declaration === 'conflict') return { step: 'withdrawn', assignment };
  return assignment.scoredAt === null ? { step: 'score', assignment } : { step: 'scored', assignment };
}
