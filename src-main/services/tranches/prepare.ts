import type { OpOutput, OpParsedInput } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import { checkPreparation } from '../../core/tranche-state';
import { nowIso, requireUser } from '../app-error';
import type { ServiceContext } from '../context';
import { loadTranche } from './load';
import { throwIfAnyTranche } from './present';
import { nextTrancheState, saveState } from './step';

/** Maker: records the voucher number and date under the preparer's name, for another user to release. */
export function prepare(ctx: ServiceContext, input: OpParsedInput<'tranches.prepare'>): OpOutput<'tranches.prepare'> {
  const user = requireUser(ctx);
  const { tranche } = loadTranche(ctx, input.trancheId);
  const state = nextTrancheState(tranche, 'prepare');
  const violations = checkPreparation({ voucherNo: input.voucherNo, date: input.voucherDate }, shanghaiDate(ctx.now));
  throwIfAnyTranche(violations, violations[0]?.rule === 'tranche.voucherRequired' ? 'voucherNo' : 'voucherDate');
  return saveState(ctx, tranche, {
    state,
    voucherNo: input.voucherNo.trim(),
    voucherDate: input.voucherDate,
    preparedBy: user.id,
    preparedAt: nowIso(ctx),
    releasedBy: null,
    releasedAt: null,
  });
}
