import type { ApplicationDetail, OpParsedInput } from '../../contract/index';
import { checkSubmission } from '../../core/application-rules';
import { type Violation } from '../../core/violations';
import {
  findLiveDuplicate,
  getBudgetLines,
  getIndicators,
  recordSubmission,
  setApplicationState,
  type ApplicationRecord,
} from '../../db/applications-repo';
import { listOrganizationBars } from '../../db/organization-bars-repo';
import { nowIso, requireUser } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadDetail } from './detail';
import { loadApplication, loadOrganization, loadProgram, nextState, programFacts } from './load';
import { throwIfAny } from '../violations';

/**
 * Every rule of the program's stored rule set that the application breaks, with the organization's
 * eligibility as of now. Used at submission and again at approval (bars and rule sets may change meanwhile).
 */
export function submissionViolations(ctx: ServiceContext, a: ApplicationRecord): Violation[] {
  const program = loadProgram(ctx, a.fundProgramId);
  const org = loadOrganization(ctx, a.organizationId);
  return checkSubmission(
    {
      classCode: a.classCode,
      periodStart: a.periodStart,
      periodEnd: a.periodEnd,
      requestedFen: a.requestedFen,
      matchingFen: a.matchingFen,
      indicatorCount: getIndicators(ctx.db, a.id).length,
      budgetLines: getBudgetLines(ctx.db, a.id),
    },
    programFacts(program),
    {
      registration: org.registration,
      bars: listOrganizationBars(ctx.db, org.id),
      duplicateCode: findLiveDuplicate(ctx.db, a.fundProgramId, a.organizationId, a.id),
    },
  );
}

export function submit(ctx: ServiceContext, input: OpParsedInput<'applications.submit'>): ApplicationDetail {
  const user = requireUser(ctx);
  const a = loadApplication(ctx, input.id);
  const next = nextState(a, 'submit');
  throwIfAny(submissionViolations(ctx, a));
  const at = nowIso(ctx);
  setApplicationState(ctx.db, a.id, next, at);
  recordSubmission(ctx.db, a.id, user.id, at);
  recordChange(ctx, 'application', a.id, { state: a.state }, { state: next, submittedBy: user.id, submittedAt: at });
  return loadDetail(ctx, a.id);
}
