import { z } from 'zod';
import {
  dateSchema,
  defineOp,
  emptyInput,
  fenSchema,
  idSchema,
  listQuerySchema,
  listResultSchema,
  timestampSchema,
} from '../common';

/**
 * The home page of each role and the worklists its counts open. Every count is computed with the same
 * conditions as the list it links to, so following a count shows exactly that many rows.
 */

/** A fund program's money as the finance home's card shows it (grant share only). */
export const programCardSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  year: z.int(),
  allocatedFen: fenSchema,
  /** Sum of the approved (立项) amounts of the program's projects. */
  approvedFen: fenSchema,
  /** Released minus reversed tranches. */
  releasedFen: z.int(),
  /** Grant-share spending posted in the ledgers (reversals net). */
  spentFen: z.int(),
  /** 执行率 = spent ÷ approved, in basis points (10000 = 100%); null while nothing is approved. */
  executionBasisPoints: z.int().nullable(),
});
export type ProgramCard = z.output<typeof programCardSchema>;

export const chainCheckSchema = z.object({
  at: timestampSchema,
  by: z.string(),
  ok: z.boolean(),
  entries: z.int().min(0),
  /** The first bad entry's description when the chain did not check out. */
  message: z.string().nullable(),
});
export type ChainCheck = z.output<typeof chainCheckSchema>;

export const homeSummarySchema = z.object({
  /** Present for users who review budgets or approve (财务审核). */
  finance: z
    .object({
      financeReview: z.int(),
      financeReviewed: z.int(),
      noticeRunning: z.int(),
      noticeEnded: z.int(),
      tranchesToRelease: z.int(),
      adjustmentsToDecide: z.int(),
      openAdvances: z.int(),
      programs: z.array(programCardSchema),
    })
    .nullable(),
  /** Present for project officers (项目管理). */
  project: z.object({ drafts: z.int(), returned: z.int(), overdueMilestones: z.int() }).nullable(),
  /** Present for experts (评估检查). */
  expert: z.object({ pendingReviews: z.int() }).nullable(),
  /** Present for whoever reads the operation log. */
  audit: z.object({ entries: z.int(), lastCheck: chainCheckSchema.nullable() }).nullable(),
});
export type HomeSummary = z.output<typeof homeSummarySchema>;

const projectColumns = {
  applicationId: idSchema,
  agreementNumber: z.string(),
  projectName: z.string(),
  organizationName: z.string(),
};

export const noticeRowSchema = z.object({
  /** The application's id. */
  id: idSchema,
  code: z.string(),
  name: z.string(),
  organizationName: z.string(),
  programCode: z.string(),
  requestedFen: fenSchema,
  reviewedFen: fenSchema.nullable(),
  startDate: dateSchema,
  endDate: dateSchema,
  /** The notice's last day is before today (Shanghai): 立项 may proceed. */
  ended: z.boolean(),
});
export type NoticeRow = z.output<typeof noticeRowSchema>;

export const trancheQueueRowSchema = z.object({
  /** The tranche's id. */
  id: idSchema,
  ...projectColumns,
  seq: z.int().min(1),
  amountFen: fenSchema,
  voucherNo: z.string(),
  voucherDate: dateSchema,
  preparedBy: z.string(),
  preparedAt: timestampSchema,
  /** The viewer prepared it and so may not release it (maker–checker). */
  preparedByViewer: z.boolean(),
});
export type TrancheQueueRow = z.output<typeof trancheQueueRowSchema>;

export const adjustmentQueueRowSchema = z.object({
  /** The adjustment request's id. */
  id: idSchema,
  ...projectColumns,
  reason: z.string(),
  requestedBy: z.string(),
  requestedAt: timestampSchema,
  /** The viewer asked for it and so may not approve it. */
  requestedByViewer: z.boolean(),
});
export type AdjustmentQueueRow = z.output<typeof adjustmentQueueRowSchema>;

export const advanceRowSchema = z.object({
  /** The agreement's id. */
  id: idSchema,
  ...projectColumns,
  grantSpentFen: z.int(),
  grantReceivedFen: z.int(),
  /** Grant spending not yet covered by released tranches (垫支). */
  openFen: z.int(),
});
export type AdvanceRow = z.output<typeof advanceRowSchema>;

export const milestoneQueueRowSchema = z.object({
  /** The milestone's id. */
  id: idSchema,
  ...projectColumns,
  name: z.string(),
  plannedDate: dateSchema,
  /** Not completed and planned before today (Shanghai). */
  overdue: z.boolean(),
});
export type MilestoneQueueRow = z.output<typeof milestoneQueueRowSchema>;

/** The worklists' questions, shared with their exports. */
export const noticeListQuery = listQuerySchema(['code', 'endDate', 'requestedFen'], { ended: z.boolean().optional() });
export const trancheQueueListQuery = listQuerySchema(['preparedAt', 'amountFen', 'agreementNumber'], {
  preparedByOthers: z.boolean().optional(),
});
export const adjustmentQueueListQuery = listQuerySchema(['requestedAt', 'agreementNumber'], {
  requestedByOthers: z.boolean().optional(),
});
export const advanceListQuery = listQuerySchema(['openFen', 'agreementNumber'], {});
export const milestoneQueueListQuery = listQuerySchema(['plannedDate', 'agreementNumber'], {
  overdue: z.boolean().optional(),
});

export const homeOps = {
  'home.summary': defineOp({ input: emptyInput, output: homeSummarySchema, access: 'authenticated', mutation: false }),
  /** Checks the operation log's chain and keeps the result as the last check the auditor's home shows. */
  'home.checkChain': defineOp({ input: emptyInput, output: chainCheckSchema, access: 'log.read', mutation: true }),
  /** Applications in 公示, with the notice's dates; `ended` picks those whose notice is over (待立项). */
  'worklists.notices': defineOp({
    input: noticeListQuery,
    output: listResultSchema(noticeRowSchema),
    access: 'applications.read',
    mutation: false,
  }),
  /** Tranches prepared and waiting for release; `preparedByOthers` leaves out those the viewer prepared. */
  'worklists.tranches': defineOp({
    input: trancheQueueListQuery,
    output: listResultSchema(trancheQueueRowSchema),
    access: 'applications.read',
    mutation: false,
  }),
  /** Budget adjustment requests awaiting a decision; `requestedByOthers` leaves out the viewer's own. */
  'worklists.adjustments': defineOp({
    input: adjustmentQueueListQuery,
    output: listResultSchema(adjustmentQueueRowSchema),
    access: 'applications.read',
    mutation: false,
  }),
  /** Open projects whose grant spending exceeds the grant received (open 垫支). */
  'worklists.advances': defineOp({
    input: advanceListQuery,
    output: listResultSchema(advanceRowSchema),
    access: 'applications.read',
    mutation: false,
  }),
  /** Milestones of open projects not yet completed; `overdue` keeps those planned before today. */
  'worklists.milestones': defineOp({
    input: milestoneQueueListQuery,
    output: listResultSchema(milestoneQueueRowSchema),
    access: 'applications.read',
    mutation: false,
  }),
} as const;
