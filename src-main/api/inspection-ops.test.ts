import { describe, expect, it } from 'vitest';
import type { Envelope, InspectionView, OpName, OpOutput, Role } from '../contract/index';
import { databaseDigest } from '../db/system-repo';
import { addUser } from '../testing/services';
import { closeApp, type AppContext } from './app';
import { dispatch as untyped, type CallContext } from './dispatch';
import { caller } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { inspectionSamples } from '../testing/dispatch-inspections';
import { failed, templateFixture } from '../testing/dispatch-template';

/** Inspections, findings and rectifications through dispatch: permissions, separation of duties, the gates, the log. */
const { fixture, fresh } = templateFixture();

const dispatch = <N extends OpName>(app: AppContext, op: N, input: unknown, who: CallContext) =>
  untyped(app, op, input, who) as Promise<Envelope<OpOutput<N>>>;

function ok<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`expected success, got ${env.error.kind}: ${env.error.message}`);
  return env.value;
}

const digest = (app: AppContext) => databaseDigest(app.db, { excludeColumns: { sessions: ['last_seen_at'] } });
const samples = () => inspectionSamples(fixture.userIds);

/** A plausible answer for every item of the checklist. */
function allAnswers(v: InspectionView) {
  const value = { yes_no: 'yes', score: '8', number: '12', text: '总体良好' } as const;
  return v.checklist.items.map((i) => ({ itemId: i.id, value: value[i.answerType], note: '' }));
}

async function signedInspection(app: AppContext, severity: 'minor' | 'major' | 'severe') {
  const evaluator = caller(fixture.tokens.evaluator);
  const draft = ok(await dispatch(app, 'inspections.create', samples()['inspections.create'], evaluator));
  ok(await dispatch(app, 'inspections.saveAnswers', { inspectionId: draft.id, answers: allAnswers(draft) }, evaluator));
  const finding = { ...samples()['inspections.addFinding'], inspectionId: draft.id, severity };
  ok(await dispatch(app, 'inspections.addFinding', finding, evaluator));
  const signed = ok(await dispatch(app, 'inspections.signOff', { inspectionId: draft.id }, evaluator));
  return { inspection: signed, rectificationId: signed.findings[0]!.rectificationId! };
}

