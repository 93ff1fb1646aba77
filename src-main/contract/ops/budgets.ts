import { z } from 'zod';
import { COST_TYPES, FUND_SOURCES } from '../../core/rule-set';
import { withLabelScope } from '../fields';
import { dateSchema, defineOp, fenSchema, idSchema, text, timestampSchema } from '../common';

const personSchema = z.object({ id: idSchema, displayName: z.string() });

export const ADJUSTMENT_STATES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type AdjustmentState = (typeof ADJUSTMENT_STATES)[number];
export const ADJUSTMENT_ACTIONS = ['approve', 'reject', 'withdraw'] as const;
export type AdjustmentAction = (typeof ADJUSTMENT_ACTIONS)[number];
/** What the caller may do on a project's finance page (main checks again on every call). */
export const BUDGET_PAGE_ACTIONS = ['requestAdjustment', 'post', 'reverse'] as const;
export type BudgetPageAction = (typeof BUDGET_PAGE_ACTIONS)[number];

/** Budget line codes ('01', '02', … by the application's line order; new lines get the next free number). */
export const lineCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[0-9A-Za-z._-]+$/);

export const budgetVersionLineSchema = z.object({
  lineCode: z.string(),
  categoryCode: z.string(),
  categoryName: z.string(),
  /** The cost type of the line (管理费, 招待费…), the default for spending posted on it. */
  costType: z.enum(COST_TYPES).nullable(),
  /** The grant share (财政资金). */
  amountFen: fenSchema,
  /** The matching share (配套资金). */
  matchingFen: fenSchema,
});
export type BudgetVersionLine = z.output<typeof budgetVersionLineSchema>;

/** An approved budget version; never changes once written. Version 1 is the approval itself. */
export const budgetVersionSchema = z.object({
  version: z.int().min(1),
  lines: z.array(budgetVersionLineSchema),
  /** The grant total (equals the approved amount). */
  totalFen: fenSchema,
  matchingTotalFen: fenSchema,
  /** Null for version 1. */
  reason: z.string().nullable(),
  /** The adjustment request this version came from; null for version 1. */
  adjustmentId: idSchema.nullable(),
  requestedBy: personSchema.nullable(),
  requestedAt: timestampSchema.nullable(),
  approvedBy: personSchema.nullable(),
  /** When the version took effect (for version 1: the approval, 立项). */
  approvedAt: timestampSchema,
});
export type BudgetVersionView = z.output<typeof budgetVersionSchema>;

export const adjustmentLineChangeSchema = z.object({
  lineCode: z.string(),
  categoryCode: z.string(),
  categoryName: z.string(),
  costType: z.enum(COST_TYPES).nullable(),
  /** The grant amount in the request's base version (0 for a new line). */
  fromFen: fenSchema,
  toFen: fenSchema,
  deltaFen: z.int(),
  /** The same for the matching share. */
  fromMatchingFen: fenSchema,
  toMatchingFen: fenSchema,
  matchingDeltaFen: z.int(),
  isNew: z.boolean(),
});

export const budgetAdjustmentSchema = z.object({
  id: idSchema,
  state: z.enum(ADJUSTMENT_STATES),
  baseVersion: z.int().min(1),
  /** The version the adjustment became once approved. */
  resultVersion: z.int().min(1).nullable(),
  reason: z.string(),
  changes: z.array(adjustmentLineChangeSchema),
  requestedBy: personSchema,
  requestedAt: timestampSchema,
  /** Who approved, rejected or withdrew it, when, and (for a rejection) why. */
  decidedBy: personSchema.nullable(),
  decidedAt: timestampSchema.nullable(),
  decisionReason: z.string().nullable(),
  availableActions: z.array(z.enum(ADJUSTMENT_ACTIONS)),
});
export type BudgetAdjustmentView = z.output<typeof budgetAdjustmentSchema>;

/** actual / current budget: basis points (0.01%, rounded half up) and display text ("85.25%"; "—" for a zero budget). */
export const executionRateSchema = z.object({ basisPoints: z.int().nullable(), text: z.string() });

/** One funding share of a line (or the two together): budget, actual, balance and rate. */
export const executionAmountsSchema = z.object({
  /** Version 1 (原预算); 0 for a line added by an adjustment. Never added to the current budget. */
  originalFen: fenSchema,
  /** The current version (调整后预算). */
  currentFen: fenSchema,
  /** Net actual of the share, reversals included. */
  actualFen: z.int(),
  /** current − actual; negative when overspent. */
  balanceFen: z.int(),
  executionRate: executionRateSchema,
});
export type ExecutionAmountsView = z.output<typeof executionAmountsSchema>;

