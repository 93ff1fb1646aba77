import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught, messagesOf, openAppsFixture, rulesOf, type AppsFixture } from '../../testing/applications';
import * as closeOut from '../close-out/index';
import { settledProject, spend } from '../../testing/close-out';
import { loadPostingContext } from '../ledger/context';
import * as svc from './index';

let f: AppsFixture;
beforeEach(() => {
  f = openAppsFixture();
});
afterEach(() => f.close());

const view = (id: number) => svc.view(f.as(f.users.finance), { applicationId: id });
const recover = (id: number, amountFen: number) =>
  closeOut.recordRecovery(f.as(f.users.finance), {
    applicationId: id,
    kind: 'unspent',
    amountFen,
    voucherNo: '缴-2015-0001',
    date: '2015-12-28',
    reason: '结余资金退回',
  });

describe('one loader of a project’s money facts', () => {
  it('after a recovery the budget tab shows as available exactly what the posting rule allows', () => {
    // 24,000.00 received, 20,000.00 spent; 3,000.00 of the unspent 4,000.00 is paid back.
    const { id } = settledProject(f);
    expect(view(id)).toMatchObject({ grantReceivedFen: 2_400_000, recoveredFen: 0, grantBalanceFen: 400_000 });
    recover(id, 300_000);
    const v = view(id);
    expect(v).toMatchObject({
      grantReceivedFen: 2_400_000,
      recoveredFen: 300_000,
      grantSpentFen: 2_000_000,
      grantBalanceFen: 100_000,
      advanceOpenFen: 0,
    });
    // The posting rule judges by the same figure: one fen beyond the balance shown is refused…
    const e = caught(() => spend(f, id, v.grantBalanceFen + 1, { date: '2015-12-29' }));
    expect(rulesOf(e)).toEqual(['ledger.grantExceedsReceived']);
    expect(messagesOf(e)[0]).toContain('已到位 21,000.00 元，已支出 20,000.00 元，本笔 1,000.01 元，超出 0.01 元');
    // …and the balance itself is accepted, after which the tab shows nothing left.
    spend(f, id, v.grantBalanceFen, { date: '2015-12-29' });
    expect(view(id)).toMatchObject({ grantBalanceFen: 0, advanceOpenFen: 0 });
    const posting = loadPostingContext(f.as(f.users.finance), id).posting;
    expect(posting.grantReceivedFen - posting.grantSpentFen).toBe(view(id).grantBalanceFen);
  });

  it('close-out reads the same figures as the budget tab', () => {
    const { id } = settledProject(f);
    recover(id, 300_000);
    const v = view(id);
    const balance = closeOut.view(f.as(f.users.finance), { applicationId: id }).balance;
    expect(balance).toMatchObject({
      grantReceivedFen: v.grantReceivedFen,
      grantSpentFen: v.grantSpentFen,
      grantRecoveredFen: v.recoveredFen,
      grantBalanceAfterRecoveryFen: v.grantBalanceFen,
      matchingSpentFen: v.matchingSpentFen,
    });
  });
});
