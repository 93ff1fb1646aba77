import { describe, expect, it } from 'vitest';
import { ops, type Envelope, type OpInput, type OpName, type OpOutput, type Role } from '../contract/index';
import { databaseDigest } from '../db/system-repo';
import { addUser } from '../testing/services';
import { closeApp, type AppContext } from './app';
import { failed, templateFixture } from '../testing/dispatch-template';
import { dispatch } from './dispatch';
import { caller, validInputs } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { closeOutSamples } from '../testing/dispatch-closeout';
import { finishEvaluationThroughDispatch } from '../testing/dispatch-evaluations';

/**
 * Close-out, recoveries and the period lock through dispatch: finance-only permissions, a project closed and
 * then read-only for every op that writes to it, and a locked year nothing can be posted into.
 */
const { fixture, fresh } = templateFixture();

const rulesOf = (env: Envelope<unknown>) =>
  env.ok
    ? ['(succeeded)']
    : ((env.error.details?.violations as { rule: string }[] | undefined)?.map((v) => v.rule) ?? [
        String(env.error.details?.rule),
      ]);

const samples = closeOutSamples();
const MUTATIONS = (Object.keys(samples) as (keyof typeof samples)[]).filter((op) => ops[op].mutation);
const digest = (app: AppContext) => databaseDigest(app.db, { excludeColumns: { sessions: ['last_seen_at'] } });
const project = FIXTURE_APPS.approved;

/** Runs an op that must succeed and answers its value. */
async function ok<N extends OpName>(app: AppContext, op: N, input: OpInput<N>, token = fixture.tokens.finance) {
  const env = await dispatch(app, op, input, caller(token));
  if (!env.ok) throw new Error(`${op}: ${env.error.message}`);
  return env.value as OpOutput<N>;
}

/** The fixture's approved project signed, its first tranche released (2015-03-10) by a second finance user. */
async function withReleasedTranche(app: AppContext) {
  const second = addUser(app, 'finance2', ['finance']).token;
  await ok(app, 'agreements.sign', { applicationId: project, signedDate: '2024-05-01' });
  const [t1, t2] = (await ok(app, 'tranches.list', { applicationId: project })).tranches.map((t) => t.id);
  await ok(app, 'tranches.prepare', { trancheId: t1!, voucherNo: '记-2015-0101', voucherDate: '2015-03-10' });
  await ok(app, 'tranches.release', { trancheId: t1! }, second);
  return { t1: t1!, t2: t2!, second };
}

const expenditure = {
  applicationId: project,
  date: '2015-06-01',
  invoiceNo: 'No.00012345',
  lineCode: '02',
  share: 'grant' as const,
  payee: '重庆市渝中区文印服务部',
  summary: '小组活动材料印制',
  amountFen: 2_000_000,
};

