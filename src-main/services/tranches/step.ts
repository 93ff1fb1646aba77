import type { TrancheView } from '../../contract/index';
import { trancheTransition, type TrancheAction, type TrancheState } from '../../core/tranche-state';
import { trancheRecordDate } from '../../db/closeout-repo';
import { isYearLocked } from '../../db/project-status-repo';
import { setTrancheState, type TrancheRow, type TrancheStateFields } from '../../db/tranches-repo';
import { nowIso } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadTranche } from './load';
import { throwIfAnyTranche } from './present';
import { trancheView } from './view';

/** The state machine's answer, or a RuleViolation naming the tranche's state and the action. */
export function nextTrancheState(tranche: TrancheRow, action: TrancheAction): TrancheState {
  const r = trancheTransition(tranche.state, action);
  if (!r.ok) throwIfAnyTranche([r.violation]);
  return (r as { next: TrancheState }).next;
}

export function stateFields(t: TrancheRow): TrancheStateFields {
  return {
    state: t.state,
    voucherNo: t.voucherNo,
    voucherDate: t.voucherDate,
    preparedBy: t.preparedBy?.id ?? null,
    preparedAt: t.preparedAt,
    releasedBy: t.releasedBy?.id ?? null,
    releasedAt: t.releasedAt,
  };
}

/** Stores the new state, logs before/after (plus what the audit should see, e.g. a reason) and answers the view. */
/** A state with no preparation on it: after a withdrawal, a reversal or a cancellation. */
export function clearedFields(state: TrancheState): TrancheStateFields {
  return {
    state,
    voucherNo: null,
    voucherDate: null,
    preparedBy: null,
    preparedAt: null,
    releasedBy: null,
    releasedAt: null,
  };
}

export function saveState(
  ctx: ServiceContext,
  tranche: TrancheRow,
  next: TrancheStateFields,
  extra: Record<string, unknown> = {},
): TrancheView {
  refuseLockedYear(ctx, next, extra.recordId);
  setTrancheState(ctx.db, tranche.id, next, nowIso(ctx));
  recordChange(
    ctx,
    'tranche',
    tranche.id,
    { seq: tranche.seq, ...stateFields(tranche) },
    {
      seq: tranche.seq,
      ...next,
      ...extra,
    },
  );
  const reloaded = loadTranche(ctx, tranche.id);
  return trancheView(ctx, reloaded.plan, reloaded.tranche);
}

/**
 * Nothing is posted into a fiscal year locked with 结账: neither a preparation dated in it nor the record a
 * mutation has just written (a reversal's own date). Every mutation saves its state here, so a refusal rolls
 * the record back with the rest of the operation.
 */
function refuseLockedYear(ctx: ServiceContext, next: TrancheStateFields, recordId: unknown): void {
  const recorded = typeof recordId === 'number' ? trancheRecordDate(ctx.db, recordId) : null;
  const dated: [string | null, string][] = [
    [next.voucherDate, 'voucherDate'],
    [recorded, 'date'],
  ];
  for (const [date, field] of dated) {
    const year = Number(date?.slice(0, 4));
    if (date && isYearLocked(ctx.db, year))
      throwIfAnyTranche([{ rule: 'tranche.periodLocked', params: { date, year } }], field);
  }
}
