import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught, messagesOf, openAppsFixture, rulesOf, type AppsFixture } from '../../testing/applications';
import * as budgets from '../budgets/index';
import { finishedEvaluation } from '../../testing/evaluations';
import * as tranches from '../tranches/index';
import { approvedWithTranches, prepareAs } from '../../testing/tranches';
import * as svc from './index';
import { settledProject, spend } from '../../testing/close-out';

let f: AppsFixture;
beforeEach(() => {
  f = openAppsFixture();
});
afterEach(() => f.close());

const view = (id: number, user = f.users.finance) => svc.view(f.as(user), { applicationId: id });
const item = (id: number, name: string) => view(id).checklist.find((c) => c.item === name)!;
const recover = (id: number, patch: Partial<Parameters<typeof svc.recordRecovery>[1]> = {}) =>
  svc.recordRecovery(f.as(f.users.finance), {
    applicationId: id,
    kind: 'unspent',
    amountFen: 400_000,
    voucherNo: '缴-2015-0001',
    date: '2015-12-28',
    reason: '结余资金退回',
    ...patch,
  });
const close = (id: number, closedDate = '2015-12-31') =>
  svc.close(f.as(f.users.finance), { applicationId: id, closedDate, note: '项目按期完成' });
const toJanuary = () => (f.clock.ms = Date.UTC(2016, 0, 10, 2));

describe('close-out checklist (closeOut.view)', () => {
  it('lists every item with its words; the final evaluation is required, rectifications not applicable yet', () => {
    const { id } = approvedWithTranches(f);
    const v = view(id);
    expect(v.checklist.map((c) => [c.item, c.applicable, c.ok])).toEqual([
      ['tranches_settled', true, false],
      ['ledger_posted', true, true],
      ['no_open_advances', true, true],
      ['recovery_settled', true, true],
      ['rectifications_closed', false, true],
      ['final_evaluation', true, false],
    ]);
    expect(v.checklist[0]!.message).toBe('有 2 期拨付尚未完成（第 1、2 期），须拨付或取消');
    expect(v.checklist[4]!.message).toBe('尚无监督检查记录');
    expect(v).toMatchObject({ mayClose: false, closed: null, recoveries: [], availableActions: ['recordRecovery'] });
    expect(view(id, f.users.project).availableActions).toEqual([]);
  });

  it('tranches settled: every tranche released or cancelled', () => {
    const { id, ids } = approvedWithTranches(f);
    prepareAs(f, f.users.finance, ids[0]!);
    tranches.release(f.as(f.users.finance2), { trancheId: ids[0]! });
    expect(item(id, 'tranches_settled')).toMatchObject({
      ok: false,
      message: '有 1 期拨付尚未完成（第 2 期），须拨付或取消',
    });
    tranches.cancel(f.as(f.users.finance), { trancheId: ids[1]!, reason: '无中期评估' });
    expect(item(id, 'tranches_settled')).toMatchObject({ ok: true, message: '全部 2 期拨付已拨付或取消' });
  });

  it('everything posted: a prepared tranche is an unposted entry until released', () => {
    const { id, ids } = approvedWithTranches(f);
    prepareAs(f, f.users.finance, ids[0]!);
    expect(item(id, 'ledger_posted')).toMatchObject({ ok: false, rule: 'closeOut.unposted' });
    tranches.release(f.as(f.users.finance2), { trancheId: ids[0]! });
    expect(item(id, 'ledger_posted')).toMatchObject({ ok: true, rule: 'closeOut.allPosted' });
  });

  it('everything posted: a budget adjustment awaiting its decision counts too', () => {
    const { id } = approvedWithTranches(f);
    const request = budgets.requestAdjustment(f.as(f.users.project), {
      applicationId: id,
      baseVersion: 1,
      reason: '活动场次增加',
      lines: [
        { lineCode: '01', amountFen: 1_300_000 },
        { lineCode: '02', amountFen: 2_400_000 },
      ],
    });
    expect(item(id, 'ledger_posted')).toMatchObject({
      ok: false,
      message: '有 1 笔事项尚未完成审核（待确认的拨付或待审批的预算调整）',
    });
    budgets.withdrawAdjustment(f.as(f.users.project), { adjustmentId: request.id });
    expect(item(id, 'ledger_posted').ok).toBe(true);
  });

  it('no open advance: grant spending beyond the grant received must be covered', () => {
    const { id } = settledProject(f);
    spend(f, id, 500_000, { lineCode: '01', advance: true });
    expect(item(id, 'no_open_advances')).toMatchObject({
      ok: false,
      message: '财政资金支出 25,000.00 元超过到位资金 24,000.00 元，尚有垫支 1,000.00 元未结清',
    });
    expect(view(id).balance).toMatchObject({ grantBalanceFen: -100_000, grantBalanceAfterRecoveryFen: -100_000 });
  });

  it('recovery settled: unspent money recovered; the closing balance then stands at zero', () => {
    const { id } = settledProject(f);
    expect(item(id, 'recovery_settled')).toMatchObject({
      ok: false,
      message: '应收回 4,000.00 元，已收回 0.00 元，尚有 4,000.00 元未收回',
    });
    expect(view(id).recoveryDue).toEqual({
      unspentFen: 400_000,
      disallowedFen: 0,
      dueFen: 400_000,
      outstandingFen: 400_000,
    });
    const after = recover(id);
    expect(after.checklist.find((c) => c.item === 'recovery_settled')).toMatchObject({ ok: true });
    expect(after.balance).toEqual({
      grantReceivedFen: 2_400_000,
      grantSpentFen: 2_000_000,
      grantBalanceFen: 400_000,
      grantRecoveredFen: 400_000,
      grantBalanceAfterRecoveryFen: 0,
      matchingCommittedFen: 400_000,
      matchingSpentFen: 0,
      matchingBalanceFen: 400_000,
    });
    expect(after).toMatchObject({ mayClose: true, availableActions: ['recordRecovery', 'close'] });
    expect(after.recoveries).toMatchObject([
      {
        kind: 'unspent',
        amountFen: 400_000,
        voucherNo: '缴-2015-0001',
        date: '2015-12-28',
        by: { id: f.users.finance.id },
      },
    ]);
    // What was paid back cannot be spent again: grant spending now needs 垫支.
    expect(rulesOf(caught(() => spend(f, id, 100)))).toEqual(['ledger.grantExceedsReceived']);
    expect(spend(f, id, 100, { advance: true }).amountFen).toBe(100);
  });
});

