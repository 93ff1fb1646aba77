import { z } from 'zod';
import { defineOp, idSchema, text, type OpAccess } from '../common';
import { applicationListQuery } from './applications';
import { fundProgramListQuery } from './fund-programs';
import {
  adjustmentQueueListQuery,
  advanceListQuery,
  milestoneQueueListQuery,
  noticeListQuery,
  trancheQueueListQuery,
} from './home';
import { ledgerListQuery } from './ledger';
import { EXPORT_FORMATS, fileOutputSchema } from './log';
import { organizationListQuery } from './organizations';
import { userListQuery } from './users';

/**
 * Exporting a view exactly as it is shown: the renderer sends the same question its grid asks (search,
 * filters, sort; never the page) and the columns it shows, in order, with the headers it shows; main runs the
 * question without paging and writes the file. A column the view cannot export is refused by name.
 */
export const exportColumnSchema = z.strictObject({ id: z.string().trim().min(1).max(40), label: text(60) });
export type ExportColumn = z.output<typeof exportColumnSchema>;

const shown = {
  format: z.enum(EXPORT_FORMATS),
  columns: z.array(exportColumnSchema).min(1).max(40),
};

const notPaged = { page: true, pageSize: true } as const;

export const exportViewOutput = fileOutputSchema;

function exportOp<I extends z.ZodType>(input: I, access: OpAccess) {
  // A mutation only because an export is a logged act: it writes its entry and nothing else.
  return defineOp({ input, output: exportViewOutput, access, mutation: true });
}

const byProject = z.strictObject({ applicationId: idSchema, ...shown });

export const exportsOps = {
  /** 项目: the approved applications as the project list shows them. */
  'exports.projects': exportOp(applicationListQuery.omit(notPaged).extend(shown), 'applications.export'),
  /** 待财务审核 and its other tabs: the finance queue as shown. */
  'exports.financeQueue': exportOp(applicationListQuery.omit(notPaged).extend(shown), 'applications.export'),
  /** One project's 支出台账 as filtered and sorted, every line of the filtered set. */
  'exports.ledger': exportOp(ledgerListQuery.omit(notPaged).extend(shown), 'applications.export'),
  /** One project's 预算执行 table, with its columns as shown. */
  'exports.budgetExecution': exportOp(byProject, 'applications.export'),
  /** One project's 资金拨付 tranches. */
  'exports.tranches': exportOp(byProject, 'applications.export'),
  'exports.organizations': exportOp(organizationListQuery.omit(notPaged).extend(shown), 'applications.export'),
  /** The user list, for administrators only (as the list itself). */
  'exports.users': exportOp(userListQuery.omit(notPaged).extend(shown), 'users.manage'),
  'exports.fundPrograms': exportOp(fundProgramListQuery.omit(notPaged).extend(shown), 'applications.export'),
  // The worklists export for whoever may view them (as the worklist ops themselves).
  /** 公示中 / 公示已到期待立项. */
  'exports.notices': exportOp(noticeListQuery.omit(notPaged).extend(shown), 'applications.read'),
  /** 待确认拨付 across projects. */
  'exports.trancheQueue': exportOp(trancheQueueListQuery.omit(notPaged).extend(shown), 'applications.read'),
  /** 待审批预算调整 across projects. */
  'exports.adjustmentQueue': exportOp(adjustmentQueueListQuery.omit(notPaged).extend(shown), 'applications.read'),
  /** 未结垫支项目. */
  'exports.advances': exportOp(advanceListQuery.omit(notPaged).extend(shown), 'applications.read'),
  /** Unfinished (or overdue) milestones of open projects. */
  'exports.milestones': exportOp(milestoneQueueListQuery.omit(notPaged).extend(shown), 'applications.read'),
} as const;

export type ExportOpName = keyof typeof exportsOps;
export const EXPORT_OP_NAMES = Object.keys(exportsOps) as ExportOpName[];
