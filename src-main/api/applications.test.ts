import { describe, expect, it } from 'vitest';
import { hasPermission, ops, ROLES, type Envelope, type OpName, type OpOutput, type Role } from '../contract/index';
import { databaseDigest } from '../db/system-repo';
import { addUser } from '../testing/services';
import { closeApp } from './app';
import { failed, templateFixture } from '../testing/dispatch-template';
import { dispatch } from './dispatch';
import { caller } from '../testing/dispatch';
import { applicationSamples, FIXTURE_APPS, fixtureApplicationInput } from '../testing/dispatch-applications';

/**
 * Applications through dispatch: the permission table, separation of duties and the error envelopes as a
 * user meets them. Each test starts from a copy of one fixture database.
 */
const { fixture, freshWithClock: fresh } = templateFixture();

const samples = () => applicationSamples(fixture.userIds);
type SampleOp = keyof ReturnType<typeof applicationSamples>;
const SAMPLE_OPS = Object.keys(applicationSamples({} as never)) as SampleOp[];

/** Who would normally run each op. */
const RUN_AS: Record<SampleOp, Role> = {
  'organizations.bars': 'auditor',
  'organizations.bar': 'finance',
  'applications.list': 'auditor',
  'applications.get': 'evaluator',
  'applications.create': 'project',
  'applications.update': 'project',
  'applications.submit': 'project',
  'applications.formalReview': 'project',
  'applications.assignReviewers': 'project',
  'applications.declare': 'evaluator',
  'applications.score': 'evaluator',
  'applications.completeExpertReview': 'project',
  'applications.financeReview': 'finance',
  'applications.startNotice': 'finance',
  'applications.approve': 'finance',
  'applications.reject': 'finance',
  'agreements.sign': 'finance',
  'reviews.queue': 'evaluator',
  'reviews.evaluators': 'project',
  'savedFilters.list': 'project',
  'savedFilters.save': 'auditor',
  'savedFilters.delete': 'project',
};

