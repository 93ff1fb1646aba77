import { z } from 'zod';
import {
  dateSchema,
  defineOp,
  emptyInput,
  idSchema,
  listQuerySchema,
  listResultSchema,
  timestampSchema,
} from '../common';
import { roleSchema } from './auth';

/** A file produced in main for the user to save (exports, templates); the renderer only offers the download. */
export const fileOutputSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
  rowCount: z.int().min(0),
});
export type FileOutput = z.output<typeof fileOutputSchema>;
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;

export const logEntrySchema = z.object({
  id: idSchema,
  at: timestampSchema,
  userId: idSchema.nullable(),
  username: z.string(),
  roles: z.array(roleSchema),
  /** An op name, or an event such as 'auth.signInFailed', 'auth.lockout', 'export'. */
  op: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  /** The object's business key (渝民发〔2016〕2号, SB-2016-0124, 凭证号 2016-0007, a user's name), when it has one. */
  entityKey: z.string().nullable(),
  /** JSON text of the values before and after the change, exactly as hashed. */
  before: z.string().nullable(),
  after: z.string().nullable(),
  hash: z.string(),
  /** Display names of the users the before/after values name by id (preparedBy, by…), keyed by id. */
  people: z.record(z.string(), z.string()),
});
export type LogEntry = z.output<typeof logEntrySchema>;

const logFilters = {
  username: z.string().trim().max(64).optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  op: z.string().trim().max(64).optional(),
  entityType: z.string().trim().max(40).optional(),
  entityId: z.string().trim().max(40).optional(),
};

/**
 * `search` matches the content: the op (by id or by its name in either language: 冲销 finds the reversals),
 * the object (type, name, business key) and the before/after values.
 */
export const logSearchQuery = listQuerySchema(['id', 'at', 'username', 'op'], logFilters);

export const logChainReportSchema = z.object({
  ok: z.boolean(),
  entries: z.int().min(0),
  headHash: z.string().nullable(),
  /** The first entry that does not check out, and why (edited, missing, inserted, reordered). */
  firstBad: z.object({ id: z.int(), reason: z.string(), message: z.string() }).nullable(),
});

/**
 * The chain's verdict and every problem found, the chain's first bad entry, the log table's protection and a
 * log shorter than (or rewritten since) the head a previous check recorded, in the caller's language; `ok`
 * only when there is none.
 */
export const logVerifyResultSchema = logChainReportSchema.extend({ problems: z.array(z.string()) });

export const logOps = {
  'log.search': defineOp({
    input: logSearchQuery,
    output: listResultSchema(logEntrySchema),
    access: 'log.read',
    mutation: false,
  }),
  /** Exports are themselves logged (财会〔2024〕12号 第三十二条), so this is a mutation. */
  'log.export': defineOp({
    input: z.strictObject({
      format: z.enum(EXPORT_FORMATS),
      search: z.string().trim().max(100).default(''),
      filters: z.strictObject(logFilters).default({}),
    }),
    output: fileOutputSchema,
    access: 'log.read',
    mutation: true,
  }),
  'log.verify': defineOp({ input: emptyInput, output: logVerifyResultSchema, access: 'log.read', mutation: false }),
} as const;
