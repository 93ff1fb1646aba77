import { describe, expect, it } from 'vitest';
import type { OpInput, OpName, OpOutput, Role } from '../contract/index';
import { databaseDigest } from '../db/system-repo';
import { addUser } from '../testing/services';
import { closeApp, type AppContext } from './app';
import { dispatch } from './dispatch';
import { caller, validInputs } from '../testing/dispatch';
import { FIXTURE_APPS, fixtureApplicationInput } from '../testing/dispatch-applications';
import { evaluationSamples, finishEvaluationThroughDispatch, seedScores } from '../testing/dispatch-evaluations';
import { failed, templateFixture } from '../testing/dispatch-template';

/**
 * Evaluations through dispatch: who may do what, the weight rule naming its level, scores above a maximum
 * refused, and the consequences main enforces — a passed mid-term evaluation opens the tranche gate, a final
 * 不合格 withholds the last tranche and bars the organization, so its next application is refused saying why.
 */
const { fixture, fresh } = templateFixture();
const project = FIXTURE_APPS.approved;
const digest = (app: AppContext) => databaseDigest(app.db, { excludeColumns: { sessions: ['last_seen_at'] } });

async function ok<N extends OpName>(app: AppContext, op: N, input: OpInput<N>, token = fixture.tokens.finance) {
  const env = await dispatch(app, op, input, caller(token));
  if (!env.ok) throw new Error(`${op}: ${env.error.message}`);
  return env.value as OpOutput<N>;
}

/** The project signed, its first tranche released by two finance officers; a second evaluator exists. */
async function underWay(app: AppContext) {
  const finance2 = addUser(app, 'finance2', ['finance']).token;
  const evaluator2 = addUser(app, 'evaluator2', ['evaluator']);
  await ok(app, 'agreements.sign', { applicationId: project, signedDate: '2024-05-01' });
  const [t1, t2] = (await ok(app, 'tranches.list', { applicationId: project })).tranches.map((t) => t.id);
  await ok(app, 'tranches.prepare', { trancheId: t1!, voucherNo: '记-2015-0101', voucherDate: '2015-03-10' });
  await ok(app, 'tranches.release', { trancheId: t1! }, finance2);
  const evaluators = [{ id: fixture.userIds.evaluator, token: fixture.tokens.evaluator }, evaluator2] as const;
  const call = (op: OpName, input: unknown, token: string) => dispatch(app, op, input, caller(token));
  return { t2: t2!, finance2, evaluators, call };
}

const gateOf = async (app: AppContext, seq: number) =>
  (await ok(app, 'tranches.list', { applicationId: project })).tranches.find((t) => t.seq === seq)!;

