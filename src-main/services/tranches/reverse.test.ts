import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught, driveTo, messagesOf, openAppsFixture, rulesOf, type AppsFixture } from '../../testing/applications';
import * as svc from './index';
import { approvedWithTranches, prepareAs } from '../../testing/tranches';

let f: AppsFixture;
beforeEach(() => {
  f = openAppsFixture();
});
afterEach(() => f.close());

const recordRows = () => f.app.db.prepare('SELECT * FROM tranche_records ORDER BY id').all();

function released() {
  const t = approvedWithTranches(f);
  prepareAs(f, f.users.finance, t.ids[0]!);
  svc.release(f.as(f.users.finance2), { trancheId: t.ids[0]! });
  return t;
}

describe('reversal (冲销)', () => {
  it('posts a negative record pointing at the release and leaves the release unchanged', () => {
    const { id, ids } = released();
    const [releaseRow] = recordRows() as Record<string, unknown>[];
    const ctx = f.as(f.users.finance);
    const v = svc.reverse(ctx, { trancheId: ids[0]!, date: '2015-11-08', reason: '重复拨付' });
    expect(v.state).toBe('reversed');
    expect(v.voucherNo).toBeNull();
    expect(v.history.map((h) => [h.kind, h.amountFen, h.reason])).toEqual([
      ['release', 2_400_000, ''],
      ['reversal', -2_400_000, '重复拨付'],
    ]);
    const rows = recordRows() as Record<string, unknown>[];
    expect(rows[0]).toEqual(releaseRow);
    expect(rows[1]).toMatchObject({ kind: 'reversal', amount_fen: -2_400_000, reverses_id: releaseRow!.id });
    expect(ctx.changes).toMatchObject([{ entityType: 'tranche', after: { state: 'reversed', amountFen: -2_400_000 } }]);
    expect(svc.list(f.as(f.users.auditor), { applicationId: id }).releasedFen).toBe(0);
  });

  it('lets a reversed tranche be prepared and released again, and refuses a second reversal of a release', () => {
    const { id, ids } = released();
    svc.reverse(f.as(f.users.finance), { trancheId: ids[0]!, date: '2015-11-08', reason: '凭证错误' });
    const again = caught(() =>
      svc.reverse(f.as(f.users.finance), { trancheId: ids[0]!, date: '2015-11-08', reason: 'x' }),
    );
    expect(rulesOf(again)).toEqual(['tranche.illegalTransition']);
    expect(messagesOf(again)).toEqual(['该期拨付当前状态为“已冲销”，不能执行“冲销”']);
    // Roles swap this time: the maker and checker need only differ.
    prepareAs(f, f.users.finance2, ids[0]!, '记-2015-0110');
    const v = svc.release(f.as(f.users.finance), { trancheId: ids[0]! });
    expect(v.state).toBe('released');
    expect(v.history.map((h) => [h.kind, h.amountFen, h.voucherNo])).toEqual([
      ['release', 2_400_000, '记-2015-0101'],
      ['reversal', -2_400_000, '记-2015-0101'],
      ['release', 2_400_000, '记-2015-0110'],
    ]);
    expect(svc.list(f.as(f.users.finance), { applicationId: id }).releasedFen).toBe(2_400_000);
  });

  it('needs a reason and a date not before the release nor in the future', () => {
    const { ids } = released();
    const reverse = (date: string, reason: string) =>
      caught(() => svc.reverse(f.as(f.users.finance), { trancheId: ids[0]!, date, reason }));
    expect(rulesOf(reverse('2015-11-01', ' '))).toEqual(['tranche.reversalReason', 'tranche.reversalBeforeRelease']);
    expect(rulesOf(reverse('2015-11-09', '错误'))).toEqual(['tranche.dateInFuture']);
    expect(recordRows().length).toBe(1);
  });
});

describe('prepare, withdraw and cancel', () => {
  it('needs a voucher number and a real date that is not in the future', () => {
    const { ids } = approvedWithTranches(f);
    const prepare = (voucherNo: string, voucherDate: string) =>
      caught(() => svc.prepare(f.as(f.users.finance), { trancheId: ids[0]!, voucherNo, voucherDate }));
    expect(rulesOf(prepare(' ', '2015-11-08'))).toEqual(['tranche.voucherRequired']);
    const future = prepare('记-1', '2015-11-09');
    expect(messagesOf(future)).toEqual(['日期 2015-11-09 晚于今天（2015-11-08），不能登记未来日期']);
    expect(future.field).toBe('voucherDate');
  });

  it('withdraws a preparation back to planned, and cancels with a reason as a settled tranche', () => {
    const { id, ids } = approvedWithTranches(f);
    prepareAs(f, f.users.finance, ids[0]!);
    const w = svc.withdraw(f.as(f.users.finance2), { trancheId: ids[0]!, reason: '凭证号有误' });
    expect([w.state, w.voucherNo, w.preparedBy]).toEqual(['planned', null, null]);
    expect(rulesOf(caught(() => svc.cancel(f.as(f.users.finance), { trancheId: ids[0]!, reason: ' ' })))).toEqual([
      'tranche.cancelReason',
    ]);
    const c = svc.cancel(f.as(f.users.finance), { trancheId: ids[0]!, reason: '项目终止' });
    expect(c.state).toBe('cancelled');
    expect(c.history).toMatchObject([{ kind: 'cancellation', amountFen: 0, reason: '项目终止', date: '2015-11-08' }]);
    expect(c.availableActions).toEqual([]);
    // The cancelled first tranche counts as settled for the second.
    const second = svc.list(f.as(f.users.finance), { applicationId: id }).tranches[1]!;
    expect(second.gates.find((g) => g.gate === 'previous_released')?.ok).toBe(true);
  });

  it('has no tranches before approval, and none for an unknown tranche', () => {
    const pending = driveTo(f, 'finance_review');
    const e = caught(() => svc.list(f.as(f.users.finance), { applicationId: pending }));
    expect([e.kind, ...rulesOf(e)]).toEqual(['RuleViolation', 'tranche.notApproved']);
    expect(messagesOf(e)).toEqual(['申报项目当前状态为“财务审核中”，立项后才有拨付计划']);
    const missing = caught(() => svc.release(f.as(f.users.finance), { trancheId: 999 }));
    expect([missing.kind, missing.rule]).toEqual(['NotFound', 'tranche.notFound']);
  });
});