describe('recovery (closeOut.recordRecovery)', () => {
  it('never recovers beyond the grant received, naming the amounts', () => {
    const { id } = settledProject(f);
    const e = caught(() => recover(id, { amountFen: 2_400_001 }));
    expect([e.kind, e.field, ...rulesOf(e)]).toEqual(['RuleViolation', 'amountFen', 'recovery.overReceived']);
    expect(messagesOf(e)).toEqual(['已收回 0.00 元加本次 24,000.01 元，超过到位财政资金 24,000.00 元']);
    // Beyond what is due is allowed (a failed evaluation may recover eligible spending too), up to received.
    recover(id, { amountFen: 2_400_000 });
    expect(rulesOf(caught(() => recover(id, { amountFen: 1, voucherNo: '缴-2' })))).toEqual(['recovery.overReceived']);
  });

  it('refuses a future date, a blank voucher and a disallowed recovery without reason or beyond spending', () => {
    const { id } = settledProject(f);
    const future = caught(() => recover(id, { date: '2016-01-11' }));
    expect([future.field, ...rulesOf(future)]).toEqual(['date', 'recovery.dateInFuture']);
    expect(rulesOf(caught(() => recover(id, { voucherNo: '  ' })))).toEqual(['recovery.voucherRequired']);
    const e = caught(() => recover(id, { kind: 'disallowed', amountFen: 2_000_001, reason: '' }));
    expect(rulesOf(e)).toEqual(['recovery.reasonRequired', 'recovery.disallowedOverSpent']);
  });

  it('counts disallowed money as ineligible spending and as recovered at once', () => {
    const { id } = settledProject(f);
    const v = recover(id, { kind: 'disallowed', amountFen: 300_000, reason: '列支招待费 3,000.00 元，不符合规定' });
    // Due: received − (spent − disallowed) = 24,000 − 17,000; recovered 3,000, so the unspent 4,000 is left.
    expect(v.recoveryDue).toEqual({
      unspentFen: 400_000,
      disallowedFen: 300_000,
      dueFen: 700_000,
      outstandingFen: 400_000,
    });
    recover(id);
    expect(view(id).mayClose).toBe(true);
  });

  it('logs the recovery and refuses it for an application that is not a project', () => {
    const { id } = settledProject(f);
    const ctx = f.as(f.users.finance);
    svc.recordRecovery(ctx, {
      applicationId: id,
      kind: 'unspent',
      amountFen: 1,
      voucherNo: 'V',
      date: '2015-11-08',
      reason: '',
    });
    expect(ctx.changes).toMatchObject([
      {
        entityType: 'recovery',
        before: null,
        after: { kind: 'unspent', amountFen: 1, voucherNo: 'V', applicationId: id },
      },
    ]);
    const draft = caught(() => view(1_000));
    expect([draft.kind, draft.rule]).toEqual(['NotFound', 'application.notFound']);
  });
});

