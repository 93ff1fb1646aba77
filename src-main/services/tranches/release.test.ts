import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught, messagesOf, openAppsFixture, rulesOf, type AppsFixture } from '../../testing/applications';
import * as svc from './index';
import { approvedWithTranches, prepareAs } from '../../testing/tranches';

let f: AppsFixture;
beforeEach(() => {
  f = openAppsFixture();
});
afterEach(() => f.close());

const list = (id: number, user = f.users.finance) => svc.list(f.as(user), { applicationId: id });

describe('tranche plan (tranches.list)', () => {
  it('shows each tranche with the state of every condition, failing ones named', () => {
    const { id } = approvedWithTranches(f, { signed: false });
    const plan = list(id);
    expect(plan.approvedFen).toBe(4_000_000);
    expect(plan.releasedFen).toBe(0);
    expect(plan.tranches.map((t) => [t.seq, t.amountFen, t.state])).toEqual([
      [1, 2_400_000, 'planned'],
      [2, 1_600_000, 'planned'],
    ]);
    const [first, second] = plan.tranches;
    expect(first!.gates.find((g) => g.gate === 'on_signing')).toMatchObject({ ok: false, message: '项目协议尚未签订' });
    expect(second!.gates.filter((g) => !g.ok).map((g) => g.message)).toEqual([
      '尚无中期评估',
      '第 1 期拨付尚未完成（当前状态：待拨付）',
    ]);
    expect(first!.availableActions).toEqual(['prepare', 'cancel']);
    expect(list(id, f.users.project).tranches[0]!.availableActions).toEqual([]);
  });

  it('exists only for an approved application', () => {
    const e = caught(() => list(1_000));
    expect([e.kind, e.rule]).toEqual(['NotFound', 'application.notFound']);
    const { id } = approvedWithTranches(f);
    expect(list(id).tranches.length).toBe(2);
  });
});

describe('maker–checker release', () => {
  it('refuses the maker as checker, naming the rule, and releases by a different finance user', () => {
    const { id, ids } = approvedWithTranches(f);
    const prepared = prepareAs(f, f.users.finance, ids[0]!);
    expect(prepared.state).toBe('prepared');
    expect(prepared.preparedBy).toEqual({ id: f.users.finance.id, displayName: 'finance' });
    expect(prepared.availableActions).not.toContain('release');
    expect(list(id, f.users.finance2).tranches[0]!.availableActions).toContain('release');

    const e = caught(() => svc.release(f.as(f.users.finance), { trancheId: ids[0]! }));
    expect([e.kind, ...rulesOf(e)]).toEqual(['RuleViolation', 'tranche.makerChecker']);
    expect(messagesOf(e)).toEqual(['拨付须由另一名财务人员审核，经办人不能审核自己提交的拨付']);

    const ctx = f.as(f.users.finance2);
    const released = svc.release(ctx, { trancheId: ids[0]! });
    expect(released).toMatchObject({ state: 'released', voucherNo: '记-2015-0101', voucherDate: '2015-11-08' });
    expect(released.releasedBy?.id).toBe(f.users.finance2.id);
    expect(released.history).toMatchObject([{ kind: 'release', amountFen: 2_400_000, voucherNo: '记-2015-0101' }]);
    expect(ctx.changes).toMatchObject([
      { entityType: 'tranche', entityId: String(ids[0]), after: { state: 'released' } },
    ]);
    expect(list(id).releasedFen).toBe(2_400_000);
  });

  it('refuses a release while the agreement is unsigned, naming the gate', () => {
    const { ids } = approvedWithTranches(f, { signed: false });
    prepareAs(f, f.users.finance, ids[0]!);
    const e = caught(() => svc.release(f.as(f.users.finance2), { trancheId: ids[0]! }));
    expect(rulesOf(e)).toEqual(['tranche.gate.notSigned']);
    expect(messagesOf(e)).toEqual(['项目协议尚未签订']);
  });

  it('refuses a later tranche while the previous one is unsettled, naming every failed gate', () => {
    const { ids } = approvedWithTranches(f);
    prepareAs(f, f.users.finance, ids[1]!);
    const e = caught(() => svc.release(f.as(f.users.finance2), { trancheId: ids[1]! }));
    expect(e.kind).toBe('RuleViolation');
    expect(rulesOf(e)).toEqual(['tranche.gate.midtermMissing', 'tranche.gate.previousNotReleased']);
    expect(messagesOf(e, 'en')).toEqual([
      'there is no mid-term evaluation yet',
      'tranche 1 is not settled yet (it is "planned")',
    ]);
  });

  it('never releases more than the approved amount in total', () => {
    const { id, agreement, ids } = approvedWithTranches(f);
    // A plan that over-commits (only the service checks plan sums): a third tranche of the whole amount.
    const extra = Number(
      f.app.db
        .prepare(
          `INSERT INTO agreement_tranches (agreement_id, seq, percent, amount_fen, condition)
           VALUES (?, 3, 100, 4000000, 'on_signing')`,
        )
        .run(agreement.id).lastInsertRowid,
    );
    prepareAs(f, f.users.finance, ids[0]!);
    svc.release(f.as(f.users.finance2), { trancheId: ids[0]! });
    svc.cancel(f.as(f.users.finance), { trancheId: ids[1]!, reason: '中期评估不合格，停止拨付' });
    prepareAs(f, f.users.finance, extra, '记-2015-0102');
    const e = caught(() => svc.release(f.as(f.users.finance2), { trancheId: extra }));
    expect(rulesOf(e)).toEqual(['tranche.gate.overApproved']);
    expect(messagesOf(e)).toEqual(['已拨付 24,000.00 元加本期 40,000.00 元，超过批复金额 40,000.00 元 24,000.00 元']);
    expect(list(id).releasedFen).toBe(2_400_000);
  });
});
