import type { OpOutput, OpParsedInput } from '../../contract/index';
import type { ServiceContext } from '../context';
import { loadProject } from './load';
import { boardView } from './view';

/** The project's milestone board: every milestone with its evidence and state, every indicator's progress. */
export function list(ctx: ServiceContext, input: OpParsedInput<'milestones.list'>): OpOutput<'milestones.list'> {
  return boardView(ctx, loadProject(ctx, input.applicationId));
}
