import { trancheGates, type GateCheck } from '../../core/tranche-gates';
import type { TrancheRow } from '../../db/tranches-repo';
import type { TranchePlan } from './load';

/**
 * The gates of one tranche from what the database knows today. Milestones are the project's own (a
 * milestone_verified tranche passes once its milestone is verified); a midterm_passed tranche passes once the
 * latest finalized mid-term evaluation is graded 合格 or better. Rectifications are not recorded in this
 * codebase yet, so they are passed as an empty list and the severe rectification gate holds.
 */
export function gatesOf(plan: TranchePlan, tranche: TrancheRow): GateCheck[] {
  return trancheGates({
    seq: tranche.seq,
    tranches: plan.tranches,
    approvedFen: plan.agreement.approvedFen,
    agreementSignedDate: plan.agreement.signedDate,
    evaluations: plan.evaluations,
    milestones: plan.milestones,
    rectifications: [],
  });
}
