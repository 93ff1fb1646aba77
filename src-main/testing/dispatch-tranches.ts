import type { OpInput } from '../contract/index';
import { FIXTURE_APPS } from './dispatch-applications';

/**
 * Valid inputs for the tranche ops. The fixture's approved application has the only agreement, so its first
 * tranche has id 1 (planned, agreement unsigned): prepare and cancel can succeed; the others reach the
 * state machine's and the gates' refusals.
 */
export function trancheSamples() {
  return {
    'tranches.list': { applicationId: FIXTURE_APPS.approved },
    'tranches.prepare': { trancheId: 1, voucherNo: '记-2024-0001', voucherDate: '2024-05-01' },
    'tranches.withdraw': { trancheId: 1, reason: '凭证号有误' },
    'tranches.release': { trancheId: 1 },
    'tranches.reverse': { trancheId: 1, date: '2024-05-01', reason: '重复拨付' },
    'tranches.cancel': { trancheId: 1, reason: '中期评估不合格，停止拨付' },
  } satisfies { [N in TrancheOp]: OpInput<N> };
}

type TrancheOp =
  | 'tranches.list'
  | 'tranches.prepare'
  | 'tranches.withdraw'
  | 'tranches.release'
  | 'tranches.reverse'
  | 'tranches.cancel';
