import { trancheGates, type GateCheck } from '../../core/tranche-gates';
import type { TrancheRow } from '../../db/tranches-repo';
import type { TranchePlan } from './load';

/**
 * The gates of one tranche from what the database knows today. Milestones are the project's own (a
 * milestone_verified tranche passes once its milestone is verified). Mid-term evaluations and rectifications
 * are not recorded in this codebase yet (supervision adds them), so they are passed as empty lists: a
 * midterm_passed tranche fails with 'tranche.gate.midtermMissing' (尚无中期评估) and the severe rectification
 * gate holds. When those records exist, fill the lists here and nothing else changes.
 */
export function gatesOf(plan: TranchePlan, tranche: TrancheRow): GateCheck[] {
  return trancheGates({
    seq: tranche.seq,
    tranches: plan.tranches,
    approvedFen: plan.agreement.approvedFen,
    agreementSignedDate: plan.agreement.signedDate,
    evaluations: [],
    milestones: plan.milestones,
    rectifications: [],
  });
}
