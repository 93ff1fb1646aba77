/**
 * The submission rules of a fund program, checked against the
 * rule set stored with the program. Every check returns all of its violations, so an officer sees the whole
 * list at once; money is integer fen and every comparison is exact (BigInt where products could pass 2^53).
 */
import { isCalendarDate, yearEnd, yearStart } from './calendar';
import type { CostType, FundSource, RuleSet } from './rule-set';
import { fenText, SOURCE_BASIS, type Violation } from './violations';

export interface BudgetLineFacts {
  categoryCode: string;
  costType: CostType | null;
  /** The grant asked for on the line. */
  amountFen: number;
  /** The organization's matching funds on the line. */
  matchingFen: number;
}

export interface ApplicationFacts {
  classCode: string;
  periodStart: string;
  periodEnd: string;
  requestedFen: number;
  matchingFen: number;
  indicatorCount: number;
  budgetLines: readonly BudgetLineFacts[];
}

export interface ProgramFacts {
  source: FundSource;
  year: number;
  ruleSet: RuleSet;
}

export interface OrganizationFacts {
  registration: 'registered' | 'filed';
  /** Bars (取消申报资格) on record for the organization, whatever years they cover. */
  bars: readonly { fromYear: number; toYear: number; reason: string }[];
  /** The code of another live application by the same organization to the same program, if any. */
  duplicateCode: string | null;
}

/** part / whole as a percentage with two decimals, rounded down ("40.01"). */
function percentText(part: bigint, whole: bigint): string {
  if (whole === 0n) return '0.00';
  const centi = (part * 10_000n) / whole;
  return `${centi / 100n}.${(centi % 100n).toString().padStart(2, '0')}`;
}

function sumFen(lines: readonly BudgetLineFacts[]): bigint {
  return lines.reduce((s, l) => s + BigInt(l.amountFen), 0n);
}

/** The class must be one the program names, and the grant asked for within its cap. */
export function checkClassCap(classCode: string, requestedFen: number, ruleSet: RuleSet): Violation[] {
  if (ruleSet.classCaps.length === 0) return [];
  const cls = ruleSet.classCaps.find((c) => c.code === classCode);
  if (!cls)
    return [
      {
        rule: 'application.unknownClass',
        params: { classCode, classes: ruleSet.classCaps.map((c) => `${c.code} ${c.name}`).join('、') },
      },
    ];
  if (requestedFen > cls.capFen)
    return [
      {
        rule: 'application.classCap',
        params: { classCode, className: cls.name, cap: fenText(cls.capFen), requested: fenText(requestedFen) },
      },
    ];
  return [];
}

/**
 * Rules on the budget lines themselves: known categories, forbidden cost types, category caps and the
 * management-fee cap, each as a share of the lines' total. Used at submission (the requested budget) and at
 * the finance review (the budget after cuts, where cutting one line raises the others' shares).
 */
export function checkBudgetLines(lines: readonly BudgetLineFacts[], program: ProgramFacts): Violation[] {
  const { ruleSet, source } = program;
  const out: Violation[] = [];
  const total = sumFen(lines);
  lines.forEach((l, i) => {
    if (!ruleSet.categories.some((c) => c.code === l.categoryCode))
      out.push({ rule: 'application.unknownCategory', params: { line: i + 1, categoryCode: l.categoryCode } });
    if (l.costType !== null && ruleSet.forbiddenCostTypes.includes(l.costType))
      out.push({
        rule: 'application.forbiddenCostType',
        params: { line: i + 1, costType: l.costType, source, basis: SOURCE_BASIS[source] },
      });
  });
  for (const c of ruleSet.categories) {
    if (c.capPercent === null) continue;
    const amount = sumFen(lines.filter((l) => l.categoryCode === c.code));
    if (amount * 100n > BigInt(c.capPercent) * total)
      out.push({
        rule: 'application.categoryCap',
        params: {
          category: c.name,
          capPercent: c.capPercent,
          percent: percentText(amount, total),
          amount: fenText(amount),
        },
      });
  }
  // A forbidden management fee is already reported line by line; the cap applies where fees are allowed.
  if (!ruleSet.forbiddenCostTypes.includes('management_fee')) {
    const fee = sumFen(lines.filter((l) => l.costType === 'management_fee'));
    if (fee * 100n > BigInt(ruleSet.managementFeeCapPercent) * total)
      out.push({
        rule: 'application.managementFeeCap',
        params: {
          capPercent: ruleSet.managementFeeCapPercent,
          percent: percentText(fee, total),
          amount: fenText(fee),
          source,
        },
      });
  }
  return out;
}

