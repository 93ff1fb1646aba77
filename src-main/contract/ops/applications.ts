import { z } from 'zod';
import { APPLICATION_ACTIONS, APPLICATION_STATES } from '../../core/application-state';
import { PROJECT_KINDS, SERVICE_AREAS } from '../../core/application-vocabulary';
import { isDistrictCode } from '../../core/districts';
import { withLabelScope } from '../fields';
import { COST_TYPES } from '../../core/rule-set';
import {
  dateSchema,
  defineOp,
  fenSchema,
  idSchema,
  listQuerySchema,
  listResultSchema,
  optionalText,
  text,
  timestampSchema,
} from '../common';

const districtSchema = z.string().refine(isDistrictCode, { params: { rule: 'district.unknown' } });

export const indicatorInput = z.strictObject({
  name: text(100),
  unit: text(20),
  /** Target value (目标值): a count, a percentage, hours… never money. */
  target: z.number().finite().min(0).max(1e12),
});

export const budgetLineInput = z.strictObject({
  categoryCode: text(20),
  /** What kind of cost the line is, when it is one the rule sets name (management fee, hospitality…). */
  costType: z.enum(COST_TYPES).nullable().default(null),
  /** The grant asked for on the line (财政资金). */
  amountFen: fenSchema.refine((v) => v > 0, { params: { rule: 'schema.min', min: '0.01' } }),
  /** The organization's own money budgeted on the line (配套资金). */
  matchingFen: fenSchema.default(0),
  note: optionalText(200),
});

const applicationFields = {
  fundProgramId: idSchema,
  organizationId: idSchema,
  name: text(100),
  classCode: text(20),
  projectKind: z.enum(PROJECT_KINDS),
  serviceArea: z.enum(SERVICE_AREAS),
  districtCode: districtSchema,
  beneficiaries: optionalText(200),
  beneficiaryCount: z.int().min(0).max(100_000_000).default(0),
  periodStart: dateSchema,
  periodEnd: dateSchema,
  objectives: optionalText(4000),
  /** The grant asked for (申请金额). At submission it must equal the sum of the budget lines. */
  requestedFen: fenSchema,
  /**
   * 配套资金: the sum of the budget lines' matching amounts, derived by main when the application has lines
   * (given as well, it must agree). Without lines (a draft, an import) it is the declared total.
   */
  matchingFen: fenSchema.optional(),
  indicators: z.array(indicatorInput).max(50).default([]),
  budgetLines: z.array(budgetLineInput).max(200).default([]),
};

function checkPeriod(a: { periodStart: string; periodEnd: string }, ctx: z.RefinementCtx): void {
  if (a.periodEnd < a.periodStart)
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: '', params: { rule: 'date.order' } });
}

export const applicationInput = withLabelScope(
  z.strictObject(applicationFields).superRefine(checkPeriod),
  'applications',
);
export const applicationUpdateInput = withLabelScope(
  z.strictObject({ id: idSchema, ...applicationFields }).superRefine(checkPeriod),
  'applications',
);

export const applicationStateSchema = z.enum(APPLICATION_STATES);
const personSchema = z.object({ id: idSchema, displayName: z.string() });

export const applicationRowSchema = z.object({
  id: idSchema,
  /** Application number, e.g. SB-2016-0042; assigned on creation. */
  code: z.string(),
  name: z.string(),
  state: applicationStateSchema,
  fundProgramId: idSchema,
  programCode: z.string(),
  year: z.int(),
  organizationId: idSchema,
  organizationName: z.string(),
  classCode: z.string(),
  serviceArea: z.enum(SERVICE_AREAS),
  districtCode: z.string(),
  requestedFen: fenSchema,
  approvedFen: fenSchema.nullable(),
  meanScore: z.number().nullable(),
  submittedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  periodStart: dateSchema,
  periodEnd: dateSchema,
  /** 项目编号: the agreement's (= approval) number once approved. */
  agreementNumber: z.string().nullable(),
});
export type ApplicationRow = z.output<typeof applicationRowSchema>;

export const budgetLineViewSchema = z.object({
  id: idSchema,
  categoryCode: z.string(),
  categoryName: z.string(),
  costType: z.enum(COST_TYPES).nullable(),
  amountFen: fenSchema,
  matchingFen: fenSchema,
  note: z.string(),
  /** Set by the finance review: the grant kept after a cut, and why (the matching share is never cut). */
  approvedFen: fenSchema.nullable(),
  cutReason: z.string().nullable(),
});

