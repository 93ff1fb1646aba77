import type { BudgetView, LedgerRow, OpParsedInput, TrancheView } from '../../contract/index';
import { interpolate } from '../../contract/index';
import { EXPORT_WORDS } from '../../contract/messages/exports';
import { iterateLedger } from '../../db/ledger-repo';
import * as budgets from '../budgets/index';
import { loadProject } from '../budgets/project';
import type { ServiceContext } from '../context';
import { ledgerRowView } from '../ledger/present';
import * as tranches from '../tranches/index';
import { amount, beijingTime, label, localeOf, withNote, yesNo } from './cells';
import type { ExportView } from './export-view';

/** The project's number (its approval number), which names the file and heads the 说明 sheet. */
function projectNumber(ctx: ServiceContext, input: { applicationId: number }): string {
  return loadProject(ctx, input.applicationId).agreement.agreementNumber;
}

function reversalLink(r: LedgerRow, locale: 'zh' | 'en'): string {
  if (r.reversesVoucherNo) return interpolate(EXPORT_WORDS.reversalOf[locale], { voucherNo: r.reversesVoucherNo });
  if (r.reversedByVoucherNo) return interpolate(EXPORT_WORDS.reversedBy[locale], { voucherNo: r.reversedByVoucherNo });
  return '';
}

export const ledgerView: ExportView<OpParsedInput<'exports.ledger'>, LedgerRow> = {
  name: 'ledger',
  scope: 'ledger',
  columns: {
    voucherNo: (r) => r.voucherNo,
    date: (r) => r.date,
    invoiceNo: (r) => r.invoiceNo,
    lineCode: (r) => `${r.lineCode} ${r.categoryName}`,
    share: (r, l) => label('share', r.share, l),
    payee: (r) => r.payee,
    summary: (r) => r.summary,
    // Reversals (红字) are negative, as in the ledger's sum.
    amountFen: (r) => amount(r.amountFen),
    advance: (r, l) => (r.advance ? yesNo(true, l) : ''),
    link: (r, l) => reversalLink(r, l),
    costType: (r, l) => (r.costType ? label('costType', r.costType, l) : ''),
    reason: (r) => r.reason,
    postedBy: (r) => r.postedBy.displayName,
    postedAt: (r) => beijingTime(r.postedAt),
  },
  *rows(ctx, input) {
    const project = loadProject(ctx, input.applicationId);
    const q = { search: input.search, filters: input.filters, sort: input.sort };
    for (const line of iterateLedger(ctx.db, project.agreement.id, q)) yield ledgerRowView(project, line);
  },
  subject: projectNumber,
  filterText: {
    share: (ctx, v) => label('share', String(v), localeOf(ctx)),
    reversals: (ctx, v) => label('reversals', String(v), localeOf(ctx)),
  },
};

type ExecutionTotal = BudgetView['execution']['total'];
type ExecutionRow = BudgetView['execution']['rows'][number] | { totalRow: true; amounts: ExecutionTotal };
const isTotal = (r: ExecutionRow): boolean => 'totalRow' in r;
const SHARES = ['grant', 'matching', 'total'] as const;
const SHARE_AMOUNTS = ['original', 'current', 'actual', 'balance'] as const;

function shareOf(r: ExecutionRow, share: (typeof SHARES)[number]): ExecutionTotal['grant'] {
  return 'totalRow' in r ? r.amounts[share] : r[share];
}

/**
 * 预算执行 with whichever columns the table shows: the line, then per share (财政资金, 配套资金, 合计) the
 * budget, actual, balance and rate, named as the table names them ('grant-current', 'matching-rate', …).
 */
const shareColumns: Record<string, (r: ExecutionRow) => ReturnType<typeof amount> | string> = {};
for (const share of SHARES) {
  for (const key of SHARE_AMOUNTS) shareColumns[`${share}-${key}`] = (r) => amount(shareOf(r, share)[`${key}Fen`]);
  shareColumns[`${share}-rate`] = (r) => shareOf(r, share).executionRate.text;
}

export const budgetExecutionView: ExportView<OpParsedInput<'exports.budgetExecution'>, ExecutionRow> = {
  name: 'budgetExecution',
  scope: 'budgets',
  columns: {
    line: (r, l) => (isTotal(r) ? EXPORT_WORDS.total[l] : `${'lineCode' in r ? r.lineCode : ''} ${categoryOf(r)}`),
    category: (r) => ('categoryCode' in r ? r.categoryCode : ''),
    costType: (r, l) => ('costType' in r && r.costType ? label('costType', r.costType, l) : ''),
    ...shareColumns,
  },
  *rows(ctx, input) {
    const view = budgets.view(ctx, { applicationId: input.applicationId });
    yield* view.execution.rows;
    // The table's 合计 line, as shown under it.
    yield { totalRow: true as const, amounts: view.execution.total };
  },
  isTotalRow: isTotal,
  subject: projectNumber,
};

function categoryOf(r: ExecutionRow): string {
  return 'categoryName' in r ? r.categoryName : '';
}

export const tranchesView: ExportView<OpParsedInput<'exports.tranches'>, TrancheView> = {
  name: 'tranches',
  scope: 'tranches',
  columns: {
    seq: (r) => r.seq,
    percent: (r) => `${r.percent}%`,
    amountFen: (r) => amount(r.amountFen),
    condition: (r, l) =>
      r.milestoneName
        ? withNote(label('trancheCondition', r.condition, l), r.milestoneName, l)
        : label('trancheCondition', r.condition, l),
    state: (r, l) => label('trancheState', r.state, l),
    voucherNo: (r) => r.voucherNo ?? '',
    voucherDate: (r) => r.voucherDate ?? '',
    preparedBy: (r) => r.preparedBy?.displayName ?? '',
    preparedAt: (r) => beijingTime(r.preparedAt),
    releasedBy: (r) => r.releasedBy?.displayName ?? '',
    releasedAt: (r) => beijingTime(r.releasedAt),
  },
  rows: (ctx, input) => tranches.list(ctx, { applicationId: input.applicationId }).tranches,
  subject: projectNumber,
};
