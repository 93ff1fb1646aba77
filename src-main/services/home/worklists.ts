import type { OpOutput, OpParsedInput } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import {
  listAdjustmentsToDecide,
  listMilestoneQueue,
  listNotices,
  listOpenAdvances,
  listTranchesToRelease,
} from '../../db/worklists-repo';
import { requireUser } from '../app-error';
import type { ServiceContext } from '../context';

/** The cross-project worklists the home page's counts open. "Today" is the Shanghai date, as rules use it. */

export function notices(ctx: ServiceContext, input: OpParsedInput<'worklists.notices'>): OpOutput<'worklists.notices'> {
  return listNotices(ctx.db, input, shanghaiDate(ctx.now));
}

export function tranches(
  ctx: ServiceContext,
  input: OpParsedInput<'worklists.tranches'>,
): OpOutput<'worklists.tranches'> {
  return listTranchesToRelease(ctx.db, input, requireUser(ctx).id);
}

export function adjustments(
  ctx: ServiceContext,
  input: OpParsedInput<'worklists.adjustments'>,
): OpOutput<'worklists.adjustments'> {
  return listAdjustmentsToDecide(ctx.db, input, requireUser(ctx).id);
}

export function advances(
  ctx: ServiceContext,
  input: OpParsedInput<'worklists.advances'>,
): OpOutput<'worklists.advances'> {
  return listOpenAdvances(ctx.db, input);
}

export function milestones(
  ctx: ServiceContext,
  input: OpParsedInput<'worklists.milestones'>,
): OpOutput<'worklists.milestones'> {
  return listMilestoneQueue(ctx.db, input, shanghaiDate(ctx.now));
}
