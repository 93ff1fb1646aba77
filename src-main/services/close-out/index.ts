import type { OpOutput, OpParsedInput } from '../../contract/index';
import type { ServiceContext } from '../context';
import { loadCloseOut } from './load';
import { closeOutView } from './view';

export { recordRecovery } from './record-recovery';
export { close } from './close';

/** A project's close-out page: the checklist as it stands, the closing balance, recoveries and the close-out. */
export function view(ctx: ServiceContext, input: OpParsedInput<'closeOut.view'>): OpOutput<'closeOut.view'> {
  return closeOutView(ctx, loadCloseOut(ctx, input.applicationId));
}
