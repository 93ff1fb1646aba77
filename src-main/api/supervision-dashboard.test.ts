import { describe, expect, it } from 'vitest';
import { ops, type Envelope, type InspectionView, type OpInput, type OpName, type OpOutput } from '../contract/index';
import { notInspectedCountPlan } from '../db/supervision-dashboard-repo';
import { addUser } from '../testing/services';
import { closeApp, type AppContext } from './app';
import { dispatch } from './dispatch';
import { caller } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { finishEvaluationThroughDispatch } from '../testing/dispatch-evaluations';
import { inspectionSamples } from '../testing/dispatch-inspections';
import { templateFixture } from '../testing/dispatch-template';

/**
 * The 监督检查 overview through dispatch: each number equals the total of the list it opens with the same
 * filters, and moves when the underlying records do.
 */
const { fixture, freshWithClock } = templateFixture();
const project = FIXTURE_APPS.approved;

async function ok<N extends OpName>(app: AppContext, op: N, input: OpInput<N>, token = fixture.tokens.evaluator) {
  const env = (await dispatch(app, op, input, caller(token))) as Envelope<OpOutput<N>>;
  if (!env.ok) throw new Error(`${op}: ${env.error.message}`);
  return env.value;
}

const answersOf = (v: InspectionView) =>
  v.checklist.items.map((i) => ({
    itemId: i.id,
    value: { yes_no: 'yes', score: '8', number: '12', text: '总体良好' }[i.answerType],
    note: '',
  }));

