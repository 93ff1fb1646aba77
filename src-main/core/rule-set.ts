/**
 * A fund program's rule set is data kept per program-year because the rules differ by program and by year.
 * This file holds the vocabulary the rules are written in, and the templates a new program starts from;
 * the rules that apply to a program are always the ones stored with it.
 */
export const FUND_SOURCES = ['CENTRAL', 'LOTTERY', 'CENTRAL_LOTTERY'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

export const COST_TYPES = [
  'building',
  'infrastructure',
  'fine',
  'debt',
  'investment',
  'vehicle',
  'management_fee',
  'subcontract',
  'trip_abroad',
  'hospitality',
  'official_car',
  'routine_running',
  'irregular_allowance',
  'profit_making',
] as const;
export type CostType = (typeof COST_TYPES)[number];

export const TRANCHE_CONDITIONS = ['on_signing', 'midterm_passed', 'milestone_verified'] as const;
export type TrancheCondition = (typeof TRANCHE_CONDITIONS)[number];

export interface BudgetCategory {
  code: string;
  name: string;
  /** Cap as a whole percentage of the project's total budget; null = no cap. */
  capPercent: number | null;
}
export interface ClassCap {
  code: string;
  name: string;
  capFen: number;
}
export interface TrancheStep {
  percent: number;
  condition: TrancheCondition;
  milestoneName?: string | undefined;
}
export interface RubricCriterion {
  code: string;
  name: string;
  maxPoints: number;
}
export interface RuleSet {
  categories: BudgetCategory[];
  forbiddenCostTypes: CostType[];
  managementFeeCapPercent: number;
  matchingSharePercent: number;
  /** How far a budget line may be overspent before an approved adjustment is needed. */
  budgetTolerancePercent: number;
  classCaps: ClassCap[];
  tranchePlan: TrancheStep[];
  /** Expert scoring rubric (专家评审): criteria with their maximum points. */
  rubric: RubricCriterion[];
  /** A score further than this many points from the median is flagged as an outlier. */
  scoreOutlierDistance: number;
  /** Shortest public notice (公示) in calendar days. */
  noticeMinDays: number;
}

export const DEFAULT_RUBRIC: readonly RubricCriterion[] = [
  { code: 'DESIGN', name: '项目设计', maxPoints: 25 },
  { code: 'CAPACITY', name: '组织能力', maxPoints: 20 },
  { code: 'BUDGET', name: '预算合理性', maxPoints: 20 },
  { code: 'OUTCOME', name: '预期成效', maxPoints: 25 },
  { code: 'SUSTAIN', name: '可持续性', maxPoints: 10 },
];
export const DEFAULT_SCORE_OUTLIER_DISTANCE = 15;
export const DEFAULT_NOTICE_MIN_DAYS = 5;

function reviewDefaults(): Pick<RuleSet, 'rubric' | 'scoreOutlierDistance' | 'noticeMinDays'> {
  return {
    rubric: DEFAULT_RUBRIC.map((c) => ({ ...c })),
    scoreOutlierDistance: DEFAULT_SCORE_OUTLIER_DISTANCE,
    noticeMinDays: DEFAULT_NOTICE_MIN_DAYS,
  };
}

/** 财社〔2012〕138号: central funds may not pay for these. */
export const CENTRAL_FORBIDDEN: readonly CostType[] = [
  'building',
  'infrastructure',
  'fine',
  'debt',
  'investment',
  'vehicle',
  'management_fee',
  'subcontract',
];
/** Lottery public-welfare funds forbid these in addition. */
export const LOTTERY_FORBIDDEN: readonly CostType[] = [
  ...CENTRAL_FORBIDDEN,
  'trip_abroad',
  'hospitality',
  'official_car',
  'routine_running',
  'irregular_allowance',
  'profit_making',
];

export function isCentral(source: FundSource): boolean {
  return source === 'CENTRAL';
}

const BASE_CATEGORIES: BudgetCategory[] = [
  { code: 'STAFF', name: '人员经费', capPercent: 40 },
  { code: 'ACTIVITY', name: '活动经费', capPercent: null },
  { code: 'TRAINING', name: '培训费', capPercent: 30 },
  { code: 'MATERIALS', name: '物资材料费', capPercent: 30 },
  { code: 'PUBLICITY', name: '宣传费', capPercent: 10 },
  { code: 'EVALUATION', name: '评估与审计费', capPercent: 5 },
];

/** Starting points for a new program; the officer edits them and the edited copy is what is stored. */
export function ruleSetTemplate(source: FundSource): RuleSet {
  if (source === 'CENTRAL') {
    return {
      categories: BASE_CATEGORIES.map((c) => ({ ...c })),
      forbiddenCostTypes: [...CENTRAL_FORBIDDEN],
      managementFeeCapPercent: 0,
      matchingSharePercent: 0,
      budgetTolerancePercent: 10,
      // Central program per-project caps, 2022–2023.
      classCaps: [
        { code: 'A', name: '发展示范项目', capFen: 50_000_00 },
        { code: 'B', name: '承接社会服务试点项目', capFen: 800_000_00 },
        { code: 'C', name: '社会工作服务示范项目', capFen: 400_000_00 },
        { code: 'D', name: '人员培训示范项目', capFen: 300_000_00 },
      ],
      tranchePlan: [
        { percent: 60, condition: 'on_signing' },
        { percent: 40, condition: 'midterm_passed' },
      ],
      ...reviewDefaults(),
    };
  }
  return {
    categories: BASE_CATEGORIES.map((c) => ({ ...c })),
    forbiddenCostTypes: [...LOTTERY_FORBIDDEN],
    // The lottery rules forbid the central list (management fees included) and more; an officer may still
    // raise the cap for a program whose 实施方案 allows it.
    managementFeeCapPercent: 0,
    matchingSharePercent: source === 'LOTTERY' ? 10 : 0,
    budgetTolerancePercent: 10,
    classCaps: [
      { code: 'A', name: '重点项目', capFen: 500_000_00 },
      { code: 'B', name: '一般项目', capFen: 200_000_00 },
      { code: 'C', name: '社区微项目', capFen: 50_000_00 },
    ],
    tranchePlan: [
      { percent: 50, condition: 'on_signing' },
      { percent: 30, condition: 'midterm_passed' },
      { percent: 20, condition: 'milestone_verified', milestoneName: '结项评估' },
    ],
    ...reviewDefaults(),
  };
}
