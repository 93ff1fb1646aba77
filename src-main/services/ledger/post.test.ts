import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ruleSetSchema } from '../../contract/index';
import { getFundProgram, updateFundProgram } from '../../db/fund-programs-repo';
import { listAllLedgerLines } from '../../db/ledger-repo';
import { caught, driveTo, messagesOf, openAppsFixture, rulesOf, type AppsFixture } from '../../testing/applications';
import * as budgets from '../budgets/index';
import * as ledger from './index';
import { centralProject, closeProject, expense, lockYear, lotteryProject } from '../../testing/ledger';

let f: AppsFixture;
beforeEach(() => {
  f = openAppsFixture();
});
afterEach(() => f.close());

const post = (applicationId: number, patch: Parameters<typeof expense>[0] = {}, user = f.users.finance) =>
  ledger.post(f.as(user), { applicationId, ...expense(patch) });
const refusal = (applicationId: number, patch: Parameters<typeof expense>[0]) =>
  caught(() => post(applicationId, patch));

describe('ledger.post', () => {
  it('posts a line with the next voucher number of its year and logs it', () => {
    const { id, agreementId } = centralProject(f);
    const ctx = f.as(f.users.project);
    const row = ledger.post(ctx, { applicationId: id, ...expense({ amountFen: 12_345 }) });
    expect(row).toMatchObject({
      voucherNo: '2015-0001',
      lineCode: '02',
      categoryCode: 'ACTIVITY',
      categoryName: '活动经费',
      amountFen: 12_345,
      reversesId: null,
      reversedById: null,
      postedBy: { id: f.users.project.id, displayName: 'project' },
    });
    expect(post(id).voucherNo).toBe('2015-0002');
    expect(ctx.changes).toMatchObject([{ entityType: 'ledgerLine', entityId: String(row.id), before: null }]);
    expect(listAllLedgerLines(f.app.db, agreementId).map((l) => l.voucherNo)).toEqual(['2015-0001', '2015-0002']);
  });

  it('refuses a date outside the project period', () => {
    const { id } = centralProject(f);
    const e = refusal(id, { date: '2015-02-28' });
    expect([e.kind, e.field, ...rulesOf(e)]).toEqual(['RuleViolation', 'date', 'ledger.dateOutsidePeriod']);
    expect(messagesOf(e)).toEqual(['支出日期 2015-02-28 不在项目执行期（2015-03-01 至 2015-12-31）内']);
    expect(post(id, { date: '2015-03-01' }).date).toBe('2015-03-01');
  });

  it('refuses a budget line whose category the program no longer allows, and a line that does not exist', () => {
    const { id } = centralProject(f);
    const program = getFundProgram(f.app.db, f.central)!;
    const ruleSet = ruleSetSchema.parse(program.ruleSet);
    ruleSet.categories = ruleSet.categories.filter((c) => c.code !== 'PUBLICITY');
    updateFundProgram(f.app.db, f.central, { ...program, ruleSet }, '2015-11-09T00:00:00.000Z');
    expect(rulesOf(refusal(id, { lineCode: '03' }))).toEqual(['ledger.categoryNotAllowed']);
    const unknown = refusal(id, { lineCode: '09' });
    expect([unknown.field, ...rulesOf(unknown)]).toEqual(['lineCode', 'ledger.unknownBudgetLine']);
    expect(messagesOf(unknown)).toEqual(['预算科目“09”不在当前预算（第 1 版）中']);
  });

  it('refuses a cost type forbidden for central funds, naming the source and its basis', () => {
    const { id } = centralProject(f);
    const e = refusal(id, { costType: 'management_fee' });
    expect([e.field, ...rulesOf(e)]).toEqual(['costType', 'ledger.forbiddenCostType']);
    expect(messagesOf(e)).toEqual(['中央财政资金不得列支管理费（财社〔2012〕138号）']);
    expect(messagesOf(e, 'en')).toEqual(['central fiscal funds may not pay for management fees (财社〔2012〕138号)']);
    // Hospitality is not on the central list…
    expect(post(id, { costType: 'hospitality' }).costType).toBe('hospitality');
  });

  it('refuses for lottery funds the costs only the lottery rules forbid, matching funds included', () => {
    const { id } = lotteryProject(f);
    const e = refusal(id, { date: '2016-05-01', costType: 'hospitality' });
    expect(messagesOf(e)).toEqual(['市级福彩公益金不得列支招待费（彩票公益金管理办法）']);
    expect(
      rulesOf(refusal(id, { date: '2016-05-01', costType: 'trip_abroad', share: 'grant', advance: true })),
    ).toEqual(['ledger.forbiddenCostType']);
    expect(post(id, { date: '2016-05-01' }).voucherNo).toBe('2016-0001');
  });

  it('refuses spending beyond the tolerance until an approved adjustment raises the line', () => {
    const { id } = centralProject(f);
    // PUBLICITY: grant 3,000.00 with 10% tolerance, up to 3,300.00 passes.
    post(id, { lineCode: '03', share: 'grant', amountFen: 300_000 });
    post(id, { lineCode: '03', share: 'grant', amountFen: 30_000 });
    const e = refusal(id, { lineCode: '03', share: 'grant', amountFen: 1 });
    expect([e.field, ...rulesOf(e)]).toEqual(['amountFen', 'ledger.overBudget']);
    expect(messagesOf(e)).toEqual([
      '预算行 03 的财政资金超预算：当前预算（第 1 版）财政资金 3,000.00 元，已支出 3,300.00 元，本笔 0.01 元，超出 300.01 元，超过允许的 10%（300.00 元）；须先经批准的预算调整将该行财政资金调至不少于 3,000.01 元',
    ]);
    const request = budgets.requestAdjustment(f.as(f.users.project), {
      applicationId: id,
      baseVersion: 1,
      reason: '宣传品加印',
      lines: [
        { lineCode: '02', amountFen: 2_200_000 },
        { lineCode: '03', amountFen: 400_000 },
      ],
    });
    expect(rulesOf(refusal(id, { lineCode: '03', share: 'grant', amountFen: 1 }))).toEqual(['ledger.overBudget']);
    budgets.approveAdjustment(f.as(f.users.finance), { adjustmentId: request.id });
    expect(post(id, { lineCode: '03', share: 'grant', amountFen: 100_000 }).amountFen).toBe(100_000);
    const view = budgets.view(f.as(f.users.auditor), { applicationId: id });
    expect(view.execution.rows.find((r) => r.lineCode === '03')).toMatchObject({
      grant: {
        originalFen: 300_000,
        currentFen: 400_000,
        actualFen: 430_000,
        balanceFen: -30_000,
        executionRate: { basisPoints: 10_750, text: '107.50%' },
      },
      coveredByVersion: 2,
    });
  });

  it('checks matching spending against the line’s matching budget, not its grant', () => {
    const { id } = centralProject(f);
    // PUBLICITY: matching 300.00 (10% tolerance: 330.00); the grant's 3,000.00 does not count for it.
    post(id, { lineCode: '03', share: 'matching', amountFen: 33_000 });
    const e = refusal(id, { lineCode: '03', share: 'matching', amountFen: 1 });
    expect(messagesOf(e)).toEqual([
      '预算行 03 的配套资金超预算：当前预算（第 1 版）配套资金 300.00 元，已支出 330.00 元，本笔 0.01 元，超出 30.01 元，超过允许的 10%（30.00 元）；须先经批准的预算调整将该行配套资金调至不少于 300.01 元',
    ]);
    expect(post(id, { lineCode: '03', share: 'grant', amountFen: 300_000 }).amountFen).toBe(300_000);
    const row = budgets.view(f.as(f.users.auditor), { applicationId: id }).execution.rows[2]!;
    expect([row.grant.executionRate.text, row.matching.executionRate.text, row.total.executionRate.text]).toEqual([
      '100.00%',
      '110.00%',
      '100.91%',
    ]);
  });

  it('refuses grant spending above the grant received unless it is an advance (垫支)', () => {
    const { id } = centralProject(f, { release: false });
    const e = refusal(id, { share: 'grant', amountFen: 50_000 });
    expect([e.field, ...rulesOf(e)]).toEqual(['amountFen', 'ledger.grantExceedsReceived']);
    expect(messagesOf(e)[0]).toContain('已到位 0.00 元，已支出 0.00 元，本笔 500.00 元，超出 500.00 元');
    const advance = post(id, { share: 'grant', amountFen: 50_000, advance: true });
    expect(advance.advance).toBe(true);
    expect(rulesOf(refusal(id, { share: 'matching', advance: true }))).toEqual(['ledger.advanceNotGrant']);
    const view = budgets.view(f.as(f.users.finance), { applicationId: id });
    expect([view.grantReceivedFen, view.grantSpentFen, view.advanceOpenFen]).toEqual([0, 50_000, 50_000]);
  });

  it('allows grant spending up to what was received', () => {
    const { id } = centralProject(f);
    post(id, { share: 'grant', lineCode: '01', amountFen: 1_400_000 });
    post(id, { share: 'grant', lineCode: '02', amountFen: 1_000_000 });
    expect(rulesOf(refusal(id, { share: 'grant', amountFen: 1 }))).toEqual(['ledger.grantExceedsReceived']);
  });

  it('refuses anything dated in a locked year', () => {
    const { id } = centralProject(f);
    lockYear(f, 2015);
    const e = refusal(id, {});
    expect([e.field, ...rulesOf(e)]).toEqual(['date', 'ledger.periodLocked']);
    expect(messagesOf(e)).toEqual(['2015 年度已结账，不能在该期间（2015-06-01）登记']);
  });

  it('refuses everything in a closed project', () => {
    const { id, agreementId } = centralProject(f);
    post(id);
    closeProject(f, agreementId);
    expect(rulesOf(refusal(id, {}))).toEqual(['ledger.projectClosed']);
    expect(budgets.view(f.as(f.users.finance), { applicationId: id })).toMatchObject({
      closed: true,
      availableActions: [],
    });
  });

  it('lists every broken rule at once', () => {
    const { id } = centralProject(f, { release: false });
    const e = refusal(id, { date: '2016-01-02', lineCode: '03', amountFen: 400_000, costType: 'fine', share: 'grant' });
    expect(rulesOf(e)).toEqual([
      'ledger.dateOutsidePeriod',
      'ledger.forbiddenCostType',
      'ledger.overBudget',
      'ledger.grantExceedsReceived',
    ]);
  });

  it('refuses before approval', () => {
    const id = driveTo(f, 'in_notice');
    const e = refusal(id, {});
    expect(messagesOf(e)).toEqual(['申报项目当前状态为“公示中”，立项后才有预算和支出台账']);
  });
});

