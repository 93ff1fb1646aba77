import { z } from 'zod';
import { FUNDING_SHARES } from '../../core/ledger';
import { COST_TYPES } from '../../core/rule-set';
import {
  dateSchema,
  defineOp,
  fenSchema,
  idSchema,
  listQuerySchema,
  optionalText,
  text,
  timestampSchema,
} from '../common';
import { withLabelScope } from '../fields';
import { lineCodeSchema } from './budgets';

const personSchema = z.object({ id: idSchema, displayName: z.string() });

export const fundingShareSchema = z.enum(FUNDING_SHARES);

/** One posted ledger line (支出台账). Never changes: a correction is a reversal (红字) pointing at it. */
export const ledgerRowSchema = z.object({
  id: idSchema,
  /** 凭证号 'YYYY-0001', assigned by the app, gap-free per project and fiscal year. */
  voucherNo: z.string(),
  date: dateSchema,
  invoiceNo: z.string(),
  lineCode: z.string(),
  categoryCode: z.string(),
  categoryName: z.string(),
  share: fundingShareSchema,
  costType: z.enum(COST_TYPES).nullable(),
  payee: z.string(),
  summary: z.string(),
  /** Positive for an expenditure, negative for a reversal (红字冲销). */
  amountFen: z.int(),
  /** 垫支: grant spending ahead of the grant funds received. */
  advance: z.boolean(),
  /** Set on a reversal: the line it negates. */
  reversesId: idSchema.nullable(),
  reversesVoucherNo: z.string().nullable(),
  /** Set on a line that was reversed: its reversal. */
  reversedById: idSchema.nullable(),
  reversedByVoucherNo: z.string().nullable(),
  /** Why a reversal was made ('' on an ordinary line). */
  reason: z.string(),
  postedBy: personSchema,
  postedAt: timestampSchema,
});
export type LedgerRow = z.output<typeof ledgerRowSchema>;

export const LEDGER_SORTABLE = ['date', 'voucherNo', 'amountFen', 'lineCode', 'payee'] as const;
/** all lines; only the reversals (红字); or the lines in effect (neither reversed nor reversals). */
export const LEDGER_REVERSAL_FILTERS = ['all', 'reversalsOnly', 'hideReversed'] as const;

export const ledgerFilters = {
  lineCode: lineCodeSchema.optional(),
  share: fundingShareSchema.optional(),
  dateFrom: dateSchema.optional(),
  dateTo: dateSchema.optional(),
  reversals: z.enum(LEDGER_REVERSAL_FILTERS).optional(),
  advance: z.boolean().optional(),
};

/** The DataTable's list query (page, pageSize, sort, search, filters) plus the project. `search` matches voucher, invoice, payee and summary. */
export const ledgerListQuery = listQuerySchema(LEDGER_SORTABLE, ledgerFilters).extend({ applicationId: idSchema });

/** The fields of a new expenditure, shared by posting, a reversal's replacement and the import. */
export const expenditureFields = {
  date: dateSchema,
  invoiceNo: optionalText(50),
  lineCode: lineCodeSchema,
  share: fundingShareSchema,
  payee: text(100),
  summary: text(200),
  amountFen: fenSchema.refine((v) => v > 0, { params: { rule: 'schema.min', min: '0.01' } }),
  advance: z.boolean().default(false),
  /** Null: the budget line's cost type. */
  costType: z.enum(COST_TYPES).nullable().default(null),
};
export const expenditureInput = z.strictObject(expenditureFields);

/** Form schemas (labelled in the 'ledger' scope, as main labels the op's errors). */
export const ledgerPostInput = withLabelScope(
  z.strictObject({ applicationId: idSchema, ...expenditureFields }),
  'ledger',
);
export const ledgerReverseInput = withLabelScope(
  z.strictObject({
    lineId: idSchema,
    date: dateSchema,
    reason: text(500),
    replacement: expenditureInput.optional(),
  }),
  'ledger',
);

export const ledgerOps = {
  /** Sorted, filtered and paged by SQL; `sumFen` is the sum of every filtered row, not only the page. */
  'ledger.list': defineOp({
    input: ledgerListQuery,
    output: z.object({ rows: z.array(ledgerRowSchema), total: z.int().min(0), sumFen: z.int() }),
    access: 'applications.read',
    mutation: false,
  }),
  'ledger.post': defineOp({
    input: ledgerPostInput,
    output: ledgerRowSchema,
    access: 'ledger.post',
    mutation: true,
  }),
  /** 红字冲销 of one line, and optionally the corrected line, in one transaction. */
  'ledger.reverse': defineOp({
    input: ledgerReverseInput,
    output: z.object({ reversal: ledgerRowSchema, replacement: ledgerRowSchema.nullable() }),
    access: 'ledger.post',
    mutation: true,
  }),
} as const;
