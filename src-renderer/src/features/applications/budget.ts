/** Budget arithmetic for the detail page and the finance review, exact in fen. */

interface Line {
  id: number;
  amountFen: number;
  approvedFen: number | null;
  cutReason: string | null;
}

/** Requested and approved totals; approved is null until the finance review has set every line. */
export function lineTotals(lines: readonly Line[]): { requested: number; approved: number | null } {
  let requested = 0;
  let approved: number | null = 0;
  for (const l of lines) {
    requested += l.amountFen;
    approved = approved === null || l.approvedFen === null ? null : approved + l.approvedFen;
  }
  return { requested, approved: lines.length === 0 ? null : approved };
}

export interface FinanceLineDraft {
  lineId: number;
  /** null while the officer's text does not parse. */
  approvedFen: number | null;
  reason: string;
}

/** The finance review starts from "approve as requested" (or from an earlier review's figures). */
export function financeLinesDraft(lines: readonly Line[]): FinanceLineDraft[] {
  return lines.map((l) => ({ lineId: l.id, approvedFen: l.approvedFen ?? l.amountFen, reason: l.cutReason ?? '' }));
}

export type FinanceLineProblem = 'required' | 'overRequested' | 'reasonRequired';

/**
 * What is wrong with each line, by index: an amount is needed, may not exceed the request, and a cut
 * needs its reason (main checks the same and names the line).
 */
export function financeLineProblems(
  drafts: readonly FinanceLineDraft[],
  lines: readonly Line[],
): Map<number, FinanceLineProblem> {
  const out = new Map<number, FinanceLineProblem>();
  drafts.forEach((d, i) => {
    const requested = lines.find((l) => l.id === d.lineId)?.amountFen ?? 0;
    if (d.approvedFen === null) out.set(i, 'required');
    else if (d.approvedFen > requested) out.set(i, 'overRequested');
    else if (d.approvedFen < requested && d.reason.trim() === '') out.set(i, 'reasonRequired');
  });
  return out;
}

export function draftTotal(drafts: readonly FinanceLineDraft[]): number {
  return drafts.reduce((s, d) => s + (d.approvedFen ?? 0), 0);
}
