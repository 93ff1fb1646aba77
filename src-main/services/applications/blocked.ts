import { hasPermission, ruleMessage, type Locale } from '../../contract/index';
import { actionsFrom, type ApplicationAction } from '../../core/application-state';
import type { ApplicationRecord } from '../../db/applications-repo';
import type { NoticeRecord } from '../../db/decisions-repo';
import type { AssignmentRecord } from '../../db/reviews-repo';
import type { SessionUser } from '../context';
import { approvalRefusal, unfinishedAssignments } from './duties';

export interface BlockedAction {
  action: ApplicationAction;
  reason: string;
}

interface BlockFacts {
  assignments: readonly AssignmentRecord[];
  submitters: readonly number[];
  notice: NoticeRecord | null;
  financeReviewer: number | null;
  today: string;
}

/**
 * Steps the application's state allows and the caller's role could take, but a rule holds back for now, each
 * with the rule's own words, so the screen shows them disabled with the reason instead of hiding them (立项
 * while the notice runs, or by whoever entered the application; closing the expert review with experts still
 * to score). The refusal an op would give is the same rule.
 */
export function blockedActions(
  user: SessionUser | null,
  a: ApplicationRecord,
  f: BlockFacts,
  locale: Locale,
): BlockedAction[] {
  if (!user) return [];
  const out: BlockedAction[] = [];
  const states = actionsFrom(a.state);
  if (states.includes('approve') && hasPermission(user.roles, 'applications.approve')) {
    const refusal = approvalRefusal(user, a, f.submitters, f.financeReviewer);
    if (refusal) out.push({ action: 'approve', reason: ruleMessage(refusal.rule, locale, refusal.params) });
    else if (f.notice && f.today <= f.notice.endDate)
      out.push({
        action: 'approve',
        reason: ruleMessage('application.notice.notEnded', locale, { endDate: f.notice.endDate, today: f.today }),
      });
  }
  if (states.includes('completeExpertReview') && hasPermission(user.roles, 'applications.assignReviewers')) {
    const unfinished = unfinishedAssignments(f.assignments);
    if (unfinished.length > 0)
      out.push({
        action: 'completeExpertReview',
        reason: ruleMessage('application.expertReviewIncomplete', locale, {
          names: unfinished.map((x) => x.evaluator.displayName).join(locale === 'zh' ? '、' : ', '),
        }),
      });
    else if (!f.assignments.some((x) => x.scoredAt !== null))
      out.push({ action: 'completeExpertReview', reason: ruleMessage('application.noScores', locale) });
  }
  return out;
}
