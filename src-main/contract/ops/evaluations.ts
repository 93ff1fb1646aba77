import { z } from 'zod';
import { EVALUATION_KINDS, EVALUATION_STATES } from '../../core/evaluation-consequences';
import { GRADES } from '../../core/grading';
import { dateSchema, defineOp, fenSchema, idSchema, optionalText, timestampSchema } from '../common';
import { budgetExecutionRowSchema, executionAmountsSchema } from './budgets';
import { indicatorViewSchema } from './milestones';

/**
 * Evaluations (评估): the indicator system of a fund program (admin), and mid-term and final evaluations of a
 * project scored by several evaluators, each after declaring no conflict of interest. Finalizing an evaluation
 * has consequences in main: a mid-term 合格 opens the 中期评估合格 tranche gate; a final 不合格 withholds the
 * last unpaid tranche and bars the organization from next year's calls.
 */

type IndicatorInput = { code: string; name: string; weight: number; children: IndicatorInput[] };
/** Recursive: a tree of indicators. Depth and the sums per level are rules the service names. */
export const indicatorNodeSchema: z.ZodType<IndicatorInput> = z.lazy(() =>
  z.strictObject({
    code: z.string().trim().min(1).max(20),
    name: z.string().trim().min(1).max(100),
    weight: z.int().min(1).max(100),
    children: z.array(indicatorNodeSchema).max(30),
  }),
);

export const gradeThresholdsSchema = z.strictObject({
  excellent: z.string().trim().min(1).max(10),
  good: z.string().trim().min(1).max(10),
  pass: z.string().trim().min(1).max(10),
});

export const leafIndicatorSchema = z.object({
  code: z.string(),
  name: z.string(),
  sectionCode: z.string(),
  sectionName: z.string(),
  /** 分值: exact decimal text ("6", "6.6"). */
  maxPoints: z.string(),
});

export const INDICATOR_SYSTEM_ACTIONS = ['edit'] as const;

export const indicatorSystemSchema = z.object({
  fundProgramId: idSchema,
  programName: z.string(),
  year: z.int(),
  indicators: z.array(indicatorNodeSchema),
  thresholds: gradeThresholdsSchema,
  /** 0 while the program uses the seed system without having saved it. */
  version: z.int().min(0),
  updatedBy: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  updatedAt: timestampSchema.nullable(),
  leaves: z.array(leafIndicatorSchema),
  availableActions: z.array(z.enum(INDICATOR_SYSTEM_ACTIONS)),
  /**
   * Evaluations of the program's projects: each keeps the copy it was created on, so a save makes the next
   * version for evaluations created from then on and changes none of these.
   */
  evaluationsUsing: z.object({ total: z.int(), open: z.int() }),
});
export type IndicatorSystemView = z.output<typeof indicatorSystemSchema>;

export const indicatorScoreSchema = z.strictObject({ code: z.string().min(1).max(20), points: z.string().max(16) });

export const evaluationSummarySchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  agreementNumber: z.string(),
  projectName: z.string(),
  organizationId: idSchema,
  organizationName: z.string(),
  programYear: z.int(),
  kind: z.enum(EVALUATION_KINDS),
  date: dateSchema,
  state: z.enum(EVALUATION_STATES),
  /** Two decimals ("82.50") once finalized. */
  score: z.string().nullable(),
  grade: z.enum(GRADES).nullable(),
  assignedCount: z.int(),
  scoredCount: z.int(),
  /** A final 不合格: the tranche withheld (its seq) and whether the organization was barred. */
  withheldTrancheSeq: z.int().nullable(),
  barred: z.boolean(),
});
export type EvaluationSummary = z.output<typeof evaluationSummarySchema>;

export const EVALUATION_ACTIONS = ['declare', 'score', 'finalize'] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];

export const evaluatorViewSchema = z.object({
  evaluator: z.object({ id: idSchema, displayName: z.string() }),
  declaration: z.enum(['pending', 'no_conflict', 'conflict']),
  declaredAt: timestampSchema.nullable(),
  conflictReason: z.string().nullable(),
  /** Another evaluator's points are shown only once the evaluation is finalized (they score independently). */
  scores: z.array(z.object({ code: z.string(), points: z.string() })).nullable(),
  total: z.string().nullable(),
  comment: z.string(),
  scoredAt: timestampSchema.nullable(),
});

