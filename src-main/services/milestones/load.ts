import type { AgreementView } from '../../contract/index';
import type { Violation } from '../../core/violations';
import { getAgreementByApplication } from '../../db/agreements-repo';
import type { ApplicationRecord } from '../../db/applications-repo';
import {
  applicationOfMilestone,
  getIndicator,
  getMilestone,
  type IndicatorRow,
  type MilestoneRow,
} from '../../db/milestones-repo';
import { isProjectClosed, isYearLocked } from '../../db/project-status-repo';
import { AppError } from '../app-error';
import { loadApplication } from '../applications/load';
import { violationError } from '../violations';
import type { ServiceContext } from '../context';

/** A project: an approved application with its agreement, and whether it is closed (结项, read-only). */
export interface Project {
  application: ApplicationRecord;
  agreement: AgreementView;
  closed: boolean;
}

/** Only an approved application has an agreement, and only an agreement has milestones and readings. */
export function loadProject(ctx: ServiceContext, applicationId: number, field = 'applicationId'): Project {
  const application = loadApplication(ctx, applicationId, field);
  if (application.state !== 'approved')
    throw violationError([{ rule: 'milestone.notApproved', params: { state: application.state } }], field);
  const agreement = getAgreementByApplication(ctx.db, application.id);
  if (!agreement) throw new AppError('NotFound', 'agreement.notFound', { id: application.code }, field);
  return { application, agreement, closed: isProjectClosed(ctx.db, agreement.id) };
}

export function loadMilestone(ctx: ServiceContext, milestoneId: number): { project: Project; milestone: MilestoneRow } {
  const applicationId = applicationOfMilestone(ctx.db, milestoneId);
  if (applicationId === null) throw new AppError('NotFound', 'milestone.notFound', { id: milestoneId }, 'milestoneId');
  return { project: loadProject(ctx, applicationId, 'milestoneId'), milestone: getMilestone(ctx.db, milestoneId)! };
}

export function loadIndicator(ctx: ServiceContext, indicatorId: number): { project: Project; indicator: IndicatorRow } {
  const indicator = getIndicator(ctx.db, indicatorId);
  if (!indicator) throw new AppError('NotFound', 'indicator.notFound', { id: indicatorId }, 'indicatorId');
  return { project: loadProject(ctx, indicator.applicationId, 'indicatorId'), indicator };
}

/** A closed project is read-only: every write is refused with the area's rule, naming the project. */
export function refuseIfClosed(project: Project, rule: string, field: string): void {
  if (project.closed) throw violationError([{ rule, params: { project: project.agreement.agreementNumber } }], field);
}

/** Nothing dated goes into a fiscal year closed with 结账. */
export function lockedDate(ctx: ServiceContext, date: string, rule: string): Violation[] {
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && isYearLocked(ctx.db, year) ? [{ rule, params: { date, year } }] : [];
}
