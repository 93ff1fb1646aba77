import type { OpOutput, OpParsedInput } from '../../contract/index';
import { checkVerification } from '../../core/milestones';
import { setMilestoneVerified } from '../../db/milestones-repo';
import { nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { checkEvidence } from './evidence';
import { loadMilestone, refuseIfClosed } from './load';
import { milestoneRecord, milestoneViewById } from './view';

/**
 * Verification (验收) by someone other than the completer, on evidence that is still intact: the file is
 * rehashed, and a verification on a missing or altered file is refused. A verified milestone is final, and
 * is what a 'milestone_verified' tranche waits for.
 */
export function verify(ctx: ServiceContext, input: OpParsedInput<'milestones.verify'>): OpOutput<'milestones.verify'> {
  const user = requireUser(ctx);
  const { project, milestone } = loadMilestone(ctx, input.milestoneId);
  refuseIfClosed(project, 'milestone.projectClosed', 'milestoneId');
  throwIfAny(checkVerification(milestoneRecord(milestone, null), user.id), 'milestoneId');
  throwIfAny(checkEvidence(ctx, project, milestone.evidenceAttachmentId!).violations, 'milestoneId');
  const verifiedAt = nowIso(ctx);
  setMilestoneVerified(ctx.db, milestone.id, { verifiedBy: user.id, verifiedAt });
  recordChange(
    ctx,
    'milestone',
    milestone.id,
    { name: milestone.name, state: 'completed' },
    { name: milestone.name, state: 'verified', completedBy: milestone.completedBy?.id ?? null },
  );
  return milestoneViewById(ctx, project, milestone.id);
}
