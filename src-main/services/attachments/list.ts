import type { OpOutput, OpParsedInput } from '../../contract/index';
import { listAttachments } from '../../db/attachments-repo';
import { loadApplication } from '../applications/load';
import type { ServiceContext } from '../context';
import { listedAttachment } from './view';

/**
 * The application's attachments, newest first. Each status comes from the cheap check (present with the
 * recorded size, check: 'size'); attachments.open always rehashes.
 */
export function list(ctx: ServiceContext, input: OpParsedInput<'attachments.list'>): OpOutput<'attachments.list'> {
  const application = loadApplication(ctx, input.applicationId, 'applicationId');
  return {
    applicationId: application.id,
    attachments: listAttachments(ctx.db, application.id).map((row) => listedAttachment(ctx.app, row)),
  };
}
