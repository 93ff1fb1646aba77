import type { OpOutput, OpParsedInput } from '../../contract/index';
import type { ServiceContext } from '../context';
import { loadPlan } from './load';
import { planView } from './view';

/** The agreement's tranches, each with the state of every release condition and what the caller may do. */
export function list(ctx: ServiceContext, input: OpParsedInput<'tranches.list'>): OpOutput<'tranches.list'> {
  return planView(ctx, loadPlan(ctx, input.applicationId));
}
