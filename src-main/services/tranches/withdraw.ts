import type { OpOutput, OpParsedInput } from '../../contract/index';
import { requireUser } from '../app-error';
import type { ServiceContext } from '../context';
import { loadTranche } from './load';
import { clearedFields, nextTrancheState, saveState } from './step';

/** The maker takes a preparation back, or the checker sends it back; nothing was posted, so nothing is reversed. */
export function withdraw(
  ctx: ServiceContext,
  input: OpParsedInput<'tranches.withdraw'>,
): OpOutput<'tranches.withdraw'> {
  requireUser(ctx);
  const { tranche } = loadTranche(ctx, input.trancheId);
  const state = nextTrancheState(tranche, 'withdraw');
  return saveState(ctx, tranche, clearedFields(state), { reason: input.reason.trim() });
}
