import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Envelope, InspectionView, OpName, OpOutput } from '../contract/index';
import { nextState, type RectificationAction, type RectificationState, type Severity } from '../core/rectification';
import { addUser } from '../testing/services';
import { closeApp, type AppContext } from './app';
import { dispatch as untyped, type CallContext } from './dispatch';
import { caller } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { inspectionSamples } from '../testing/dispatch-inspections';
import { templateFixture } from '../testing/dispatch-template';

/**
 * For any findings and any sequence of rectification steps (legal or not), through dispatch on a real
 * database: an illegal step is refused and changes nothing, and the tranche gate 无未完成的严重整改 and the
 * close-out item 整改已闭环 are open exactly when the model says so.
 */
const { fixture, fresh } = templateFixture();

const dispatch = <N extends OpName>(app: AppContext, op: N, input: unknown, who: CallContext) =>
  untyped(app, op, input, who) as Promise<Envelope<OpOutput<N>>>;

function ok<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`expected success, got ${env.error.kind}: ${env.error.message}`);
  return env.value;
}

const severityArb = fc.constantFrom<Severity>('minor', 'major', 'severe');
const stepArb = fc.record({
  item: fc.nat(),
  action: fc.constantFrom<RectificationAction>('submitEvidence', 'verify', 'reopen'),
});

function answers(v: InspectionView) {
  const value = { yes_no: 'yes', score: '8', number: '12', text: '总体良好' } as const;
  return v.checklist.items.map((i) => ({ itemId: i.id, value: value[i.answerType], note: '' }));
}

describe('rectification gate property', () => {
  it('the severe gate is open exactly when no 严重 item is open; close-out waits for every item', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(severityArb, { minLength: 1, maxLength: 4 }),
        fc.array(stepArb, { maxLength: 10 }),
        async (severities, steps) => {
          const app = fresh();
          try {
            const evaluator = caller(fixture.tokens.evaluator);
            const officer = caller(fixture.tokens.project);
            const checker = caller(addUser(app, 'evaluator2', ['evaluator']).token);
            const finance = caller(fixture.tokens.finance);
            const sample = inspectionSamples(fixture.userIds);
            const draft = ok(await dispatch(app, 'inspections.create', sample['inspections.create'], evaluator));
            ok(
              await dispatch(
                app,
                'inspections.saveAnswers',
                { inspectionId: draft.id, answers: answers(draft) },
                evaluator,
              ),
            );
            for (const severity of severities)
              ok(
                await dispatch(
                  app,
                  'inspections.addFinding',
                  { ...sample['inspections.addFinding'], inspectionId: draft.id, severity },
                  evaluator,
                ),
              );
            const signed = ok(await dispatch(app, 'inspections.signOff', { inspectionId: draft.id }, evaluator));
            const ids = signed.findings.map((f) => f.rectificationId!);
            const model: RectificationState[] = ids.map(() => 'open');
            for (const step of steps) {
              const i = step.item % ids.length;
              const rectificationId = ids[i]!;
              const [op, input, who] =
                step.action === 'submitEvidence'
                  ? (['rectifications.submitEvidence', { rectificationId, note: '整改材料' }, officer] as const)
                  : step.action === 'verify'
                    ? (['rectifications.verify', { rectificationId }, checker] as const)
                    : (['rectifications.reopen', { rectificationId, reason: '材料不全' }, checker] as const);
              const env = await dispatch(app, op, input, who);
              const to = nextState(model[i]!, step.action);
              expect(env.ok, `${step.action} from ${model[i]}`).toBe(to !== null);
              if (to !== null) model[i] = to;
            }
            const plan = ok(await dispatch(app, 'tranches.list', { applicationId: FIXTURE_APPS.approved }, finance));
            const severeOpen = severities.some((s, i) => s === 'severe' && model[i] !== 'verified');
            for (const t of plan.tranches)
              expect(t.gates.find((g) => g.gate === 'no_severe_rectification')!.ok).toBe(!severeOpen);
            const closeOut = ok(
              await dispatch(app, 'closeOut.view', { applicationId: FIXTURE_APPS.approved }, finance),
            );
            const item = closeOut.checklist.find((c) => c.item === 'rectifications_closed')!;
            expect(item).toMatchObject({ applicable: true, ok: model.every((s) => s === 'verified') });
          } finally {
            closeApp(app);
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 60_000);
});