describe('evaluation ops through dispatch', () => {
  it.each(['auditor', 'project', 'finance'] as Role[])('a %s reads evaluations but changes none', async (role) => {
    const app = fresh();
    const who = caller(fixture.tokens[role]);
    const samples = evaluationSamples([fixture.userIds.evaluator, fixture.userIds.admin]);
    expect(await dispatch(app, 'evaluations.list', {}, who)).toMatchObject({
      ok: true,
      value: { rows: [], mayCreate: false },
    });
    const system = await dispatch(app, 'indicatorSystems.get', { fundProgramId: 1 }, who);
    expect(system).toMatchObject({ ok: true, value: { availableActions: [], leaves: expect.any(Array) } });
    const before = digest(app);
    const messages = [];
    for (const op of [
      'indicatorSystems.save',
      'evaluations.create',
      'evaluations.score',
      'evaluations.finalize',
    ] as const)
      messages.push(failed(await dispatch(app, op, samples[op], who), 'Forbidden').message);
    expect(messages).toEqual([
      '没有权限：此操作需要“维护评估指标体系”权限',
      '没有权限：此操作需要“组织评估”权限',
      '没有权限：此操作需要“评估打分”权限',
      '没有权限：此操作需要“组织评估”权限',
    ]);
    expect(digest(app)).toBe(before);
    closeApp(app);
  });

  it('an administrator edits the indicator system; weights that do not sum to 100 are refused naming the level', async () => {
    const app = fresh();
    const input = evaluationSamples([])['indicatorSystems.save'];
    input.indicators[1]!.children[2]!.weight = 20;
    const before = digest(app);
    const refused = failed(
      await dispatch(app, 'indicatorSystems.save', input, caller(fixture.tokens.admin)),
      'RuleViolation',
    );
    expect(refused.message).toBe('“资金管理”的下级指标权重之和应为 100，当前为 90');
    expect(refused.details?.field).toBe('评估指标');
    expect(digest(app)).toBe(before);
    input.indicators[1]!.children[2]!.weight = 30;
    input.thresholds.pass = '65';
    const saved = await ok(app, 'indicatorSystems.save', input, fixture.tokens.admin);
    expect(saved).toMatchObject({ version: 1, thresholds: { pass: '65' }, availableActions: ['edit'] });
    const evaluatorTry = await dispatch(app, 'indicatorSystems.save', input, caller(fixture.tokens.evaluator));
    expect(failed(evaluatorTry, 'Forbidden')).toBeTruthy();
    closeApp(app);
  });

  it('scores independently after declaring; above a maximum is refused; a mid-term 合格 opens the tranche gate', async () => {
    const app = fresh();
    const { t2, finance2, evaluators, call } = await underWay(app);
    expect((await gateOf(app, 2)).gates[0]).toMatchObject({ ok: false, message: '尚无中期评估' });
    const [first, second] = evaluators;
    const created = await ok(
      app,
      'evaluations.create',
      { applicationId: project, kind: 'midterm', date: '2015-07-01', evaluatorIds: [first.id, second.id] },
      first.token,
    );
    expect(created.availableActions).toEqual(['declare']);
    expect(created.finalizeBlocked).toBe('尚有评估人员未打分：evaluator、evaluator2');
    expect(created.evidence.indicators.map((i) => i.name)).toEqual(['个案']);
    const early = await call('evaluations.score', { evaluationId: created.id, scores: seedScores(0.8) }, first.token);
    expect(failed(early, 'RuleViolation').message).toBe('请先声明与该项目无利益冲突，再打分');
    await ok(app, 'evaluations.declare', { evaluationId: created.id, hasConflict: false }, first.token);
    const over = seedScores(0.8).map((s) => (s.code === '3.1' ? { ...s, points: '12.5' } : s));
    const refused = await call('evaluations.score', { evaluationId: created.id, scores: over }, first.token);
    expect(failed(refused, 'RuleViolation').message).toBe('指标“服务数量完成情况”的得分 12.5 超过分值 12');
    const mine = await ok(app, 'evaluations.score', { evaluationId: created.id, scores: seedScores(0.7) }, first.token);
    expect(mine.mine?.total).toBe('70.00');
    // The second evaluator does not see the first one's points while scoring.
    await ok(app, 'evaluations.declare', { evaluationId: created.id, hasConflict: false }, second.token);
    const seen = await ok(app, 'evaluations.get', { evaluationId: created.id }, second.token);
    expect(seen.evaluators.find((e) => e.evaluator.id === first.id)).toMatchObject({ scores: null, total: null });
    expect(seen.preview).toBeNull();
    await ok(app, 'evaluations.score', { evaluationId: created.id, scores: seedScores(0.5) }, second.token);
    const done = await ok(app, 'evaluations.finalize', { evaluationId: created.id }, first.token);
    expect(done).toMatchObject({ state: 'finalized', score: '60.00', grade: 'pass', withheldTrancheSeq: null });
    expect((await gateOf(app, 2)).gates[0]).toMatchObject({
      ok: true,
      message: '中期评估 60.00 分（合格，2015-07-01）',
    });
    await ok(app, 'tranches.prepare', { trancheId: t2, voucherNo: '记-2015-0201', voucherDate: '2015-07-10' });
    expect((await ok(app, 'tranches.release', { trancheId: t2 }, finance2)).state).toBe('released');
    const again = await call('evaluations.score', { evaluationId: created.id, scores: seedScores(0.9) }, first.token);
    expect(failed(again, 'RuleViolation').message).toMatch(
      /^该评估已于 \d{4}-\d\d-\d\d 完成（60.00 分，合格），不能再修改$/,
    );
    const ops = app.db.prepare("SELECT op FROM operation_log WHERE op LIKE 'evaluations.%' ORDER BY id").pluck().all();
    expect(ops).toEqual([
      'evaluations.create',
      'evaluations.declare',
      'evaluations.score',
      'evaluations.declare',
      'evaluations.score',
      'evaluations.finalize',
    ]);
    closeApp(app);
  });

  it('a mid-term 不合格 keeps the gate shut, naming score and grade', async () => {
    const app = fresh();
    const { evaluators, call } = await underWay(app);
    await finishEvaluationThroughDispatch(call, evaluators, project, 'midterm', '2015-07-01', [0.6, 0.59]);
    expect((await gateOf(app, 2)).gates[0]).toMatchObject({
      ok: false,
      message: '中期评估 59.50 分，等级为“不合格”（2015-07-01），不予拨付',
    });
    closeApp(app);
  });

  it('a final 不合格 withholds the last tranche and bars the organization, whose next application is refused saying why', async () => {
    const app = fresh();
    const { evaluators, call } = await underWay(app);
    const final = await finishEvaluationThroughDispatch(call, evaluators, project, 'final', '2015-12-20', [0.5, 0.6]);
    expect(final).toMatchObject({ grade: 'fail', score: '55.00', withheldTrancheSeq: 2, barred: true });
    expect(final.barYears).toEqual({ fromYear: 2016, toYear: 2016 });
    expect((await gateOf(app, 2)).state).toBe('cancelled');
    const organizationId = final.organizationId;
    const reason = '结项评估不合格（项目 渝民发〔2015〕10号，得分 55.00，评估日期 2015-12-20）';
    expect(await ok(app, 'organizations.bars', { organizationId })).toMatchObject([
      { fromYear: 2016, toYear: 2016, reason },
    ]);
    // Next year's call: the organization's application is refused at submission with the reason.
    const program = await ok(
      app,
      'fundPrograms.create',
      { ...validInputs(fixture)['fundPrograms.create'], year: 2016 },
      fixture.tokens.admin,
    );
    const draft = await ok(
      app,
      'applications.create',
      { ...fixtureApplicationInput(organizationId, program.id), periodStart: '2016-03-01', periodEnd: '2016-12-31' },
      fixture.tokens.project,
    );
    const refused = await dispatch(app, 'applications.submit', { id: draft.id }, caller(fixture.tokens.project));
    expect(failed(refused, 'RuleViolation').message).toBe(`该机构已被取消 2016–2016 年度的申报资格（${reason}）`);
    const history = await ok(app, 'evaluations.list', { organizationId }, fixture.tokens.auditor);
    expect(history.rows.map((r) => [r.kind, r.grade, r.barred])).toEqual([['final', 'fail', true]]);
    closeApp(app);
  });

  it('a system already used by an evaluation is saved as the next version; the evaluation keeps its copy', async () => {
    const app = fresh();
    const { evaluators } = await underWay(app);
    const [first, second] = evaluators;
    const created = await ok(
      app,
      'evaluations.create',
      { applicationId: project, kind: 'midterm', date: '2015-07-01', evaluatorIds: [first.id, second.id] },
      first.token,
    );
    const fundProgramId = 1;
    const before = await ok(app, 'indicatorSystems.get', { fundProgramId }, fixture.tokens.admin);
    expect(before).toMatchObject({ version: 0, evaluationsUsing: { total: 1, open: 1 } });
    const input = evaluationSamples([])['indicatorSystems.save'];
    input.indicators[0]!.name = '项目管理与组织';
    const saved = await ok(app, 'indicatorSystems.save', input, fixture.tokens.admin);
    expect(saved).toMatchObject({ version: 1, evaluationsUsing: { total: 1, open: 1 } });
    expect(saved.indicators[0]!.name).toBe('项目管理与组织');
    const kept = await ok(app, 'evaluations.get', { evaluationId: created.id }, first.token);
    expect(kept.indicators[0]!.name).toBe('项目管理');
    closeApp(app);
  });
});