export const assignmentViewSchema = z.object({
  id: idSchema,
  evaluator: personSchema,
  declaration: z.enum(['pending', 'no_conflict', 'conflict']),
  declaredAt: timestampSchema.nullable(),
  conflictReason: z.string().nullable(),
  /** Other experts' scores are hidden from an evaluator until they have scored themselves. */
  scores: z.array(z.object({ criterionCode: z.string(), points: z.number() })).nullable(),
  totalPoints: z.number().nullable(),
  comment: z.string().nullable(),
  scoredAt: timestampSchema.nullable(),
  outlier: z.boolean(),
});

export const tranchePlanViewSchema = z.object({
  seq: z.int().min(1),
  percent: z.int(),
  amountFen: fenSchema,
  condition: z.enum(['on_signing', 'midterm_passed', 'milestone_verified']),
  milestoneName: z.string().nullable(),
});

export const agreementViewSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  agreementNumber: z.string(),
  periodStart: dateSchema,
  periodEnd: dateSchema,
  approvedFen: fenSchema,
  signedDate: dateSchema.nullable(),
  tranches: z.array(tranchePlanViewSchema),
  createdAt: timestampSchema,
});
export type AgreementView = z.output<typeof agreementViewSchema>;

export const applicationDetailSchema = applicationRowSchema.extend({
  projectKind: z.enum(PROJECT_KINDS),
  beneficiaries: z.string(),
  beneficiaryCount: z.int(),
  periodStart: dateSchema,
  periodEnd: dateSchema,
  objectives: z.string(),
  matchingFen: fenSchema,
  indicators: z.array(z.object({ id: idSchema, name: z.string(), unit: z.string(), target: z.number() })),
  budgetLines: z.array(budgetLineViewSchema),
  createdBy: personSchema,
  submittedBy: personSchema.nullable(),
  formalReview: z
    .object({ decision: z.enum(['pass', 'return']), reason: z.string(), by: personSchema, at: timestampSchema })
    .nullable(),
  rubric: z.array(z.object({ code: z.string(), name: z.string(), maxPoints: z.int() })),
  assignments: z.array(assignmentViewSchema),
  medianScore: z.number().nullable(),
  financeReview: z
    .object({ opinion: z.string(), reviewedFen: fenSchema, by: personSchema, at: timestampSchema })
    .nullable(),
  notice: z.object({ startDate: dateSchema, endDate: dateSchema, by: personSchema }).nullable(),
  decision: z
    .object({
      kind: z.enum(['approved', 'rejected']),
      approvalNumber: z.string().nullable(),
      reason: z.string(),
      by: personSchema,
      at: timestampSchema,
    })
    .nullable(),
  agreement: agreementViewSchema.nullable(),
  /** What the caller may do now: state machine ∩ permissions ∩ separation of duties. Main still checks. */
  availableActions: z.array(z.enum(APPLICATION_ACTIONS)),
  /** What the caller's role could do in this state but a rule holds back for now, with the rule's words. */
  blockedActions: z.array(z.object({ action: z.enum(APPLICATION_ACTIONS), reason: z.string() })),
});
export type ApplicationDetail = z.output<typeof applicationDetailSchema>;

export const applicationListQuery = listQuerySchema(
  [
    'code',
    'agreementNumber',
    'name',
    'organizationName',
    'programCode',
    'year',
    'requestedFen',
    'approvedFen',
    'meanScore',
    'state',
    'submittedAt',
    'createdAt',
  ],
  {
    state: applicationStateSchema.optional(),
    fundProgramId: idSchema.optional(),
    organizationId: idSchema.optional(),
    districtCode: districtSchema.optional(),
    classCode: z.string().trim().max(20).optional(),
    serviceArea: z.enum(SERVICE_AREAS).optional(),
    year: z.int().min(2000).max(2100).optional(),
  },
);

const byId = z.strictObject({ id: idSchema });
const detail = applicationDetailSchema;