/** 配套资金: matchingFen ≥ requestedFen × share / 100, compared as matching × 100 ≥ requested × share. */
export function checkMatching(requestedFen: number, matchingFen: number, ruleSet: RuleSet): Violation[] {
  const share = BigInt(ruleSet.matchingSharePercent);
  if (BigInt(matchingFen) * 100n >= BigInt(requestedFen) * share) return [];
  const requiredFen = (BigInt(requestedFen) * share + 99n) / 100n;
  return [
    {
      rule: 'application.matchingShare',
      params: { percent: ruleSet.matchingSharePercent, required: fenText(requiredFen), matching: fenText(matchingFen) },
    },
  ];
}

/** The project runs inside the program year: both dates within YYYY-01-01..YYYY-12-31. */
export function checkPeriod(periodStart: string, periodEnd: string, year: number): Violation[] {
  const from = yearStart(year);
  const to = yearEnd(year);
  const inside = (d: string) => isCalendarDate(d) && d >= from && d <= to;
  const out: Violation[] = [];
  if (!inside(periodStart) || !inside(periodEnd))
    out.push({ rule: 'application.periodOutsideYear', params: { year, start: periodStart, end: periodEnd } });
  if (periodEnd < periodStart)
    out.push({ rule: 'application.periodOrder', params: { start: periodStart, end: periodEnd } });
  return out;
}

/** The matching funds the lines budget; an application without lines has only its declared total. */
export function lineMatchingFen(app: Pick<ApplicationFacts, 'budgetLines' | 'matchingFen'>): number {
  if (app.budgetLines.length === 0) return app.matchingFen;
  return app.budgetLines.reduce((s, l) => s + l.matchingFen, 0);
}

/** The requested grant is exactly the budget, and the application says what it will achieve and spend. */
export function checkCompleteness(app: ApplicationFacts): Violation[] {
  const out: Violation[] = [];
  if (app.indicatorCount === 0) out.push({ rule: 'application.noIndicators', params: {} });
  if (app.budgetLines.length === 0) out.push({ rule: 'application.noBudgetLines', params: {} });
  const sum = sumFen(app.budgetLines);
  if (app.budgetLines.length > 0 && sum !== BigInt(app.requestedFen))
    out.push({ rule: 'application.budgetSum', params: { sum: fenText(sum), requested: fenText(app.requestedFen) } });
  const matching = lineMatchingFen(app);
  if (matching !== app.matchingFen)
    out.push({
      rule: 'application.matchingSum',
      params: { sum: fenText(matching), matching: fenText(app.matchingFen) },
    });
  return out;
}

/** Who may apply: no 备案-only organization for central funds, no barred organization, one live application. */
export function checkEligibility(org: OrganizationFacts, program: ProgramFacts): Violation[] {
  const out: Violation[] = [];
  if (program.source === 'CENTRAL' && org.registration === 'filed')
    out.push({ rule: 'application.filedCentral', params: { source: program.source } });
  for (const bar of org.bars)
    if (bar.fromYear <= program.year && program.year <= bar.toYear)
      out.push({
        rule: 'application.barred',
        params: { fromYear: bar.fromYear, toYear: bar.toYear, year: program.year, reason: bar.reason },
      });
  if (org.duplicateCode !== null) out.push({ rule: 'application.duplicate', params: { code: org.duplicateCode } });
  return out;
}

/** Everything checked when an application is submitted, in the order an officer would fix it. */
export function checkSubmission(app: ApplicationFacts, program: ProgramFacts, org: OrganizationFacts): Violation[] {
  return [
    ...checkEligibility(org, program),
    ...checkCompleteness(app),
    ...checkClassCap(app.classCode, app.requestedFen, program.ruleSet),
    ...checkPeriod(app.periodStart, app.periodEnd, program.year),
    ...checkBudgetLines(app.budgetLines, program),
    // The share is judged on the matching budgeted on the lines (the application total is their sum).
    ...checkMatching(app.requestedFen, lineMatchingFen(app), program.ruleSet),
  ];
}
