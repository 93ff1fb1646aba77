import type { EvaluationKind } from '../core/evaluation-consequences';
import { DEFAULT_INDICATOR_TREE } from '../core/evaluation-indicators';
import type { AppsFixture } from './applications';
import * as evaluations from '../services/evaluations/index';

/** Every leaf of the seed system scored at `fraction` of its maximum, two decimals. */
export function scoresAt(fraction: number): { code: string; points: string }[] {
  return DEFAULT_INDICATOR_TREE.flatMap((s) =>
    s.children.map((c) => ({ code: c.code, points: ((s.weight * c.weight * fraction) / 100).toFixed(2) })),
  );
}

/**
 * A finalized evaluation of a project: created by `evaluator`, scored by `evaluator` and `evaluator2` at the
 * given fractions of every maximum (0.85 and 0.75 give 80.00, 良好), finalized by `evaluator`.
 */
export function finishedEvaluation(
  f: AppsFixture,
  applicationId: number,
  kind: EvaluationKind,
  date: string,
  fractions: [number, number] = [0.85, 0.75],
) {
  const { evaluator, evaluator2 } = f.users;
  const created = evaluations.create(f.as(evaluator), {
    applicationId,
    kind,
    date,
    evaluatorIds: [evaluator.id, evaluator2.id],
  });
  for (const [user, fraction] of [
    [evaluator, fractions[0]],
    [evaluator2, fractions[1]],
  ] as const) {
    evaluations.declare(f.as(user), { evaluationId: created.id, hasConflict: false, reason: '' });
    evaluations.score(f.as(user), { evaluationId: created.id, scores: scoresAt(fraction), comment: '' });
  }
  return evaluations.finalize(f.as(evaluator), { evaluationId: created.id });
}
