import { SERVICE_AREA_NAMES } from '../../core/application-vocabulary';
import { executionRate } from '../../core/budget-execution';
import { districtName } from '../../core/districts';
import { valueLabel, type ServiceArea } from '../../contract/index';
import { findFundProgramByCode } from '../../db/fund-programs-repo';
import { isYearLocked } from '../../db/project-status-repo';
import { programProjectMoney, type ProgramProjectMoney } from '../../db/reports-repo';
import type { ProgramReportData, SummaryRow } from '../../reports/index';
import { AppError } from '../app-error';
import { loadProgram } from '../applications/load';
import { rateView } from '../budgets/present';
import type { ServiceContext } from '../context';

export function summarize(
  projects: readonly ProgramProjectMoney[],
  keyOf: (p: ProgramProjectMoney) => string,
  labelOf: (key: string) => string,
): SummaryRow[] {
  const groups = new Map<string, ProgramProjectMoney[]>();
  for (const p of projects) groups.set(keyOf(p), [...(groups.get(keyOf(p)) ?? []), p]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, ps]) => {
      const approved = ps.reduce((s, p) => s + p.approvedFen, 0);
      const spent = ps.reduce((s, p) => s + p.grantSpentFen, 0);
      return {
        label: labelOf(key),
        projects: ps.length,
        approvedFen: approved,
        releasedFen: ps.reduce((s, p) => s + p.releasedFen, 0),
        spentFen: spent,
        balanceFen: approved - spent,
        rate: rateView(executionRate(spent, approved)).text,
      };
    });
}

export function findProgram(ctx: ServiceContext, code: string, year: number): number {
  const found = findFundProgramByCode(ctx.db, code);
  const program = found ? loadProgram(ctx, found.id) : null;
  if (!program || program.year !== year)
    throw new AppError('NotFound', 'report.programYearNotFound', { code, year }, 'program');
  return program.id;
}

/**
 * 资金计划年度汇总 of a program (a program belongs to one year): approved, released, grant spent, balance
 * (approved − spent) and rate by district, class, service area and funding share, and every project.
 */
export function loadProgramReport(ctx: ServiceContext, programId: number): ProgramReportData {
  const loc = ctx.locale ?? 'zh';
  const program = loadProgram(ctx, programId);
  const projects = programProjectMoney(ctx.db, programId);
  const classes = new Map(program.ruleSet.classCaps.map((c) => [c.code, c.name]));
  const grant = summarize(
    projects,
    () => 'grant',
    () => valueLabel('share.grant', loc),
  );
  const matchingCommitted = projects.reduce((s, p) => s + p.matchingFen, 0);
  const matchingSpent = projects.reduce((s, p) => s + p.matchingSpentFen, 0);
  const matching: SummaryRow = {
    label: valueLabel('share.matching', loc),
    projects: projects.length,
    approvedFen: matchingCommitted,
    releasedFen: 0,
    spentFen: matchingSpent,
    balanceFen: matchingCommitted - matchingSpent,
    rate: rateView(executionRate(matchingSpent, matchingCommitted)).text,
  };
  return {
    program: {
      code: program.code,
      name: program.name,
      source: valueLabel(`source.${program.source}`, loc),
      year: program.year,
      totalAllocationFen: program.totalAllocationFen,
    },
    yearLocked: isYearLocked(ctx.db, program.year),
    byDistrict: summarize(
      projects,
      (p) => p.districtCode,
      (k) => districtName(k, loc) ?? k,
    ),
    byClass: summarize(
      projects,
      (p) => p.classCode,
      (k) => `${k} ${classes.get(k) ?? ''}`.trim(),
    ),
    byServiceArea: summarize(
      projects,
      (p) => p.serviceArea,
      (k) => SERVICE_AREA_NAMES[k as ServiceArea]?.[loc] ?? k,
    ),
    byShare: [...grant, ...(projects.length > 0 ? [matching] : [])],
    projects: projects.map((p) => ({
      agreementNumber: p.agreementNumber,
      name: p.name,
      organizationName: p.organizationName,
      district: districtName(p.districtCode, loc) ?? p.districtCode,
      approvedFen: p.approvedFen,
      releasedFen: p.releasedFen,
      spentFen: p.grantSpentFen,
      closed: p.closed,
    })),
  };
}
