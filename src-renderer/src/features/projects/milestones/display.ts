import type { IndicatorView, MilestoneView } from '@contract';

export type MilestoneState = MilestoneView['state'];
export type MilestoneAction = MilestoneView['availableActions'][number];

/** The board's lanes, left to right: the order a milestone moves through. */
export const LANES: readonly MilestoneState[] = ['planned', 'completed', 'verified'];

/** Each lane's milestones, soonest planned first (then by name, so the order is stable). */
export function byLane(milestones: readonly MilestoneView[]): Record<MilestoneState, MilestoneView[]> {
  const out: Record<MilestoneState, MilestoneView[]> = { planned: [], completed: [], verified: [] };
  for (const m of milestones) out[m.state].push(m);
  for (const lane of LANES)
    out[lane].sort((a, b) => a.plannedDate.localeCompare(b.plannedDate) || a.name.localeCompare(b.name, 'zh'));
  return out;
}

/** "3" or "1、3": the tranches a milestone's verification releases. */
export function seqList(seqs: readonly number[], locale: 'zh' | 'en'): string {
  return [...seqs].sort((a, b) => a - b).join(locale === 'zh' ? '、' : ', ');
}

/** The bar's fill (0–100); the text beside it says the real rate, also above 100%. */
export function barPercent(rateBasisPoints: number | null): number {
  if (rateBasisPoints === null || rateBasisPoints <= 0) return 0;
  return Math.min(100, rateBasisPoints / 100);
}

/** Why an indicator shows no rate, or null when it has one. */
export function missingRate(i: IndicatorView): 'noReading' | 'zeroTarget' | 'rateTooLarge' | null {
  if (i.rate !== null) return null;
  if (i.latest === null) return 'noReading';
  return Number(i.target) === 0 ? 'zeroTarget' : 'rateTooLarge';
}

/** Above the target (完成率 over 100%), as opposed to just meeting it. */
export function isOver(i: IndicatorView): boolean {
  return i.rateBasisPoints !== null && i.rateBasisPoints > 10_000;
}

/**
 * The reading that is the current value (the last entry of the latest date; readings come oldest first) and
 * those superseded by a later entry of the same date: readings are never edited, a later one replaces.
 */
export function readingRoles(readings: IndicatorView['readings']): {
  current: number | null;
  superseded: ReadonlySet<number>;
} {
  const lastOfDate = new Map<string, number>();
  for (const r of readings) lastOfDate.set(r.date, r.id);
  const superseded = new Set(readings.filter((r) => lastOfDate.get(r.date) !== r.id).map((r) => r.id));
  let current: { date: string; id: number } | null = null;
  for (const r of readings) if (current === null || r.date >= current.date) current = { date: r.date, id: r.id };
  return { current: current?.id ?? null, superseded };
}
