import { hasPermission, ops, type OpName, type OpOutput, type OpParsedInput } from '../../contract/index';
import { listApplications } from '../../db/applications-list-repo';
import { lastChainCheck, logEntryCount, programCards } from '../../db/home-repo';
import { listQueue } from '../../db/reviews-repo';
import { countOpenAdvances } from '../../db/worklists-repo';
import { requireUser } from '../app-error';
import type { ServiceContext } from '../context';
import { adjustments, milestones, notices, tranches } from './worklists';

/** Program cards shown on the finance home, newest year first. */
const PROGRAM_CARDS = 12;

/**
 * How many rows a list would show for these filters. The count goes through the list's own query (one row
 * fetched, or the list's own count where even one row costs a sort of them all), so a count on the home page
 * can never disagree with the list it opens.
 */
function count<N extends OpName>(
  op: N,
  filters: Record<string, unknown>,
  run: (input: OpParsedInput<N>) => { total: number },
): number {
  const input = ops[op].input.parse({ pageSize: 1, filters }) as OpParsedInput<N>;
  return run(input).total;
}

/** Each role's section of the home page; a user with several roles gets each of theirs. */
export function summary(ctx: ServiceContext, _input: OpParsedInput<'home.summary'>): OpOutput<'home.summary'> {
  const user = requireUser(ctx);
  const can = (p: Parameters<typeof hasPermission>[1]) => hasPermission(user.roles, p);
  const applications = (state: string) =>
    count('applications.list', { state }, (q) => listApplications(ctx.db, q, user.id));
  const finance =
    user.roles.includes('finance') && (can('applications.financeReview') || can('applications.approve'))
      ? {
          financeReview: applications('finance_review'),
          financeReviewed: applications('finance_reviewed'),
          noticeRunning: count('worklists.notices', { ended: false }, (q) => notices(ctx, q)),
          noticeEnded: count('worklists.notices', { ended: true }, (q) => notices(ctx, q)),
          tranchesToRelease: count('worklists.tranches', { preparedByOthers: true }, (q) => tranches(ctx, q)),
          adjustmentsToDecide: count('worklists.adjustments', { requestedByOthers: true }, (q) => adjustments(ctx, q)),
          openAdvances: count('worklists.advances', {}, (q) => ({ total: countOpenAdvances(ctx.db, q) })),
          programs: programCards(ctx.db, PROGRAM_CARDS),
        }
      : null;
  const project =
    user.roles.includes('project') && can('applications.edit')
      ? {
          drafts: applications('draft'),
          returned: applications('returned'),
          overdueMilestones: count('worklists.milestones', { overdue: true }, (q) => milestones(ctx, q)),
        }
      : null;
  const expert = can('applications.score')
    ? { pendingReviews: count('reviews.queue', { pendingOnly: true }, (q) => listQueue(ctx.db, user.id, q)) }
    : null;
  const audit = can('log.read') ? { entries: logEntryCount(ctx.db), lastCheck: lastChainCheck(ctx.db) } : null;
  return { finance, project, expert, audit };
}
