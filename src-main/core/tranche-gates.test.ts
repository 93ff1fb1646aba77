import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal } from './decimal';
import {
  failedGates,
  latestEvaluation,
  mayRelease,
  trancheGates,
  type GateCheck,
  type TrancheFacts,
  type TrancheGateSnapshot,
} from './tranche-gates';
import type { TrancheState } from './tranche-state';

/** The lottery template on 100,000.00 元: 50% on signing, 30% after mid-term, 20% after the 结项评估 milestone. */
function snapshot(seq: number, patch: Partial<TrancheGateSnapshot> = {}, states?: TrancheState[]): TrancheGateSnapshot {
  const s = states ?? ['released', 'released', 'prepared'];
  const tranches: TrancheFacts[] = [
    { seq: 1, amountFen: 5_000_000, state: s[0]!, condition: 'on_signing', milestoneName: null },
    { seq: 2, amountFen: 3_000_000, state: s[1]!, condition: 'midterm_passed', milestoneName: null },
    { seq: 3, amountFen: 2_000_000, state: s[2]!, condition: 'milestone_verified', milestoneName: '结项评估' },
  ];
  return {
    seq,
    tranches,
    approvedFen: 10_000_000,
    agreementSignedDate: '2016-03-01',
    evaluations: [{ kind: 'midterm', date: '2016-07-01', score: decimal(825, 1) }],
    milestones: [{ name: '结项评估', verified: true }],
    rectifications: [],
    ...patch,
  };
}

const byCondition = (checks: GateCheck[], condition: GateCheck['condition']) =>
  checks.find((c) => c.condition === condition);

describe('tranche gates: the tranche condition', () => {
  it('on_signing holds once the agreement is signed', () => {
    const ok = trancheGates(snapshot(1, {}, ['prepared', 'planned', 'planned']));
    expect(ok[0]).toEqual({
      condition: 'on_signing',
      ok: true,
      rule: 'tranche.gate.signed',
      params: { date: '2016-03-01' },
    });
    const no = trancheGates(snapshot(1, { agreementSignedDate: null }, ['prepared', 'planned', 'planned']));
    expect(no[0]).toEqual({ condition: 'on_signing', ok: false, rule: 'tranche.gate.notSigned', params: {} });
  });

  it('midterm_passed needs a mid-term evaluation graded 合格 or better', () => {
    const states: TrancheState[] = ['released', 'prepared', 'planned'];
    expect(trancheGates(snapshot(2, {}, states))[0]).toEqual({
      condition: 'midterm_passed',
      ok: true,
      rule: 'tranche.gate.midtermPassed',
      params: { score: '82.5', grade: 'good', date: '2016-07-01' },
    });
    expect(trancheGates(snapshot(2, { evaluations: [] }, states))[0]).toMatchObject({
      ok: false,
      rule: 'tranche.gate.midtermMissing',
    });
    // A final evaluation is not a mid-term one.
    const finalOnly = [{ kind: 'final' as const, date: '2016-07-01', score: decimal(95) }];
    expect(trancheGates(snapshot(2, { evaluations: finalOnly }, states))[0]!.rule).toBe('tranche.gate.midtermMissing');
  });

  it.each([
    ['60', true],
    ['60.00', true],
    ['59.99', false],
    ['59.9', false],
  ])('a mid-term score of %s passes: %s (exact at the boundary)', (text, passes) => {
    const [whole, frac = ''] = text.split('.');
    const score = decimal(Number(whole! + frac), frac.length);
    const gate = trancheGates(
      snapshot(2, { evaluations: [{ kind: 'midterm', date: '2016-07-01', score }] }, [
        'released',
        'prepared',
        'planned',
      ]),
    )[0]!;
    expect(gate.ok).toBe(passes);
    expect(gate.rule).toBe(passes ? 'tranche.gate.midtermPassed' : 'tranche.gate.midtermFailed');
    expect(gate.params).toMatchObject({ score: text, grade: passes ? 'pass' : 'fail' });
  });

  it('the latest mid-term evaluation decides (a re-evaluation replaces a failed one, and the other way round)', () => {
    const failed = { kind: 'midterm' as const, date: '2016-07-01', score: decimal(55) };
    const passed = { kind: 'midterm' as const, date: '2016-08-01', score: decimal(70) };
    const states: TrancheState[] = ['released', 'prepared', 'planned'];
    expect(trancheGates(snapshot(2, { evaluations: [passed, failed] }, states))[0]!.ok).toBe(true);
    expect(trancheGates(snapshot(2, { evaluations: [{ ...passed, date: '2016-06-01' }, failed] }, states))[0]!.ok).toBe(
      false,
    );
    expect(latestEvaluation([failed, { ...passed, date: failed.date }], 'midterm')).toEqual({
      ...passed,
      date: failed.date,
    });
  });

  it('milestone_verified needs the named milestone to exist and be verified', () => {
    expect(trancheGates(snapshot(3))[0]).toEqual({
      condition: 'milestone_verified',
      ok: true,
      rule: 'tranche.gate.milestoneVerified',
      params: { milestone: '结项评估' },
    });
    expect(trancheGates(snapshot(3, { milestones: [{ name: '结项评估', verified: false }] }))[0]).toMatchObject({
      ok: false,
      rule: 'tranche.gate.milestoneNotVerified',
      params: { milestone: '结项评估' },
    });
    expect(trancheGates(snapshot(3, { milestones: [{ name: '中期活动', verified: true }] }))[0]).toMatchObject({
      ok: false,
      rule: 'tranche.gate.milestoneMissing',
      params: { milestone: '结项评估' },
    });
  });
});

