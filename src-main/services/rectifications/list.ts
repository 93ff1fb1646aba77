import type { OpOutput, OpParsedInput } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import { getAgreementByApplication } from '../../db/agreements-repo';
import { isProjectClosed } from '../../db/project-status-repo';
import { listRectifications, overdueByOrganization } from '../../db/rectifications-repo';
import type { ServiceContext } from '../context';
import { loadRectification } from './load';
import { fullView, rowView } from './view';

export function list(
  ctx: ServiceContext,
  input: OpParsedInput<'rectifications.list'>,
): OpOutput<'rectifications.list'> {
  const page = listRectifications(ctx.db, input, shanghaiDate(ctx.now));
  const closed = new Map<number, boolean>();
  const isClosed = (applicationId: number) => {
    if (!closed.has(applicationId)) {
      const g = getAgreementByApplication(ctx.db, applicationId);
      closed.set(applicationId, g ? isProjectClosed(ctx.db, g.id) : false);
    }
    return closed.get(applicationId)!;
  };
  return { total: page.total, rows: page.rows.map((r) => rowView(ctx, r, isClosed(r.applicationId))) };
}

export function get(ctx: ServiceContext, input: OpParsedInput<'rectifications.get'>): OpOutput<'rectifications.get'> {
  return fullView(ctx, loadRectification(ctx, input.rectificationId));
}

/** Overdue items per organization, and the same summed per district. */
export function overdue(ctx: ServiceContext): OpOutput<'rectifications.overdue'> {
  const today = shanghaiDate(ctx.now);
  const byOrganization = overdueByOrganization(ctx.db, today);
  const districts = new Map<string, number>();
  for (const o of byOrganization) districts.set(o.districtCode, (districts.get(o.districtCode) ?? 0) + o.count);
  return {
    today,
    total: byOrganization.reduce((s, o) => s + o.count, 0),
    byOrganization,
    byDistrict: [...districts.entries()]
      .map(([districtCode, count]) => ({ districtCode, count }))
      .sort((a, b) => b.count - a.count || a.districtCode.localeCompare(b.districtCode)),
  };
}
