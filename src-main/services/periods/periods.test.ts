import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught, messagesOf, openAppsFixture, rulesOf, type AppsFixture } from '../../testing/applications';
import * as closeOut from '../close-out/index';
import { settledProject, spend } from '../../testing/close-out';
import * as tranches from '../tranches/index';
import { approvedWithTranches, prepareAs } from '../../testing/tranches';
import * as svc from './index';

let f: AppsFixture;
beforeEach(() => {
  f = openAppsFixture();
});
afterEach(() => f.close());

const list = (user = f.users.finance) => svc.list(f.as(user));
const lock = (year = 2015, user = f.users.finance) => svc.lock(f.as(user), { year, note: '年度结账' });

describe('fiscal years (periods.list)', () => {
  it('lists every year with posted money, and who may lock it', () => {
    expect(list().years).toEqual([]);
    settledProject(f);
    const v = list();
    expect(v.today).toBe('2016-01-10');
    expect(v.years).toEqual([
      { year: 2015, locked: null, pending: [], blockers: [], mayLock: true, availableActions: ['lock'] },
    ]);
    expect(list(f.users.admin).years[0]).toMatchObject({ mayLock: true, availableActions: [] });
  });
});

describe('locking a year (periods.lock)', () => {
  it('waits until the year has ended in Shanghai', () => {
    settledProject(f);
    f.clock.ms = Date.UTC(2015, 11, 31, 15, 59, 59); // 23:59:59 on 31 December in Shanghai
    const e = caught(() => lock());
    expect([e.field, ...rulesOf(e)]).toEqual(['year', 'period.notEnded']);
    expect(messagesOf(e)).toEqual(['2015 年度尚未结束（今天是 2015-12-31），不能结账']);
    f.clock.ms = Date.UTC(2015, 11, 31, 16, 0, 0); // midnight: 2016 has begun
    expect(lock().years[0]!.locked).toMatchObject({ note: '年度结账', by: { id: f.users.finance.id } });
  });

  it('refuses while a prepared tranche of the year waits for release, then locks once and for good', () => {
    const { id, ids } = approvedWithTranches(f);
    prepareAs(f, f.users.finance, ids[0]!);
    f.clock.ms = Date.UTC(2016, 0, 10, 2);
    const year = list(f.users.admin).years[0]!;
    expect(year.pending).toEqual([
      { kind: 'tranche', date: '2015-11-08', applicationId: id, agreementNumber: expect.any(String), ref: '1' },
    ]);
    expect(year.blockers.map((b) => b.message)).toEqual([
      '2015 年度尚有 1 笔事项未记账（待确认的拨付），全部记账后才能结账',
    ]);
    const e = caught(() => lock());
    expect(rulesOf(e)).toEqual(['period.unposted']);
    expect(e.params.violations).toMatchObject([{ params: { kinds: '待确认的拨付', count: 1 } }]);

    tranches.release(f.as(f.users.finance2), { trancheId: ids[0]! });
    const ctx = f.as(f.users.finance);
    const locked = svc.lock(ctx, { year: 2015, note: '' });
    expect(locked.years[0]).toMatchObject({ year: 2015, mayLock: false, blockers: [{ rule: 'period.alreadyLocked' }] });
    expect(ctx.changes).toEqual([
      { entityType: 'fiscalPeriod', entityId: '2015', before: null, after: { year: 2015, note: '' } },
    ]);
    expect(rulesOf(caught(() => lock()))).toEqual(['period.alreadyLocked']);
  });

  it('nothing is posted into a locked year: ledger, recoveries, tranches, the closing date', () => {
    const { id } = settledProject(f);
    lock();
    const ledger = caught(() => spend(f, id, 100, { date: '2015-12-20' }));
    expect(rulesOf(ledger)).toEqual(['ledger.periodLocked']);
    expect(messagesOf(ledger).join()).toContain('2015');
    const recovery = caught(() =>
      closeOut.recordRecovery(f.as(f.users.finance), {
        applicationId: id,
        kind: 'unspent',
        amountFen: 400_000,
        voucherNo: '缴-2015-0001',
        date: '2015-12-28',
        reason: '',
      }),
    );
    expect([recovery.field, ...rulesOf(recovery)]).toEqual(['date', 'recovery.periodLocked']);
    expect(messagesOf(recovery)).toEqual(['2015 年度已结账，不能登记日期为 2015-12-28 的资金收回']);
    closeOut.recordRecovery(f.as(f.users.finance), {
      applicationId: id,
      kind: 'unspent',
      amountFen: 400_000,
      voucherNo: '缴-2016-0001',
      date: '2016-01-05',
      reason: '',
    });
    const closing = caught(() =>
      closeOut.close(f.as(f.users.finance), { applicationId: id, closedDate: '2015-12-31', note: '' }),
    );
    expect(rulesOf(closing)).toEqual(['closeOut.periodLocked', 'closeOut.dateBeforeLastEntry']);
  });

  it('a tranche cannot be prepared with a voucher dated in a locked year', () => {
    const { ids } = approvedWithTranches(f);
    f.clock.ms = Date.UTC(2016, 0, 10, 2);
    lock();
    const e = caught(() => prepareAs(f, f.users.finance, ids[0]!));
    expect([e.field, ...rulesOf(e)]).toEqual(['voucherDate', 'tranche.periodLocked']);
    expect(messagesOf(e)).toEqual(['2015 年度已结账，不能登记日期为 2015-11-08 的拨付']);
    const ok = tranches.prepare(f.as(f.users.finance), {
      trancheId: ids[0]!,
      voucherNo: 'V-1',
      voucherDate: '2016-01-08',
    });
    expect(ok.state).toBe('prepared');
  });
});
