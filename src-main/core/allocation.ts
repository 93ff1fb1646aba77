/**
 * The allocation is a ceiling (额度控制): what a fund program may approve is capped by its total allocation.
 *
 * What counts as committed: the approved amounts (立项金额) of the program's approved projects, and nothing
 * else. An approval (立项批复) is the bureau's budgetary decision to fund a project with that amount; it uses
 * up the allocation the day it is taken, whether the money is released later or not. Recoveries (资金收回)
 * do NOT free allocation: money paid back is returned to the fund (上缴财政 or back to the lottery fund's
 * budget), and spending it again needs a new budget decision, which here is an administrator raising the
 * program's allocation, a recorded change. Counting recoveries as freed allocation would let the approved
 * total of a program pass its allocation, which an auditor reads as over-commitment. Nothing else lowers a
 * commitment: an approval is final (no state leaves 'approved').
 */
import { fenText, type Violation } from './violations';

export interface ProgramAllocation {
  /** The program's name as the officer knows it (shown in the refusal). */
  program: string;
  allocatedFen: number;
  /** Sum of the approved amounts of the program's approved projects. */
  committedFen: number;
}

/** What may still be approved under the program (never negative, even for a damaged or legacy database). */
export function remainingAllocation(p: Pick<ProgramAllocation, 'allocatedFen' | 'committedFen'>): number {
  return Math.max(0, p.allocatedFen - p.committedFen);
}

/** An approval of `approvedFen` fits when committed + approved stays within the allocation. */
export function checkApprovalWithinAllocation(p: ProgramAllocation, approvedFen: number): Violation[] {
  if (p.committedFen + approvedFen <= p.allocatedFen) return [];
  return [
    {
      rule: 'allocation.exceeded',
      params: {
        program: p.program,
        approved: fenText(approvedFen),
        allocated: fenText(p.allocatedFen),
        committed: fenText(p.committedFen),
        remaining: fenText(remainingAllocation(p)),
      },
    },
  ];
}

/** A program's total may be lowered, but never below what its approvals have already committed. */
export function checkAllocationChange(p: ProgramAllocation, newAllocatedFen: number): Violation[] {
  if (newAllocatedFen >= p.committedFen) return [];
  return [
    {
      rule: 'allocation.belowCommitted',
      params: { program: p.program, allocated: fenText(newAllocatedFen), committed: fenText(p.committedFen) },
    },
  ];
}

/** The upper limit of an approval: the reviewed amount, or the remaining allocation where that is lower. */
export function approvalLimit(reviewedFen: number, remainingFen: number): { limitFen: number; byAllocation: boolean } {
  return remainingFen < reviewedFen
    ? { limitFen: remainingFen, byAllocation: true }
    : { limitFen: reviewedFen, byAllocation: false };
}
