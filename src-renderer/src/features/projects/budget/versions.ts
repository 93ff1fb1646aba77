/** What each budget version changed against the one before it, for the version history. */
import type { BudgetVersionView } from '@contract';

export interface LineChange {
  lineCode: string;
  categoryName: string;
  fromFen: number;
  toFen: number;
  deltaFen: number;
  /** The same for the matching share (配套资金). */
  fromMatchingFen: number;
  toMatchingFen: number;
  matchingDeltaFen: number;
  /** The line first appears in this version. */
  isNew: boolean;
}

/** Lines where either share differs from the previous version's, in the newer version's order. */
export function versionChanges(previous: BudgetVersionView | undefined, next: BudgetVersionView): LineChange[] {
  if (!previous) return [];
  const out: LineChange[] = [];
  for (const l of next.lines) {
    const was = previous.lines.find((p) => p.lineCode === l.lineCode);
    const fromFen = was?.amountFen ?? 0;
    const fromMatchingFen = was?.matchingFen ?? 0;
    if (was && fromFen === l.amountFen && fromMatchingFen === l.matchingFen) continue;
    out.push({
      lineCode: l.lineCode,
      categoryName: l.categoryName,
      fromFen,
      toFen: l.amountFen,
      deltaFen: l.amountFen - fromFen,
      fromMatchingFen,
      toMatchingFen: l.matchingFen,
      matchingDeltaFen: l.matchingFen - fromMatchingFen,
      isNew: !was,
    });
  }
  return out;
}

/** "+1,000.00" / "-1,000.00" / "0.00": a change reads with its sign. */
export function signed(formatted: string, delta: number): string {
  return delta > 0 ? `+${formatted}` : formatted;
}
