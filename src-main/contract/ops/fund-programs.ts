import { z } from 'zod';
import {
  CENTRAL_FORBIDDEN,
  COST_TYPES,
  DEFAULT_NOTICE_MIN_DAYS,
  DEFAULT_RUBRIC,
  DEFAULT_SCORE_OUTLIER_DISTANCE,
  FUND_SOURCES,
  TRANCHE_CONDITIONS,
  type RuleSet,
} from '../../core/rule-set';
import {
  dateSchema,
  defineOp,
  fenSchema,
  idSchema,
  listQuerySchema,
  listResultSchema,
  optionalText,
  patterned,
  percentSchema,
  text,
  timestampSchema,
  whenValid,
} from '../common';

const codeSchema = patterned(/^[A-Za-z0-9_-]{1,20}$/, 'A–Z 0–9 _ -, 1–20');

export const ruleSetSchema = z
  .strictObject({
    categories: z
      .array(z.strictObject({ code: codeSchema, name: text(50), capPercent: percentSchema.nullable() }))
      .min(1)
      .max(50),
    forbiddenCostTypes: z.array(z.enum(COST_TYPES)).max(COST_TYPES.length),
    managementFeeCapPercent: percentSchema,
    matchingSharePercent: percentSchema,
    budgetTolerancePercent: percentSchema,
    classCaps: z.array(z.strictObject({ code: codeSchema, name: text(50), capFen: fenSchema })).max(20),
    tranchePlan: z
      .array(
        z.strictObject({
          percent: z.int().min(1).max(100),
          condition: z.enum(TRANCHE_CONDITIONS),
          milestoneName: z.string().trim().max(100).optional(),
        }),
      )
      .min(1)
      .max(10),
    // Rule sets stored before review settings existed read back with the defaults.
    rubric: z
      .array(z.strictObject({ code: codeSchema, name: text(50), maxPoints: z.int().min(1).max(100) }))
      .min(1)
      .max(20)
      .default(() => DEFAULT_RUBRIC.map((c) => ({ ...c }))),
    scoreOutlierDistance: z.int().min(1).max(100).default(DEFAULT_SCORE_OUTLIER_DISTANCE),
    noticeMinDays: z.int().min(1).max(60).default(DEFAULT_NOTICE_MIN_DAYS),
  })
  .superRefine((rs, ctx) => {
    const sum = rs.tranchePlan.reduce((a, t) => a + t.percent, 0);
    if (sum !== 100)
      ctx.addIssue({ code: 'custom', path: ['tranchePlan'], message: '', params: { rule: 'ruleSet.trancheSum', sum } });
    rs.tranchePlan.forEach((t, i) => {
      if (t.condition === 'milestone_verified' && !t.milestoneName)
        ctx.addIssue({
          code: 'custom',
          path: ['tranchePlan', i, 'milestoneName'],
          message: '',
          params: { rule: 'ruleSet.milestoneName' },
        });
    });
    firstDuplicate(
      rs.categories.map((c) => c.code),
      (code, i) =>
        ctx.addIssue({
          code: 'custom',
          path: ['categories', i, 'code'],
          message: '',
          params: { rule: 'ruleSet.duplicateCategory', code },
        }),
    );
    firstDuplicate(
      rs.rubric.map((c) => c.code),
      (code, i) =>
        ctx.addIssue({
          code: 'custom',
          path: ['rubric', i, 'code'],
          message: '',
          params: { rule: 'ruleSet.duplicateCriterion', code },
        }),
    );
    firstDuplicate(
      rs.classCaps.map((c) => c.code),
      (code, i) =>
        ctx.addIssue({
          code: 'custom',
          path: ['classCaps', i, 'code'],
          message: '',
          params: { rule: 'ruleSet.duplicateClass', code },
        }),
    );
  });

function firstDuplicate(codes: string[], report: (code: string, index: number) => void): void {
  const seen = new Set<string>();
  codes.forEach((c, i) => {
    if (seen.has(c)) report(c, i);
    seen.add(c);
  });
}

const fundProgramFields = {
  code: patterned(/^[A-Za-z0-9_-]{2,40}$/, 'A–Z 0–9 _ -, 2–40'),
  name: text(100),
  source: z.enum(FUND_SOURCES),
  year: z.int().min(2000).max(2100),
  totalAllocationFen: fenSchema,
  applicationStart: dateSchema.nullable().default(null),
  applicationEnd: dateSchema.nullable().default(null),
  notes: optionalText(2000),
  ruleSet: ruleSetSchema,
};

