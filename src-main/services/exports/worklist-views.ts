import type {
  AdjustmentQueueRow,
  AdvanceRow,
  MilestoneQueueRow,
  NoticeRow,
  OpParsedInput,
  TrancheQueueRow,
} from '../../contract/index';
import * as worklists from '../home/index';
import { amount, beijingTime, word } from './cells';
import type { ColumnValue, ExportView } from './export-view';
import { allPages } from './list-views';

/**
 * The cross-project worklists, exported with the columns their grids show: each one's rows come from the
 * worklist's own service, page after page, so the file holds exactly what the grid's pages would.
 */

type ProjectRow = { agreementNumber: string; projectName: string; organizationName: string };

function projectColumns<R extends ProjectRow>(): Record<string, ColumnValue<R>> {
  return {
    agreementNumber: (r) => r.agreementNumber,
    projectName: (r) => r.projectName,
    organizationName: (r) => r.organizationName,
  };
}

export const noticesView: ExportView<OpParsedInput<'exports.notices'>, NoticeRow> = {
  name: 'notices',
  scope: 'worklists',
  columns: {
    code: (r) => r.code,
    name: (r) => r.name,
    organizationName: (r) => r.organizationName,
    reviewedFen: (r) => amount(r.reviewedFen),
    startDate: (r) => r.startDate,
    endDate: (r) => r.endDate,
    ended: (r, l) => word(r.ended ? 'noticeEnded' : 'noticeRunning', l),
  },
  rows: (ctx, input) => allPages((page, pageSize) => worklists.notices(ctx, { ...input, page, pageSize })),
};

export const trancheQueueView: ExportView<OpParsedInput<'exports.trancheQueue'>, TrancheQueueRow> = {
  name: 'trancheQueue',
  scope: 'worklists',
  columns: {
    ...projectColumns<TrancheQueueRow>(),
    seq: (r) => r.seq,
    amountFen: (r) => amount(r.amountFen),
    voucherNo: (r) => r.voucherNo,
    preparedBy: (r) => r.preparedBy,
    preparedAt: (r) => beijingTime(r.preparedAt),
    // Who may release depends on who exports: the maker may not be the checker.
    preparedByViewer: (r, l) => word(r.preparedByViewer ? 'preparedByYou' : 'youMayAct', l),
  },
  rows: (ctx, input) => allPages((page, pageSize) => worklists.tranches(ctx, { ...input, page, pageSize })),
};

export const adjustmentQueueView: ExportView<OpParsedInput<'exports.adjustmentQueue'>, AdjustmentQueueRow> = {
  name: 'adjustmentQueue',
  scope: 'worklists',
  columns: {
    ...projectColumns<AdjustmentQueueRow>(),
    reason: (r) => r.reason,
    requestedBy: (r) => r.requestedBy,
    requestedAt: (r) => beijingTime(r.requestedAt),
    requestedByViewer: (r, l) => word(r.requestedByViewer ? 'requestedByYou' : 'youMayAct', l),
  },
  rows: (ctx, input) => allPages((page, pageSize) => worklists.adjustments(ctx, { ...input, page, pageSize })),
};

export const advancesView: ExportView<OpParsedInput<'exports.advances'>, AdvanceRow> = {
  name: 'advances',
  scope: 'worklists',
  columns: {
    ...projectColumns<AdvanceRow>(),
    grantSpentFen: (r) => amount(r.grantSpentFen),
    grantReceivedFen: (r) => amount(r.grantReceivedFen),
    openFen: (r) => amount(r.openFen),
  },
  rows: (ctx, input) => allPages((page, pageSize) => worklists.advances(ctx, { ...input, page, pageSize })),
};

export const milestonesView: ExportView<OpParsedInput<'exports.milestones'>, MilestoneQueueRow> = {
  name: 'milestones',
  scope: 'worklists',
  columns: {
    ...projectColumns<MilestoneQueueRow>(),
    name: (r) => r.name,
    plannedDate: (r) => r.plannedDate,
    overdue: (r, l) => word(r.overdue ? 'overdue' : 'notOverdue', l),
  },
  rows: (ctx, input) => allPages((page, pageSize) => worklists.milestones(ctx, { ...input, page, pageSize })),
};
