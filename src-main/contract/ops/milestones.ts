import { z } from 'zod';
import { MILESTONE_STATES } from '../../core/milestones';
import { dateSchema, defineOp, idSchema, optionalText, text, timestampSchema } from '../common';
import { attachmentViewSchema } from './attachments';

/**
 * Milestones (里程碑) and indicator readings (绩效指标完成值) of a project, addressed by its applicationId like
 * tranches.list. Milestones named by the agreement's tranche plan exist from the agreement's creation on.
 */

/** What the caller may do with one milestone now: state ∩ permission ∩ "not the completer" ∩ project open. */
export const MILESTONE_ACTIONS = ['complete', 'verify'] as const;
export type MilestoneAction = (typeof MILESTONE_ACTIONS)[number];
/** What the caller may do on the project's board: plan a milestone, record an indicator reading. */
export const MILESTONE_BOARD_ACTIONS = ['plan', 'record'] as const;

const personSchema = z.object({ id: idSchema, displayName: z.string() });

export const milestoneViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  plannedDate: dateSchema,
  completedDate: dateSchema.nullable(),
  completedBy: personSchema.nullable(),
  completedAt: timestampSchema.nullable(),
  note: z.string(),
  /** The evidence attachment with its integrity status (a list's cheap check: see ATTACHMENT_CHECKS). */
  evidence: attachmentViewSchema.nullable(),
  verifiedBy: personSchema.nullable(),
  verifiedAt: timestampSchema.nullable(),
  state: z.enum(MILESTONE_STATES),
  /** Not completed and its planned date has passed (today in Asia/Shanghai). */
  overdue: z.boolean(),
  /** Seq of each tranche whose release waits for this milestone's verification. */
  trancheSeqs: z.array(z.int().min(1)),
  availableActions: z.array(z.enum(MILESTONE_ACTIONS)),
});
export type MilestoneView = z.output<typeof milestoneViewSchema>;

export const indicatorReadingSchema = z.object({
  id: idSchema,
  date: dateSchema,
  /** Exact decimal text, as entered ("95.5"). */
  value: z.string(),
  note: z.string(),
  by: personSchema,
  at: timestampSchema,
});

export const indicatorViewSchema = z.object({
  indicatorId: idSchema,
  name: z.string(),
  unit: z.string(),
  /** 目标值 as exact decimal text. */
  target: z.string(),
  /** Oldest first (by date, then by entry); a later reading of the same date supersedes an earlier one. */
  readings: z.array(indicatorReadingSchema),
  /** 完成值: the latest reading by date. */
  latest: z.object({ date: dateSchema, value: z.string() }).nullable(),
  /** 完成率 as text with two decimals and the sign ("66.67%"); null without a reading, with a zero target, or too large. */
  rate: z.string().nullable(),
  /** The same in 0.01% units, rounded half up. */
  rateBasisPoints: z.int().nullable(),
  /** The latest value reaches the target. */
  met: z.boolean(),
});
export type IndicatorView = z.output<typeof indicatorViewSchema>;

export const milestoneBoardSchema = z.object({
  applicationId: idSchema,
  agreementNumber: z.string(),
  periodStart: dateSchema,
  periodEnd: dateSchema,
  /** A closed project (结项) is read-only: no action is offered. */
  closed: z.boolean(),
  milestones: z.array(milestoneViewSchema),
  indicators: z.array(indicatorViewSchema),
  availableActions: z.array(z.enum(MILESTONE_BOARD_ACTIONS)),
});
export type MilestoneBoard = z.output<typeof milestoneBoardSchema>;

const byMilestone = { milestoneId: idSchema };

export const milestonesOps = {
  'milestones.list': defineOp({
    input: z.strictObject({ applicationId: idSchema }),
    output: milestoneBoardSchema,
    access: 'applications.read',
    mutation: false,
  }),
  /** A new milestone, its name unique within the project and its planned date within the project period. */
  'milestones.plan': defineOp({
    input: z.strictObject({ applicationId: idSchema, name: text(100), plannedDate: dateSchema }),
    output: milestoneViewSchema,
    access: 'milestones.manage',
    mutation: true,
  }),
  /**
   * Completion with a date (not in the future) and an evidence attachment of the same project whose file is
   * intact. The attachment is nullable only so that a missing one is refused by the rule that names the milestone.
   */
  'milestones.complete': defineOp({
    input: z.strictObject({
      ...byMilestone,
      completedDate: dateSchema,
      evidenceAttachmentId: idSchema.nullable(),
      note: optionalText(500),
    }),
    output: milestoneViewSchema,
    access: 'milestones.manage',
    mutation: true,
  }),
  /** Verification (验收) by a user other than the one who completed the milestone. */
  'milestones.verify': defineOp({
    input: z.strictObject(byMilestone),
    output: milestoneViewSchema,
    access: 'milestones.manage',
    mutation: true,
  }),
  /** A reading of an indicator (完成值) on a date; readings are never edited, a later one supersedes. */
  'indicators.record': defineOp({
    input: z.strictObject({
      indicatorId: idSchema,
      date: dateSchema,
      /** Decimal text, up to 6 decimals; full-width digits are accepted. */
      value: text(32),
      note: optionalText(500),
    }),
    output: indicatorViewSchema,
    access: 'milestones.manage',
    mutation: true,
  }),
} as const;