describe('tranche gates: the cross-cutting conditions', () => {
  it('lists every gate, passed or not, in timeline order; the first tranche has no previous-tranche gate', () => {
    expect(trancheGates(snapshot(3)).map((g) => g.condition)).toEqual([
      'milestone_verified',
      'previous_released',
      'no_severe_rectification',
      'within_approved',
    ]);
    const first = trancheGates(snapshot(1, {}, ['prepared', 'planned', 'planned']));
    expect(first.map((g) => g.condition)).toEqual(['on_signing', 'no_severe_rectification', 'within_approved']);
    expect(mayRelease(first)).toBe(true);
  });

  it('earlier tranches must be released or cancelled', () => {
    const open = trancheGates(snapshot(3, {}, ['released', 'reversed', 'prepared']));
    expect(byCondition(open, 'previous_released')).toEqual({
      condition: 'previous_released',
      ok: false,
      rule: 'tranche.gate.previousNotReleased',
      params: { previousSeq: 2, trancheState: 'reversed' },
    });
    const cancelled = trancheGates(snapshot(3, {}, ['released', 'cancelled', 'prepared']));
    expect(byCondition(cancelled, 'previous_released')).toMatchObject({ ok: true, params: { previousSeq: 2 } });
  });

  it('an open severe rectification blocks; closed or minor ones do not; none at all is fine', () => {
    const rect = [
      { ref: 'ZG-1', severe: true, closed: true },
      { ref: 'ZG-2', severe: false, closed: false },
    ];
    expect(byCondition(trancheGates(snapshot(3, { rectifications: rect })), 'no_severe_rectification')).toEqual({
      condition: 'no_severe_rectification',
      ok: true,
      rule: 'tranche.gate.noSevereRectification',
      params: {},
    });
    const open = [...rect, { ref: 'ZG-3', severe: true, closed: false }, { ref: 'ZG-4', severe: true, closed: false }];
    expect(byCondition(trancheGates(snapshot(3, { rectifications: open })), 'no_severe_rectification')).toEqual({
      condition: 'no_severe_rectification',
      ok: false,
      rule: 'tranche.gate.severeRectificationOpen',
      params: { count: 2, refs: 'ZG-3、ZG-4' },
    });
  });

  it('released so far plus this tranche may not pass the approved amount (to the fen)', () => {
    expect(byCondition(trancheGates(snapshot(3)), 'within_approved')).toEqual({
      condition: 'within_approved',
      ok: true,
      rule: 'tranche.gate.withinApproved',
      params: { released: '80,000.00', amount: '20,000.00', approved: '100,000.00' },
    });
    const over = trancheGates(snapshot(3, { approvedFen: 9_999_999 }));
    expect(byCondition(over, 'within_approved')).toEqual({
      condition: 'within_approved',
      ok: false,
      rule: 'tranche.gate.overApproved',
      params: { released: '80,000.00', amount: '20,000.00', approved: '99,999.99', excess: '0.01' },
    });
  });

  it('reports every failing gate as a violation, and only those', () => {
    const checks = trancheGates(
      snapshot(3, {
        milestones: [],
        rectifications: [{ ref: 'ZG-9', severe: true, closed: false }],
      }),
    );
    expect(mayRelease(checks)).toBe(false);
    expect(failedGates(checks).map((v) => v.rule)).toEqual([
      'tranche.gate.milestoneMissing',
      'tranche.gate.severeRectificationOpen',
    ]);
  });

  it('refuses a snapshot without the tranche asked about', () => {
    expect(() => trancheGates(snapshot(4))).toThrow(RangeError);
  });

  it('property: within_approved holds exactly when the other released tranches plus this one ≤ approved', () => {
    const state = fc.constantFrom<TrancheState>('planned', 'prepared', 'released', 'reversed', 'cancelled');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 ** 13 }), state), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 10 ** 14 }),
        fc.nat(),
        (ts, approvedFen, pick) => {
          const tranches = ts.map(([amountFen, st], i) => ({
            seq: i + 1,
            amountFen,
            state: st,
            condition: 'on_signing' as const,
            milestoneName: null,
          }));
          const seq = (pick % tranches.length) + 1;
          const gate = byCondition(trancheGates(snapshot(seq, { tranches, approvedFen })), 'within_approved')!;
          const others = tranches.filter((t) => t.seq !== seq && t.state === 'released');
          const sum = others.reduce((s, t) => s + t.amountFen, 0) + tranches[seq - 1]!.amountFen;
          expect(gate.ok).toBe(sum <= approvedFen);
        },
      ),
    );
  });
});
