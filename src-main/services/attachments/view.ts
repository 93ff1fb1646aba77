import type { AttachmentMeta, AttachmentView } from '../../contract/index';
import type { AttachmentRow } from '../../db/attachments-repo';
import type { AppContext } from '../context';
import { attachmentsDirOf, checkBySize } from './store';

export function attachmentMeta(row: AttachmentRow): AttachmentMeta {
  return {
    id: row.id,
    applicationId: row.applicationId,
    sha256: row.sha256,
    size: row.size,
    fileName: row.fileName,
    mimeType: row.mimeType,
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt,
  };
}

/** The metadata with the list's cheap check (the file exists with the recorded size); opening rehashes. */
export function listedAttachment(app: AppContext, row: AttachmentRow): AttachmentView {
  return {
    ...attachmentMeta(row),
    status: checkBySize(attachmentsDirOf(app), row.sha256, row.size),
    check: 'size',
  };
}
