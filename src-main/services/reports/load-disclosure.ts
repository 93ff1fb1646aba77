import { SERVICE_AREA_NAMES } from '../../core/application-vocabulary';
import { executionRate } from '../../core/budget-execution';
import { districtName } from '../../core/districts';
import { GRADES, type Grade } from '../../core/grading';
import { valueLabel, type ServiceArea } from '../../contract/index';
import { finalizedEvaluationFacts } from '../../db/evaluations-repo';
import { isYearLocked } from '../../db/project-status-repo';
import { lotteryProgramIds } from '../../db/report-kinds-repo';
import { programApplicationIds, programProjectMoney, type ProgramProjectMoney } from '../../db/reports-repo';
import type { DisclosureProjectRow, DisclosureReportData } from '../../reports/index';
import { AppError } from '../app-error';
import { loadProgram } from '../applications/load';
import { loadProject } from '../budgets/index';
import { rateView } from '../budgets/present';
import type { ServiceContext } from '../context';
import { list as milestoneBoard } from '../milestones/index';
import { summarize } from './load-program';

const rate = (spent: number, approved: number) => rateView(executionRate(spent, approved)).text;

/**
 * 彩票公益金使用情况公告 of a year: the welfare-lottery programs of that year (municipal and central special),
 * the money approved, released and spent, every funded project with its indicator completion and latest
 * evaluation grade, as of `ctx.now`. The rules ask for it by the end of June of the following year.
 */
export function loadDisclosureReport(ctx: ServiceContext, year: number): DisclosureReportData {
  const loc = ctx.locale ?? 'zh';
  const ids = lotteryProgramIds(ctx.db, year);
  if (ids.length === 0) throw new AppError('NotFound', 'report.noLotteryPrograms', { year }, 'year');
  const money: ProgramProjectMoney[] = [];
  const projects: DisclosureProjectRow[] = [];
  const grades = new Map<Grade, number>();
  let indicators = 0;
  let met = 0;
  let beneficiaries = 0;
  const programs = ids.map((id) => {
    const program = loadProgram(ctx, id);
    const rows = programProjectMoney(ctx.db, id);
    const apps = new Map(programApplicationIds(ctx.db, id).map((a) => [a.agreementNumber, a.applicationId]));
    for (const p of rows) {
      const applicationId = apps.get(p.agreementNumber)!;
      const project = loadProject(ctx, applicationId);
      const board = milestoneBoard(ctx, { applicationId }).indicators;
      const evaluations = finalizedEvaluationFacts(ctx.db, project.agreement.id);
      const latest = evaluations.at(-1)?.grade ?? null;
      if (latest) grades.set(latest, (grades.get(latest) ?? 0) + 1);
      indicators += board.length;
      met += board.filter((i) => i.met).length;
      beneficiaries += project.application.beneficiaryCount;
      projects.push({
        agreementNumber: p.agreementNumber,
        name: p.name,
        organizationName: p.organizationName,
        district: districtName(p.districtCode, loc) ?? p.districtCode,
        serviceArea: SERVICE_AREA_NAMES[p.serviceArea as ServiceArea]?.[loc] ?? p.serviceArea,
        approvedFen: p.approvedFen,
        releasedFen: p.releasedFen,
        spentFen: p.grantSpentFen,
        indicatorsMet: board.filter((i) => i.met).length,
        indicators: board.length,
        grade: latest ? valueLabel(`grade.${latest}`, loc) : null,
        closed: p.closed,
      });
    }
    money.push(...rows);
    const approved = rows.reduce((s, p) => s + p.approvedFen, 0);
    const spent = rows.reduce((s, p) => s + p.grantSpentFen, 0);
    return {
      code: program.code,
      name: program.name,
      source: valueLabel(`source.${program.source}`, loc),
      totalAllocationFen: program.totalAllocationFen,
      projects: rows.length,
      approvedFen: approved,
      releasedFen: rows.reduce((s, p) => s + p.releasedFen, 0),
      spentFen: spent,
      rate: rate(spent, approved),
    };
  });
  return {
    year,
    dueDate: `${year + 1}-06-30`,
    yearLocked: isYearLocked(ctx.db, year),
    programs,
    executionRate: rate(
      programs.reduce((s, r) => s + r.spentFen, 0),
      programs.reduce((s, r) => s + r.approvedFen, 0),
    ),
    byServiceArea: summarize(
      money,
      (p) => p.serviceArea,
      (k) => SERVICE_AREA_NAMES[k as ServiceArea]?.[loc] ?? k,
    ),
    byDistrict: summarize(
      money,
      (p) => p.districtCode,
      (k) => districtName(k, loc) ?? k,
    ),
    projects,
    indicators: { total: indicators, met, rate: rate(met, indicators) },
    grades: GRADES.filter((g) => grades.has(g)).map((g) => ({
      grade: valueLabel(`grade.${g}`, loc),
      count: grades.get(g)!,
    })),
    beneficiaries,
  };
}
