import type { AgreementView } from '../../contract/index';
import type { Violation } from '../../core/violations';
import type { BudgetVersion } from '../../core/budget-versions';
import { getAgreementByApplication } from '../../db/agreements-repo';
import type { ApplicationRecord } from '../../db/applications-repo';
import { listBudgetVersions, type StoredVersion } from '../../db/budgets-repo';
import { isProjectClosed } from '../../db/project-status-repo';
import { AppError } from '../app-error';
import { loadApplication, loadProgram, type LoadedProgram } from '../applications/load';
import { throwIfAny } from '../violations';
import type { ServiceContext } from '../context';

/** A project: an approved application with its agreement, its program's rules and its budget versions. */
export interface Project {
  application: ApplicationRecord;
  agreement: AgreementView;
  program: LoadedProgram;
  versions: StoredVersion[];
  current: StoredVersion;
  closed: boolean;
}

/** Only an approved application has an agreement, and so a budget and a ledger. */
export function loadProject(ctx: ServiceContext, applicationId: number, field = 'applicationId'): Project {
  const application = loadApplication(ctx, applicationId, field);
  if (application.state !== 'approved')
    throwIfAny([{ rule: 'budget.projectNotApproved', params: { state: application.state } }], field);
  const agreement = getAgreementByApplication(ctx.db, application.id);
  if (!agreement) throw new AppError('NotFound', 'agreement.notFound', { id: application.code }, field);
  const versions = listBudgetVersions(ctx.db, agreement.id);
  // Approval writes version 1 with the agreement (and migration 0012 did for older ones).
  if (versions.length === 0) throw new Error(`agreement ${agreement.id} has no budget version 1`);
  return {
    application,
    agreement,
    program: loadProgram(ctx, application.fundProgramId),
    versions,
    current: versions[versions.length - 1]!,
    closed: isProjectClosed(ctx.db, agreement.id),
  };
}

/** A closed project (结项) is read-only: every write refuses, naming the rule. */
export function refuseIfClosed(project: Project, rule: 'budget.projectClosed' | 'ledger.projectClosed'): void {
  const v: Violation[] = project.closed ? [{ rule, params: { number: project.agreement.agreementNumber } }] : [];
  throwIfAny(v);
}

export function coreVersion(v: StoredVersion): BudgetVersion {
  return {
    version: v.version,
    lines: v.lines.map((l) => ({
      lineCode: l.lineCode,
      categoryCode: l.categoryCode,
      amountFen: l.amountFen,
      matchingFen: l.matchingFen,
    })),
    reason: v.reason,
    requestedBy: v.requestedBy?.id ?? null,
    approvedBy: v.version === 1 ? null : (v.approvedBy?.id ?? null),
  };
}

export function categoryName(program: LoadedProgram, code: string): string {
  return program.ruleSet.categories.find((c) => c.code === code)?.name ?? code;
}

/** The code a new line gets: the next number after the highest numeric code, two digits at least ('07'). */
export function nextLineCode(versions: readonly StoredVersion[], pending: readonly string[] = []): string {
  let max = 0;
  for (const v of versions)
    for (const l of v.lines) if (/^\d+$/.test(l.lineCode)) max = Math.max(max, Number(l.lineCode));
  for (const code of pending) if (/^\d+$/.test(code)) max = Math.max(max, Number(code));
  return String(max + 1).padStart(2, '0');
}
