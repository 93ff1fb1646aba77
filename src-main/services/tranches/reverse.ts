import type { OpOutput, OpParsedInput } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import { reverseRelease, type TrancheRelease, type TrancheReversal } from '../../core/tranche-state';
import { insertTrancheRecord } from '../../db/tranches-repo';
import { nowIso, requireUser } from '../app-error';
import type { ServiceContext } from '../context';
import { loadTranche } from './load';
import { throwIfAnyTranche } from './present';
import { clearedFields, nextTrancheState, saveState } from './step';

/**
 * A mistaken release is never edited: a reversal record (negative amount) points at it, and the tranche
 * becomes 'reversed', from where it may be prepared and released again (or cancelled).
 */
export function reverse(ctx: ServiceContext, input: OpParsedInput<'tranches.reverse'>): OpOutput<'tranches.reverse'> {
  const user = requireUser(ctx);
  const { plan, tranche } = loadTranche(ctx, input.trancheId);
  const state = nextTrancheState(tranche, 'reverse');
  const mine = plan.records.filter((r) => r.trancheId === tranche.id);
  const reversals: TrancheReversal[] = mine
    .filter((r) => r.kind === 'reversal')
    .map((r) => ({
      id: r.id,
      reversesId: r.reversesId!,
      trancheSeq: tranche.seq,
      amountFen: r.amountFen,
      date: r.date,
      reason: r.reason,
      by: r.by.id,
    }));
  // A released tranche has exactly one release not yet reversed: the latest.
  const last = mine.filter((r) => r.kind === 'release').at(-1)!;
  const posted: TrancheRelease = {
    id: last.id,
    trancheSeq: tranche.seq,
    amountFen: last.amountFen,
    voucherNo: last.voucherNo ?? '',
    date: last.date,
    preparedBy: last.preparedBy ?? last.by.id,
    releasedBy: last.by.id,
  };
  const today = shanghaiDate(ctx.now);
  if (input.date > today)
    throwIfAnyTranche([{ rule: 'tranche.dateInFuture', params: { date: input.date, today } }], 'date');
  const r = reverseRelease(posted, reversals, { id: 0, date: input.date, reason: input.reason, by: user.id });
  if (!r.ok) throwIfAnyTranche(r.violations, r.violations[0]?.rule === 'tranche.reversalReason' ? 'reason' : 'date');
  const reversal = (r as { reversal: TrancheReversal }).reversal;
  const recordId = insertTrancheRecord(ctx.db, {
    trancheId: tranche.id,
    kind: 'reversal',
    amountFen: reversal.amountFen,
    voucherNo: posted.voucherNo,
    date: reversal.date,
    reason: reversal.reason,
    reversesId: posted.id,
    preparedBy: null,
    by: user.id,
    at: nowIso(ctx),
  });
  return saveState(ctx, tranche, clearedFields(state), {
    recordId,
    reverses: posted.id,
    amountFen: reversal.amountFen,
    reason: reversal.reason,
  });
}
