/**
 * An agreement's tranche plan in money (拨付计划): the program's template gives percentages that sum
 * to 100; each tranche gets its share rounded down to the fen, and the last absorbs what rounding left, so the
 * tranches always add up to the approved amount exactly.
 */
import type { TrancheCondition, TrancheStep } from './rule-set';

export interface TrancheAmount {
  seq: number;
  percent: number;
  amountFen: number;
  condition: TrancheCondition;
  milestoneName: string | null;
}

export function splitTranches(approvedFen: number, plan: readonly TrancheStep[]): TrancheAmount[] {
  if (!Number.isSafeInteger(approvedFen) || approvedFen < 0) throw new RangeError(`bad amount: ${approvedFen}`);
  if (plan.length === 0) throw new RangeError('a tranche plan needs at least one tranche');
  const total = plan.reduce((s, t) => s + t.percent, 0);
  if (total !== 100 || plan.some((t) => !Number.isInteger(t.percent) || t.percent < 0))
    throw new RangeError(`tranche percentages must be whole numbers summing to 100, got ${total}`);
  let given = 0;
  return plan.map((t, i) => {
    const last = i === plan.length - 1;
    // BigInt: amount × percent can pass 2^53 for the largest amounts the app accepts.
    const amountFen = last ? approvedFen - given : Number((BigInt(approvedFen) * BigInt(t.percent)) / 100n);
    given += amountFen;
    return {
      seq: i + 1,
      percent: t.percent,
      amountFen,
      condition: t.condition,
      milestoneName: t.milestoneName ?? null,
    };
  });
}
