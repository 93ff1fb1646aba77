import { z } from 'zod';
import { defineOp, idSchema, text, timestampSchema } from '../common';

/**
 * Attachments (附件): files kept in the data folder under their SHA-256, metadata in SQLite. Content travels
 * as base64 inside the op, so it goes through the same checked channel (IPC or POST /api) as everything else.
 */

/** Largest file accepted, decoded (the browser host's body limit is 32 MB, base64 adds a third). */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * What the stored file looked like when it was checked: 'ok' (matches the recorded hash or size), 'missing'
 * (no file under its hash) or 'altered' (different content). A missing or altered file is never shown as fine.
 */
export const ATTACHMENT_STATUSES = ['ok', 'missing', 'altered'] as const;
export type AttachmentStatus = (typeof ATTACHMENT_STATUSES)[number];

/**
 * How the status was established: 'hash' re-reads the whole file and recomputes SHA-256 (attachments.open,
 * and completing a milestone with it as evidence); 'size' only checks that the file exists with the recorded
 * size (lists, to stay fast), so an 'ok' from a list is confirmed by opening the file.
 */
export const ATTACHMENT_CHECKS = ['hash', 'size'] as const;

const personSchema = z.object({ id: idSchema, displayName: z.string() });

export const attachmentMetaSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  /** Lower-case hex; the file's name in the store. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Bytes. */
  size: z.int().min(0),
  /** As uploaded, with path separators and control characters removed. */
  fileName: z.string(),
  mimeType: z.string(),
  uploadedBy: personSchema,
  uploadedAt: timestampSchema,
});
export type AttachmentMeta = z.output<typeof attachmentMetaSchema>;

export const attachmentViewSchema = attachmentMetaSchema.extend({
  status: z.enum(ATTACHMENT_STATUSES),
  check: z.enum(ATTACHMENT_CHECKS),
});
export type AttachmentView = z.output<typeof attachmentViewSchema>;

export const attachmentsOps = {
  /**
   * Stores the file (once per content: a second upload of the same bytes adds a metadata row, not a file) and
   * answers its metadata. Refused over ATTACHMENT_MAX_BYTES, when empty, or when the project is closed.
   */
  'attachments.upload': defineOp({
    input: z.strictObject({
      applicationId: idSchema,
      fileName: text(255),
      /** The browser's File.type; empty or malformed becomes application/octet-stream. */
      mimeType: z.string().trim().max(255).default(''),
      contentBase64: z.string(),
    }),
    output: attachmentMetaSchema,
    access: 'attachments.upload',
    mutation: true,
  }),
  /** Re-reads the file and recomputes its hash on every call; the content only when the status is 'ok'. */
  'attachments.open': defineOp({
    input: z.strictObject({ attachmentId: idSchema }),
    output: z.object({
      meta: attachmentMetaSchema,
      status: z.enum(ATTACHMENT_STATUSES),
      contentBase64: z.string().nullable(),
    }),
    access: 'applications.read',
    mutation: false,
  }),
  /** Every attachment of the application, newest first, each with a cheap existence-and-size check. */
  'attachments.list': defineOp({
    input: z.strictObject({ applicationId: idSchema }),
    output: z.object({ applicationId: idSchema, attachments: z.array(attachmentViewSchema) }),
    access: 'applications.read',
    mutation: false,
  }),
} as const;
