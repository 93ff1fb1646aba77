/**
 * Whether a tranche may be released (拨付条件). Every gate is evaluated and returned,
 * passed or not, so the tranche timeline and the CLI can show the state of each condition and name the one
 * that fails. The input is a plain snapshot the service assembles; nothing here reads a database.
 */
import { fenText, type Violation, type ViolationParams } from './violations';
import { decimalText, type Decimal } from './decimal';
import { gradeOf, isPassing, type Grade } from './grading';
import type { TrancheCondition } from './rule-set';
import { isSettled, type TrancheState } from './tranche-state';

export interface TrancheFacts {
  seq: number;
  amountFen: number;
  state: TrancheState;
  condition: TrancheCondition;
  milestoneName: string | null;
}

export interface EvaluationFacts {
  kind: 'midterm' | 'final';
  date: string;
  score: Decimal;
  /** The grade by the evaluation's own thresholds; without it the default thresholds apply. */
  grade?: Grade;
}

export interface MilestoneFacts {
  name: string;
  verified: boolean;
}

/** An open or closed rectification item (整改); empty until supervision is recorded for the project. */
export interface RectificationFacts {
  ref: string;
  severe: boolean;
  closed: boolean;
}

export interface TrancheGateSnapshot {
  /** The tranche asked about; must be one of `tranches`. */
  seq: number;
  /** All tranches of the agreement. */
  tranches: readonly TrancheFacts[];
  approvedFen: number;
  agreementSignedDate: string | null;
  evaluations: readonly EvaluationFacts[];
  milestones: readonly MilestoneFacts[];
  rectifications: readonly RectificationFacts[];
}

export const TRANCHE_GATES = [
  'on_signing',
  'midterm_passed',
  'milestone_verified',
  'previous_released',
  'no_severe_rectification',
  'within_approved',
] as const;
export type TrancheGate = (typeof TRANCHE_GATES)[number];

/** One gate: `rule` names what holds when ok, and what fails otherwise. */
export interface GateCheck {
  condition: TrancheGate;
  ok: boolean;
  rule: string;
  params: ViolationParams;
}

const gate = (condition: TrancheGate, ok: boolean, rule: string, params: ViolationParams = {}): GateCheck => ({
  condition,
  ok,
  rule,
  params,
});

/** The latest evaluation of a kind by date; among equal dates the last one given. */
export function latestEvaluation(
  evaluations: readonly EvaluationFacts[],
  kind: EvaluationFacts['kind'],
): EvaluationFacts | null {
  let latest: EvaluationFacts | null = null;
  for (const e of evaluations) if (e.kind === kind && (latest === null || e.date >= latest.date)) latest = e;
  return latest;
}

function conditionGate(t: TrancheFacts, s: TrancheGateSnapshot): GateCheck {
  switch (t.condition) {
    case 'on_signing':
      return s.agreementSignedDate !== null
        ? gate('on_signing', true, 'tranche.gate.signed', { date: s.agreementSignedDate })
        : gate('on_signing', false, 'tranche.gate.notSigned');
    case 'midterm_passed': {
      // A re-evaluation replaces the earlier one: the latest mid-term evaluation decides.
      const e = latestEvaluation(s.evaluations, 'midterm');
      if (!e) return gate('midterm_passed', false, 'tranche.gate.midtermMissing');
      const grade = e.grade ?? gradeOf(e.score);
      const params = { score: decimalText(e.score), grade, date: e.date };
      return isPassing(grade)
        ? gate('midterm_passed', true, 'tranche.gate.midtermPassed', params)
        : gate('midterm_passed', false, 'tranche.gate.midtermFailed', params);
    }
    case 'milestone_verified': {
      const name = t.milestoneName ?? '';
      const m = s.milestones.find((x) => x.name === name);
      if (!m) return gate('milestone_verified', false, 'tranche.gate.milestoneMissing', { milestone: name });
      return m.verified
        ? gate('milestone_verified', true, 'tranche.gate.milestoneVerified', { milestone: name })
        : gate('milestone_verified', false, 'tranche.gate.milestoneNotVerified', { milestone: name });
    }
  }
}

/** Tranches are paid in order; an earlier tranche must be released (or cancelled) first. */
function previousGate(t: TrancheFacts, tranches: readonly TrancheFacts[]): GateCheck | null {
  const earlier = tranches.filter((x) => x.seq < t.seq).sort((a, b) => a.seq - b.seq);
  if (earlier.length === 0) return null;
  const open = earlier.find((x) => !isSettled(x.state));
  if (open)
    return gate('previous_released', false, 'tranche.gate.previousNotReleased', {
      previousSeq: open.seq,
      trancheState: open.state,
    });
  return gate('previous_released', true, 'tranche.gate.previousReleased', { previousSeq: earlier.at(-1)!.seq });
}

function rectificationGate(items: readonly RectificationFacts[]): GateCheck {
  const open = items.filter((r) => r.severe && !r.closed);
  if (open.length === 0) return gate('no_severe_rectification', true, 'tranche.gate.noSevereRectification');
  return gate('no_severe_rectification', false, 'tranche.gate.severeRectificationOpen', {
    count: open.length,
    refs: open.map((r) => r.ref).join('、'),
  });
}

/** Released so far (other tranches in state released) plus this one may not pass the approved amount. */
function amountGate(t: TrancheFacts, s: TrancheGateSnapshot): GateCheck {
  const released = s.tranches
    .filter((x) => x.seq !== t.seq && x.state === 'released')
    .reduce((sum, x) => sum + BigInt(x.amountFen), 0n);
  const after = released + BigInt(t.amountFen);
  const params = { released: fenText(released), amount: fenText(t.amountFen), approved: fenText(s.approvedFen) };
  if (after <= BigInt(s.approvedFen)) return gate('within_approved', true, 'tranche.gate.withinApproved', params);
  return gate('within_approved', false, 'tranche.gate.overApproved', {
    ...params,
    excess: fenText(after - BigInt(s.approvedFen)),
  });
}

/** All gates for the tranche, in the order the timeline shows them: its own condition first. */
export function trancheGates(s: TrancheGateSnapshot): GateCheck[] {
  const t = s.tranches.find((x) => x.seq === s.seq);
  if (!t) throw new RangeError(`tranche ${s.seq} is not in the snapshot`);
  const previous = previousGate(t, s.tranches);
  return [conditionGate(t, s), ...(previous ? [previous] : []), rectificationGate(s.rectifications), amountGate(t, s)];
}

/** The failed gates as violations, for refusing a release. */
export function failedGates(checks: readonly GateCheck[]): Violation[] {
  return checks.filter((c) => !c.ok).map((c) => ({ rule: c.rule, params: c.params }));
}

export function mayRelease(checks: readonly GateCheck[]): boolean {
  return checks.every((c) => c.ok);
}
