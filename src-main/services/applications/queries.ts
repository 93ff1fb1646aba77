import type { ApplicationDetail, OpOutput, OpParsedInput } from '../../contract/index';
import {
  iterateApplicationsForExport,
  listApplications,
  type ApplicationExportRow,
  type ApplicationFilters,
  type ApplicationSort,
} from '../../db/applications-list-repo';
import { listActiveEvaluators, listQueue } from '../../db/reviews-repo';
import { requireUser } from '../app-error';
import type { ServiceContext } from '../context';
import { loadDetail } from './detail';

export function list(ctx: ServiceContext, input: OpParsedInput<'applications.list'>): OpOutput<'applications.list'> {
  return listApplications(ctx.db, input, ctx.user?.id ?? 0);
}

export function get(ctx: ServiceContext, input: OpParsedInput<'applications.get'>): ApplicationDetail {
  return loadDetail(ctx, input.id);
}

/** The caller's own assignments (reviews.queue needs the scoring permission, so only experts reach it). */
export function queue(ctx: ServiceContext, input: OpParsedInput<'reviews.queue'>): OpOutput<'reviews.queue'> {
  return listQueue(ctx.db, requireUser(ctx).id, input);
}

export function evaluators(
  ctx: ServiceContext,
  _input: OpParsedInput<'reviews.evaluators'>,
): OpOutput<'reviews.evaluators'> {
  return listActiveEvaluators(ctx.db);
}

export interface ApplicationExportQuery {
  search: string;
  filters: ApplicationFilters;
  sort: ApplicationSort;
}

export type { ApplicationExportRow };

/** Every application the list would show for this query, without paging, with the columns an export needs. */
export function listApplicationsForExport(ctx: ServiceContext, query: ApplicationExportQuery): ApplicationExportRow[] {
  return Array.from(iterateApplicationsForExport(ctx.db, query, ctx.user?.id ?? 0));
}

/** The same rows one at a time, for exports too large to hold twice in memory. */
export function iterateApplicationsForExportRows(
  ctx: ServiceContext,
  query: ApplicationExportQuery,
): Iterable<ApplicationExportRow> {
  return iterateApplicationsForExport(ctx.db, query, ctx.user?.id ?? 0);
}
