import { z } from 'zod';
import { defineOp, text, timestampSchema } from '../common';

/** A report number as printed on the cover and in the footer: BG, the Shanghai year, a four-digit serial. */
export const REPORT_NUMBER_PATTERN = /^BG-\d{4}-\d{4}$/;

export const reportNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => REPORT_NUMBER_PATTERN.test(v), { params: { rule: 'report.numberFormat' } });

/** A dropped PDF travels as base64; 20 MB is far beyond a project report with 10,000 ledger lines. */
const MAX_PDF_BASE64 = 28_000_000;
/** The largest PDF the screen sends (base64 grows it by a third, staying under MAX_PDF_BASE64). */
export const MAX_REPORT_PDF_BYTES = 20_000_000;

/** Exactly one of: the number typed from a printed copy, or the PDF file itself. */
export const reportVerifyInput = z
  .strictObject({
    number: reportNumberSchema.optional(),
    pdfBase64: z.string().min(1).max(MAX_PDF_BASE64).optional(),
    fileName: text(200).optional(),
  })
  .refine((v) => (v.number === undefined) !== (v.pdfBase64 === undefined), {
    params: { rule: 'report.numberOrFile' },
    path: ['number'],
  });

export const reportChangeSchema = z.object({
  /** The operation-log entry's number (a key for lists; the screen shows time, user, op and object). */
  id: z.int(),
  at: timestampSchema,
  username: z.string(),
  /** The operation's readable name in the caller's language. */
  op: z.string(),
  /** The object's business key (voucher number, agreement number…), or — when it has none. */
  object: z.string(),
});
export type ReportChange = z.output<typeof reportChangeSchema>;

export const reportVerifyOutput = z.object({
  matches: z.boolean(),
  number: z.string(),
  generatedAt: timestampSchema,
  /** The fingerprint checked: the PDF's, or for a typed number the registered one. */
  fingerprint: z.string(),
  /** The PDF's fingerprint is the registered one (always so for a typed number). */
  registered: z.boolean(),
  changes: z.array(reportChangeSchema),
});
export type ReportVerifyResult = z.output<typeof reportVerifyOutput>;

export const reportsOps = {
  /** Checks a report against the database; reads only, so nothing is logged. */
  'reports.verify': defineOp({
    input: reportVerifyInput,
    output: reportVerifyOutput,
    access: 'applications.read',
    mutation: false,
  }),
} as const;
