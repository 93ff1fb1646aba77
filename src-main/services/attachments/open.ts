import type { OpOutput, OpParsedInput } from '../../contract/index';
import { getAttachment } from '../../db/attachments-repo';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';
import { attachmentsDirOf, checkByHash } from './store';
import { attachmentMeta } from './view';

/**
 * Opens an attachment: the file is read and its SHA-256 recomputed on every call. A missing or altered file is
 * reported as such, with no content, so what is shown is always what was uploaded.
 */
export function open(ctx: ServiceContext, input: OpParsedInput<'attachments.open'>): OpOutput<'attachments.open'> {
  const row = getAttachment(ctx.db, input.attachmentId);
  if (!row) throw new AppError('NotFound', 'attachment.notFound', { id: input.attachmentId }, 'attachmentId');
  const check = checkByHash(attachmentsDirOf(ctx.app), row.sha256);
  return {
    meta: attachmentMeta(row),
    status: check.status,
    contentBase64: check.content ? check.content.toString('base64') : null,
  };
}
