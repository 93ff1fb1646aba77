import type { PeriodsView } from '@contract';

export type FiscalYearView = PeriodsView['years'][number];
export type YearState = 'locked' | 'ready' | 'blocked';

/** Locked; or, by main's rules, lockable now; or blocked (the blockers say why). */
export function yearState(y: Pick<FiscalYearView, 'locked' | 'mayLock'>): YearState {
  if (y.locked) return 'locked';
  return y.mayLock ? 'ready' : 'blocked';
}

/** A year may have hundreds of pending entries: the card lists the first few and counts the rest. */
export const PENDING_SHOWN = 10;

export function pendingShown<T>(pending: readonly T[], limit = PENDING_SHOWN): { shown: T[]; more: number } {
  return { shown: pending.slice(0, limit), more: Math.max(0, pending.length - limit) };
}