describe('supervision.dashboard', () => {
  it('counts overdue items, projects not inspected and grades exactly as their lists filter them', async () => {
    const { app, clock } = freshWithClock();
    const samples = inspectionSamples(fixture.userIds);
    // Before signing the project is not running at all; signed, it runs in 2015 and nobody has inspected it.
    const before = await ok(app, 'supervision.dashboard', { year: 2015 });
    expect(before.notInspected).toEqual({ running: 0, total: 0, byProgram: [] });
    await ok(app, 'agreements.sign', { applicationId: project, signedDate: '2024-05-01' }, fixture.tokens.finance);
    const signed = await ok(app, 'supervision.dashboard', { year: null });
    // The clock says 2024, but no project runs after 2015: the overview opens on 2015.
    expect(signed.year).toBe(2015);
    expect(signed.years).toEqual([2015]);
    expect(signed.notInspected).toMatchObject({ running: 1, total: 1 });
    const [program] = signed.notInspected.byProgram;
    expect(program).toMatchObject({ running: 1, notInspected: 1 });
    const listed = await ok(app, 'supervision.notInspected', {
      filters: { year: 2015, fundProgramId: program!.fundProgramId },
    });
    expect(listed.total).toBe(1);
    expect(listed.rows[0]).toMatchObject({ applicationId: project, lastInspected: null, districtCode: '500103' });

    // Inspected on 2015-06-20 with a finding due 2015-08-31: no longer "not inspected" in 2015, still in 2016's
    // terms not running, and the finding is overdue on 2024-05-01 once signed off.
    const draft = await ok(app, 'inspections.create', samples['inspections.create']);
    await ok(app, 'inspections.saveAnswers', { inspectionId: draft.id, answers: answersOf(draft) });
    await ok(app, 'inspections.addFinding', { ...samples['inspections.addFinding'], inspectionId: draft.id });
    await ok(app, 'inspections.signOff', { inspectionId: draft.id });
    const after = await ok(app, 'supervision.dashboard', { year: 2015 });
    expect(after.notInspected).toMatchObject({ running: 1, total: 0 });
    expect((await ok(app, 'supervision.notInspected', { filters: { year: 2015 } })).total).toBe(0);
    expect(after.overdue).toMatchObject({ total: 1, byDistrict: [{ districtCode: '500103', count: 1 }] });
    const org = after.overdue.byOrganization[0]!;
    const byOrg = await ok(app, 'rectifications.list', {
      filters: { overdue: true, organizationId: org.organizationId },
    });
    const byDistrict = await ok(app, 'rectifications.list', { filters: { overdue: true, districtCode: '500103' } });
    expect([byOrg.total, byDistrict.total]).toEqual([org.count, 1]);
    // The organization's history lists its inspections, and no other organization's.
    const ofOrg = (organizationId: number) => ok(app, 'inspections.list', { filters: { organizationId } });
    expect((await ofOrg(org.organizationId)).rows.map((r) => r.id)).toEqual([draft.id]);
    expect((await ofOrg(org.organizationId + 1000)).total).toBe(0);

    // A finalized mid-term 良好 appears under its program and kind; the list with the same filters shows it.
    expect(after.grades).toEqual([]);
    const evaluator2 = addUser(app, 'evaluator2', ['evaluator']);
    const evaluators = [{ id: fixture.userIds.evaluator, token: fixture.tokens.evaluator }, evaluator2] as const;
    const call = (op: OpName, input: unknown, token: string) => dispatch(app, op, input, caller(token));
    await finishEvaluationThroughDispatch(call, evaluators, project, 'midterm', '2015-07-01');
    const graded = await ok(app, 'supervision.dashboard', { year: 2015 });
    expect(graded.grades).toEqual([
      {
        fundProgramId: program!.fundProgramId,
        code: program!.code,
        name: program!.name,
        year: 2015,
        kind: 'midterm',
        counts: { excellent: 0, good: 1, pass: 0, fail: 0 },
      },
    ]);
    const filtered = await ok(app, 'evaluations.list', {
      fundProgramId: program!.fundProgramId,
      kind: 'midterm',
      grade: 'good',
      state: 'finalized',
    });
    expect(filtered.rows).toHaveLength(1);
    const otherProgram = await ok(app, 'evaluations.list', { fundProgramId: program!.fundProgramId + 1 });
    expect(otherProgram.rows).toHaveLength(0);
    // On a day before the deadline nothing is overdue.
    clock.ms = Date.UTC(2015, 7, 1);
    expect((await ok(app, 'supervision.dashboard', { year: 2015 })).overdue.total).toBe(0);
    closeApp(app);
  });

  it('counts the not-inspected list on the indexes alone, joining only what a filter reads', async () => {
    const { app } = freshWithClock();
    await ok(app, 'agreements.sign', { applicationId: project, signedDate: '2024-05-01' }, fixture.tokens.finance);
    const parse = (filters: object, search = '') =>
      ops['supervision.notInspected'].input.parse({ filters: { year: 2015, ...filters }, search });
    const tables = (q: ReturnType<typeof parse>) =>
      notInspectedCountPlan(app.db, q)
        .map((d) => /^(?:SEARCH|SCAN) (\w+)/.exec(d)?.[1])
        .filter(Boolean)
        .sort();
    // Unfiltered: the period index of agreements and the inspections index, no row of anything else.
    expect(tables(parse({}))).toEqual(['g', 'i']);
    expect(notInspectedCountPlan(app.db, parse({})).join(' ')).toMatch(
      /agreements_signed_by_period.*inspections_by_application/,
    );
    const program = (await ok(app, 'supervision.notInspected', { filters: { year: 2015 } })).rows[0]!;
    const programId = app.db
      .prepare('SELECT fund_program_id FROM applications WHERE id = ?')
      .pluck()
      .get(project) as number;
    expect(tables(parse({ fundProgramId: programId }))).toEqual(['a', 'g', 'i']);
    // Each count still equals its rows, with and without the joins.
    for (const [filters, search, total] of [
      [{}, '', 1],
      [{ fundProgramId: programId }, '', 1],
      [{ fundProgramId: programId + 1000 }, '', 0],
      [{}, program.organizationName.slice(0, 4), 1],
      [{}, '不存在的名称', 0],
    ] as const) {
      const listed = await ok(app, 'supervision.notInspected', { filters: { year: 2015, ...filters }, search });
      expect([listed.total, listed.rows.length]).toEqual([total, total]);
    }
    closeApp(app);
  });

  it('refuses a year out of range, naming the field', async () => {
    const { app } = freshWithClock();
    const env = await dispatch(app, 'supervision.dashboard', { year: 1899 }, caller(fixture.tokens.auditor));
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.message).toMatch(/年度|year/);
    closeApp(app);
  });
});
