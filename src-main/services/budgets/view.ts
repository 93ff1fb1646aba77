import type { OpOutput, OpParsedInput } from '../../contract/index';
import { listAdjustments } from '../../db/budgets-repo';
import type { ServiceContext } from '../context';
import { moneyFacts } from './facts';
import { budgetView } from './present';
import { loadProject } from './project';

/** Versions, adjustment requests and budget against actual for one project, with what the caller may do. */
export function view(ctx: ServiceContext, input: OpParsedInput<'budgets.view'>): OpOutput<'budgets.view'> {
  const project = loadProject(ctx, input.applicationId);
  return budgetView(ctx, project, moneyFacts(ctx, project.agreement.id), listAdjustments(ctx.db, project.agreement.id));
}
