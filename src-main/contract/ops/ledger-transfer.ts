import { z } from 'zod';
import { defineOp, idSchema, text } from '../common';
import { EXPORT_FORMATS, fileOutputSchema } from './log';

/**
 * Import and export of the expenditure ledger for the UI (the CLI's `grants import|export expenditures` call
 * the same services). A refused import is a RuleViolation 'import.rowErrors' whose details.rowErrors lists
 * every failing cell as {row, column, message}, like the applications import.
 */
const ledgerUploadInput = z.strictObject({
  fileName: text(200).refine((n) => /\.(xlsx|csv)$/i.test(n), { params: { rule: 'import.fileType' } }),
  // 100,000 lines of CSV are about 12 MB, 16 MB as base64; twice that still fits one message.
  contentBase64: z.string().min(1).max(40_000_000),
});

export const ledgerImportResultSchema = z.object({
  rows: z.int().min(0),
  /** Lines posted, reversals included; 0 for a check. */
  imported: z.int().min(0),
  sumFen: z.int(),
  dryRun: z.boolean(),
  projects: z.array(
    z.object({
      code: z.string(),
      applicationId: idSchema,
      lines: z.int().min(0),
      reversals: z.int().min(0),
      sumFen: z.int(),
      firstVoucher: z.string().nullable(),
      lastVoucher: z.string().nullable(),
    }),
  ),
});
export type LedgerImportResult = z.output<typeof ledgerImportResultSchema>;

export const ledgerTransferOps = {
  /** Every row checked against the posting rules as the import would post it; nothing is written. */
  'ledger.importCheck': defineOp({
    input: ledgerUploadInput,
    output: ledgerImportResultSchema,
    access: 'ledger.post',
    mutation: false,
  }),
  /** All or nothing across the file; voucher numbers are the app's. */
  'ledger.import': defineOp({
    input: ledgerUploadInput,
    output: ledgerImportResultSchema,
    access: 'ledger.post',
    mutation: true,
  }),
  /** One project's ledger in voucher order; imports again as it is. Logged. */
  'ledger.export': defineOp({
    input: z.strictObject({ applicationId: idSchema, format: z.enum(EXPORT_FORMATS) }),
    output: fileOutputSchema.extend({ sumFen: z.int() }),
    access: 'applications.export',
    mutation: true,
  }),
} as const;