describe('close-out ops through dispatch', () => {
  it.each(['admin', 'project', 'evaluator', 'auditor'] as Role[])(
    'a %s may read the close-out and the fiscal years, but every close-out mutation is Forbidden',
    async (role) => {
      const app = fresh();
      const who = caller(fixture.tokens[role]);
      expect(await dispatch(app, 'closeOut.view', samples['closeOut.view'], who)).toMatchObject({
        ok: true,
        value: { applicationId: project, mayClose: false, availableActions: [] },
      });
      expect((await dispatch(app, 'periods.list', {}, who)).ok).toBe(true);
      const before = digest(app);
      const messages = [];
      for (const op of MUTATIONS) messages.push(failed(await dispatch(app, op, samples[op], who), 'Forbidden').message);
      expect(messages).toEqual([
        '没有权限：此操作需要“资金收回”权限',
        '没有权限：此操作需要“项目结项”权限',
        '没有权限：此操作需要“结账”权限',
      ]);
      expect(digest(app)).toBe(before);
      closeApp(app);
    },
  );

  it('a closed project is read-only: every op that writes to it is refused, naming the closed-project rule', async () => {
    const app = fresh();
    const { t1, t2 } = await withReleasedTranche(app);
    // Cancelled today (2024-05-01): the project cannot be closed on an earlier date than that.
    await ok(app, 'tranches.cancel', { trancheId: t2, reason: '无中期评估，停止拨付' });
    const evaluator2 = addUser(app, 'evaluator2', ['evaluator']);
    await finishEvaluationThroughDispatch(
      (op, input, token) => dispatch(app, op, input, caller(token)),
      [{ id: fixture.userIds.evaluator, token: fixture.tokens.evaluator }, evaluator2],
      project,
      'final',
      '2015-12-20',
    );
    const line = await ok(app, 'ledger.post', expenditure);
    const milestone = await ok(app, 'milestones.plan', {
      applicationId: project,
      name: '服务总结',
      plannedDate: '2015-12-15',
    });
    const attachment = await ok(app, 'attachments.upload', validInputs(fixture)['attachments.upload']);
    const closing = { ...samples['closeOut.close'], closedDate: '2024-05-01' };
    const refused = failed(
      await dispatch(app, 'closeOut.close', closing, caller(fixture.tokens.finance)),
      'RuleViolation',
    );
    expect(refused.message).toBe('应收回 4,000.00 元，已收回 0.00 元，尚有 4,000.00 元未收回');
    await ok(app, 'closeOut.recordRecovery', { ...samples['closeOut.recordRecovery'], amountFen: 400_000 });
    const closed = await ok(app, 'closeOut.close', closing);
    expect(closed.closed).toMatchObject({ date: '2024-05-01', balance: { grantBalanceAfterRecoveryFen: 0 } });
    const plan = await ok(app, 'tranches.list', { applicationId: project });
    expect(plan.closed).toBe(true);
    expect(plan.tranches.map((t) => t.availableActions)).toEqual(plan.tranches.map(() => []));
    const logged = app.db
      .prepare("SELECT op, entity_type FROM operation_log WHERE op LIKE 'closeOut.%' ORDER BY id")
      .all();
    expect(logged).toEqual([
      { op: 'closeOut.recordRecovery', entity_type: 'recovery' },
      { op: 'closeOut.close', entity_type: 'closeOut' },
    ]);

    const inputs = validInputs(fixture);
    const attempts: [OpName, unknown, string][] = [
      ['ledger.post', expenditure, 'ledger.projectClosed'],
      ['ledger.reverse', { lineId: line.id, date: '2015-12-20', reason: '重复报销' }, 'ledger.projectClosed'],
      ['budgets.requestAdjustment', inputs['budgets.requestAdjustment'], 'budget.projectClosed'],
      [
        'tranches.prepare',
        { trancheId: t2, voucherNo: '记-2015-0102', voucherDate: '2015-12-20' },
        'tranche.projectClosed',
      ],
      ['tranches.reverse', { trancheId: t1, date: '2015-12-20', reason: '重复拨付' }, 'tranche.projectClosed'],
      ['milestones.plan', inputs['milestones.plan'], 'milestone.projectClosed'],
      [
        'milestones.complete',
        { milestoneId: milestone.id, completedDate: '2015-12-10', evidenceAttachmentId: attachment.id, note: '' },
        'milestone.projectClosed',
      ],
      ['indicators.record', inputs['indicators.record'], 'indicator.projectClosed'],
      ['attachments.upload', inputs['attachments.upload'], 'attachment.projectClosed'],
      ['closeOut.recordRecovery', samples['closeOut.recordRecovery'], 'recovery.projectClosed'],
      ['closeOut.close', samples['closeOut.close'], 'closeOut.alreadyClosed'],
      ['agreements.sign', { applicationId: project, signedDate: '2015-12-20' }, 'agreement.projectClosed'],
    ];
    const before = digest(app);
    const answers: [OpName, string[]][] = [];
    for (const [op, input] of attempts)
      answers.push([op, rulesOf(await dispatch(app, op, input as never, caller(fixture.tokens.finance)))]);
    // Each names the closed-project rule (first: it is what the officer has to know), whatever else it finds.
    expect(answers.map(([op, rules]) => [op, rules[0]])).toEqual(attempts.map(([op, , rule]) => [op, rule]));
    expect(digest(app)).toBe(before);
    const en = failed(
      await dispatch(app, 'tranches.prepare', attempts[3]![1] as never, caller(fixture.tokens.finance, 'en')),
      'RuleViolation',
    );
    expect(en.message).toBe(`project ${closed.agreementNumber} is closed; its tranches can no longer change`);
    closeApp(app);
  });

  it('locks a finished year once everything in it is posted; nothing is posted into it afterwards', async () => {
    const app = fresh();
    const { t1, t2 } = await withReleasedTranche(app);
    const finance = caller(fixture.tokens.finance);
    expect(
      failed(await dispatch(app, 'periods.lock', { year: 2024, note: '' }, finance), 'RuleViolation').message,
    ).toBe('2024 年度尚未结束（今天是 2024-05-01），不能结账');
    await ok(app, 'tranches.prepare', { trancheId: t2, voucherNo: '记-2016-0001', voucherDate: '2016-02-01' });
    const years = await ok(app, 'periods.list', {});
    expect(years.years.map((y) => [y.year, y.mayLock, y.pending.length])).toEqual([
      [2016, false, 1],
      [2015, true, 0],
    ]);
    expect(rulesOf(await dispatch(app, 'periods.lock', { year: 2016, note: '' }, finance))).toEqual([
      'period.unposted',
    ]);

    const locked = await ok(app, 'periods.lock', samples['periods.lock']);
    expect(locked.years.find((y) => y.year === 2015)).toMatchObject({
      locked: { note: '2015年度结账' },
      mayLock: false,
    });
    expect(app.db.prepare("SELECT entity_type, entity_id FROM operation_log WHERE op = 'periods.lock'").all()).toEqual([
      { entity_type: 'fiscalPeriod', entity_id: '2015' },
    ]);

    const before = digest(app);
    const post = failed(await dispatch(app, 'ledger.post', expenditure, finance), 'RuleViolation');
    expect(post.message).toContain('2015');
    expect(rulesOf(await dispatch(app, 'ledger.post', expenditure, finance))).toEqual(['ledger.periodLocked']);
    // The reversal record is written before the date is judged; the refusal takes it back with the rest.
    const reversal = { trancheId: t1, date: '2015-12-20', reason: '重复拨付' };
    const refused = failed(await dispatch(app, 'tranches.reverse', reversal, finance), 'RuleViolation');
    expect(refused.message).toBe('2015 年度已结账，不能登记日期为 2015-12-20 的拨付');
    expect(refused.details?.field).toBe('冲销日期');
    expect(
      rulesOf(await dispatch(app, 'closeOut.recordRecovery', samples['closeOut.recordRecovery'], finance)),
    ).toEqual(['recovery.periodLocked']);
    expect(rulesOf(await dispatch(app, 'periods.lock', samples['periods.lock'], finance))).toEqual([
      'period.alreadyLocked',
    ]);
    expect(digest(app)).toBe(before);
    expect((await dispatch(app, 'tranches.reverse', { ...reversal, date: '2024-04-30' }, finance)).ok).toBe(true);
    closeApp(app);
  });
});
