import type { OpOutput, OpParsedInput } from '../../contract/index';
import type { ServiceContext } from '../context';
import { exportView } from './export-view';
import { financeQueueView, fundProgramsView, organizationsView, projectsView, usersView } from './list-views';
import { budgetExecutionView, ledgerView, tranchesView } from './project-views';
import { adjustmentQueueView, advancesView, milestonesView, noticesView, trancheQueueView } from './worklist-views';

/** One function per export op; all of them are the one mechanism in export-view.ts with a view's columns. */
export function projects(ctx: ServiceContext, input: OpParsedInput<'exports.projects'>): OpOutput<'exports.projects'> {
  return exportView(ctx, projectsView, input);
}

export function financeQueue(
  ctx: ServiceContext,
  input: OpParsedInput<'exports.financeQueue'>,
): OpOutput<'exports.financeQueue'> {
  return exportView(ctx, financeQueueView, input);
}

export function ledger(ctx: ServiceContext, input: OpParsedInput<'exports.ledger'>): OpOutput<'exports.ledger'> {
  return exportView(ctx, ledgerView, input);
}

export function budgetExecution(
  ctx: ServiceContext,
  input: OpParsedInput<'exports.budgetExecution'>,
): OpOutput<'exports.budgetExecution'> {
  return exportView(ctx, budgetExecutionView, input);
}

export function tranches(ctx: ServiceContext, input: OpParsedInput<'exports.tranches'>): OpOutput<'exports.tranches'> {
  return exportView(ctx, tranchesView, input);
}

export function organizations(
  ctx: ServiceContext,
  input: OpParsedInput<'exports.organizations'>,
): OpOutput<'exports.organizations'> {
  return exportView(ctx, organizationsView, input);
}

export function users(ctx: ServiceContext, input: OpParsedInput<'exports.users'>): OpOutput<'exports.users'> {
  return exportView(ctx, usersView(ctx), input);
}

export function fundPrograms(
  ctx: ServiceContext,
  input: OpParsedInput<'exports.fundPrograms'>,
): OpOutput<'exports.fundPrograms'> {
  return exportView(ctx, fundProgramsView, input);
}

export function notices(ctx: ServiceContext, input: OpParsedInput<'exports.notices'>): OpOutput<'exports.notices'> {
  return exportView(ctx, noticesView, input);
}

export function trancheQueue(
  ctx: ServiceContext,
  input: OpParsedInput<'exports.trancheQueue'>,
): OpOutput<'exports.trancheQueue'> {
  return exportView(ctx, trancheQueueView, input);
}

export function adjustmentQueue(
  ctx: ServiceContext,
  input: OpParsedInput<'exports.adjustmentQueue'>,
): OpOutput<'exports.adjustmentQueue'> {
  return exportView(ctx, adjustmentQueueView, input);
}

export function advances(ctx: ServiceContext, input: OpParsedInput<'exports.advances'>): OpOutput<'exports.advances'> {
  return exportView(ctx, advancesView, input);
}

export function milestones(
  ctx: ServiceContext,
  input: OpParsedInput<'exports.milestones'>,
): OpOutput<'exports.milestones'> {
  return exportView(ctx, milestonesView, input);
}
