import type { TrancheView } from '@contract';

/** Share of the approved amount released so far, to one decimal (display only; the money stays in fen). */
export function releasedPercent(releasedFen: number, approvedFen: number): number {
  if (approvedFen <= 0 || releasedFen <= 0) return 0;
  return Math.round((releasedFen / approvedFen) * 1000) / 10;
}

export type TrancheState = TrancheView['state'];
export type TrancheAction = TrancheView['availableActions'][number];

/** Timeline dot colour per state: money out is green, a reversal red, waiting for the checker blue. */
export const STATE_COLORS: Record<TrancheState, 'gray' | 'blue' | 'green' | 'red'> = {
  planned: 'gray',
  prepared: 'blue',
  released: 'green',
  reversed: 'red',
  cancelled: 'gray',
};

/** The order the buttons stand in: the next step first, the corrections after it. */
export const ACTION_ORDER: readonly TrancheAction[] = ['prepare', 'release', 'withdraw', 'reverse', 'cancel'];

/** The actions main offers, in button order (main decides which; the UI only orders them). */
export function orderedActions(available: readonly TrancheAction[]): TrancheAction[] {
  return ACTION_ORDER.filter((a) => available.includes(a));
}