describe('closing (closeOut.close)', () => {
  it('refuses naming every failed item, then closes and keeps the balance and the checklist', () => {
    const { id, ids } = approvedWithTranches(f);
    prepareAs(f, f.users.finance, ids[0]!);
    toJanuary();
    const e = caught(() => close(id));
    expect(rulesOf(e)).toEqual(['closeOut.tranchesUnsettled', 'closeOut.unposted', 'closeOut.finalEvaluationMissing']);
    expect(messagesOf(e, 'en').slice(0, 2)).toEqual([
      '2 tranches are not settled (tranche 1, 2); release or cancel them',
      '1 entries are still awaiting approval (tranches prepared but not released, or budget adjustments)',
    ]);
    tranches.release(f.as(f.users.finance2), { trancheId: ids[0]! });
    tranches.cancel(f.as(f.users.finance), { trancheId: ids[1]!, reason: '无中期评估' });
    finishedEvaluation(f, id, 'final', '2015-12-20');
    spend(f, id, 2_500_000, { advance: true });
    // The cancellation is dated today (2016-01-10), so the project cannot close before that either.
    expect(rulesOf(caught(() => close(id)))).toEqual(['closeOut.dateBeforeLastEntry', 'closeOut.openAdvances']);
    expect(rulesOf(caught(() => close(id, '2016-01-10')))).toEqual(['closeOut.openAdvances']);
  });

  it('closes a settled project once; the record keeps what was checked', () => {
    const { id } = settledProject(f);
    toJanuary();
    expect(rulesOf(caught(() => close(id)))).toEqual(['closeOut.recoveryOutstanding']);
    recover(id);
    const ctx = f.as(f.users.finance);
    const closed = svc.close(ctx, { applicationId: id, closedDate: '2015-12-31', note: ' 按期完成 ' });
    expect(closed.closed).toMatchObject({
      date: '2015-12-31',
      note: '按期完成',
      by: { id: f.users.finance.id },
      balance: { grantReceivedFen: 2_400_000, grantSpentFen: 2_000_000, grantBalanceAfterRecoveryFen: 0 },
    });
    expect(closed.closed!.checklist.map((c) => [c.item, c.ok])).toEqual(closed.checklist.map((c) => [c.item, c.ok]));
    expect(closed).toMatchObject({ mayClose: false, availableActions: [] });
    expect(ctx.changes).toMatchObject([
      { entityType: 'closeOut', after: { closedDate: '2015-12-31', grantRecoveredFen: 400_000 } },
    ]);
    const again = caught(() => close(id));
    expect(messagesOf(again)).toEqual([`项目 ${closed.agreementNumber} 已于 2015-12-31 结项，不能重复结项`]);
    expect(rulesOf(caught(() => recover(id, { voucherNo: '缴-9' })))).toEqual(['recovery.projectClosed']);
  });

  it('checks the closing date: not in the future, not before the last posting', () => {
    const { id } = settledProject(f);
    recover(id);
    toJanuary();
    const future = caught(() => close(id, '2016-01-11'));
    expect([future.field, ...rulesOf(future)]).toEqual(['closedDate', 'closeOut.dateInFuture']);
    const early = caught(() => close(id, '2015-12-01'));
    expect(messagesOf(early)).toEqual(['结项日期 2015-12-01 早于本项目最后一笔记账日期 2015-12-28']);
    expect(close(id, '2015-12-28').closed?.date).toBe('2015-12-28');
  });
});
