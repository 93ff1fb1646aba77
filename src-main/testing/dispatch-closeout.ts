import type { OpInput } from '../contract/index';
import { FIXTURE_APPS } from './dispatch-applications';

/**
 * Valid inputs for the close-out and period ops. The fixture's approved application (period 2015-03-01..
 * 2015-12-31, nothing released or spent) cannot be closed yet (its tranches are planned) and has nothing to
 * recover, so close and recordRecovery reach their rules; the fixture's clock is in 2024, so 2015 has ended
 * and, with nothing pending, periods.lock succeeds.
 */
export function closeOutSamples() {
  return {
    'closeOut.view': { applicationId: FIXTURE_APPS.approved },
    'closeOut.recordRecovery': {
      applicationId: FIXTURE_APPS.approved,
      kind: 'unspent',
      amountFen: 120_000,
      voucherNo: '缴-2015-0012',
      date: '2015-12-28',
      reason: '结余资金退回',
    },
    'closeOut.close': { applicationId: FIXTURE_APPS.approved, closedDate: '2015-12-31', note: '项目按期完成' },
    'periods.list': {},
    'periods.lock': { year: 2015, note: '2015年度结账' },
  } satisfies { [N in CloseOutOp]: OpInput<N> };
}

type CloseOutOp = 'closeOut.view' | 'closeOut.recordRecovery' | 'closeOut.close' | 'periods.list' | 'periods.lock';
