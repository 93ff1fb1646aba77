import type { OpOutput, OpParsedInput } from '../../contract/index';
import type { Violation } from '../../core/violations';
import { shanghaiDate } from '../../core/calendar';
import { insertEvaluationAssignment } from '../../db/evaluation-assignments-repo';
import { insertEvaluation, listEvaluations } from '../../db/evaluations-repo';
import { hasConflictWithOrganization } from '../../db/reviews-repo';
import { getUser } from '../../db/users-repo';
import { nowIso, requireUser } from '../app-error';
import { loadOrganization } from '../applications/load';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadEvaluatedProject, type EvaluatedProject } from './load';
import { throwIfAnyEvaluation } from './present';
import { currentSystem } from './systems';
import { detailById } from './view';

function projectRefusals(ctx: ServiceContext, p: EvaluatedProject, date: string): Violation[] {
  const project = p.agreement.agreementNumber;
  if (p.closed) return [{ rule: 'evaluation.projectClosed', params: { project } }];
  if (p.agreement.signedDate === null) return [{ rule: 'evaluation.notSigned', params: { project } }];
  const out: Violation[] = [];
  const today = shanghaiDate(ctx.now);
  if (date < p.agreement.periodStart || date > today)
    out.push({ rule: 'evaluation.dateOutsidePeriod', params: { date, start: p.agreement.periodStart, today } });
  const existing = listEvaluations(ctx.db, { agreementId: p.agreement.id });
  const open = existing.find((e) => e.state === 'open');
  if (open) out.push({ rule: 'evaluation.openExists', params: { kind: open.kind, date: open.date } });
  const final = existing.find((e) => e.state === 'finalized' && e.kind === 'final');
  if (final) out.push({ rule: 'evaluation.finalExists', params: { date: final.date } });
  return out;
}

/** Each evaluator an active evaluator, listed once, without a conflict declared with the organization. */
function evaluatorRefusals(ctx: ServiceContext, ids: readonly number[], organizationId: number): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<number>();
  for (const id of ids) {
    const u = getUser(ctx.db, id);
    const name = u?.displayName ?? `#${id}`;
    if (seen.has(id)) out.push({ rule: 'evaluation.evaluatorRepeated', params: { name } });
    else if (!u || u.disabled || !u.roles.includes('evaluator'))
      out.push({ rule: 'evaluation.notEvaluator', params: { name } });
    else if (hasConflictWithOrganization(ctx.db, id, organizationId))
      out.push({
        rule: 'evaluation.evaluatorConflicted',
        params: { name, organization: loadOrganization(ctx, organizationId).name },
      });
    seen.add(id);
  }
  return out;
}

/**
 * A mid-term or final evaluation of a signed, open project, scored on a copy of the program's indicator
 * system as it stands today (a later edit of the system does not change it). One evaluation at a time per
 * project, and nothing after a finalized final evaluation.
 */
export function create(
  ctx: ServiceContext,
  input: OpParsedInput<'evaluations.create'>,
): OpOutput<'evaluations.create'> {
  const user = requireUser(ctx);
  const p = loadEvaluatedProject(ctx, input.applicationId);
  throwIfAnyEvaluation(projectRefusals(ctx, p, input.date), 'date');
  throwIfAnyEvaluation(evaluatorRefusals(ctx, input.evaluatorIds, p.application.organizationId), 'evaluatorIds');
  const system = currentSystem(ctx, p.application.fundProgramId);
  const at = nowIso(ctx);
  const id = insertEvaluation(ctx.db, {
    agreementId: p.agreement.id,
    kind: input.kind,
    date: input.date,
    indicators: system.indicators,
    thresholds: system.thresholds,
    systemVersion: Math.max(1, system.version),
    by: user.id,
    at,
  });
  for (const evaluatorId of input.evaluatorIds)
    insertEvaluationAssignment(ctx.db, id, evaluatorId, { by: user.id, at });
  recordChange(ctx, 'evaluation', id, null, {
    project: p.agreement.agreementNumber,
    kind: input.kind,
    date: input.date,
    evaluators: input.evaluatorIds,
    systemVersion: system.version,
  });
  return detailById(ctx, id);
}