export const evaluationDetailSchema = evaluationSummarySchema.extend({
  periodStart: dateSchema,
  periodEnd: dateSchema,
  indicators: z.array(indicatorNodeSchema),
  thresholds: gradeThresholdsSchema,
  leaves: z.array(leafIndicatorSchema),
  evaluators: z.array(evaluatorViewSchema),
  /** The caller's own assignment, with their own scores, if they are one of the evaluators. */
  mine: evaluatorViewSchema.nullable(),
  /** What finalizing now would give (mean of the totals so far), or the final result. */
  preview: z.object({ score: z.string(), grade: z.enum(GRADES) }).nullable(),
  withheldTrancheSeq: z.int().nullable(),
  barYears: z.object({ fromYear: z.int(), toYear: z.int() }).nullable(),
  /** Evidence beside the form: the project's indicator readings and its budget execution. */
  evidence: z.object({
    indicators: z.array(indicatorViewSchema),
    approvedFen: fenSchema,
    grantReceivedFen: z.int(),
    grantSpentFen: z.int(),
    execution: z.object({
      rows: z.array(budgetExecutionRowSchema),
      total: z.object({
        grant: executionAmountsSchema,
        matching: executionAmountsSchema,
        total: executionAmountsSchema,
      }),
    }),
  }),
  availableActions: z.array(z.enum(EVALUATION_ACTIONS)),
  /** Why finalize is not offered though the caller may finalize (e.g. evaluators still to score), as text. */
  finalizeBlocked: z.string().nullable(),
});
export type EvaluationDetail = z.output<typeof evaluationDetailSchema>;

const byEvaluation = { evaluationId: idSchema };

export const evaluationsOps = {
  'indicatorSystems.get': defineOp({
    input: z.strictObject({ fundProgramId: idSchema }),
    output: indicatorSystemSchema,
    access: 'fundPrograms.read',
    mutation: false,
  }),
  /** Replaces the program's system: every level's weights sum to 100 (refused naming the level). */
  'indicatorSystems.save': defineOp({
    input: z.strictObject({
      fundProgramId: idSchema,
      indicators: z.array(indicatorNodeSchema).min(1).max(30),
      thresholds: gradeThresholdsSchema,
    }),
    output: indicatorSystemSchema,
    access: 'indicatorSystems.manage',
    mutation: true,
  }),
  'evaluations.list': defineOp({
    input: z.strictObject({
      applicationId: idSchema.optional(),
      organizationId: idSchema.optional(),
      fundProgramId: idSchema.optional(),
      kind: z.enum(EVALUATION_KINDS).optional(),
      state: z.enum(EVALUATION_STATES).optional(),
      grade: z.enum(GRADES).optional(),
      /** Only those the caller is an evaluator of. */
      mine: z.boolean().optional(),
    }),
    output: z.object({ rows: z.array(evaluationSummarySchema), mayCreate: z.boolean() }),
    access: 'applications.read',
    mutation: false,
  }),
  'evaluations.get': defineOp({
    input: z.strictObject(byEvaluation),
    output: evaluationDetailSchema,
    access: 'applications.read',
    mutation: false,
  }),
  /** A mid-term or final evaluation of a project with at least two evaluators (evaluator users). */
  'evaluations.create': defineOp({
    input: z.strictObject({
      applicationId: idSchema,
      kind: z.enum(EVALUATION_KINDS),
      date: dateSchema,
      evaluatorIds: z.array(idSchema).min(2).max(9),
    }),
    output: evaluationDetailSchema,
    access: 'evaluations.manage',
    mutation: true,
  }),
  /** 无利益冲突声明, before the form opens; a conflict takes the evaluator off for good. */
  'evaluations.declare': defineOp({
    input: z
      .strictObject({ ...byEvaluation, hasConflict: z.boolean(), reason: optionalText(500) })
      .superRefine((v, ctx) => {
        if (v.hasConflict && v.reason === '')
          ctx.addIssue({
            code: 'custom',
            path: ['reason'],
            message: '',
            params: { rule: 'application.reasonRequired' },
          });
      }),
    output: evaluationDetailSchema,
    access: 'evaluations.score',
    mutation: true,
  }),
  /** Every leaf indicator once, 0 to its maximum with at most two decimals; a score above it is refused. */
  'evaluations.score': defineOp({
    input: z.strictObject({
      ...byEvaluation,
      scores: z.array(indicatorScoreSchema).min(1).max(200),
      comment: optionalText(1000),
    }),
    output: evaluationDetailSchema,
    access: 'evaluations.score',
    mutation: true,
  }),
  /** Who can be named as an evaluator: active users with the evaluator role. */
  'evaluations.evaluators': defineOp({
    input: z.strictObject({}),
    output: z.array(z.object({ id: idSchema, displayName: z.string() })),
    access: 'evaluations.manage',
    mutation: false,
  }),
  /** Fixes the mean score and grade once every evaluator has scored or declared a conflict (at least two scored). */
  'evaluations.finalize': defineOp({
    input: z.strictObject(byEvaluation),
    output: evaluationDetailSchema,
    access: 'evaluations.manage',
    mutation: true,
  }),
} as const;
