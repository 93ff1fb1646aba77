import { z } from 'zod';
import { EVALUATION_KINDS } from '../../core/evaluation-consequences';
import { dateSchema, defineOp, idSchema, listQuerySchema, listResultSchema } from '../common';
import { overdueCountSchema } from './rectifications';

/**
 * 监督检查 overview: overdue rectifications by organization and district, the projects running in a year that
 * no inspection has visited in it, and the evaluation grades per fund program. Every number is counted by the
 * same conditions as the list it opens (rectifications.list, supervision.notInspected, evaluations.list).
 */

const yearSchema = z.int().min(2000).max(2100);

export const gradeCountsSchema = z.object({
  excellent: z.int().min(0),
  good: z.int().min(0),
  pass: z.int().min(0),
  fail: z.int().min(0),
});

export const supervisionDashboardSchema = z.object({
  year: yearSchema,
  /** Years in which some signed project runs: what the year picker offers. */
  years: z.array(yearSchema),
  overdue: overdueCountSchema,
  notInspected: z.object({
    /** Signed projects whose period overlaps the year. */
    running: z.int().min(0),
    /** …of which no inspection is dated in the year. */
    total: z.int().min(0),
    byProgram: z.array(
      z.object({
        fundProgramId: idSchema,
        code: z.string(),
        name: z.string(),
        running: z.int().min(0),
        notInspected: z.int().min(0),
      }),
    ),
  }),
  /** Finalized evaluations per program and kind, counted by grade. */
  grades: z.array(
    z.object({
      fundProgramId: idSchema,
      code: z.string(),
      name: z.string(),
      year: z.int(),
      kind: z.enum(EVALUATION_KINDS),
      counts: gradeCountsSchema,
    }),
  ),
});
export type SupervisionDashboard = z.output<typeof supervisionDashboardSchema>;

export const notInspectedRowSchema = z.object({
  applicationId: idSchema,
  agreementNumber: z.string(),
  projectName: z.string(),
  organizationName: z.string(),
  districtCode: z.string(),
  programName: z.string(),
  periodStart: dateSchema,
  periodEnd: dateSchema,
  /** The latest inspection of the project in any year, if any. */
  lastInspected: dateSchema.nullable(),
});
export type NotInspectedRow = z.output<typeof notInspectedRowSchema>;

export const NOT_INSPECTED_SORTS = ['agreementNumber', 'lastInspected', 'periodEnd'] as const;

export const supervisionOps = {
  /** The overview; the year defaults to this year (Asia/Shanghai), or the latest year with projects before it. */
  'supervision.dashboard': defineOp({
    input: z.strictObject({ year: yearSchema.nullable().default(null) }),
    output: supervisionDashboardSchema,
    access: 'applications.read',
    mutation: false,
  }),
  /** Projects running in the year without an inspection dated in it. */
  'supervision.notInspected': defineOp({
    input: listQuerySchema(NOT_INSPECTED_SORTS, { year: yearSchema, fundProgramId: idSchema.optional() }),
    output: listResultSchema(notInspectedRowSchema),
    access: 'applications.read',
    mutation: false,
  }),
} as const;
