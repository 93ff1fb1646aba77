import type { OpOutput, OpParsedInput } from '../contract/index';
import { getOrganization } from '../db/organizations-repo';
import { getOrganizationBar, insertOrganizationBar, listOrganizationBars } from '../db/organization-bars-repo';
import { AppError, nowIso } from './app-error';
import { recordChange } from './audit';
import type { ServiceContext } from './context';

/**
 * 取消申报资格: an organization barred for some years (e.g. after a 不合格 evaluation) cannot submit to a
 * program of those years. Bars are decisions on record: added, never edited or removed.
 */
function requireOrganization(ctx: ServiceContext, id: number): void {
  if (!getOrganization(ctx.db, id)) throw new AppError('NotFound', 'organization.notFound', { id }, 'organizationId');
}

export function bars(ctx: ServiceContext, input: OpParsedInput<'organizations.bars'>): OpOutput<'organizations.bars'> {
  requireOrganization(ctx, input.organizationId);
  return listOrganizationBars(ctx.db, input.organizationId);
}

export function bar(ctx: ServiceContext, input: OpParsedInput<'organizations.bar'>): OpOutput<'organizations.bar'> {
  requireOrganization(ctx, input.organizationId);
  const fields = {
    organizationId: input.organizationId,
    fromYear: input.fromYear,
    toYear: input.toYear,
    reason: input.reason,
  };
  const id = insertOrganizationBar(ctx.db, fields, { now: nowIso(ctx), createdBy: ctx.user?.id ?? null });
  const saved = getOrganizationBar(ctx.db, id)!;
  recordChange(ctx, 'organizationBar', id, null, saved);
  return saved;
}