/** 财政资金 against the grant budget, 配套资金 against the matching budget, and the two together. */
const executionAmounts = {
  grant: executionAmountsSchema,
  matching: executionAmountsSchema,
  total: executionAmountsSchema,
};

export const budgetExecutionRowSchema = z.object({
  lineCode: z.string(),
  categoryCode: z.string(),
  categoryName: z.string(),
  costType: z.enum(COST_TYPES).nullable(),
  ...executionAmounts,
  /** The approved version that last raised this line, if any (covers spending beyond the original budget). */
  coveredByVersion: z.int().min(2).nullable(),
});
export type BudgetExecutionRow = z.output<typeof budgetExecutionRowSchema>;

export const budgetViewSchema = z.object({
  applicationId: idSchema,
  agreementNumber: z.string(),
  projectName: z.string(),
  periodStart: dateSchema,
  periodEnd: dateSchema,
  approvedFen: fenSchema,
  source: z.enum(FUND_SOURCES),
  tolerancePercent: z.int().min(0),
  /** The program's budget categories, for adding a line in an adjustment. */
  categories: z.array(z.object({ code: z.string(), name: z.string() })),
  currentVersion: z.int().min(1),
  /** The code to give a line an adjustment adds ('07' after '01'…'06' and any pending request's new lines). */
  nextLineCode: z.string(),
  /** Oldest first. */
  versions: z.array(budgetVersionSchema),
  /** Newest first. */
  adjustments: z.array(budgetAdjustmentSchema),
  /** Budget against actual (预算执行), rows in the current version's order. */
  execution: z.object({ rows: z.array(budgetExecutionRowSchema), total: z.object(executionAmounts) }),
  /** Released tranches net of reversals (到位资金). */
  grantReceivedFen: z.int(),
  /** Paid back (资金收回): no longer the organization's to spend. */
  recoveredFen: z.int(),
  grantSpentFen: z.int(),
  matchingSpentFen: z.int(),
  /** received − recovered − grant spent: what the posting rule still allows (negative while an advance is open). */
  grantBalanceFen: z.int(),
  /** 垫支 not yet covered by grant available: max(0, grant spent − (received − recovered)). */
  advanceOpenFen: fenSchema,
  ledgerLineCount: z.int().min(0),
  closed: z.boolean(),
  lockedYears: z.array(z.int()),
  availableActions: z.array(z.enum(BUDGET_PAGE_ACTIONS)),
});
export type BudgetView = z.output<typeof budgetViewSchema>;

export const adjustmentLineInput = z.strictObject({
  lineCode: lineCodeSchema,
  /** Required for a new line; an existing line keeps its category. */
  categoryCode: z.string().trim().min(1).max(20).optional(),
  /** Only for a new line (an existing line keeps its cost type). */
  costType: z.enum(COST_TYPES).nullable().optional(),
  /** The new grant share. */
  amountFen: fenSchema,
  /** The new matching share; left out, the line keeps its own (a new line has none). */
  matchingFen: fenSchema.optional(),
});

const byAdjustment = { adjustmentId: idSchema };

/** Form schemas (labelled in the 'budgets' scope, as main labels the op's errors). */
export const adjustmentRequestInput = withLabelScope(
  z.strictObject({
    applicationId: idSchema,
    baseVersion: z.int().min(1).max(1_000_000),
    reason: text(1000),
    lines: z.array(adjustmentLineInput).min(1).max(200),
  }),
  'budgets',
);
export const adjustmentRejectInput = withLabelScope(z.strictObject({ ...byAdjustment, reason: text(1000) }), 'budgets');

export const budgetsOps = {
  'budgets.view': defineOp({
    input: z.strictObject({ applicationId: idSchema }),
    output: budgetViewSchema,
    access: 'applications.read',
    mutation: false,
  }),
  /** Moves money between lines (each share's total stays); names the version it was made against. */
  'budgets.requestAdjustment': defineOp({
    input: adjustmentRequestInput,
    output: budgetAdjustmentSchema,
    access: 'budgets.request',
    mutation: true,
  }),
  /** A finance officer other than the requester approves: the request becomes the next version. */
  'budgets.approveAdjustment': defineOp({
    input: z.strictObject(byAdjustment),
    output: budgetAdjustmentSchema,
    access: 'budgets.approve',
    mutation: true,
  }),
  'budgets.rejectAdjustment': defineOp({
    input: adjustmentRejectInput,
    output: budgetAdjustmentSchema,
    access: 'budgets.approve',
    mutation: true,
  }),
  /** The requester takes back a pending request. */
  'budgets.withdrawAdjustment': defineOp({
    input: z.strictObject(byAdjustment),
    output: budgetAdjustmentSchema,
    access: 'budgets.request',
    mutation: true,
  }),
} as const;
