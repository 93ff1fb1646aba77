import { getAgreementByApplication } from '../../db/agreements-repo';
import { isProjectClosed } from '../../db/project-status-repo';
import { getRectification, type RectificationRecord } from '../../db/rectifications-repo';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';

export function loadRectification(ctx: ServiceContext, id: number): RectificationRecord {
  const r = getRectification(ctx.db, id);
  if (!r) throw new AppError('NotFound', 'rectification.notFound', { id }, 'rectificationId');
  return r;
}

/** 结项 makes a project read-only, its rectifications included. */
export function projectClosed(ctx: ServiceContext, applicationId: number): boolean {
  const agreement = getAgreementByApplication(ctx.db, applicationId);
  return agreement ? isProjectClosed(ctx.db, agreement.id) : false;
}
