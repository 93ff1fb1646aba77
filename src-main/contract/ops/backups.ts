import { z } from 'zod';
import { defineOp, emptyInput, timestampSchema } from '../common';

export const BACKUP_KIND_VALUES = ['manual', 'daily', 'pre-migration'] as const;

export const keptBackupSchema = z.object({
  /** The backup's folder name inside the data folder's backups/; what restore asks for. */
  name: z.string(),
  kind: z.enum(BACKUP_KIND_VALUES),
  createdAt: timestampSchema,
  /** Database file and attachment files together. */
  bytes: z.int().min(0),
  schemaVersion: z.int().min(0),
  logEntries: z.int().min(0),
  attachments: z.int().min(0),
});
export type KeptBackupInfo = z.output<typeof keptBackupSchema>;

export const backupsOps = {
  /** The backups kept in the data folder (daily, before migrations), newest first, and the newest daily one. */
  'backups.list': defineOp({
    input: emptyInput,
    output: z.object({
      folder: z.string(),
      lastDaily: keptBackupSchema.nullable(),
      backups: z.array(keptBackupSchema),
    }),
    access: 'system.read',
    mutation: false,
  }),
  /**
   * Replaces the database with a kept backup after checking it; the restore is recorded in the restored
   * database's operation log, and everyone signs in again (the sessions are the backup's).
   */
  'backups.restore': defineOp({
    input: z.strictObject({ name: z.string().trim().min(1).max(120) }),
    output: z.object({
      restoredFrom: timestampSchema,
      logEntries: z.int().min(0),
      keptAside: z.string().nullable(),
    }),
    access: 'backups.restore',
    mutation: false,
  }),
} as const;
