import { describe, expect, it } from 'vitest';
import {
  failedEntries,
  markOf,
  shanghaiToday,
  shownRecord,
  signedWords,
  statusOf,
  type ChecklistEntry,
  type ClosingBalance,
} from './display';

const entry = (item: ChecklistEntry['item'], applicable: boolean, ok: boolean): ChecklistEntry => ({
  item,
  applicable,
  ok,
  rule: `r.${item}`,
  message: item,
});

const balance = (grantReceivedFen: number): ClosingBalance => ({
  grantReceivedFen,
  grantSpentFen: 0,
  grantBalanceFen: grantReceivedFen,
  grantRecoveredFen: 0,
  grantBalanceAfterRecoveryFen: grantReceivedFen,
  matchingCommittedFen: 0,
  matchingSpentFen: 0,
  matchingBalanceFen: 0,
});

describe('checklist marks', () => {
  it('tells apart holds, fails and not applicable (main sends ok for an item that does not apply)', () => {
    expect(markOf(entry('tranches_settled', true, true))).toBe('ok');
    expect(markOf(entry('tranches_settled', true, false))).toBe('failed');
    expect(markOf(entry('final_evaluation', false, true))).toBe('na');
  });

  it('lists only the failed items, in main order', () => {
    const list = [
      entry('tranches_settled', true, false),
      entry('ledger_posted', true, true),
      entry('recovery_settled', true, false),
      entry('final_evaluation', false, true),
    ];
    expect(failedEntries(list).map((e) => e.item)).toEqual(['tranches_settled', 'recovery_settled']);
  });
});

describe('statusOf and shownRecord', () => {
  const closed = {
    date: '2026-11-20',
    by: { id: 2, displayName: '王芳' },
    at: '2026-11-20T02:00:00.000Z',
    note: '',
    balance: balance(100),
    checklist: [entry('tranches_settled', true, true)],
  };
  it('is closed once a close-out exists, whatever mayClose says', () => {
    expect(statusOf({ closed: null, mayClose: false })).toBe('open');
    expect(statusOf({ closed: null, mayClose: true })).toBe('ready');
    expect(statusOf({ closed, mayClose: false })).toBe('closed');
  });

  it('shows the stored record of a closed project, not today’s reading', () => {
    const today = { checklist: [entry('tranches_settled', true, false)], balance: balance(999) };
    const view = { ...today, closed } as unknown as Parameters<typeof shownRecord>[0];
    expect(shownRecord(view)).toEqual({ checklist: closed.checklist, balance: closed.balance });
    const open = { ...today, closed: null } as unknown as Parameters<typeof shownRecord>[0];
    expect(shownRecord(open)).toEqual(today);
  });
});

describe('signedWords', () => {
  const neg = (w: string) => `负数：${w}`;
  it('spells positive and zero amounts as 大写', () => {
    expect(signedWords(0, neg)).toBe('人民币零元整');
    expect(signedWords(123456, neg)).toBe('人民币壹仟贰佰叁拾肆元伍角陆分');
  });
  it('wraps a negative balance instead of throwing', () => {
    expect(signedWords(-100, neg)).toBe('负数：人民币壹元整');
  });
  it('falls back to the figure out of range', () => {
    expect(signedWords(Number.MAX_SAFE_INTEGER, neg)).toBe(String(Number.MAX_SAFE_INTEGER));
  });
});

describe('shanghaiToday', () => {
  it('is the Shanghai calendar date, a day ahead of UTC from 16:00 UTC', () => {
    expect(shanghaiToday(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(shanghaiToday(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
    expect(shanghaiToday(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});
