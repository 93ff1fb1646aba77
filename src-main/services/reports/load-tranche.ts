import { AppError } from '../app-error';
import type { TrancheReportData } from '../../reports/index';
import { loadProject } from '../budgets/index';
import type { ServiceContext } from '../context';
import { list as trancheList } from '../tranches/index';
import { programFacts, projectFacts, trancheRow } from './load-project';

/** 拨付审批单 data for tranche `seq` of a project, as of `ctx.now`. */
export function loadTrancheReport(ctx: ServiceContext, applicationId: number, seq: number): TrancheReportData {
  const loc = ctx.locale ?? 'zh';
  const project = loadProject(ctx, applicationId);
  const plan = trancheList(ctx, { applicationId });
  const tranche = plan.tranches.find((t) => t.seq === seq);
  if (!tranche)
    throw new AppError('NotFound', 'report.trancheNotFound', { code: project.agreement.agreementNumber, seq }, 'seq');
  const releasedBefore = plan.tranches
    .filter((t) => t.seq < seq)
    .flatMap((t) => t.history)
    .reduce((s, h) => s + (h.kind === 'cancellation' ? 0 : h.amountFen), 0);
  return {
    program: programFacts(project.program, loc),
    project: projectFacts(ctx, project),
    tranche: trancheRow(tranche, loc),
    releasedBeforeFen: releasedBefore,
    trancheCount: plan.tranches.length,
  };
}
