/**
 * The application form's working copy. Controls hold "not filled in yet" as null/undefined, which the op
 * input does not allow; applicationInputOf turns those into missing values so the schema reports 不能为空.
 */
import type { ApplicationDetail, CostType, ProjectKind, ServiceArea } from '@contract';

export interface IndicatorDraft {
  name: string;
  unit: string;
  target: number | null;
}
export interface BudgetLineDraft {
  categoryCode: string | undefined;
  /** null = an ordinary cost (普通), not one of the kinds rule sets name. */
  costType: CostType | null;
  /** The grant asked for on the line. */
  amountFen: number | null;
  /** The organization's matching funds on the line (blank = none). */
  matchingFen: number | null;
  note: string;
}
export interface ApplicationDraft {
  fundProgramId: number | undefined;
  organizationId: number | undefined;
  name: string;
  classCode: string | undefined;
  projectKind: ProjectKind | undefined;
  serviceArea: ServiceArea | undefined;
  districtCode: string | undefined;
  beneficiaries: string;
  beneficiaryCount: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  objectives: string;
  requestedFen: number | null;
  matchingFen: number | null;
  indicators: IndicatorDraft[];
  budgetLines: BudgetLineDraft[];
}

/** Paths whose labels a server error's details.field may name. */
export const APPLICATION_PATHS = [
  'fundProgramId',
  'organizationId',
  'name',
  'classCode',
  'projectKind',
  'serviceArea',
  'districtCode',
  'beneficiaries',
  'beneficiaryCount',
  'periodStart',
  'periodEnd',
  'objectives',
  'requestedFen',
  'matchingFen',
  'indicators',
  'budgetLines',
];

export function emptyIndicator(): IndicatorDraft {
  return { name: '', unit: '', target: null };
}
export function emptyBudgetLine(): BudgetLineDraft {
  return { categoryCode: undefined, costType: null, amountFen: null, matchingFen: null, note: '' };
}

export function emptyApplication(): ApplicationDraft {
  return {
    fundProgramId: undefined,
    organizationId: undefined,
    name: '',
    classCode: undefined,
    projectKind: undefined,
    serviceArea: undefined,
    districtCode: undefined,
    beneficiaries: '',
    beneficiaryCount: null,
    periodStart: null,
    periodEnd: null,
    objectives: '',
    requestedFen: null,
    matchingFen: null,
    indicators: [],
    budgetLines: [emptyBudgetLine()],
  };
}

export function applicationDraft(v: ApplicationDetail): ApplicationDraft {
  return {
    fundProgramId: v.fundProgramId,
    organizationId: v.organizationId,
    name: v.name,
    classCode: v.classCode,
    projectKind: v.projectKind,
    serviceArea: v.serviceArea,
    districtCode: v.districtCode,
    beneficiaries: v.beneficiaries,
    beneficiaryCount: v.beneficiaryCount,
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    objectives: v.objectives,
    requestedFen: v.requestedFen,
    matchingFen: v.matchingFen,
    indicators: v.indicators.map((i) => ({ name: i.name, unit: i.unit, target: i.target })),
    // An application saved without lines (an imported row) brings its matching total to the first line, so
    // the form's total, the sum of the lines', starts where the application stands.
    budgetLines:
      v.budgetLines.length === 0 && v.matchingFen > 0
        ? [{ ...emptyBudgetLine(), matchingFen: v.matchingFen }]
        : v.budgetLines.map((l) => ({
            categoryCode: l.categoryCode,
            costType: l.costType,
            amountFen: l.amountFen,
            matchingFen: l.matchingFen,
            note: l.note,
          })),
  };
}

const orMissing = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/** The op input for a draft (without id). */
export function applicationInputOf(d: ApplicationDraft): Record<string, unknown> {
  return {
    fundProgramId: d.fundProgramId,
    organizationId: d.organizationId,
    name: d.name,
    classCode: d.classCode,
    projectKind: d.projectKind,
    serviceArea: d.serviceArea,
    districtCode: d.districtCode,
    beneficiaries: d.beneficiaries,
    beneficiaryCount: d.beneficiaryCount ?? 0,
    periodStart: orMissing(d.periodStart),
    periodEnd: orMissing(d.periodEnd),
    objectives: d.objectives,
    requestedFen: orMissing(d.requestedFen),
    // With lines, main takes the matching total as their sum; without, the declared total is kept.
    matchingFen: d.budgetLines.length > 0 ? matchingTotal(d.budgetLines) : (d.matchingFen ?? 0),
    indicators: d.indicators.map((i) => ({ name: i.name, unit: i.unit, target: orMissing(i.target) })),
    budgetLines: d.budgetLines.map((l) => ({
      categoryCode: l.categoryCode,
      costType: l.costType,
      amountFen: orMissing(l.amountFen),
      matchingFen: l.matchingFen ?? 0,
      note: l.note,
    })),
  };
}

/** Sum of the grant on the lines filled in so far, exact in fen. */
export function budgetTotal(lines: readonly { amountFen: number | null }[]): number {
  return lines.reduce((sum, l) => sum + (l.amountFen ?? 0), 0);
}

/** Sum of the matching funds on the lines, exact in fen: the application's 配套资金. */
export function matchingTotal(lines: readonly { matchingFen: number | null }[]): number {
  return lines.reduce((sum, l) => sum + (l.matchingFen ?? 0), 0);
}
