import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPeriodLock,
  checkRecovery,
  closeOutChecklist,
  closingBalance,
  failedItems,
  isYearLocked,
  mayClose,
  recoveryDue,
  type ChecklistEntry,
  type CloseOutFacts,
} from './close-out';
import { addDays } from './calendar';
import { decimal } from './decimal';

/** A finished project: both tranches released, 100,000.00 received and spent, nothing pending. */
function facts(patch: Partial<CloseOutFacts> = {}): CloseOutFacts {
  return {
    tranches: [
      { seq: 1, state: 'released' },
      { seq: 2, state: 'released' },
    ],
    supervision: null,
    unpostedCount: 0,
    grantReceivedFen: 10_000_000,
    grantSpentFen: 10_000_000,
    disallowedFen: 0,
    recoveredFen: 0,
    ...patch,
  };
}
const item = (list: ChecklistEntry[], name: ChecklistEntry['item']) => list.find((c) => c.item === name)!;

describe('close-out checklist', () => {
  it('passes a settled project and lists every item; supervision items are not applicable before supervision', () => {
    const list = closeOutChecklist(facts());
    expect(list.map((c) => [c.item, c.applicable, c.ok])).toEqual([
      ['tranches_settled', true, true],
      ['ledger_posted', true, true],
      ['no_open_advances', true, true],
      ['recovery_settled', true, true],
      ['rectifications_closed', false, true],
      ['final_evaluation', false, true],
    ]);
    expect(item(list, 'final_evaluation').rule).toBe('closeOut.notApplicable');
    expect(mayClose(list)).toBe(true);
    expect(failedItems(list)).toEqual([]);
  });

  it('tranches must be released or explicitly cancelled', () => {
    const list = closeOutChecklist(
      facts({
        tranches: [
          { seq: 3, state: 'planned' },
          { seq: 1, state: 'released' },
          { seq: 2, state: 'reversed' },
          { seq: 4, state: 'cancelled' },
        ],
      }),
    );
    expect(item(list, 'tranches_settled')).toEqual({
      item: 'tranches_settled',
      applicable: true,
      ok: false,
      rule: 'closeOut.tranchesUnsettled',
      params: { count: 2, seqs: '2、3' },
    });
    expect(mayClose(list)).toBe(false);
  });

  it('nothing may be left unposted', () => {
    expect(item(closeOutChecklist(facts({ unpostedCount: 3 })), 'ledger_posted')).toMatchObject({
      ok: false,
      rule: 'closeOut.unposted',
      params: { count: 3 },
    });
  });

  it('no advance may stay open (grant spent beyond grant received)', () => {
    expect(item(closeOutChecklist(facts({ grantSpentFen: 10_000_001 })), 'no_open_advances')).toEqual({
      item: 'no_open_advances',
      applicable: true,
      ok: false,
      rule: 'closeOut.openAdvances',
      params: { open: '0.01', spent: '100,000.01', received: '100,000.00' },
    });
  });

  it('unspent and disallowed money must have been recovered', () => {
    const unspent = closeOutChecklist(facts({ grantSpentFen: 9_000_000, recoveredFen: 400_000 }));
    expect(item(unspent, 'recovery_settled')).toMatchObject({
      ok: false,
      rule: 'closeOut.recoveryOutstanding',
      params: { outstanding: '6,000.00', due: '10,000.00', recovered: '4,000.00' },
    });
    const done = closeOutChecklist(facts({ grantSpentFen: 9_000_000, recoveredFen: 1_000_000 }));
    expect(item(done, 'recovery_settled')).toMatchObject({ ok: true, rule: 'closeOut.recoverySettled' });
  });

  it('once supervision exists: rectifications closed (n/a when there are none) and a final evaluation present', () => {
    const none = closeOutChecklist(facts({ supervision: { rectifications: [], evaluations: [] } }));
    expect(item(none, 'rectifications_closed')).toMatchObject({ applicable: false, ok: true });
    expect(item(none, 'final_evaluation')).toEqual({
      item: 'final_evaluation',
      applicable: true,
      ok: false,
      rule: 'closeOut.finalEvaluationMissing',
      params: {},
    });
    const midtermOnly = { kind: 'midterm' as const, date: '2016-07-01', score: decimal(90) };
    const open = closeOutChecklist(
      facts({
        supervision: {
          rectifications: [
            { ref: 'ZG-1', severe: false, closed: false },
            { ref: 'ZG-2', severe: true, closed: true },
          ],
          evaluations: [midtermOnly],
        },
      }),
    );
    expect(item(open, 'rectifications_closed')).toMatchObject({
      ok: false,
      rule: 'closeOut.rectificationsOpen',
      params: { count: 1, refs: 'ZG-1' },
    });
    expect(item(open, 'final_evaluation').ok).toBe(false);
    expect(failedItems(open).map((v) => v.rule)).toEqual([
      'closeOut.rectificationsOpen',
      'closeOut.finalEvaluationMissing',
    ]);
    const good = closeOutChecklist(
      facts({
        supervision: {
          rectifications: [{ ref: 'ZG-2', severe: true, closed: true }],
          evaluations: [midtermOnly, { kind: 'final', date: '2016-12-20', score: decimal(5995, 2) }],
        },
      }),
    );
    expect(item(good, 'rectifications_closed')).toMatchObject({ ok: true, params: { count: 1 } });
    // The grade is reported (不合格 has its consequences elsewhere); presence is what the checklist asks.
    expect(item(good, 'final_evaluation')).toMatchObject({
      ok: true,
      rule: 'closeOut.finalEvaluationPresent',
      params: { score: '59.95', grade: 'fail', date: '2016-12-20' },
    });
    expect(mayClose(good)).toBe(true);
  });
});

