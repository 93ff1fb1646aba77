import { ruleSetSchema, type FundProgramView, type OrganizationView, type RuleSet } from '../../contract/index';
import type { ProgramFacts } from '../../core/application-rules';
import { transition, type ApplicationAction, type ApplicationState } from '../../core/application-state';
import { getApplicationRecord, type ApplicationRecord } from '../../db/applications-repo';
import { getFundProgram } from '../../db/fund-programs-repo';
import { getOrganization } from '../../db/organizations-repo';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';
import { violationError } from '../violations';

export function loadApplication(ctx: ServiceContext, id: number, field?: string): ApplicationRecord {
  const a = getApplicationRecord(ctx.db, id);
  if (!a) throw new AppError('NotFound', 'application.notFound', { id }, field);
  return a;
}

export interface LoadedProgram extends FundProgramView {
  ruleSet: RuleSet;
}

/** The program with its stored rule set read through the contract, so older rule sets get today's defaults. */
export function loadProgram(ctx: ServiceContext, id: number, field?: string): LoadedProgram {
  const p = getFundProgram(ctx.db, id);
  if (!p) throw new AppError('NotFound', 'fundProgram.notFound', { id }, field);
  return { ...p, ruleSet: ruleSetSchema.parse(p.ruleSet) };
}

export function programFacts(p: LoadedProgram): ProgramFacts {
  return { source: p.source, year: p.year, ruleSet: p.ruleSet };
}

export function loadOrganization(ctx: ServiceContext, id: number, field?: string): OrganizationView {
  const o = getOrganization(ctx.db, id);
  if (!o) throw new AppError('NotFound', 'organization.notFound', { id }, field);
  return o;
}

/** Asks the state machine; an illegal step is refused naming the current state and the action. */
export function nextState(a: { state: ApplicationState }, action: ApplicationAction): ApplicationState {
  const r = transition(a.state, action);
  if (!r.ok) throw violationError([{ rule: r.rule, params: { state: r.state, action: r.action } }]);
  return r.next;
}
