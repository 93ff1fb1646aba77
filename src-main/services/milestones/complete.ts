import type { OpOutput, OpParsedInput } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import type { Violation } from '../../core/violations';
import { checkCompletion } from '../../core/milestones';
import { setMilestoneCompleted } from '../../db/milestones-repo';
import { nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { checkEvidence } from './evidence';
import { loadMilestone, lockedDate, refuseIfClosed } from './load';
import { milestoneRecord, milestoneViewById } from './view';

const DATE_RULES = new Set([
  'milestone.dateInvalid',
  'milestone.dateInFuture',
  'milestone.dateBeforePeriod',
  'milestone.periodLocked',
]);

/**
 * Completion: a real date, not in the future, not before the project period, not in a locked year; an
 * evidence attachment of the same project whose file is intact. Recorded under the completer's name, which
 * verification then has to differ from.
 */
export function complete(
  ctx: ServiceContext,
  input: OpParsedInput<'milestones.complete'>,
): OpOutput<'milestones.complete'> {
  const user = requireUser(ctx);
  const { project, milestone } = loadMilestone(ctx, input.milestoneId);
  refuseIfClosed(project, 'milestone.projectClosed', 'milestoneId');
  const evidence = input.evidenceAttachmentId === null ? null : checkEvidence(ctx, project, input.evidenceAttachmentId);
  const core = checkCompletion(
    milestoneRecord(milestone, null),
    { completedDate: input.completedDate, evidenceSha256: evidence?.row?.sha256 ?? null },
    shanghaiDate(ctx.now),
  );
  const start = project.agreement.periodStart;
  const violations: Violation[] = [
    // An attachment that was named but cannot be used says why, instead of "evidence required".
    ...core.filter((v) => !(v.rule === 'milestone.evidenceRequired' && evidence)),
    ...(input.completedDate < start
      ? [{ rule: 'milestone.dateBeforePeriod', params: { date: input.completedDate, start } }]
      : []),
    ...lockedDate(ctx, input.completedDate, 'milestone.periodLocked'),
    ...(evidence?.violations ?? []),
  ];
  const first = violations[0]?.rule ?? '';
  throwIfAny(
    violations,
    first === 'milestone.alreadyCompleted'
      ? 'milestoneId'
      : DATE_RULES.has(first)
        ? 'completedDate'
        : 'evidenceAttachmentId',
  );
  const fields = {
    completedDate: input.completedDate,
    completedBy: user.id,
    completedAt: nowIso(ctx),
    evidenceAttachmentId: evidence!.row!.id,
    note: input.note.trim(),
  };
  setMilestoneCompleted(ctx.db, milestone.id, fields);
  recordChange(
    ctx,
    'milestone',
    milestone.id,
    { name: milestone.name, state: 'planned' },
    {
      name: milestone.name,
      state: 'completed',
      completedDate: fields.completedDate,
      evidence: { id: evidence!.row!.id, fileName: evidence!.row!.fileName, sha256: evidence!.row!.sha256 },
      note: fields.note,
    },
  );
  return milestoneViewById(ctx, project, milestone.id);
}
