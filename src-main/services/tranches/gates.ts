import { trancheGates, type GateCheck } from '../../core/tranche-gates';
import type { TrancheRow } from '../../db/tranches-repo';
import type { TranchePlan } from './load';

/**
 * The gates of one tranche from what the database knows today. Milestones are the project's own (a
 * milestone_verified tranche passes once its milestone is verified) and so are the rectification items: an
 * unverified 严重 item fails 无未完成的严重整改, naming it. A midterm_passed tranche passes once the latest
 * finalized mid-term evaluation is graded 合格 or better.
 */
export function gatesOf(plan: TranchePlan, tranche: TrancheRow): GateCheck[] {
  return trancheGates({
    seq: tranche.seq,
    tranches: plan.tranches,
    approvedFen: plan.agreement.approvedFen,
    agreementSignedDate: plan.agreement.signedDate,
    evaluations: plan.evaluations,
    milestones: plan.milestones,
    // A release is judged by the items open when it was made; an item opened later holds later tranches only.
    rectifications:
      tranche.releasedAt === null
        ? plan.rectifications
        : plan.rectifications.filter((r) => r.openedAt <= tranche.releasedAt!),
  });
}