type ProgramShape = {
  source: (typeof FUND_SOURCES)[number];
  ruleSet: RuleSet;
  applicationStart: string | null;
  applicationEnd: string | null;
};

/** Rules that tie the rule set to the source: central money never pays a management fee. */
function checkProgram(p: ProgramShape, ctx: z.RefinementCtx): void {
  if (p.source === 'CENTRAL') {
    if (p.ruleSet.managementFeeCapPercent !== 0)
      ctx.addIssue({
        code: 'custom',
        path: ['ruleSet', 'managementFeeCapPercent'],
        message: '',
        params: { rule: 'ruleSet.centralManagementFee' },
      });
    const missing = CENTRAL_FORBIDDEN.filter((c) => !p.ruleSet.forbiddenCostTypes.includes(c));
    if (missing.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['ruleSet', 'forbiddenCostTypes'],
        message: '',
        params: { rule: 'ruleSet.centralForbidden', missing: missing.map((c) => `@costType.${c}`) },
      });
  }
  if (p.applicationStart && p.applicationEnd && p.applicationEnd < p.applicationStart)
    ctx.addIssue({ code: 'custom', path: ['applicationEnd'], message: '', params: { rule: 'date.order' } });
}

const programRuleFields = whenValid(
  'source',
  'ruleSet.managementFeeCapPercent',
  'ruleSet.forbiddenCostTypes',
  'applicationStart',
  'applicationEnd',
);
export const fundProgramInput = z.strictObject(fundProgramFields).superRefine(checkProgram, programRuleFields);
export const fundProgramUpdateInput = z
  .strictObject({ id: idSchema, ...fundProgramFields })
  .superRefine(checkProgram, programRuleFields);

export const fundProgramViewSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  source: z.enum(FUND_SOURCES),
  year: z.int(),
  totalAllocationFen: fenSchema,
  applicationStart: z.string().nullable(),
  applicationEnd: z.string().nullable(),
  notes: z.string(),
  ruleSet: ruleSetSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type FundProgramView = z.output<typeof fundProgramViewSchema>;

export const fundProgramRowSchema = fundProgramViewSchema.omit({ ruleSet: true, notes: true });
export type FundProgramRow = z.output<typeof fundProgramRowSchema>;

export const fundProgramMoneySchema = z.object({
  code: z.string(),
  name: z.string(),
  allocatedFen: fenSchema,
  /** The approved amounts of the program's approved projects (recoveries do not free allocation). */
  committedFen: fenSchema,
  approvedCount: z.int().min(0),
  /** allocated − committed: what may still be approved. */
  remainingFen: fenSchema,
  releasedFen: z.int(),
  spentFen: z.int(),
  recoveredFen: z.int(),
  /** released − spent − recovered: grant money paid out that is neither spent nor paid back. */
  balanceFen: z.int(),
});
export type FundProgramMoney = z.output<typeof fundProgramMoneySchema>;

export const fundProgramListQuery = listQuerySchema(
  ['code', 'name', 'source', 'year', 'totalAllocationFen', 'createdAt'],
  { source: z.enum(FUND_SOURCES).optional(), year: z.int().min(2000).max(2100).optional() },
);

export const fundProgramsOps = {
  'fundPrograms.list': defineOp({
    input: fundProgramListQuery,
    output: listResultSchema(fundProgramRowSchema),
    access: 'fundPrograms.read',
    mutation: false,
  }),
  'fundPrograms.get': defineOp({
    input: z.strictObject({ id: idSchema }),
    output: fundProgramViewSchema,
    access: 'fundPrograms.read',
    mutation: false,
  }),
  'fundPrograms.create': defineOp({
    input: fundProgramInput,
    output: fundProgramViewSchema,
    access: 'fundPrograms.manage',
    mutation: true,
  }),
  'fundPrograms.update': defineOp({
    input: fundProgramUpdateInput,
    output: fundProgramViewSchema,
    access: 'fundPrograms.manage',
    mutation: true,
  }),
  /** The program's money against its allocation, shown wherever money is decided. */
  'fundPrograms.money': defineOp({
    input: z.strictObject({ id: idSchema }),
    output: fundProgramMoneySchema,
    access: 'fundPrograms.read',
    mutation: false,
  }),
} as const;
