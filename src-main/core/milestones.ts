/**
 * Milestones (里程碑) and indicator progress (里程碑与指标). A milestone is completed by one user, with a
 * date and an evidence attachment, and verified by another; a verified milestone is what a
 * 'milestone_verified' tranche waits for. Indicators compare achieved values (完成值) over time with the
 * target (目标值); the completion rate (完成率) is an exact fraction, shown in basis points rounded half up.
 */
import type { Violation } from './violations';
import { isCalendarDate } from './calendar';
import { basisPointsOrNull, compareDecimal, decimalRatio, decimalText, type Decimal, type Ratio } from './decimal';

export interface MilestoneRecord {
  name: string;
  plannedDate: string;
  completedDate: string | null;
  completedBy: number | null;
  /** SHA-256 of the evidence attachment. */
  evidenceSha256: string | null;
  verifiedBy: number | null;
}

export const MILESTONE_STATES = ['planned', 'completed', 'verified'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

export function milestoneState(m: MilestoneRecord): MilestoneState {
  if (m.verifiedBy !== null) return 'verified';
  return m.completedDate !== null ? 'completed' : 'planned';
}

/** Not completed and its planned date has passed. */
export function isOverdue(m: MilestoneRecord, today: string): boolean {
  return m.completedDate === null && m.plannedDate < today;
}

const SHA256_RE = /^[0-9a-f]{64}$/;

export interface CompletionInput {
  completedDate: string;
  evidenceSha256: string | null;
}

export function checkCompletion(m: MilestoneRecord, input: CompletionInput, today: string): Violation[] {
  const out: Violation[] = [];
  if (milestoneState(m) !== 'planned')
    out.push({ rule: 'milestone.alreadyCompleted', params: { milestone: m.name, date: m.completedDate ?? '' } });
  if (!isCalendarDate(input.completedDate))
    out.push({ rule: 'milestone.dateInvalid', params: { date: input.completedDate } });
  else if (input.completedDate > today)
    out.push({ rule: 'milestone.dateInFuture', params: { date: input.completedDate, today } });
  if (input.evidenceSha256 === null || !SHA256_RE.test(input.evidenceSha256))
    out.push({ rule: 'milestone.evidenceRequired', params: { milestone: m.name } });
  return out;
}

/** Verification by someone other than the user who completed the milestone. */
export function checkVerification(m: MilestoneRecord, verifierId: number): Violation[] {
  const state = milestoneState(m);
  if (state === 'planned') return [{ rule: 'milestone.notCompleted', params: { milestone: m.name } }];
  if (state === 'verified') return [{ rule: 'milestone.alreadyVerified', params: { milestone: m.name } }];
  return m.completedBy === verifierId ? [{ rule: 'milestone.sameUser', params: { milestone: m.name } }] : [];
}

export interface IndicatorReading {
  date: string;
  value: Decimal;
}

export interface IndicatorProgress {
  target: Decimal;
  /** The latest reading (完成值); null before the first. */
  achieved: Decimal | null;
  achievedDate: string | null;
  /** achieved / target exactly; null without a reading or with a zero target. */
  rate: Ratio | null;
  /** The rate in 0.01% units, half up; display only (null where it is too large to show; `rate` stays exact). */
  rateBasisPoints: number | null;
  /** Achieved ≥ target. */
  met: boolean;
}

/**
 * Readings are snapshots (a satisfaction rate is not summed), so the latest by date is the achieved value;
 * among readings of the same date the last given wins.
 */
export function indicatorProgress(target: Decimal, readings: readonly IndicatorReading[]): IndicatorProgress {
  let latest: IndicatorReading | null = null;
  for (const r of readings) if (latest === null || r.date >= latest.date) latest = r;
  if (!latest) return { target, achieved: null, achievedDate: null, rate: null, rateBasisPoints: null, met: false };
  const rate = decimalRatio(latest.value, target);
  return {
    target,
    achieved: latest.value,
    achievedDate: latest.date,
    rate,
    rateBasisPoints: rate ? basisPointsOrNull(rate) : null,
    met: compareDecimal(latest.value, target) >= 0,
  };
}

/** A reading has a real date, not in the future, and a value that is not negative. */
export function checkReading(reading: IndicatorReading, today: string): Violation[] {
  const out: Violation[] = [];
  if (!isCalendarDate(reading.date)) out.push({ rule: 'indicator.dateInvalid', params: { date: reading.date } });
  else if (reading.date > today) out.push({ rule: 'indicator.dateInFuture', params: { date: reading.date, today } });
  if (reading.value.units < 0) out.push({ rule: 'indicator.negative', params: { value: decimalText(reading.value) } });
  return out;
}
