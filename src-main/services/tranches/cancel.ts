import type { OpOutput, OpParsedInput } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import { insertTrancheRecord } from '../../db/tranches-repo';
import { nowIso, requireUser } from '../app-error';
import type { ServiceContext } from '../context';
import { loadTranche } from './load';
import { throwIfAnyTranche } from './present';
import { clearedFields, nextTrancheState, saveState } from './step';

/** A tranche that will not be paid is cancelled explicitly, with a reason, so close-out sees it as settled. */
export function cancel(ctx: ServiceContext, input: OpParsedInput<'tranches.cancel'>): OpOutput<'tranches.cancel'> {
  const user = requireUser(ctx);
  const { tranche } = loadTranche(ctx, input.trancheId);
  const state = nextTrancheState(tranche, 'cancel');
  const reason = input.reason.trim();
  if (reason === '') throwIfAnyTranche([{ rule: 'tranche.cancelReason', params: {} }], 'reason');
  const recordId = insertTrancheRecord(ctx.db, {
    trancheId: tranche.id,
    kind: 'cancellation',
    amountFen: 0,
    voucherNo: null,
    date: shanghaiDate(ctx.now),
    reason,
    reversesId: null,
    preparedBy: null,
    by: user.id,
    at: nowIso(ctx),
  });
  return saveState(ctx, tranche, clearedFields(state), { recordId, reason });
}
