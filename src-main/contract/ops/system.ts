import { z } from 'zod';
import { defineOp, emptyInput } from '../common';

export const systemOps = {
  /** What the about/settings page shows: where the data lives and what shape it is in. */
  'system.info': defineOp({
    input: emptyInput,
    output: z.object({
      appVersion: z.string(),
      dbPath: z.string(),
      dbSizeBytes: z.int().min(0),
      schemaVersion: z.int().min(0),
      sqliteVersion: z.string(),
      journalMode: z.string(),
      host: z.enum(['electron', 'http', 'cli', 'test']),
    }),
    access: 'system.read',
    mutation: false,
  }),
} as const;
