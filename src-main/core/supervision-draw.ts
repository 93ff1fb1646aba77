import { err, ok, type Result } from './result';
import { SEEDED_RANDOM_ALGORITHM, SeededRandom } from './seeded-random';

/**
 * 随机抽查 (双随机): draw the projects to inspect and, for each, two inspectors from the evaluator pool. A pure
 * function of its inputs, so the stored seed, candidate list, pool and conflicts reproduce the stored result
 * exactly — that is how anyone checks a draw afterwards.
 *
 * The rule, step by step:
 * 1. Candidates are taken in applicationId order and the pool in userId order, whatever order they came in.
 * 2. An inspector may not visit a project whose organization they have a conflict with. A candidate with fewer
 *    than two inspectors left cannot be staffed; it is set aside and listed with the draw (never silently).
 * 3. The staffable candidates are shuffled with the seeded generator (Fisher–Yates) and the first `count` are
 *    drawn, in that order.
 * 4. For each drawn project in turn, its eligible inspectors are shuffled with the same generator and then
 *    ordered by how many projects they already have in this draw (fewest first, the shuffle breaking ties), and
 *    the first two go: the work is spread evenly and nobody is on one project twice.
 */
export const DRAW_ALGORITHM = `${SEEDED_RANDOM_ALGORITHM}/1`;
export const INSPECTORS_PER_PROJECT = 2;

export interface DrawCandidate {
  applicationId: number;
  organizationId: number;
}

export interface DrawConflict {
  evaluatorId: number;
  organizationId: number;
}

export interface DrawInputs {
  seed: string;
  count: number;
  candidates: readonly DrawCandidate[];
  /** User ids of the active evaluators. */
  pool: readonly number[];
  conflicts: readonly DrawConflict[];
}

export interface DrawPick {
  applicationId: number;
  inspectorIds: [number, number];
}

export interface DrawOutcome {
  /** In the order drawn. */
  picks: DrawPick[];
  /** Candidates set aside because conflicts leave fewer than two inspectors for them (by applicationId). */
  unstaffable: number[];
}

export type DrawRefusal =
  | { rule: 'draw.countInvalid'; params: { count: number } }
  | { rule: 'draw.poolTooSmall'; params: { pool: number; needed: number } }
  | {
      rule: 'draw.tooFewCandidates';
      params: { count: number; candidates: number; staffable: number; unstaffable: number };
    };

const conflictKey = (evaluatorId: number, organizationId: number) => `${evaluatorId}:${organizationId}`;

export function eligibleInspectors(
  candidate: DrawCandidate,
  pool: readonly number[],
  conflicts: ReadonlySet<string>,
): number[] {
  return pool.filter((id) => !conflicts.has(conflictKey(id, candidate.organizationId)));
}

export function drawInspections(inputs: DrawInputs): Result<DrawOutcome, DrawRefusal> {
  const { count } = inputs;
  if (!Number.isInteger(count) || count < 1) return err({ rule: 'draw.countInvalid', params: { count } });
  const pool = [...new Set(inputs.pool)].sort((a, b) => a - b);
  if (pool.length < INSPECTORS_PER_PROJECT)
    return err({ rule: 'draw.poolTooSmall', params: { pool: pool.length, needed: INSPECTORS_PER_PROJECT } });
  const conflicts = new Set(inputs.conflicts.map((c) => conflictKey(c.evaluatorId, c.organizationId)));
  const candidates = [...inputs.candidates].sort((a, b) => a.applicationId - b.applicationId);
  const eligible = new Map(candidates.map((c) => [c.applicationId, eligibleInspectors(c, pool, conflicts)]));
  const staffable = candidates.filter((c) => eligible.get(c.applicationId)!.length >= INSPECTORS_PER_PROJECT);
  const unstaffable = candidates.filter((c) => !staffable.includes(c)).map((c) => c.applicationId);
  if (staffable.length < count)
    return err({
      rule: 'draw.tooFewCandidates',
      params: { count, candidates: candidates.length, staffable: staffable.length, unstaffable: unstaffable.length },
    });

  const rng = new SeededRandom(inputs.seed);
  const drawn = rng.shuffle(staffable).slice(0, count);
  const load = new Map<number, number>(pool.map((id) => [id, 0]));
  const picks = drawn.map((c): DrawPick => {
    // Array.prototype.sort is stable, so the shuffle decides among inspectors with equal load.
    const order = rng.shuffle(eligible.get(c.applicationId)!).sort((a, b) => load.get(a)! - load.get(b)!);
    const [first, second] = order as [number, number];
    load.set(first, load.get(first)! + 1);
    load.set(second, load.get(second)! + 1);
    return { applicationId: c.applicationId, inspectorIds: [first, second] };
  });
  return ok({ picks, unstaffable });
}

/** The same draw, pick for pick: what a re-run from the seed must give. */
export function samePicks(a: readonly DrawPick[], b: readonly DrawPick[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (p, i) =>
        p.applicationId === b[i]!.applicationId &&
        p.inspectorIds[0] === b[i]!.inspectorIds[0] &&
        p.inspectorIds[1] === b[i]!.inspectorIds[1],
    )
  );
}
