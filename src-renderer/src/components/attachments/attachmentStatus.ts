import type { AttachmentStatus, OpOutput } from '@contract';
import { ATTACHMENT_MAX_BYTES } from '@contract';

/** How a stored file's state was last established: a list's size check, or opening it (SHA-256 re-read). */
export type AttachmentCheck = 'hash' | 'size';

export interface CheckedStatus {
  status: AttachmentStatus;
  check: AttachmentCheck;
}

/**
 * What the tag says. Only a file whose SHA-256 was just recomputed is 完好 (green); a list's size check can
 * only say the file is present with its recorded size (文件存在), since same-size tampering passes it. A
 * missing or altered file is red, never shown as fine.
 */
export type StatusLabel = 'ok' | 'present' | 'missing' | 'altered';

export const LABEL_COLORS: Record<StatusLabel, 'success' | 'processing' | 'error'> = {
  ok: 'success',
  present: 'processing',
  missing: 'error',
  altered: 'error',
};

export function statusLabel({ status, check }: CheckedStatus): StatusLabel {
  return status === 'ok' && check === 'size' ? 'present' : status;
}

/**
 * The status to show: what opening the file found (a full hash check, just now) wins over the list's cheaper
 * size check; without either there is nothing to claim (a fresh upload has not been checked by anyone).
 */
export function shownStatus(listed: CheckedStatus | null, opened: AttachmentStatus | null): CheckedStatus | null {
  if (opened !== null) return { status: opened, check: 'hash' };
  return listed;
}

/**
 * The bytes to hand to the user, only when main found the file intact and sent them. An 'ok' without content
 * would be a broken answer, and then nothing is opened either.
 */
export function intactContent(result: Pick<OpOutput<'attachments.open'>, 'status' | 'contentBase64'>): string | null {
  return result.status === 'ok' && result.contentBase64 !== null ? result.contentBase64 : null;
}

export type UploadRefusal = { rule: 'attachment.empty' } | { rule: 'attachment.tooLarge'; size: string; max: string };

const MB = 1024 * 1024;

/**
 * What main would refuse about a file's size, checked before a large file is read into memory as base64;
 * the sizes are worded as main words them (MB with two decimals, rounded up).
 */
export function uploadRefusal(bytes: number): UploadRefusal | null {
  if (bytes === 0) return { rule: 'attachment.empty' };
  if (bytes > ATTACHMENT_MAX_BYTES)
    return {
      rule: 'attachment.tooLarge',
      size: (Math.ceil((bytes / MB) * 100) / 100).toFixed(2),
      max: String(ATTACHMENT_MAX_BYTES / MB),
    };
  return null;
}

/** "3f2a9c…e41b": enough of a hash to compare by eye without filling the card. */
export function shortHash(sha256: string): string {
  return sha256.length <= 16 ? sha256 : `${sha256.slice(0, 8)}…${sha256.slice(-8)}`;
}
