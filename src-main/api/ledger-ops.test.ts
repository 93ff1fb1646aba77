import { describe, expect, it } from 'vitest';
import type { BudgetAdjustmentView, BudgetView, Envelope, LedgerRow, Role } from '../contract/index';
import { databaseDigest } from '../db/system-repo';
import { addUser } from '../testing/services';
import { closeApp, type AppContext } from './app';
import { failed, templateFixture } from '../testing/dispatch-template';
import { dispatch } from './dispatch';
import { caller } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { ledgerSamples } from '../testing/dispatch-ledger';

/** Budgets and the ledger through dispatch: permissions, envelopes in both languages, whole-or-nothing, the log. */
const { fixture, fresh } = templateFixture();

function value<T>(env: Envelope<unknown>): T {
  if (!env.ok) throw new Error(`expected success, got ${env.error.kind}: ${env.error.message}`);
  return env.value as T;
}

const samples = ledgerSamples();
const digest = (app: AppContext) => databaseDigest(app.db, { excludeColumns: { sessions: ['last_seen_at'] } });
const applicationId = FIXTURE_APPS.approved;

describe('budget and ledger ops through dispatch', () => {
  it.each(['admin', 'evaluator', 'auditor'] as Role[])(
    'a %s may read but not post, reverse or adjust',
    async (role) => {
      const app = fresh();
      const who = caller(fixture.tokens[role]);
      const view = value<BudgetView>(await dispatch(app, 'budgets.view', samples['budgets.view'], who));
      expect(view).toMatchObject({ currentVersion: 1, availableActions: [], ledgerLineCount: 0 });
      expect(value<{ total: number }>(await dispatch(app, 'ledger.list', samples['ledger.list'], who)).total).toBe(0);
      const before = digest(app);
      for (const op of ['ledger.post', 'budgets.requestAdjustment'] as const) {
        const e = failed(await dispatch(app, op, samples[op], who), 'Forbidden');
        expect(e.message).toMatch(/^没有权限：此操作需要“(登记支出台账|申请预算调整)”权限$/);
      }
      expect(digest(app)).toBe(before);
      closeApp(app);
    },
  );

  it('lets a project officer post and request, and only finance approve', async () => {
    const app = fresh();
    const project = caller(fixture.tokens.project);
    const posted = value<LedgerRow>(await dispatch(app, 'ledger.post', samples['ledger.post'], project));
    expect(posted).toMatchObject({ voucherNo: '2015-0001', categoryName: '活动经费', amountFen: 120_000 });
    const request = value<BudgetAdjustmentView>(
      await dispatch(app, 'budgets.requestAdjustment', samples['budgets.requestAdjustment'], project),
    );
    const denied = failed(
      await dispatch(app, 'budgets.approveAdjustment', { adjustmentId: request.id }, project),
      'Forbidden',
    );
    expect(denied.message).toBe('没有权限：此操作需要“审批预算调整”权限');
    const finance = caller(fixture.tokens.finance, 'en');
    expect(
      value<BudgetAdjustmentView>(
        await dispatch(app, 'budgets.approveAdjustment', { adjustmentId: request.id }, finance),
      ),
    ).toMatchObject({
      state: 'approved',
      resultVersion: 2,
    });
    const logged = app.db
      .prepare("SELECT op, entity_type FROM operation_log WHERE op LIKE 'ledger.%' OR op LIKE 'budgets.%' ORDER BY id")
      .all();
    expect(logged).toEqual([
      { op: 'ledger.post', entity_type: 'ledgerLine' },
      { op: 'budgets.requestAdjustment', entity_type: 'budgetAdjustment' },
      { op: 'budgets.approveAdjustment', entity_type: 'budgetAdjustment' },
      { op: 'budgets.approveAdjustment', entity_type: 'budgetVersion' },
    ]);
    closeApp(app);
  });

  it('refuses a forbidden cost naming the rule and the field, in the caller’s language', async () => {
    const app = fresh();
    const input = { ...samples['ledger.post'], costType: 'management_fee' };
    const zh = failed(await dispatch(app, 'ledger.post', input, caller(fixture.tokens.finance)), 'RuleViolation');
    expect(zh.message).toBe('中央财政资金不得列支管理费（财社〔2012〕138号）');
    expect(zh.details).toMatchObject({ rule: 'ledger.forbiddenCostType', field: '费用类型' });
    const en = failed(await dispatch(app, 'ledger.post', input, caller(fixture.tokens.finance, 'en')), 'RuleViolation');
    expect(en.message).toBe('central fiscal funds may not pay for management fees (财社〔2012〕138号)');
    const schema = failed(
      await dispatch(app, 'ledger.post', { ...samples['ledger.post'], amountFen: 0 }, caller(fixture.tokens.finance)),
      'Validation',
    );
    expect(schema.message).toContain('金额');
    // A service refusal names the field with the op's own label: 支出日期, not the applications' 开始日期-style one.
    const outside = failed(
      await dispatch(
        app,
        'ledger.post',
        { ...samples['ledger.post'], date: '2030-01-02' },
        caller(fixture.tokens.finance),
      ),
      'RuleViolation',
    );
    expect(outside.details).toMatchObject({ rule: 'ledger.dateOutsidePeriod', field: '支出日期' });
    closeApp(app);
  });

  it('reverses and re-posts in one transaction, or not at all', async () => {
    const app = fresh();
    const finance = caller(fixture.tokens.finance);
    const posted = value<LedgerRow>(await dispatch(app, 'ledger.post', samples['ledger.post'], finance));
    const before = digest(app);
    const bad = {
      ...samples['ledger.reverse'],
      lineId: posted.id,
      replacement: { ...samples['ledger.reverse'].replacement, lineCode: '09' },
    };
    const e = failed(await dispatch(app, 'ledger.reverse', bad, finance), 'RuleViolation');
    // The corrected line's field, named apart from the reversal's own fields as the form labels it.
    expect(e.details).toMatchObject({ rule: 'ledger.unknownBudgetLine', field: '更正后的预算科目' });
    expect(digest(app)).toBe(before);
    const r = value<{ reversal: LedgerRow; replacement: LedgerRow }>(
      await dispatch(app, 'ledger.reverse', { ...samples['ledger.reverse'], lineId: posted.id }, finance),
    );
    expect([r.reversal.voucherNo, r.reversal.amountFen, r.replacement.voucherNo]).toEqual([
      '2015-0002',
      -120_000,
      '2015-0003',
    ]);
    const reversalsOnly = value<{ rows: LedgerRow[]; total: number; sumFen: number }>(
      await dispatch(
        app,
        'ledger.list',
        { applicationId, filters: { reversals: 'reversalsOnly' } },
        caller(fixture.tokens.auditor),
      ),
    );
    expect([reversalsOnly.total, reversalsOnly.sumFen, reversalsOnly.rows[0]?.reversesVoucherNo]).toEqual([
      1,
      -120_000,
      '2015-0001',
    ]);
    closeApp(app);
  });

  it('refuses a budget approval by the requester, naming the separation of duties', async () => {
    const app = fresh();
    const finance = caller(fixture.tokens.finance);
    const request = value<BudgetAdjustmentView>(
      await dispatch(app, 'budgets.requestAdjustment', samples['budgets.requestAdjustment'], finance),
    );
    const own = failed(
      await dispatch(app, 'budgets.approveAdjustment', { adjustmentId: request.id }, finance),
      'RuleViolation',
    );
    expect(own.message).toBe('预算调整须由另一名财务人员审批，申请人不能审批自己的申请');
    const second = caller(addUser(app, 'finance2', ['finance']).token);
    expect(
      value<BudgetAdjustmentView>(
        await dispatch(app, 'budgets.approveAdjustment', { adjustmentId: request.id }, second),
      ).state,
    ).toBe('approved');
    const view = value<BudgetView>(await dispatch(app, 'budgets.view', { applicationId }, second));
    expect(view.versions.map((v) => [v.version, v.totalFen])).toEqual([
      [1, 4_000_000],
      [2, 4_000_000],
    ]);
    closeApp(app);
  });

  it('validates list queries: unknown sort keys and filters are refused', async () => {
    const app = fresh();
    const auditor = caller(fixture.tokens.auditor);
    failed(
      await dispatch(app, 'ledger.list', { applicationId, sort: [{ id: 'summary', desc: false }] }, auditor),
      'Validation',
    );
    failed(await dispatch(app, 'ledger.list', { applicationId, filters: { payee: 'x' } }, auditor), 'Validation');
    const notApproved = failed(
      await dispatch(app, 'ledger.list', { applicationId: FIXTURE_APPS.draft }, auditor),
      'RuleViolation',
    );
    expect(notApproved.message).toBe('申报项目当前状态为“草稿”，立项后才有预算和支出台账');
    closeApp(app);
  });
});
