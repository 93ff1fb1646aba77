import { z } from 'zod';
import { defineOp, text } from '../common';
import { applicationListQuery } from './applications';
import { EXPORT_FORMATS, fileOutputSchema } from './log';

/** Uploaded spreadsheets travel as base64; 20 MB of .xlsx is far beyond a year's applications. */
const uploadInput = z.strictObject({
  fileName: text(200).refine((n) => /\.(xlsx|csv)$/i.test(n), { params: { rule: 'import.fileType' } }),
  contentBase64: z.string().min(1).max(28_000_000),
});

export const importRowErrorSchema = z.object({
  /** Spreadsheet row number as the user sees it (header is row 1). */
  row: z.int().min(1),
  column: z.string(),
  message: z.string(),
});
export type ImportRowError = z.output<typeof importRowErrorSchema>;

export const importResultSchema = z.object({
  rows: z.int().min(0),
  /** Nothing is imported when this is not empty: all or nothing. */
  errors: z.array(importRowErrorSchema),
  imported: z.int().min(0),
  preview: z.array(
    z.object({ row: z.int(), name: z.string(), organization: z.string(), program: z.string(), requestedFen: z.int() }),
  ),
});

export const transferOps = {
  /** Checks every row against the same rules as the form and reports all errors; writes nothing. */
  'applications.importPreview': defineOp({
    input: uploadInput,
    output: importResultSchema,
    access: 'applications.import',
    mutation: false,
  }),
  /** All or nothing: any row error and nothing is imported (RuleViolation with details.rowErrors). */
  'applications.import': defineOp({
    input: uploadInput,
    output: importResultSchema,
    access: 'applications.import',
    mutation: true,
  }),
  'applications.template': defineOp({
    input: z.strictObject({ format: z.enum(EXPORT_FORMATS) }),
    output: fileOutputSchema,
    access: 'applications.read',
    mutation: false,
  }),
  'applications.export': defineOp({
    input: z.strictObject({
      format: z.enum(EXPORT_FORMATS),
      search: applicationListQuery.shape.search,
      filters: applicationListQuery.shape.filters,
      sort: applicationListQuery.shape.sort,
    }),
    output: fileOutputSchema,
    access: 'applications.export',
    mutation: true,
  }),
} as const;
