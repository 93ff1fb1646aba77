/**
 * The evaluator's score sheet: one number per rubric criterion, 0 to its maximum in half points. Entries are
 * never clamped: what the expert typed is what is totalled and checked, so an entry over a criterion's
 * maximum is refused by name rather than quietly lowered.
 */
import type { ApplicationDetail, RubricCriterion } from '@contract';

export type Sheet = Record<string, number | null>;

export function emptySheet(rubric: readonly RubricCriterion[]): Sheet {
  return Object.fromEntries(rubric.map((c) => [c.code, null]));
}

export function isValidPoints(points: number, max: number): boolean {
  return Number.isFinite(points) && points >= 0 && points <= max && Number.isInteger(points * 2);
}

function decimals(n: number): number {
  const text = String(n);
  if (/e/i.test(text)) return 0;
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/**
 * Sum of the entries exactly as typed (empty ones count 0): summed as integers at the finest decimal typed,
 * so 12.3 + 0.1 is 12.4 and the total always equals the fields on screen.
 */
export function sheetTotal(sheet: Sheet): number {
  const entries = Object.values(sheet).filter((p): p is number => p !== null && Number.isFinite(p));
  const scale = 10 ** Math.min(6, Math.max(0, ...entries.map(decimals)));
  return entries.reduce((s, p) => s + Math.round(p * scale), 0) / scale;
}

export function rubricMax(rubric: readonly RubricCriterion[]): number {
  return rubric.reduce((s, c) => s + c.maxPoints, 0);
}

/** What is wrong with one entry: above the criterion's maximum, or not 0.. in half points. */
export type EntryProblem = { index: number; kind: 'overMax' | 'invalid' };

/** Criteria whose entry is present but not 0..max in steps of 0.5 (empty ones the schema names). */
export function entryProblems(rubric: readonly RubricCriterion[], sheet: Sheet): EntryProblem[] {
  const out: EntryProblem[] = [];
  rubric.forEach((c, index) => {
    const p = sheet[c.code];
    if (p == null || isValidPoints(p, c.maxPoints)) return;
    out.push({ index, kind: Number.isFinite(p) && p > c.maxPoints ? 'overMax' : 'invalid' });
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
