import { ATTACHMENT_MAX_BYTES, type OpOutput, type OpParsedInput } from '../../contract/index';
import { getAgreementByApplication } from '../../db/agreements-repo';
import { getAttachment, insertAttachment } from '../../db/attachments-repo';
import { isProjectClosed } from '../../db/project-status-repo';
import { nowIso, requireUser } from '../app-error';
import { loadApplication } from '../applications/load';
import { violationError } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { base64DecodedSize, normalizeMimeType, sanitizeFileName } from './names';
import { attachmentsDirOf, sha256Of, storeContent } from './store';
import { attachmentMeta } from './view';

const MB = 1024 * 1024;
/** Rounded up, so a file just over the limit never reads as exactly the limit. */
const mbText = (bytes: number) => (Math.ceil((bytes / MB) * 100) / 100).toFixed(2);

/**
 * Stores an upload of the application's files. Every upload gets its own metadata row (who uploaded which
 * name, when: the audit needs each), while the bytes are stored once per content; a second upload of the
 * same bytes reuses (or repairs) the stored file. Refused when empty, not base64, over the size limit, or
 * when the application's project is closed.
 */
export function upload(
  ctx: ServiceContext,
  input: OpParsedInput<'attachments.upload'>,
): OpOutput<'attachments.upload'> {
  const user = requireUser(ctx);
  const application = loadApplication(ctx, input.applicationId, 'applicationId');
  const agreement = getAgreementByApplication(ctx.db, application.id);
  if (agreement && isProjectClosed(ctx.db, agreement.id))
    throw violationError(
      [{ rule: 'attachment.projectClosed', params: { project: agreement.agreementNumber } }],
      'applicationId',
    );
  // The size is known from the text's length, so an oversize upload is refused before anything is decoded.
  const maxChars = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4;
  if (input.contentBase64.length > maxChars) throw tooLarge(Math.floor((input.contentBase64.length / 4) * 3));
  const size = base64DecodedSize(input.contentBase64);
  if (size === null) throw violationError([{ rule: 'attachment.notBase64', params: {} }], 'contentBase64');
  if (size > ATTACHMENT_MAX_BYTES) throw tooLarge(size);
  if (size === 0) throw violationError([{ rule: 'attachment.empty', params: {} }], 'contentBase64');

  const content = Buffer.from(input.contentBase64, 'base64');
  const sha256 = sha256Of(content);
  const stored = storeContent(attachmentsDirOf(ctx.app), sha256, content);
  const fileName = sanitizeFileName(input.fileName);
  const mimeType = normalizeMimeType(input.mimeType);
  const id = insertAttachment(ctx.db, {
    applicationId: application.id,
    sha256,
    size: content.length,
    fileName,
    mimeType,
    uploadedBy: user.id,
    uploadedAt: nowIso(ctx),
  });
  recordChange(ctx, 'attachment', id, null, {
    applicationId: application.id,
    fileName,
    mimeType,
    size: content.length,
    sha256,
    stored,
  });
  return attachmentMeta(getAttachment(ctx.db, id)!);
}

function tooLarge(size: number) {
  return violationError(
    [{ rule: 'attachment.tooLarge', params: { size: mbText(size), max: String(ATTACHMENT_MAX_BYTES / MB) } }],
    'contentBase64',
  );
}
