import { readFile } from 'node:fs/promises';
import { getAttachment } from '../../db/attachments-repo';
import type { AppContext } from '../context';
import { attachmentsDirOf, sha256Of, storedPath } from '../attachments/store';
import { readPhotoMetadata, type PhotoMetadata } from './metadata';

/** A photo's EXIF as read before the transaction, tied to the content it was read from. */
export interface PhotoReading {
  attachmentId: number;
  sha256: string;
  metadata: PhotoMetadata;
}

/**
 * Reads an image attachment's EXIF ahead of the op that attaches it to an inspection: exifr is asynchronous
 * and an op's transaction is not, so dispatch runs this first and hands the result to the service. Only what
 * is read from the stored file's exact content counts (its hash is checked); anything else reads as nothing.
 */
export async function readAttachmentPhoto(app: AppContext, attachmentId: number): Promise<PhotoReading | null> {
  const row = getAttachment(app.db, attachmentId);
  if (!row || !row.mimeType.startsWith('image/')) return null;
  let bytes: Buffer;
  try {
    bytes = await readFile(storedPath(attachmentsDirOf(app), row.sha256));
  } catch {
    return null;
  }
  if (sha256Of(bytes) !== row.sha256) return null;
  return { attachmentId, sha256: row.sha256, metadata: await readPhotoMetadata(bytes) };
}