describe('application ops through dispatch', () => {
  it.each(SAMPLE_OPS)('%s: the sample input succeeds for the role that does it', async (op) => {
    const { app } = fresh();
    const env = await dispatch(app, op, samples()[op], caller(fixture.tokens[RUN_AS[op]]));
    closeApp(app);
    expect(env.ok ? 'ok' : env.error.message).toBe('ok');
  });

  it('an auditor reads everything and can change nothing: every mutation is Forbidden, naming the permission', async () => {
    const { app } = fresh();
    const auditor = caller(fixture.tokens.auditor);
    expect((await dispatch(app, 'applications.list', { pageSize: 100 }, auditor)).ok).toBe(true);
    const detail = await dispatch(app, 'applications.get', { id: FIXTURE_APPS.scored }, auditor);
    expect(detail).toMatchObject({ ok: true, value: { availableActions: [] } });
    const before = databaseDigest(app.db, { excludeColumns: { sessions: ['last_seen_at'] } });
    for (const op of SAMPLE_OPS) {
      const access = ops[op].access;
      if (!ops[op].mutation || access === 'authenticated' || access === 'public') continue;
      const e = failed(await dispatch(app, op, samples()[op], auditor), 'Forbidden');
      expect(e.message).toMatch(/^没有权限：此操作需要“.+”权限$/);
    }
    expect(databaseDigest(app.db, { excludeColumns: { sessions: ['last_seen_at'] } })).toBe(before);
    closeApp(app);
  });

  it('lists an approved application with its project number (项目编号), searchable and sortable by it', async () => {
    const { app } = fresh();
    const auditor = caller(fixture.tokens.auditor);
    const number = app.db
      .prepare('SELECT agreement_number FROM agreements WHERE application_id = ?')
      .pluck()
      .get(FIXTURE_APPS.approved) as string;
    type Rows = OpOutput<'applications.list'>['rows'];
    const rowsOf = (env: Envelope<unknown>): Rows => (env.ok ? (env.value as { rows: Rows }).rows : []);
    const found = await dispatch(app, 'applications.list', { search: number.slice(2) }, auditor);
    expect(rowsOf(found).map((r) => [r.id, r.agreementNumber])).toEqual([[FIXTURE_APPS.approved, number]]);
    const sorted = await dispatch(
      app,
      'applications.list',
      { sort: [{ id: 'agreementNumber', desc: true }], pageSize: 100 },
      auditor,
    );
    const rows = rowsOf(sorted);
    expect(rows[0]).toMatchObject({ id: FIXTURE_APPS.approved, agreementNumber: number });
    expect(rows.slice(1).every((r) => r.agreementNumber === null)).toBe(true);
    expect(rows.every((r) => /^\d{4}-\d\d-\d\d$/.test(r.periodStart) && r.periodEnd >= r.periodStart)).toBe(true);
    closeApp(app);
  });

  it('approval needs the finance role: a project officer is refused before anything is read', async () => {
    const { app } = fresh();
    const e = failed(
      await dispatch(app, 'applications.approve', samples()['applications.approve'], caller(fixture.tokens.project)),
      'Forbidden',
    );
    expect(e).toMatchObject({
      message: '没有权限：此操作需要“立项审批”权限',
      details: { permission: 'applications.approve' },
    });
    closeApp(app);
  });

  it('lists every broken rule in details.violations, in the caller’s language', async () => {
    const { app } = fresh();
    const input = { ...fixtureApplicationInput(1), requestedFen: 6_000_000, indicators: [], periodEnd: '2016-01-31' };
    const created = await dispatch(app, 'applications.create', input, caller(fixture.tokens.project));
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: number }).id;
    const zh = failed(
      await dispatch(app, 'applications.submit', { id }, caller(fixture.tokens.project)),
      'RuleViolation',
    );
    expect(zh.details?.violations).toEqual([
      { rule: 'application.noIndicators', message: '至少填写一项绩效指标' },
      { rule: 'application.budgetSum', message: '预算明细合计 40,000.00 元，与申请金额 60,000.00 元不一致' },
      {
        rule: 'application.classCap',
        message: '申请金额 60,000.00 元超过 A 类（发展示范项目）单个项目上限 50,000.00 元',
      },
      {
        rule: 'application.periodOutsideYear',
        message: '项目周期 2015-03-01 至 2016-01-31 超出资金计划年度（2015-01-01 至 2015-12-31）',
      },
    ]);
    expect(zh.message).toBe(
      '不符合规定（共 4 项）：1. 至少填写一项绩效指标；2. 预算明细合计 40,000.00 元，与申请金额 60,000.00 元不一致；' +
        '3. 申请金额 60,000.00 元超过 A 类（发展示范项目）单个项目上限 50,000.00 元；' +
        '4. 项目周期 2015-03-01 至 2016-01-31 超出资金计划年度（2015-01-01 至 2015-12-31）',
    );
    expect(zh.details?.rule).toBe('application.violations');
    const en = failed(
      await dispatch(app, 'applications.submit', { id }, caller(fixture.tokens.project, 'en')),
      'RuleViolation',
    );
    expect(en.message).toMatch(/^4 rules are not met: 1\. at least one performance indicator is required; 2\. /);
    closeApp(app);
  });

  it('names the current state of an illegal step, and the field of a taken approval number', async () => {
    const { app } = fresh();
    const submit = failed(
      await dispatch(app, 'applications.submit', { id: FIXTURE_APPS.approved }, caller(fixture.tokens.project)),
      'RuleViolation',
    );
    expect(submit).toMatchObject({
      message: '当前状态为“已立项”，不能执行“提交”',
      details: { rule: 'application.illegalTransition' },
    });
    const taken = failed(
      await dispatch(
        app,
        'applications.approve',
        { id: FIXTURE_APPS.noticeEnded, approvedFen: 100, approvalNumber: `渝民发〔2015〕${FIXTURE_APPS.approved}号` },
        caller(fixture.tokens.finance, 'en'),
      ),
      'Conflict',
    );
    expect(taken.details?.issues).toEqual([
      {
        path: 'approvalNumber',
        field: 'Approval number',
        rule: 'application.approvalNumberTaken',
        message: `approval number "渝民发〔2015〕${FIXTURE_APPS.approved}号" is already used by SB-2015-0010`,
      },
    ]);
    closeApp(app);
  });

  it('separation of duties: whoever entered or submitted an application cannot approve it', async () => {
    const { app } = fresh();
    const both = addUser(app, 'zhaomin', ['project', 'finance']);
    const reviewer = addUser(app, 'qianli', ['finance']);
    const as = (token: string) => caller(token);
    const call = async (op: OpName, input: unknown, token: string) => {
      const env = await dispatch(app, op, input, as(token));
      if (!env.ok) throw new Error(`${op}: ${env.error.message}`);
      return env.value as { id: number };
    };
    const t = fixture.tokens;
    // Entered by the dual-role officer, submitted by the project officer.
    const a = (await call('applications.create', fixtureApplicationInput(1), both.token)).id;
    await call('applications.submit', { id: a }, t.project);
    // Entered by the project officer, submitted by the dual-role officer.
    await call('applications.update', { id: FIXTURE_APPS.draft, ...fixtureApplicationInput(2) }, t.project);
    await call('applications.submit', { id: FIXTURE_APPS.draft }, both.token);
    for (const id of [a, FIXTURE_APPS.draft]) {
      await call('applications.formalReview', { id, decision: 'pass', reason: '' }, t.project);
      await call('applications.assignReviewers', { id, evaluatorIds: [fixture.userIds.evaluator] }, t.project);
      await call('applications.declare', { id, hasConflict: false, reason: '' }, t.evaluator);
      await call('applications.score', { ...samples()['applications.score'], id }, t.evaluator);
      await call('applications.completeExpertReview', { id }, t.project);
      await call('applications.financeReview', { id, lines: [], opinion: '' }, reviewer.token);
      await call('applications.startNotice', { id, startDate: '2015-11-01', endDate: '2015-11-07' }, reviewer.token);
    }
    const creator = failed(
      await dispatch(app, 'applications.approve', { id: a, approvedFen: 100, approvalNumber: 'X-1' }, as(both.token)),
      'Forbidden',
    );
    expect(creator).toMatchObject({
      message: '您是该项目的填报人，不能审批立项（职责分离）',
      details: { rule: 'application.sod.creator' },
    });
    const submitter = failed(
      await dispatch(
        app,
        'applications.approve',
        { id: FIXTURE_APPS.draft, approvedFen: 100, approvalNumber: 'X-2' },
        as(both.token),
      ),
      'Forbidden',
    );
    expect(submitter.message).toBe('您提交了该项目，不能审批立项（职责分离）');
    const detail = await dispatch(app, 'applications.get', { id: a }, as(both.token));
    expect(detail).toMatchObject({ ok: true, value: { availableActions: ['reject'] } });
    // A finance officer with no part in it may approve.
    expect(
      (await dispatch(app, 'applications.approve', { id: a, approvedFen: 100, approvalNumber: 'X-1' }, as(t.finance)))
        .ok,
    ).toBe(true);
    closeApp(app);
  });

  it('offers each role only what it may do on an application in review', async () => {
    const { app } = fresh();
    const actions = async (role: Role, id: number) => {
      const env = await dispatch(app, 'applications.get', { id }, caller(fixture.tokens[role]));
      return env.ok ? (env.value as { availableActions: string[] }).availableActions : env.error.message;
    };
    const table: Record<string, Record<Role, string[]>> = {};
    for (const [stage, id] of Object.entries(FIXTURE_APPS))
      table[stage] = Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, await actions(r, id)]))) as Record<
        Role,
        string[]
      >;
    expect(table.draft).toEqual({ admin: [], finance: [], project: ['update', 'submit'], evaluator: [], auditor: [] });
    expect(table.assigned).toMatchObject({ project: ['assignReviewers'], evaluator: ['declare'], finance: ['reject'] });
    expect(table.declared).toMatchObject({ evaluator: ['score'] });
    expect(table.scored).toMatchObject({ project: ['assignReviewers', 'completeExpertReview'], evaluator: [] });
    expect(table.noticeEnded).toMatchObject({ finance: ['approve', 'reject'], project: [], auditor: [] });
    expect(table.approved).toEqual({ admin: [], finance: [], project: [], evaluator: [], auditor: [] });
    for (const role of ROLES)
      for (const acts of Object.values(table))
        for (const a of acts[role]) expect(hasPermission([role], permissionOf(a)), `${role} ${a}`).toBe(true);
    closeApp(app);
  });
});

function permissionOf(action: string) {
  const op = {
    update: 'applications.update',
    submit: 'applications.submit',
    formalPass: 'applications.formalReview',
    formalReturn: 'applications.formalReview',
    assignReviewers: 'applications.assignReviewers',
    declare: 'applications.declare',
    score: 'applications.score',
    completeExpertReview: 'applications.completeExpertReview',
    financeReview: 'applications.financeReview',
    startNotice: 'applications.startNotice',
    approve: 'applications.approve',
    reject: 'applications.reject',
  }[action] as OpName;
  const access = ops[op].access;
  if (access === 'public' || access === 'authenticated') throw new Error(op);
  return access;
}