export const applicationsOps = {
  'applications.list': defineOp({
    input: applicationListQuery,
    output: listResultSchema(applicationRowSchema),
    access: 'applications.read',
    mutation: false,
  }),
  'applications.get': defineOp({ input: byId, output: detail, access: 'applications.read', mutation: false }),
  'applications.create': defineOp({
    input: applicationInput,
    output: detail,
    access: 'applications.edit',
    mutation: true,
  }),
  'applications.update': defineOp({
    input: applicationUpdateInput,
    output: detail,
    access: 'applications.edit',
    mutation: true,
  }),
  /** Checks the program's rule set; a RuleViolation lists every violation in details.violations. */
  'applications.submit': defineOp({ input: byId, output: detail, access: 'applications.edit', mutation: true }),
  'applications.formalReview': defineOp({
    input: z
      .strictObject({ id: idSchema, decision: z.enum(['pass', 'return']), reason: optionalText(1000) })
      .superRefine((v, ctx) => {
        if (v.decision === 'return' && v.reason === '')
          ctx.addIssue({
            code: 'custom',
            path: ['reason'],
            message: '',
            params: { rule: 'application.reasonRequired' },
          });
      }),
    output: detail,
    access: 'applications.formalReview',
    mutation: true,
  }),
  'applications.assignReviewers': defineOp({
    input: z.strictObject({ id: idSchema, evaluatorIds: z.array(idSchema).min(1).max(15) }),
    output: detail,
    access: 'applications.assignReviewers',
    mutation: true,
  }),
  /** 无利益冲突声明: must come before the scoring form opens; a declared conflict removes the evaluator. */
  'applications.declare': defineOp({
    input: z
      .strictObject({ id: idSchema, hasConflict: z.boolean(), reason: optionalText(500) })
      .superRefine((v, ctx) => {
        if (v.hasConflict && v.reason === '')
          ctx.addIssue({
            code: 'custom',
            path: ['reason'],
            message: '',
            params: { rule: 'application.reasonRequired' },
          });
      }),
    output: detail,
    access: 'applications.score',
    mutation: true,
  }),
  'applications.score': defineOp({
    input: z.strictObject({
      id: idSchema,
      scores: z
        .array(z.strictObject({ criterionCode: text(20), points: z.number().min(0).max(100).multipleOf(0.5) }))
        .min(1)
        .max(20),
      comment: optionalText(2000),
    }),
    output: detail,
    access: 'applications.score',
    mutation: true,
  }),
  'applications.completeExpertReview': defineOp({
    input: byId,
    output: detail,
    access: 'applications.assignReviewers',
    mutation: true,
  }),
  'applications.financeReview': defineOp({
    input: z.strictObject({
      id: idSchema,
      lines: z.array(z.strictObject({ lineId: idSchema, approvedFen: fenSchema, reason: optionalText(500) })).max(200),
      opinion: optionalText(2000),
    }),
    output: detail,
    access: 'applications.financeReview',
    mutation: true,
  }),
  'applications.startNotice': defineOp({
    input: z.strictObject({ id: idSchema, startDate: dateSchema, endDate: dateSchema }),
    output: detail,
    access: 'applications.financeReview',
    mutation: true,
  }),
  /** 立项: only after the notice has ended, for no more than was requested, by a finance officer who neither entered nor submitted it. */
  'applications.approve': defineOp({
    input: z.strictObject({ id: idSchema, approvedFen: fenSchema, approvalNumber: text(50) }),
    output: detail,
    access: 'applications.approve',
    mutation: true,
  }),
  'applications.reject': defineOp({
    input: z.strictObject({ id: idSchema, reason: text(1000) }),
    output: detail,
    access: 'applications.approve',
    mutation: true,
  }),
  'agreements.sign': defineOp({
    input: z.strictObject({ applicationId: idSchema, signedDate: dateSchema }),
    output: agreementViewSchema,
    access: 'applications.approve',
    mutation: true,
  }),
  /** An evaluator's queue: applications they are assigned to and have not finished. */
  'reviews.queue': defineOp({
    input: listQuerySchema(['code', 'name', 'submittedAt'], { pendingOnly: z.boolean().optional() }),
    output: listResultSchema(
      applicationRowSchema.extend({ declaration: z.enum(['pending', 'no_conflict', 'conflict']), scored: z.boolean() }),
    ),
    access: 'applications.score',
    mutation: false,
  }),
  /** Who can be assigned as an expert: active users with the evaluator role. */
  'reviews.evaluators': defineOp({
    input: z.strictObject({}),
    output: z.array(personSchema),
    access: 'applications.assignReviewers',
    mutation: false,
  }),
} as const;
