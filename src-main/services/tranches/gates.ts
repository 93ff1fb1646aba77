import { trancheGates, type GateCheck } from '../../core/tranche-gates';
import type { TrancheRow } from '../../db/tranches-repo';
import type { TranchePlan } from './load';

/**
 * The gates of one tranche from what the database knows today. Milestones are the project's own (a
 * milestone_verified tranche passes once its milestone is verified) and so are the rectification items: an
 * unverified 严重 item fails 无未完成的严重整改, naming it. Mid-term evaluations are not recorded yet, so they
 * are passed as an empty list: a midterm_passed tranche fails with 'tranche.gate.midtermMissing' (尚无中期评估).
 */
export function gatesOf(plan: TranchePlan, tranche: TrancheRow): GateCheck[] {
  return trancheGates({
    seq: tranche.seq,
    tranches: plan.tranches,
    approvedFen: plan.agreement.approvedFen,
    agreementSignedDate: plan.agreement.signedDate,
    evaluations: [],
    milestones: plan.milestones,
    // A release is judged by the items open when it was made; an item opened later holds later tranches only.
    rectifications:
      tranche.releasedAt === null
        ? plan.rectifications
        : plan.rectifications.filter((r) => r.openedAt <= tranche.releasedAt!),
  });
}
