import { z } from 'zod';
import { CLOSE_OUT_ITEMS } from '../../core/close-out';
import { dateSchema, defineOp, fenSchema, idSchema, optionalText, text, timestampSchema } from '../common';

const personSchema = z.object({ id: idSchema, displayName: z.string() });

/**
 * 资金收回 kinds: 'unspent' grant money paid back, or 'disallowed' spending found ineligible and paid back
 * (recorded together with its repayment, so it counts as disallowed spending and as recovered).
 */
export const RECOVERY_KINDS = ['unspent', 'disallowed'] as const;
export type RecoveryKind = (typeof RECOVERY_KINDS)[number];

export const CLOSE_OUT_ACTIONS = ['recordRecovery', 'close'] as const;
export type CloseOutAction = (typeof CLOSE_OUT_ACTIONS)[number];

/** One item of the close-out checklist: applicable or not, satisfied or not, and the rule's words. */
export const checklistEntrySchema = z.object({
  item: z.enum(CLOSE_OUT_ITEMS),
  applicable: z.boolean(),
  ok: z.boolean(),
  rule: z.string(),
  message: z.string(),
});
export type ChecklistEntryView = z.output<typeof checklistEntrySchema>;

/** 结项 closing balance. Grant and matching funds are accounted separately; a balance may be negative. */
export const closingBalanceSchema = z.object({
  grantReceivedFen: z.int(),
  grantSpentFen: z.int(),
  /** received − spent (negative while an advance is open). */
  grantBalanceFen: z.int(),
  grantRecoveredFen: z.int(),
  /** received − spent − recovered. */
  grantBalanceAfterRecoveryFen: z.int(),
  matchingCommittedFen: z.int(),
  matchingSpentFen: z.int(),
  matchingBalanceFen: z.int(),
});

export const recoveryDueSchema = z.object({
  unspentFen: z.int(),
  disallowedFen: z.int(),
  /** received − eligible spending: what should be paid back. */
  dueFen: z.int(),
  /** due − recovered so far. */
  outstandingFen: z.int(),
});

export const recoveryViewSchema = z.object({
  id: idSchema,
  kind: z.enum(RECOVERY_KINDS),
  amountFen: fenSchema,
  /** The bureau's receipt voucher, as entered by the officer. */
  voucherNo: z.string(),
  date: dateSchema,
  reason: z.string(),
  by: personSchema,
  at: timestampSchema,
});

export const closeOutViewSchema = z.object({
  applicationId: idSchema,
  agreementNumber: z.string(),
  projectName: z.string(),
  approvedFen: fenSchema,
  periodStart: dateSchema,
  periodEnd: dateSchema,
  /** Every item, as it stands today (for a closed project: today's reading; `closed.checklist` is the record). */
  checklist: z.array(checklistEntrySchema),
  mayClose: z.boolean(),
  balance: closingBalanceSchema,
  recoveryDue: recoveryDueSchema,
  /** Oldest first. Posted recoveries never change. */
  recoveries: z.array(recoveryViewSchema),
  closed: z
    .object({
      date: dateSchema,
      by: personSchema,
      at: timestampSchema,
      note: z.string(),
      /** The balance as it stood on closing. */
      balance: closingBalanceSchema,
      /** The checklist as it was evaluated on closing. */
      checklist: z.array(checklistEntrySchema),
    })
    .nullable(),
  /** What the caller may do now (permission ∩ project open ∩, for 'close', every item satisfied). Main checks again. */
  availableActions: z.array(z.enum(CLOSE_OUT_ACTIONS)),
});
export type CloseOutView = z.output<typeof closeOutViewSchema>;

const byProject = { applicationId: idSchema };

/** Something entered but not yet posted that keeps a fiscal year from being locked. */
export const pendingEntrySchema = z.object({
  kind: z.enum(['tranche']),
  date: dateSchema,
  applicationId: idSchema,
  agreementNumber: z.string(),
  /** Within its project: the tranche's sequence number. */
  ref: z.string(),
});

export const fiscalYearViewSchema = z.object({
  year: z.int(),
  locked: z.object({ note: z.string(), by: personSchema, at: timestampSchema }).nullable(),
  /** Entries of the year still waiting to be posted (empty once locked: nothing can wait in a locked year). */
  pending: z.array(pendingEntrySchema),
  /** Why the year cannot be locked now (period.notEnded, period.unposted, period.alreadyLocked). */
  blockers: z.array(z.object({ rule: z.string(), message: z.string() })),
  /** The rules allow locking it now; `availableActions` adds the caller's permission. */
  mayLock: z.boolean(),
  availableActions: z.array(z.enum(['lock'])),
});

export const periodsViewSchema = z.object({
  /** Today in Shanghai, which decides whether a year has ended. */
  today: dateSchema,
  /** Every year with posted money, anything pending or a lock, newest first. */
  years: z.array(fiscalYearViewSchema),
});
export type PeriodsView = z.output<typeof periodsViewSchema>;

export const closeOutOps = {
  'closeOut.view': defineOp({
    input: z.strictObject(byProject),
    output: closeOutViewSchema,
    access: 'applications.read',
    mutation: false,
  }),
  /** 资金收回 with the bureau's receipt voucher; append only, never beyond the grant received. */
  'closeOut.recordRecovery': defineOp({
    input: z.strictObject({
      ...byProject,
      kind: z.enum(RECOVERY_KINDS),
      amountFen: fenSchema.refine((v) => v > 0, { params: { rule: 'schema.min', min: '0.01' } }),
      voucherNo: text(40),
      date: dateSchema,
      reason: optionalText(500),
    }),
    output: closeOutViewSchema,
    access: 'recoveries.record',
    mutation: true,
  }),
  /** 结项: only when every checklist item holds; afterwards the project is read-only. */
  'closeOut.close': defineOp({
    input: z.strictObject({ ...byProject, closedDate: dateSchema, note: optionalText(1000) }),
    output: closeOutViewSchema,
    access: 'projects.close',
    mutation: true,
  }),
  'periods.list': defineOp({
    input: z.strictObject({}),
    output: periodsViewSchema,
    access: 'applications.read',
    mutation: false,
  }),
  /** 结账 of a fiscal year: after it has ended and once everything in it is posted. Final. */
  'periods.lock': defineOp({
    input: z.strictObject({ year: z.int().min(1000).max(9999), note: optionalText(500) }),
    output: periodsViewSchema,
    access: 'periods.lock',
    mutation: true,
  }),
} as const;