describe('inspection ops through dispatch', () => {
  it.each(['auditor', 'project', 'finance', 'admin'] as Role[])(
    'a %s reads but records no inspection',
    async (role) => {
      const app = fresh();
      const who = caller(fixture.tokens[role]);
      expect(ok(await dispatch(app, 'checklists.list', {}, who)).templates.map((t) => t.name)).toEqual([
        '社会工作服务项目实地检查表',
        '财务检查表',
        '志愿服务项目检查表',
      ]);
      const before = digest(app);
      const e = failed(await dispatch(app, 'inspections.create', samples()['inspections.create'], who), 'Forbidden');
      expect(e.message).toBe('没有权限：此操作需要“监督检查”权限');
      expect(digest(app)).toBe(before);
      closeApp(app);
    },
  );

  it('an administrator saves a new checklist version; inspections keep the version they were recorded on', async () => {
    const app = fresh();
    const evaluator = caller(fixture.tokens.evaluator);
    const old = ok(await dispatch(app, 'inspections.create', samples()['inspections.create'], evaluator));
    const admin = caller(fixture.tokens.admin);
    const items = old.checklist.items.slice(0, 3).map(({ id: _id, seq: _seq, ...item }) => item);
    const saved = ok(
      await dispatch(
        app,
        'checklists.save',
        { templateId: 1, code: 'SOCIAL_WORK_FIELD', name: '实地检查表', items },
        admin,
      ),
    );
    expect(saved).toMatchObject({ version: 2, name: '实地检查表' });
    expect(saved.items).toHaveLength(3);
    expect(ok(await dispatch(app, 'inspections.get', { inspectionId: old.id }, evaluator)).checklist).toMatchObject({
      version: 1,
      items: old.checklist.items,
    });
    const fresh2 = ok(await dispatch(app, 'inspections.create', samples()['inspections.create'], evaluator));
    expect(fresh2.checklist.version).toBe(2);
    const bad = failed(
      await dispatch(
        app,
        'checklists.save',
        { ...samples()['checklists.save'], items: [{ ...items[0]!, maxScore: 5 }] },
        admin,
      ),
      'RuleViolation',
    );
    expect(bad.message).toBe('第 1 项：评分题必须填写满分，其他题型不填');
    closeApp(app);
  });

  it('refuses fewer than two inspectors, wrong answers and an early sign-off, naming the field', async () => {
    const app = fresh();
    const evaluator = caller(fixture.tokens.evaluator, 'en');
    const input = samples()['inspections.create'];
    const before = digest(app);
    const one = failed(
      await dispatch(app, 'inspections.create', { ...input, inspectors: input.inspectors.slice(0, 1) }, evaluator),
      'RuleViolation',
    );
    expect(one).toMatchObject({
      message: 'at least 2 inspectors are needed, there are 1',
      details: { field: 'Inspectors' },
    });
    const auditor = { userId: fixture.userIds.auditor, name: '', unit: '' };
    const notEval = failed(
      await dispatch(app, 'inspections.create', { ...input, inspectors: [input.inspectors[0], auditor] }, evaluator),
      'RuleViolation',
    );
    expect(notEval.message).toBe('auditor does not hold the evaluator role and cannot inspect');
    expect(digest(app)).toBe(before);
    const draft = ok(await dispatch(app, 'inspections.create', input, evaluator));
    const score = draft.checklist.items.find((i) => i.answerType === 'score')!;
    const wrong = failed(
      await dispatch(
        app,
        'inspections.saveAnswers',
        { inspectionId: draft.id, answers: [{ itemId: score.id, value: '11' }] },
        evaluator,
      ),
      'RuleViolation',
    );
    expect(wrong.message).toBe(`item ${score.seq} takes a whole score from 0 to 10`);
    const early = failed(
      await dispatch(app, 'inspections.signOff', { inspectionId: draft.id }, evaluator),
      'RuleViolation',
    );
    expect(early.message).toMatch(/^17 items are not answered yet \(items 1, 2, 3/);
    expect(ok(await dispatch(app, 'inspections.get', { inspectionId: draft.id }, evaluator)).availableActions).toEqual([
      'edit',
    ]);
    closeApp(app);
  });

  it('a signed-off inspection is read-only; a correction is a dated addendum', async () => {
    const app = fresh();
    const { inspection } = await signedInspection(app, 'minor');
    const evaluator = caller(fixture.tokens.evaluator);
    expect(inspection.availableActions).toEqual(['addAddendum']);
    const e = failed(
      await dispatch(
        app,
        'inspections.saveAnswers',
        { inspectionId: inspection.id, answers: allAnswers(inspection) },
        evaluator,
      ),
      'RuleViolation',
    );
    expect(e.message).toBe('检查已于 2024-05-01 签字确认，不能修改；如需更正请添加补充说明');
    expect(() => app.db.prepare("UPDATE inspections SET place = 'x'").run()).toThrow(/read-only/);
    expect(() => app.db.prepare("UPDATE inspection_answers SET value = 'no'").run()).toThrow(/read-only/);
    const text = '补充：检查当日负责人出示了督导记录';
    const after = ok(
      await dispatch(
        app,
        'inspections.addAddendum',
        { inspectionId: inspection.id, date: '2024-05-01', text },
        evaluator,
      ),
    );
    expect(after.addenda.map((a) => [a.date, a.text])).toEqual([['2024-05-01', text]]);
    closeApp(app);
  });

  it('a severe finding holds the tranche until a second evaluator verifies its fix; then finance releases', async () => {
    const app = fresh();
    const finance = caller(fixture.tokens.finance);
    const finance2 = caller(addUser(app, 'finance2', ['finance']).token);
    ok(
      await dispatch(
        app,
        'agreements.sign',
        { applicationId: FIXTURE_APPS.approved, signedDate: '2024-05-01' },
        finance,
      ),
    );
    const { rectificationId } = await signedInspection(app, 'severe');
    const trancheGate = async () => {
      const plan = ok(await dispatch(app, 'tranches.list', { applicationId: FIXTURE_APPS.approved }, finance));
      return plan.tranches[0]!.gates.find((g) => g.gate === 'no_severe_rectification')!;
    };
    expect(await trancheGate()).toMatchObject({
      ok: false,
      message: '有 1 项严重整改事项尚未完成（#1 项目团队未配备持证社会工作者）',
    });
    const trancheId = ok(await dispatch(app, 'tranches.list', { applicationId: FIXTURE_APPS.approved }, finance))
      .tranches[0]!.id;
    ok(
      await dispatch(
        app,
        'tranches.prepare',
        { trancheId, voucherNo: '记-2024-0001', voucherDate: '2024-05-01' },
        finance,
      ),
    );
    const held = failed(await dispatch(app, 'tranches.release', { trancheId }, finance2), 'RuleViolation');
    expect(held.message).toContain('#1 项目团队未配备持证社会工作者');

    const project = caller(fixture.tokens.project);
    const inspector = caller(fixture.tokens.evaluator);
    const early = failed(await dispatch(app, 'rectifications.verify', { rectificationId }, inspector), 'RuleViolation');
    expect(early.message).toBe('整改事项 #1 项目团队未配备持证社会工作者 当前为“待整改”，不能执行此操作');
    const evidence = { rectificationId, note: '已配备两名持证社会工作者', attachmentIds: [] };
    expect(ok(await dispatch(app, 'rectifications.submitEvidence', evidence, project)).state).toBe('submitted');
    const own = failed(await dispatch(app, 'rectifications.verify', { rectificationId }, inspector), 'RuleViolation');
    expect(own.message).toBe(
      'evaluator是提出整改事项 #1 项目团队未配备持证社会工作者 的检查人员，不能验证其整改（不相容职务分离）',
    );
    const row = ok(await dispatch(app, 'rectifications.get', { rectificationId }, inspector));
    expect(row.availableActions).toEqual(['reopen']);
    expect(row.blocked.map((b) => b.action)).toEqual(['verify']);
    const second = caller(addUser(app, 'evaluator2', ['evaluator']).token);
    const verified = ok(await dispatch(app, 'rectifications.verify', { rectificationId, note: '核对无误' }, second));
    expect(verified).toMatchObject({ state: 'verified', availableActions: [] });
    expect(verified.steps.map((s) => s.kind)).toEqual(['evidence', 'verify']);
    expect(await trancheGate()).toMatchObject({ ok: true });
    expect(ok(await dispatch(app, 'tranches.release', { trancheId }, finance2)).state).toBe('released');
    const logged = app.db
      .prepare("SELECT op FROM operation_log WHERE entity_type = 'rectification' ORDER BY id")
      .pluck()
      .all();
    expect(logged).toEqual(['inspections.signOff', 'rectifications.submitEvidence', 'rectifications.verify']);
    closeApp(app);
  });

  it('the evidence recorder may not judge it; a reopened item goes back to the organization with the reason', async () => {
    const app = fresh();
    const { rectificationId } = await signedInspection(app, 'major');
    const both = addUser(app, 'both', ['project', 'evaluator']);
    const who = caller(both.token);
    ok(
      await dispatch(app, 'rectifications.submitEvidence', { rectificationId, note: '已整改', attachmentIds: [] }, who),
    );
    for (const [op, input] of [
      ['rectifications.verify', { rectificationId }],
      ['rectifications.reopen', { rectificationId, reason: '不清晰' }],
    ] as const) {
      const e = failed(await dispatch(app, op, input, who), 'RuleViolation');
      expect(e.details?.rule).toBe('rectification.verifierRecorded');
    }
    const second = caller(addUser(app, 'evaluator2', ['evaluator']).token);
    const back = ok(
      await dispatch(app, 'rectifications.reopen', { rectificationId, reason: '证书复印件不清晰' }, second),
    );
    expect(back).toMatchObject({ state: 'reopened', availableActions: [] });
    expect(back.steps.at(-1)).toMatchObject({ kind: 'reopen', note: '证书复印件不清晰' });
    const overdue = ok(await dispatch(app, 'rectifications.overdue', {}, second));
    expect(overdue).toMatchObject({
      today: '2024-05-01',
      total: 1,
      byDistrict: [{ districtCode: '500103', count: 1 }],
    });
    const list = ok(
      await dispatch(app, 'rectifications.list', { filters: { overdue: true, state: 'reopened' } }, second),
    );
    expect(list.rows.map((r) => [r.ref, r.overdue])).toEqual([['#1 项目团队未配备持证社会工作者', true]]);
    closeApp(app);
  });

  it('finance confirms a disallowance (核减) as a recovery of the named ledger lines', async () => {
    const app = fresh();
    const finance = caller(fixture.tokens.finance);
    const finance2 = caller(addUser(app, 'finance2', ['finance']).token);
    ok(
      await dispatch(
        app,
        'agreements.sign',
        { applicationId: FIXTURE_APPS.approved, signedDate: '2024-05-01' },
        finance,
      ),
    );
    const plan = ok(await dispatch(app, 'tranches.list', { applicationId: FIXTURE_APPS.approved }, finance));
    const trancheId = plan.tranches[0]!.id;
    ok(
      await dispatch(
        app,
        'tranches.prepare',
        { trancheId, voucherNo: '记-2024-0001', voucherDate: '2024-05-01' },
        finance,
      ),
    );
    ok(await dispatch(app, 'tranches.release', { trancheId }, finance2));
    const line = { applicationId: FIXTURE_APPS.approved, date: '2015-06-01', invoiceNo: '', lineCode: '02' };
    const posted = {
      ...line,
      share: 'grant',
      payee: '某餐饮店',
      summary: '活动餐费',
      amountFen: 50_000,
      advance: false,
      costType: null,
    };
    ok(await dispatch(app, 'ledger.post', posted, caller(fixture.tokens.project)));
    const evaluator = caller(fixture.tokens.evaluator);
    const draft = ok(
      await dispatch(app, 'inspections.create', { ...samples()['inspections.create'], templateId: 2 }, evaluator),
    );
    ok(
      await dispatch(app, 'inspections.saveAnswers', { inspectionId: draft.id, answers: allAnswers(draft) }, evaluator),
    );
    const finding = {
      ...samples()['inspections.addFinding'],
      inspectionId: draft.id,
      itemId: null,
      disallowFen: 60_000,
    };
    const over = failed(
      await dispatch(app, 'inspections.addFinding', { ...finding, voucherNos: ['2015-0001'] }, evaluator),
      'RuleViolation',
    );
    expect(over.message).toBe('核减金额 600.00 元超过所涉凭证的财政资金合计 500.00 元');
    const unknown = failed(
      await dispatch(app, 'inspections.addFinding', { ...finding, voucherNos: ['2015-0099'] }, evaluator),
      'RuleViolation',
    );
    expect(unknown.message).toBe('本项目台账中没有凭证号 2015-0099');
    ok(
      await dispatch(
        app,
        'inspections.addFinding',
        { ...finding, disallowFen: 30_000, voucherNos: ['2015-0001'] },
        evaluator,
      ),
    );
    const signed = ok(await dispatch(app, 'inspections.signOff', { inspectionId: draft.id }, evaluator));
    expect(signed.findings[0]!.availableActions).toEqual([]);
    const findingId = signed.findings[0]!.id;
    const seen = ok(await dispatch(app, 'inspections.get', { inspectionId: draft.id }, finance));
    expect(seen.findings[0]).toMatchObject({
      availableActions: ['confirmDisallowance'],
      ledgerLines: [{ voucherNo: '2015-0001', amountFen: 50_000 }],
    });
    const confirm = { findingId, voucherNo: 'SH-2024-001', date: '2024-05-01' };
    const done = ok(await dispatch(app, 'findings.confirmDisallowance', confirm, finance));
    expect(done.findings[0]!.confirmed).toMatchObject({ voucherNo: 'SH-2024-001', date: '2024-05-01' });
    const closeOut = ok(await dispatch(app, 'closeOut.view', { applicationId: FIXTURE_APPS.approved }, finance));
    expect(closeOut.recoveries.map((r) => [r.kind, r.amountFen])).toEqual([['disallowed', 30_000]]);
    expect(closeOut.checklist.find((c) => c.item === 'rectifications_closed')).toMatchObject({
      applicable: true,
      ok: false,
    });
    const twice = failed(await dispatch(app, 'findings.confirmDisallowance', confirm, finance), 'RuleViolation');
    expect(twice.details?.rule).toBe('finding.alreadyConfirmed');
    closeApp(app);
  });
});
