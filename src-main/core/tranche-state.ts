/**
 * The life of a tranche (资金拨付): one finance user prepares it with a voucher number and
 * date (maker), a different one releases it (checker). A release is a posted record and never changes; a
 * mistaken one is corrected by a reversal, its own record pointing at the release, after which the tranche
 * may be prepared and released again. A tranche that will not be paid (e.g. withheld after a 不合格
 * evaluation) is cancelled explicitly, so close-out can tell "settled" from "forgotten".
 */
import type { Violation } from './violations';
import { isCalendarDate } from './calendar';

export const TRANCHE_STATES = ['planned', 'prepared', 'released', 'reversed', 'cancelled'] as const;
export type TrancheState = (typeof TRANCHE_STATES)[number];

export const TRANCHE_ACTIONS = ['prepare', 'withdraw', 'release', 'reverse', 'cancel'] as const;
export type TrancheAction = (typeof TRANCHE_ACTIONS)[number];

const TRANSITIONS: Record<TrancheAction, Partial<Record<TrancheState, TrancheState>>> = {
  prepare: { planned: 'prepared', reversed: 'prepared' },
  // The maker takes a preparation back, or the checker sends it back, before anything is released.
  withdraw: { prepared: 'planned' },
  release: { prepared: 'released' },
  reverse: { released: 'reversed' },
  cancel: { planned: 'cancelled', prepared: 'cancelled', reversed: 'cancelled' },
};

export type TrancheTransition =
  { ok: true; next: TrancheState } | { ok: false; violation: Violation & { rule: 'tranche.illegalTransition' } };

export function trancheTransition(state: TrancheState, action: TrancheAction): TrancheTransition {
  const next = TRANSITIONS[action][state];
  if (next) return { ok: true, next };
  return {
    ok: false,
    violation: { rule: 'tranche.illegalTransition', params: { trancheState: state, trancheAction: action } },
  };
}

export function trancheActionsFrom(state: TrancheState): TrancheAction[] {
  return TRANCHE_ACTIONS.filter((a) => TRANSITIONS[a][state] !== undefined);
}

/** Released or cancelled: nothing more will happen to the tranche's money. */
export function isSettled(state: TrancheState): boolean {
  return state === 'released' || state === 'cancelled';
}

export interface PreparationInput {
  voucherNo: string;
  date: string;
}

/** The maker's part: a voucher number and a real date that is not in the future. */
export function checkPreparation(input: PreparationInput, today: string): Violation[] {
  const out: Violation[] = [];
  if (input.voucherNo.trim() === '') out.push({ rule: 'tranche.voucherRequired', params: {} });
  if (!isCalendarDate(input.date)) out.push({ rule: 'tranche.dateInvalid', params: { date: input.date } });
  else if (input.date > today) out.push({ rule: 'tranche.dateInFuture', params: { date: input.date, today } });
  return out;
}

/** Maker–checker (不相容职务分离): whoever prepared a tranche may not also release it. */
export function checkMakerChecker(makerId: number, checkerId: number): Violation[] {
  return makerId === checkerId ? [{ rule: 'tranche.makerChecker', params: {} }] : [];
}

/** A released tranche: the posted record (immutable). */
export interface TrancheRelease {
  id: number;
  trancheSeq: number;
  amountFen: number;
  voucherNo: string;
  date: string;
  preparedBy: number;
  releasedBy: number;
}

/** The correction of a release: a record of its own, with the negated amount, pointing at the release. */
export interface TrancheReversal {
  id: number;
  reversesId: number;
  trancheSeq: number;
  amountFen: number;
  date: string;
  reason: string;
  by: number;
}

export interface ReversalInput {
  id: number;
  date: string;
  reason: string;
  by: number;
}

/** Builds the reversal of a release after checking it may be made; earlier reversals are looked up by id. */
export function reverseRelease(
  release: TrancheRelease,
  existing: readonly TrancheReversal[],
  input: ReversalInput,
): { ok: true; reversal: TrancheReversal } | { ok: false; violations: Violation[] } {
  const violations: Violation[] = [];
  const earlier = existing.find((r) => r.reversesId === release.id);
  if (earlier)
    violations.push({
      rule: 'tranche.alreadyReversed',
      params: { seq: release.trancheSeq, voucherNo: release.voucherNo, date: earlier.date },
    });
  if (input.reason.trim() === '') violations.push({ rule: 'tranche.reversalReason', params: {} });
  if (!isCalendarDate(input.date)) violations.push({ rule: 'tranche.dateInvalid', params: { date: input.date } });
  else if (input.date < release.date)
    violations.push({ rule: 'tranche.reversalBeforeRelease', params: { date: input.date, released: release.date } });
  if (violations.length > 0) return { ok: false, violations };
  const reversal: TrancheReversal = {
    id: input.id,
    reversesId: release.id,
    trancheSeq: release.trancheSeq,
    amountFen: -release.amountFen,
    date: input.date,
    reason: input.reason.trim(),
    by: input.by,
  };
  return { ok: true, reversal: Object.freeze(reversal) };
}

/** Grant funds received (到位资金): every release plus every reversal (negative). */
export function grantReceivedFen(
  releases: readonly Pick<TrancheRelease, 'amountFen'>[],
  reversals: readonly Pick<TrancheReversal, 'amountFen'>[],
): number {
  const total = [...releases, ...reversals].reduce((s, r) => s + r.amountFen, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError(`grant received is not exact: ${total}`);
  return total;
}
