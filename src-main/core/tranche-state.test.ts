import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkMakerChecker,
  checkPreparation,
  grantReceivedFen,
  isSettled,
  reverseRelease,
  TRANCHE_ACTIONS,
  TRANCHE_STATES,
  trancheActionsFrom,
  trancheTransition,
  type TrancheAction,
  type TrancheRelease,
  type TrancheReversal,
  type TrancheState,
} from './tranche-state';

/** The whole table, written out again by hand: a change to the machine must change this test too. */
const EXPECTED: Record<TrancheState, Partial<Record<TrancheAction, TrancheState>>> = {
  planned: { prepare: 'prepared', cancel: 'cancelled' },
  prepared: { withdraw: 'planned', release: 'released', cancel: 'cancelled' },
  released: { reverse: 'reversed' },
  reversed: { prepare: 'prepared', cancel: 'cancelled' },
  cancelled: {},
};

describe('tranche state machine', () => {
  const cases = TRANCHE_STATES.flatMap((s) => TRANCHE_ACTIONS.map((a) => [s, a] as const));

  it.each(cases)('from %s, %s goes where the table says or is refused naming state and action', (state, action) => {
    const expected = EXPECTED[state][action];
    const r = trancheTransition(state, action);
    if (expected) expect(r).toEqual({ ok: true, next: expected });
    else
      expect(r).toEqual({
        ok: false,
        violation: { rule: 'tranche.illegalTransition', params: { trancheState: state, trancheAction: action } },
      });
  });

  it.each(TRANCHE_STATES)('trancheActionsFrom(%s) lists exactly the allowed actions', (state) => {
    expect(trancheActionsFrom(state)).toEqual(TRANCHE_ACTIONS.filter((a) => EXPECTED[state][a] !== undefined));
  });

  it('a released tranche can only be reversed: nothing edits, withdraws, re-releases or cancels it', () => {
    expect(trancheActionsFrom('released')).toEqual(['reverse']);
  });

  it('a mistaken release is corrected by reversal and a new preparation and release', () => {
    let state: TrancheState = 'planned';
    for (const a of ['prepare', 'release', 'reverse', 'prepare', 'release'] as const) {
      const r = trancheTransition(state, a);
      if (!r.ok) throw new Error(`${a} refused from ${state}`);
      state = r.next;
    }
    expect(state).toBe('released');
  });

  it('counts released and cancelled as settled, nothing else', () => {
    expect(TRANCHE_STATES.filter(isSettled)).toEqual(['released', 'cancelled']);
  });
});

describe('maker and checker', () => {
  it('refuses the same user on both sides, naming the rule', () => {
    expect(checkMakerChecker(7, 7)).toEqual([{ rule: 'tranche.makerChecker', params: {} }]);
    expect(checkMakerChecker(7, 8)).toEqual([]);
  });

  it('property: refused exactly when maker = checker', () => {
    fc.assert(
      fc.property(fc.nat({ max: 4 }), fc.nat({ max: 4 }), (a, b) => {
        expect(checkMakerChecker(a, b).length === 1).toBe(a === b);
      }),
    );
  });

  it('needs a voucher number and a real date that is not in the future', () => {
    expect(checkPreparation({ voucherNo: '记-2016-031', date: '2016-04-01' }, '2016-04-01')).toEqual([]);
    expect(checkPreparation({ voucherNo: '  ', date: '2016-02-30' }, '2016-04-01')).toEqual([
      { rule: 'tranche.voucherRequired', params: {} },
      { rule: 'tranche.dateInvalid', params: { date: '2016-02-30' } },
    ]);
    expect(checkPreparation({ voucherNo: 'V1', date: '2016-04-02' }, '2016-04-01')).toEqual([
      { rule: 'tranche.dateInFuture', params: { date: '2016-04-02', today: '2016-04-01' } },
    ]);
  });
});

describe('reversal of a release', () => {
  const release: TrancheRelease = Object.freeze({
    id: 11,
    trancheSeq: 1,
    amountFen: 6_000_000,
    voucherNo: '付-2016-0007',
    date: '2016-03-10',
    preparedBy: 2,
    releasedBy: 3,
  });

  it('is its own record, pointing at the release, with the amount negated; the release is untouched', () => {
    const before = structuredClone(release);
    const r = reverseRelease(release, [], { id: 12, date: '2016-03-11', reason: ' 金额录错 ', by: 3 });
    expect(r).toEqual({
      ok: true,
      reversal: {
        id: 12,
        reversesId: 11,
        trancheSeq: 1,
        amountFen: -6_000_000,
        date: '2016-03-11',
        reason: '金额录错',
        by: 3,
      },
    });
    expect(release).toEqual(before);
    if (r.ok) expect(Object.isFrozen(r.reversal)).toBe(true);
  });

  it('refuses a second reversal, a missing reason and a date before the release, all at once', () => {
    const first: TrancheReversal = {
      id: 12,
      reversesId: 11,
      trancheSeq: 1,
      amountFen: -6_000_000,
      date: '2016-03-11',
      reason: 'x',
      by: 3,
    };
    const r = reverseRelease(release, [first], { id: 13, date: '2016-03-09', reason: '', by: 3 });
    expect(r).toEqual({
      ok: false,
      violations: [
        { rule: 'tranche.alreadyReversed', params: { seq: 1, voucherNo: '付-2016-0007', date: '2016-03-11' } },
        { rule: 'tranche.reversalReason', params: {} },
        { rule: 'tranche.reversalBeforeRelease', params: { date: '2016-03-09', released: '2016-03-10' } },
      ],
    });
    expect(reverseRelease(release, [], { id: 13, date: 'soon', reason: 'x', by: 3 })).toEqual({
      ok: false,
      violations: [{ rule: 'tranche.dateInvalid', params: { date: 'soon' } }],
    });
  });

  it('grant received is releases net of reversals', () => {
    expect(grantReceivedFen([], [])).toBe(0);
    expect(grantReceivedFen([{ amountFen: 600 }, { amountFen: 400 }], [{ amountFen: -600 }])).toBe(400);
  });

  it('property: releasing and reversing any subset leaves the sum of the unreversed releases', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 10 ** 12 }), fc.boolean()), { maxLength: 20 }), (rs) => {
        const releases = rs.map(([amountFen]) => ({ amountFen }));
        const reversals = rs.filter(([, rev]) => rev).map(([amountFen]) => ({ amountFen: -amountFen }));
        const expected = rs.filter(([, rev]) => !rev).reduce((s, [a]) => s + a, 0);
        expect(grantReceivedFen(releases, reversals)).toBe(expected);
      }),
    );
  });
});
