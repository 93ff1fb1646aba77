import type { Violation } from '../../core/violations';
import { getAttachment, type AttachmentRow } from '../../db/attachments-repo';
import { attachmentsDirOf, checkByHash } from '../attachments/store';
import type { ServiceContext } from '../context';
import type { Project } from './load';

/**
 * The evidence attachment as a milestone may rely on it: of the same project, and its stored file re-read and
 * rehashed now, so a milestone is never completed or verified on a file that is gone or was changed.
 */
export function checkEvidence(
  ctx: ServiceContext,
  project: Project,
  attachmentId: number,
): { row: AttachmentRow | null; violations: Violation[] } {
  const row = getAttachment(ctx.db, attachmentId);
  if (!row) return { row: null, violations: [{ rule: 'milestone.evidenceNotFound', params: { id: attachmentId } }] };
  if (row.applicationId !== project.application.id)
    return { row, violations: [{ rule: 'milestone.evidenceOtherProject', params: { fileName: row.fileName } }] };
  const { status } = checkByHash(attachmentsDirOf(ctx.app), row.sha256);
  if (status === 'missing')
    return { row, violations: [{ rule: 'milestone.evidenceMissing', params: { fileName: row.fileName } }] };
  if (status === 'altered')
    return { row, violations: [{ rule: 'milestone.evidenceAltered', params: { fileName: row.fileName } }] };
  return { row, violations: [] };
}
