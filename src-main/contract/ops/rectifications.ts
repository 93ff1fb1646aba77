import { z } from 'zod';
import { RECTIFICATION_ACTIONS, RECTIFICATION_STATES, SEVERITIES } from '../../core/rectification';
import {
  dateSchema,
  defineOp,
  idSchema,
  listQuerySchema,
  listResultSchema,
  optionalText,
  text,
  timestampSchema,
} from '../common';
import { attachmentViewSchema } from './attachments';

/**
 * 整改: one item per finding of a signed-off inspection. Evidence is recorded by a project officer for the
 * organization; an evaluator who took no part verifies it or sends it back with a reason.
 */

const personSchema = z.object({ id: idSchema, displayName: z.string() });

export const rectificationRowSchema = z.object({
  id: idSchema,
  /** '#3 资金未单独核算': the item's number in its project and the start of the finding. */
  ref: z.string(),
  applicationId: idSchema,
  agreementNumber: z.string(),
  projectName: z.string(),
  organizationId: idSchema,
  organizationName: z.string(),
  districtCode: z.string(),
  inspectionId: idSchema,
  inspectionDate: dateSchema,
  severity: z.enum(SEVERITIES),
  description: z.string(),
  requirement: z.string(),
  responsiblePerson: z.string(),
  deadline: dateSchema,
  state: z.enum(RECTIFICATION_STATES),
  /** Not verified and the deadline has passed (today in Asia/Shanghai). */
  overdue: z.boolean(),
  availableActions: z.array(z.enum(RECTIFICATION_ACTIONS)),
  /** Why an action the caller's role allows is held back (separation of duties), by action. */
  blocked: z.array(z.object({ action: z.enum(RECTIFICATION_ACTIONS), reason: z.string() })),
});
export type RectificationRow = z.output<typeof rectificationRowSchema>;

export const rectificationStepSchema = z.object({
  id: idSchema,
  kind: z.enum(['evidence', 'verify', 'reopen']),
  note: z.string(),
  by: personSchema,
  at: timestampSchema,
  attachments: z.array(attachmentViewSchema),
});

export const rectificationViewSchema = rectificationRowSchema.extend({
  steps: z.array(rectificationStepSchema),
});
export type RectificationView = z.output<typeof rectificationViewSchema>;

export const RECTIFICATION_SORTS = ['deadline', 'agreementNumber', 'severity', 'state'] as const;

const byItem = { rectificationId: idSchema };

export const overdueCountSchema = z.object({
  today: dateSchema,
  total: z.int().min(0),
  byOrganization: z.array(
    z.object({ organizationId: idSchema, organizationName: z.string(), districtCode: z.string(), count: z.int() }),
  ),
  byDistrict: z.array(z.object({ districtCode: z.string(), count: z.int() })),
});

export const rectificationsOps = {
  'rectifications.list': defineOp({
    input: listQuerySchema(RECTIFICATION_SORTS, {
      state: z.enum(RECTIFICATION_STATES).optional(),
      severity: z.enum(SEVERITIES).optional(),
      overdue: z.boolean().optional(),
      applicationId: idSchema.optional(),
      organizationId: idSchema.optional(),
      districtCode: z
        .string()
        .regex(/^\d{6}$/)
        .optional(),
    }),
    output: listResultSchema(rectificationRowSchema),
    access: 'applications.read',
    mutation: false,
  }),
  'rectifications.get': defineOp({
    input: z.strictObject(byItem),
    output: rectificationViewSchema,
    access: 'applications.read',
    mutation: false,
  }),
  /** Overdue items counted per organization and per district. */
  'rectifications.overdue': defineOp({
    input: z.strictObject({}),
    output: overdueCountSchema,
    access: 'applications.read',
    mutation: false,
  }),
  /** Evidence for the organization, with attachments of the project; the item waits for verification. */
  'rectifications.submitEvidence': defineOp({
    input: z.strictObject({ ...byItem, note: text(1000), attachmentIds: z.array(idSchema).max(20).default([]) }),
    output: rectificationViewSchema,
    access: 'rectifications.evidence',
    mutation: true,
  }),
  'rectifications.verify': defineOp({
    input: z.strictObject({ ...byItem, note: optionalText(500) }),
    output: rectificationViewSchema,
    access: 'rectifications.verify',
    mutation: true,
  }),
  /** Evidence found wanting: back to the organization with the reason. */
  'rectifications.reopen': defineOp({
    input: z.strictObject({ ...byItem, reason: text(500) }),
    output: rectificationViewSchema,
    access: 'rectifications.verify',
    mutation: true,
  }),
} as const;
