import type { CloseOutView } from '@contract';
import { amountInWords, MAX_FEN } from '@contract';

export type ChecklistEntry = CloseOutView['checklist'][number];
export type ClosingBalance = CloseOutView['balance'];
export type RecoveryDue = CloseOutView['recoveryDue'];

/** ✓ holds, ✗ does not, or 不适用 (main has no records the item could be judged by). */
export type ChecklistMark = 'ok' | 'failed' | 'na';

export function markOf(entry: ChecklistEntry): ChecklistMark {
  if (!entry.applicable) return 'na';
  return entry.ok ? 'ok' : 'failed';
}

export function failedEntries(entries: readonly ChecklistEntry[]): ChecklistEntry[] {
  return entries.filter((e) => markOf(e) === 'failed');
}

export type CloseOutStatus = 'open' | 'ready' | 'closed';

export function statusOf(view: Pick<CloseOutView, 'closed' | 'mayClose'>): CloseOutStatus {
  if (view.closed) return 'closed';
  return view.mayClose ? 'ready' : 'open';
}

/**
 * What the tab shows: for a closed project the checklist and balance stored on closing (the record), not
 * today's reading; for an open one, today's.
 */
export function shownRecord(view: CloseOutView): { checklist: ChecklistEntry[]; balance: ClosingBalance } {
  return view.closed
    ? { checklist: view.closed.checklist, balance: view.closed.balance }
    : { checklist: view.checklist, balance: view.balance };
}

/** One row of a money table: the field, and whether its 大写 is shown (the key totals). */
export interface MoneyRow<K extends string> {
  key: K;
  words: boolean;
}

export const GRANT_ROWS: readonly MoneyRow<keyof ClosingBalance>[] = [
  { key: 'grantReceivedFen', words: true },
  { key: 'grantSpentFen', words: true },
  { key: 'grantBalanceFen', words: false },
  { key: 'grantRecoveredFen', words: true },
  { key: 'grantBalanceAfterRecoveryFen', words: true },
];

export const MATCHING_ROWS: readonly MoneyRow<keyof ClosingBalance>[] = [
  { key: 'matchingCommittedFen', words: false },
  { key: 'matchingSpentFen', words: true },
  { key: 'matchingBalanceFen', words: false },
];

export const DUE_ROWS: readonly MoneyRow<keyof RecoveryDue>[] = [
  { key: 'unspentFen', words: false },
  { key: 'disallowedFen', words: false },
  { key: 'dueFen', words: true },
  { key: 'outstandingFen', words: true },
];

/**
 * 人民币大写 of an amount that may be negative (a balance while an advance is open): 大写 has no sign, so the
 * negative case wraps the words of its size in the caller's text. Out of range shows the figure.
 */
export function signedWords(fen: number, negative: (words: string) => string): string {
  const size = Math.abs(fen);
  if (!Number.isSafeInteger(size) || size > MAX_FEN) return String(fen);
  return fen < 0 ? negative(amountInWords(size)) : amountInWords(size);
}

/**
 * Today in Shanghai, the calendar main judges dates by (a recovery or closing dated after it is refused), for
 * the dialogs' default date whatever the computer's time zone.
 */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
