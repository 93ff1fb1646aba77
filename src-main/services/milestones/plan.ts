import type { OpOutput, OpParsedInput } from '../../contract/index';
import type { Violation } from '../../core/violations';
import { insertMilestone, milestoneNameTaken } from '../../db/milestones-repo';
import { nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadProject, refuseIfClosed } from './load';
import { milestoneViewById } from './view';

/** A new milestone of the project: its name unique there, its planned date within the project period. */
export function plan(ctx: ServiceContext, input: OpParsedInput<'milestones.plan'>): OpOutput<'milestones.plan'> {
  const user = requireUser(ctx);
  const project = loadProject(ctx, input.applicationId);
  refuseIfClosed(project, 'milestone.projectClosed', 'applicationId');
  const { periodStart, periodEnd } = project.agreement;
  const name = input.name.trim();
  if (milestoneNameTaken(ctx.db, project.agreement.id, name))
    throwIfAny([{ rule: 'milestone.nameTaken', params: { milestone: name } }], 'name');
  const outside: Violation[] =
    input.plannedDate < periodStart || input.plannedDate > periodEnd
      ? [
          {
            rule: 'milestone.plannedOutsidePeriod',
            params: { date: input.plannedDate, start: periodStart, end: periodEnd },
          },
        ]
      : [];
  throwIfAny(outside, 'plannedDate');
  const id = insertMilestone(ctx.db, {
    agreementId: project.agreement.id,
    name,
    plannedDate: input.plannedDate,
    createdBy: user.id,
    createdAt: nowIso(ctx),
  });
  recordChange(ctx, 'milestone', id, null, {
    applicationId: project.application.id,
    name,
    plannedDate: input.plannedDate,
    state: 'planned',
  });
  return milestoneViewById(ctx, project, id);
}
