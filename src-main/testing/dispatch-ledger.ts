import type { OpInput } from '../contract/index';
import { FIXTURE_APPS } from './dispatch-applications';

const expenditure = {
  date: '2015-06-01',
  invoiceNo: 'No.00012345',
  lineCode: '02',
  share: 'matching' as const,
  payee: '重庆市渝中区文印服务部',
  summary: '小组活动材料印制',
  amountFen: 120_000,
  advance: false,
  costType: null,
};

/**
 * Valid inputs for the budget and ledger ops. The fixture's approved application (central 2015, lines 01
 * STAFF, 02 ACTIVITY, 03 PUBLICITY) has version 1 and no tranche released yet, so matching-fund postings
 * succeed; adjustment 1 and ledger line 1 exist only once a request or a posting made them.
 */
export function ledgerSamples() {
  return {
    'budgets.view': { applicationId: FIXTURE_APPS.approved },
    'budgets.requestAdjustment': {
      applicationId: FIXTURE_APPS.approved,
      baseVersion: 1,
      reason: '活动场次增加，人员经费结余调入活动经费',
      lines: [
        { lineCode: '01', amountFen: 1_300_000 },
        { lineCode: '02', amountFen: 2_400_000 },
      ],
    },
    'budgets.approveAdjustment': { adjustmentId: 1 },
    'budgets.rejectAdjustment': { adjustmentId: 1, reason: '调整依据不足' },
    'budgets.withdrawAdjustment': { adjustmentId: 1 },
    'ledger.list': {
      applicationId: FIXTURE_APPS.approved,
      page: 1,
      pageSize: 50,
      sort: [{ id: 'date', desc: true }],
      search: '材料',
      filters: { lineCode: '02', share: 'matching', dateFrom: '2015-03-01', dateTo: '2015-12-31', reversals: 'all' },
    },
    'ledger.post': { applicationId: FIXTURE_APPS.approved, ...expenditure },
    'ledger.reverse': {
      lineId: 1,
      date: '2015-07-01',
      reason: '金额录入错误',
      replacement: { ...expenditure, date: '2015-07-01', amountFen: 102_000 },
    },
  } satisfies { [N in LedgerOp]: OpInput<N> };
}

type LedgerOp =
  | 'budgets.view'
  | 'budgets.requestAdjustment'
  | 'budgets.approveAdjustment'
  | 'budgets.rejectAdjustment'
  | 'budgets.withdrawAdjustment'
  | 'ledger.list'
  | 'ledger.post'
  | 'ledger.reverse';