describe('recovery (资金收回)', () => {
  it('is what was received less the eligible spending, never negative', () => {
    expect(recoveryDue(facts({ grantSpentFen: 9_000_000, disallowedFen: 300_000 }))).toEqual({
      unspentFen: 1_000_000,
      disallowedFen: 300_000,
      dueFen: 1_300_000,
      outstandingFen: 1_300_000,
    });
    // The organization advanced 20,000.00 of its own; 5,000.00 disallowed comes out of that advance.
    expect(recoveryDue(facts({ grantSpentFen: 12_000_000, disallowedFen: 500_000 })).dueFen).toBe(0);
    expect(recoveryDue(facts({ grantSpentFen: 9_000_000, recoveredFen: 1_500_000 })).outstandingFen).toBe(0);
  });

  it('is recorded with a voucher, a real date, a positive amount, and never more than was received', () => {
    const f = facts({ grantSpentFen: 9_000_000, recoveredFen: 9_000_000 });
    expect(
      checkRecovery({ amountFen: 1_000_000, voucherNo: '收-2017-0001', date: '2017-01-10' }, f, '2017-01-10'),
    ).toEqual([]);
    expect(checkRecovery({ amountFen: 1_000_001, voucherNo: ' ', date: '2017-01-11' }, f, '2017-01-10')).toEqual([
      { rule: 'recovery.voucherRequired', params: {} },
      { rule: 'recovery.dateInFuture', params: { date: '2017-01-11', today: '2017-01-10' } },
      {
        rule: 'recovery.overReceived',
        params: { amount: '10,000.01', recovered: '90,000.00', received: '100,000.00' },
      },
    ]);
    expect(
      checkRecovery({ amountFen: 0, voucherNo: 'V', date: '2017-02-30' }, f, '2017-03-01').map((v) => v.rule),
    ).toEqual(['recovery.amountInvalid', 'recovery.dateInvalid']);
  });

  it('property: recovering what is outstanding settles the checklist item and zeroes the balance after recovery', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 100 }),
        (received, spent, disallowedPercent) => {
          const disallowedFen = Math.floor((spent * disallowedPercent) / 100);
          const base = facts({ grantReceivedFen: received, grantSpentFen: spent, disallowedFen });
          const due = recoveryDue(base);
          expect(due.dueFen).toBeGreaterThanOrEqual(0);
          expect(due.dueFen).toBeLessThanOrEqual(received);
          const after = { ...base, recoveredFen: due.outstandingFen };
          expect(item(closeOutChecklist(after), 'recovery_settled').ok).toBe(true);
          if (spent <= received && disallowedFen === 0)
            expect(
              closingBalance({ ...after, matchingCommittedFen: 0, matchingSpentFen: 0 }).grantBalanceAfterRecoveryFen,
            ).toBe(0);
        },
      ),
    );
  });
});

