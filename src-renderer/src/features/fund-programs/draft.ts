/**
 * The fund program form's working copy. Inputs hold "not filled in yet" as null, which the op input does
 * not allow; programInput turns null into a missing value so the schema reports "不能为空" for it.
 */
import type { CostType, FundProgramView, FundSource, RuleSet, TrancheCondition } from '@contract';

export interface CategoryDraft {
  code: string;
  name: string;
  capPercent: number | null;
}
export interface ClassCapDraft {
  code: string;
  name: string;
  capFen: number | null;
}
export interface TrancheDraft {
  percent: number | null;
  condition: TrancheCondition;
  milestoneName: string;
}
export interface CriterionDraft {
  code: string;
  name: string;
  maxPoints: number | null;
}
export interface RuleSetDraft {
  categories: CategoryDraft[];
  forbiddenCostTypes: CostType[];
  managementFeeCapPercent: number | null;
  matchingSharePercent: number | null;
  budgetTolerancePercent: number | null;
  classCaps: ClassCapDraft[];
  tranchePlan: TrancheDraft[];
  rubric: CriterionDraft[];
  scoreOutlierDistance: number | null;
  noticeMinDays: number | null;
}
export interface ProgramDraft {
  code: string;
  name: string;
  source: FundSource | undefined;
  year: number | null;
  totalAllocationFen: number | null;
  applicationStart: string | null;
  applicationEnd: string | null;
  notes: string;
  ruleSet: RuleSetDraft;
}

/** Paths whose labels a server error's details.field may name (e.g. a taken 编号). */
export const PROGRAM_PATHS = [
  'code',
  'name',
  'source',
  'year',
  'totalAllocationFen',
  'applicationStart',
  'applicationEnd',
  'notes',
  'ruleSet',
];

export function ruleSetDraft(rs: RuleSet): RuleSetDraft {
  return {
    categories: rs.categories.map((c) => ({ ...c })),
    forbiddenCostTypes: [...rs.forbiddenCostTypes],
    managementFeeCapPercent: rs.managementFeeCapPercent,
    matchingSharePercent: rs.matchingSharePercent,
    budgetTolerancePercent: rs.budgetTolerancePercent,
    classCaps: rs.classCaps.map((c) => ({ ...c })),
    tranchePlan: rs.tranchePlan.map((s) => ({ ...s, milestoneName: s.milestoneName ?? '' })),
    rubric: rs.rubric.map((c) => ({ ...c })),
    scoreOutlierDistance: rs.scoreOutlierDistance,
    noticeMinDays: rs.noticeMinDays,
  };
}

export function emptyRuleSet(): RuleSetDraft {
  return {
    categories: [],
    forbiddenCostTypes: [],
    managementFeeCapPercent: null,
    matchingSharePercent: null,
    budgetTolerancePercent: null,
    classCaps: [],
    tranchePlan: [],
    rubric: [],
    scoreOutlierDistance: null,
    noticeMinDays: null,
  };
}

export function emptyProgram(year: number): ProgramDraft {
  return {
    code: '',
    name: '',
    source: undefined,
    year,
    totalAllocationFen: null,
    applicationStart: null,
    applicationEnd: null,
    notes: '',
    ruleSet: emptyRuleSet(),
  };
}

export function programDraft(v: FundProgramView): ProgramDraft {
  return {
    code: v.code,
    name: v.name,
    source: v.source,
    year: v.year,
    totalAllocationFen: v.totalAllocationFen,
    applicationStart: v.applicationStart,
    applicationEnd: v.applicationEnd,
    notes: v.notes,
    ruleSet: ruleSetDraft(v.ruleSet),
  };
}

const orMissing = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** The op input for a draft (without id); unfilled numbers become missing so the schema names them. */
export function programInput(d: ProgramDraft): Record<string, unknown> {
  const rs = d.ruleSet;
  return {
    code: d.code,
    name: d.name,
    source: d.source,
    year: orMissing(d.year),
    totalAllocationFen: orMissing(d.totalAllocationFen),
    applicationStart: d.applicationStart,
    applicationEnd: d.applicationEnd,
    notes: d.notes,
    ruleSet: {
      categories: rs.categories.map((c) => ({ code: c.code, name: c.name, capPercent: c.capPercent })),
      forbiddenCostTypes: rs.forbiddenCostTypes,
      managementFeeCapPercent: orMissing(rs.managementFeeCapPercent),
      matchingSharePercent: orMissing(rs.matchingSharePercent),
      budgetTolerancePercent: orMissing(rs.budgetTolerancePercent),
      classCaps: rs.classCaps.map((c) => ({ code: c.code, name: c.name, capFen: orMissing(c.capFen) })),
      tranchePlan: rs.tranchePlan.map((s) => ({
        percent: orMissing(s.percent),
        condition: s.condition,
        // Only a milestone condition carries a name; an empty name is "none", which the schema checks.
        ...(s.condition === 'milestone_verified' || s.milestoneName.trim() !== ''
          ? { milestoneName: s.milestoneName }
          : {}),
      })),
      rubric: rs.rubric.map((c) => ({ code: c.code, name: c.name, maxPoints: orMissing(c.maxPoints) })),
      // These have schema defaults (for rule sets stored before them): a blank must not silently become one.
      scoreOutlierDistance: rs.scoreOutlierDistance,
      noticeMinDays: rs.noticeMinDays,
    },
  };
}

export function rubricSum(rubric: readonly CriterionDraft[]): number {
  return rubric.reduce((sum, c) => sum + (c.maxPoints ?? 0), 0);
}

export function trancheSum(plan: readonly TrancheDraft[]): number {
  return plan.reduce((sum, s) => sum + (s.percent ?? 0), 0);
}
