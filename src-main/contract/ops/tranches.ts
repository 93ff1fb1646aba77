import { z } from 'zod';
import { TRANCHE_CONDITIONS } from '../../core/rule-set';
import { TRANCHE_ACTIONS, TRANCHE_STATES } from '../../core/tranche-state';
import { dateSchema, defineOp, fenSchema, idSchema, text, timestampSchema } from '../common';

const personSchema = z.object({ id: idSchema, displayName: z.string() });

/** One condition of a tranche's release, as the timeline shows it: held or not, and the rule's words. */
export const trancheGateViewSchema = z.object({
  gate: z.string(),
  ok: z.boolean(),
  rule: z.string(),
  message: z.string(),
});

export const trancheViewSchema = z.object({
  id: idSchema,
  seq: z.int().min(1),
  percent: z.int(),
  amountFen: fenSchema,
  condition: z.enum(TRANCHE_CONDITIONS),
  milestoneName: z.string().nullable(),
  state: z.enum(TRANCHE_STATES),
  /** The maker's preparation (voucher number and date), while prepared or once released. */
  voucherNo: z.string().nullable(),
  voucherDate: dateSchema.nullable(),
  preparedBy: personSchema.nullable(),
  preparedAt: timestampSchema.nullable(),
  releasedBy: personSchema.nullable(),
  releasedAt: timestampSchema.nullable(),
  /** Every release and reversal ever recorded for this tranche, oldest first (posted records never change). */
  history: z.array(
    z.object({
      kind: z.enum(['release', 'reversal', 'cancellation']),
      amountFen: z.int(),
      voucherNo: z.string().nullable(),
      date: dateSchema,
      reason: z.string(),
      by: personSchema,
      at: timestampSchema,
    }),
  ),
  gates: z.array(trancheGateViewSchema),
  /** What the caller may do now: state machine ∩ permission ∩ maker–checker. Main checks again. */
  availableActions: z.array(z.enum(TRANCHE_ACTIONS)),
});
export type TrancheView = z.output<typeof trancheViewSchema>;

export const tranchePlanSchema = z.object({
  applicationId: idSchema,
  agreementNumber: z.string(),
  approvedFen: fenSchema,
  /** Released minus reversed: the grant funds the organization has received. */
  releasedFen: fenSchema,
  /** 结项: the project is closed and its tranches read-only (availableActions are then empty). */
  closed: z.boolean(),
  tranches: z.array(trancheViewSchema),
});

const byTranche = { trancheId: idSchema };

export const tranchesOps = {
  'tranches.list': defineOp({
    input: z.strictObject({ applicationId: idSchema }),
    output: tranchePlanSchema,
    access: 'applications.read',
    mutation: false,
  }),
  /** Maker: one finance user prepares the release with the voucher number and date. */
  'tranches.prepare': defineOp({
    input: z.strictObject({ ...byTranche, voucherNo: text(40), voucherDate: dateSchema }),
    output: trancheViewSchema,
    access: 'tranches.manage',
    mutation: true,
  }),
  'tranches.withdraw': defineOp({
    input: z.strictObject({ ...byTranche, reason: text(500) }),
    output: trancheViewSchema,
    access: 'tranches.manage',
    mutation: true,
  }),
  /** Checker: a different finance user releases it, only while every condition holds. */
  'tranches.release': defineOp({
    input: z.strictObject(byTranche),
    output: trancheViewSchema,
    access: 'tranches.manage',
    mutation: true,
  }),
  /** A mistaken release is never edited: it is reversed by a recorded entry pointing at it. */
  'tranches.reverse': defineOp({
    input: z.strictObject({ ...byTranche, date: dateSchema, reason: text(500) }),
    output: trancheViewSchema,
    access: 'tranches.manage',
    mutation: true,
  }),
  'tranches.cancel': defineOp({
    input: z.strictObject({ ...byTranche, reason: text(500) }),
    output: trancheViewSchema,
    access: 'tranches.manage',
    mutation: true,
  }),
} as const;