describe('closing balance', () => {
  it('is grant received − grant spent, with matching funds accounted separately', () => {
    expect(
      closingBalance({
        grantReceivedFen: 10_000_000,
        grantSpentFen: 9_250_000,
        disallowedFen: 0,
        recoveredFen: 750_000,
        matchingCommittedFen: 1_000_000,
        matchingSpentFen: 1_200_000,
      }),
    ).toEqual({
      grantReceivedFen: 10_000_000,
      grantSpentFen: 9_250_000,
      grantBalanceFen: 750_000,
      grantRecoveredFen: 750_000,
      grantBalanceAfterRecoveryFen: 0,
      matchingCommittedFen: 1_000_000,
      matchingSpentFen: 1_200_000,
      matchingBalanceFen: -200_000,
    });
  });
});

describe('fiscal period lock (结账)', () => {
  it('locks an ended year with nothing left unposted', () => {
    expect(checkPeriodLock(2016, { today: '2017-01-05', lockedYears: [2015], pending: [] })).toEqual([]);
  });

  it('refuses while anything dated in the year is unposted, counting and naming the kinds', () => {
    const pending = [
      { kind: 'expenditure', date: '2016-12-31' },
      { kind: 'tranche', date: '2016-06-01' },
      { kind: 'expenditure', date: '2016-01-01' },
      { kind: 'expenditure', date: '2017-01-02' },
    ];
    expect(checkPeriodLock(2016, { today: '2017-01-05', lockedYears: [], pending })).toEqual([
      { rule: 'period.unposted', params: { year: 2016, count: 3, kinds: 'expenditure、tranche' } },
    ]);
    // Drafts of the next year do not hold the previous one open.
    expect(checkPeriodLock(2016, { today: '2017-01-05', lockedYears: [], pending: pending.slice(3) })).toEqual([]);
  });

  it('refuses a year that has not ended, and a year already locked', () => {
    expect(checkPeriodLock(2016, { today: '2016-12-31', lockedYears: [2016], pending: [] })).toEqual([
      { rule: 'period.alreadyLocked', params: { year: 2016 } },
      { rule: 'period.notEnded', params: { year: 2016, today: '2016-12-31' } },
    ]);
    expect(() => checkPeriodLock(16, { today: '2017-01-01', lockedYears: [], pending: [] })).toThrow(RangeError);
  });

  it('isYearLocked reads the year of a date', () => {
    expect(isYearLocked('2016-12-31', [2016])).toBe(true);
    expect(isYearLocked('2017-01-01', [2016])).toBe(false);
    expect(isYearLocked('not a date', [2016])).toBe(false);
  });

  it('property: a lock is allowed exactly when the year has ended, is open, and has no pending entry', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2018 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.subarray([2015, 2016, 2017, 2018]),
        fc.array(fc.integer({ min: 0, max: 1500 }), { maxLength: 5 }),
        (year, todayOffset, lockedYears, pendingDays) => {
          const today = addDays('2015-01-01', todayOffset);
          const pending = pendingDays.map((d) => ({ kind: 'expenditure', date: addDays('2015-01-01', d) }));
          const expected =
            today > `${year}-12-31` &&
            !lockedYears.includes(year) &&
            !pending.some((p) => p.date.startsWith(`${year}-`));
          expect(checkPeriodLock(year, { today, lockedYears, pending }).length === 0).toBe(expected);
        },
      ),
    );
  });
});
