import { hasPermission } from '../../contract/index';
import type { ApplicationRecord } from '../../db/applications-repo';
import type { AssignmentRecord } from '../../db/reviews-repo';
import { AppError } from '../app-error';
import type { SessionUser } from '../context';
import { violationError } from '../violations';

/**
 * Separation of duties, in one place so the refusals and the actions a detail offers can
 * never disagree. Each function returns why the user may not act, or null.
 */

/**
 * 立项 needs the finance role, and someone who neither entered nor (ever) submitted the application, nor did
 * its finance review: whoever reviews (审核) may not approve (审批) the same item (不相容职务分离).
 */
export function approvalRefusal(
  user: SessionUser,
  a: Pick<ApplicationRecord, 'createdBy'>,
  submitters: readonly number[],
  financeReviewer: number | null,
): AppError | null {
  if (!hasPermission(user.roles, 'applications.approve'))
    return new AppError('Forbidden', 'application.sod.financeRole');
  if (a.createdBy === user.id) return new AppError('Forbidden', 'application.sod.creator');
  if (submitters.includes(user.id)) return new AppError('Forbidden', 'application.sod.submitter');
  if (financeReviewer === user.id) return new AppError('Forbidden', 'application.sod.financeReviewer');
  return null;
}

/**
 * An expert scores only an application they are assigned to, after declaring no conflict of interest, once,
 * and never one from an organization they have declared a conflict with (on any application).
 */
export function scoringRefusal(mine: AssignmentRecord | null, conflictedOrganization: string | null): AppError | null {
  if (!mine) return new AppError('Forbidden', 'application.notAssigned');
  if (mine.declaration === 'pending') return violationError([{ rule: 'application.declareFirst', params: {} }]);
  if (mine.declaration === 'conflict') return new AppError('Forbidden', 'application.sod.conflictDeclared');
  if (conflictedOrganization !== null)
    return new AppError('Forbidden', 'application.sod.conflictedOrganization', {
      organization: conflictedOrganization,
    });
  if (mine.scoredAt !== null) return violationError([{ rule: 'application.alreadyScored', params: {} }]);
  return null;
}

/** The expert review is complete when someone scored and every expert who did not step aside has scored. */
export function unfinishedAssignments(assignments: readonly AssignmentRecord[]): AssignmentRecord[] {
  return assignments.filter((x) => x.declaration !== 'conflict' && x.scoredAt === null);
}

export function expertReviewComplete(assignments: readonly AssignmentRecord[]): boolean {
  return assignments.some((x) => x.scoredAt !== null) && unfinishedAssignments(assignments).length === 0;
}
