import type { Envelope, EvaluationDetail, OpInput, OpName } from '../contract/index';
import { DEFAULT_INDICATOR_TREE, DEFAULT_THRESHOLDS } from '../core/evaluation-indicators';
import { FIXTURE_APPS } from './dispatch-applications';

/** Every leaf of the seed system scored at `fraction` of its maximum (rounded to two decimals). */
export function seedScores(fraction: number): { code: string; points: string }[] {
  return DEFAULT_INDICATOR_TREE.flatMap((s) =>
    s.children.map((c) => ({ code: c.code, points: ((s.weight * c.weight * fraction) / 100).toFixed(2) })),
  );
}

/**
 * Valid inputs for the evaluation ops. The fixture has one fund program (id 1) and one approved project
 * (unsigned, so create is refused with its rule); evaluation 1 does not exist until a test creates it, so
 * get, declare, score and finalize reach their NotFound refusals.
 */
export function evaluationSamples(evaluatorIds: readonly number[]) {
  return {
    'indicatorSystems.get': { fundProgramId: 1 },
    'indicatorSystems.save': {
      fundProgramId: 1,
      indicators: structuredClone([...DEFAULT_INDICATOR_TREE]),
      thresholds: { ...DEFAULT_THRESHOLDS },
    },
    'evaluations.list': { kind: 'midterm' },
    'evaluations.get': { evaluationId: 1 },
    'evaluations.create': {
      applicationId: FIXTURE_APPS.approved,
      kind: 'midterm',
      date: '2015-07-01',
      evaluatorIds: [...evaluatorIds],
    },
    'evaluations.declare': { evaluationId: 1, hasConflict: false },
    'evaluations.score': { evaluationId: 1, scores: seedScores(0.8), comment: '服务开展规范' },
    'evaluations.finalize': { evaluationId: 1 },
    'evaluations.evaluators': {},
  } satisfies { [N in EvaluationOp]: OpInput<N> };
}

type EvaluationOp =
  | 'indicatorSystems.get'
  | 'indicatorSystems.save'
  | 'evaluations.list'
  | 'evaluations.get'
  | 'evaluations.create'
  | 'evaluations.declare'
  | 'evaluations.score'
  | 'evaluations.finalize'
  | 'evaluations.evaluators';

type Call = (op: OpName, input: unknown, token: string) => Promise<Envelope<unknown>>;

/**
 * A finalized evaluation through dispatch: created by the first evaluator, declared and scored by both at the
 * given fractions of every maximum (0.85 and 0.75 give 80.00, 良好), finalized by the first. Answers the detail.
 */
export async function finishEvaluationThroughDispatch(
  call: Call,
  evaluators: readonly [{ id: number; token: string }, { id: number; token: string }],
  applicationId: number,
  kind: 'midterm' | 'final',
  date: string,
  fractions: [number, number] = [0.85, 0.75],
): Promise<EvaluationDetail> {
  const must = async (op: OpName, input: unknown, token: string) => {
    const env = await call(op, input, token);
    if (!env.ok) throw new Error(`${op}: ${env.error.message}`);
    return env.value as EvaluationDetail;
  };
  const [first, second] = evaluators;
  const created = await must(
    'evaluations.create',
    { applicationId, kind, date, evaluatorIds: [first.id, second.id] },
    first.token,
  );
  for (const [who, fraction] of [
    [first, fractions[0]],
    [second, fractions[1]],
  ] as const) {
    await must('evaluations.declare', { evaluationId: created.id, hasConflict: false }, who.token);
    await must('evaluations.score', { evaluationId: created.id, scores: seedScores(fraction) }, who.token);
  }
  return must('evaluations.finalize', { evaluationId: created.id }, first.token);
}