describe('postExpenditures (batches, as the import posts them)', () => {
  it('checks each row against the rows before it and writes nothing when any row fails', () => {
    const { id, agreementId } = centralProject(f);
    const ctx = f.as(f.users.finance);
    const rows = [
      expense({ lineCode: '03', share: 'grant', amountFen: 300_000 }),
      expense({ lineCode: '03', share: 'grant', amountFen: 30_000 }),
      expense({ lineCode: '03', share: 'grant', amountFen: 1 }),
      expense({ date: '2014-12-31' }),
    ];
    const r = ledger.postExpenditures(ctx, id, rows);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failures.map((x) => [x.index, x.field, x.rule])).toEqual([
      [2, 'amountFen', 'ledger.overBudget'],
      [3, 'date', 'ledger.dateOutsidePeriod'],
    ]);
    expect(listAllLedgerLines(f.app.db, agreementId)).toEqual([]);
    expect(ctx.changes).toEqual([]);
  });

  it('posts a clean batch in order, with one log entry each or one summary', () => {
    const { id } = centralProject(f);
    const ctx = f.as(f.users.finance);
    const r = ledger.postExpenditures(ctx, id, [expense(), expense({ date: '2015-07-01', amountFen: 5 })]);
    expect(r).toMatchObject({ ok: true, count: 2, sumFen: 10_005 });
    expect(r.ok && r.lines.map((l) => l.voucherNo)).toEqual(['2015-0001', '2015-0002']);
    expect(ctx.changes).toHaveLength(2);
    const dry = ledger.postExpenditures(f.as(f.users.finance), id, [expense()], { dryRun: true });
    expect(dry).toEqual({ ok: true, count: 1, sumFen: 10_000, lines: [], records: [] });
    const summary = f.as(f.users.finance);
    const bare = ledger.postExpenditures(summary, id, [expense(), expense()], { audit: 'summary', result: 'records' });
    // An import asks for the stored records only: no display rows are built.
    expect(bare.ok && [bare.lines.length, bare.records.map((l) => l.voucherNo)]).toEqual([
      0,
      ['2015-0003', '2015-0004'],
    ]);
    expect(summary.changes).toMatchObject([
      { entityType: 'ledger', after: { posted: 2, firstVoucher: '2015-0003', lastVoucher: '2015-0004' } },
    ]);
  });

  it('resolves the import column 预算科目 to a line code', () => {
    const { id } = centralProject(f);
    const lc = ledger.loadPostingContext(f.as(f.users.finance), id);
    expect(ledger.resolveBudgetLine(lc, '02')).toEqual({ ok: true, lineCode: '02' });
    expect(ledger.resolveBudgetLine(lc, '2')).toEqual({ ok: true, lineCode: '02' });
    expect(ledger.resolveBudgetLine(lc, 'ACTIVITY')).toEqual({ ok: true, lineCode: '02' });
    expect(ledger.resolveBudgetLine(lc, '宣传费')).toEqual({ ok: true, lineCode: '03' });
    expect(ledger.resolveBudgetLine(lc, '培训费')).toMatchObject({
      ok: false,
      violation: { rule: 'ledger.unknownBudgetLine' },
    });
  });

  it('refuses a category name that several lines share', () => {
    const { id } = centralProject(f);
    budgets.approveAdjustment(f.as(f.users.finance), {
      adjustmentId: budgets.requestAdjustment(f.as(f.users.project), {
        applicationId: id,
        baseVersion: 1,
        reason: '拆分活动经费',
        lines: [
          { lineCode: '02', amountFen: 2_000_000 },
          { lineCode: '04', categoryCode: 'ACTIVITY', amountFen: 300_000 },
        ],
      }).id,
    });
    const lc = ledger.loadPostingContext(f.as(f.users.finance), id);
    expect(ledger.resolveBudgetLine(lc, '活动经费')).toEqual({
      ok: false,
      violation: { rule: 'ledger.lineAmbiguous', params: { text: '活动经费', lines: '02、04' } },
    });
  });
});
