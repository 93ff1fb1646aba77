import type { CostType } from '../contract/index';
import type { FundingShare } from '../core/ledger';
import { prepared, type Db } from './statements';

/**
 * One ledger line as the ledger export writes it, as a tuple in column order: the export reads 100,000 of
 * them, and SQLite's raw rows skip building a keyed object (and the repository's record) for each.
 */
export type LedgerExportRow = readonly [
  voucherNo: string,
  date: string,
  invoiceNo: string,
  lineCode: string,
  share: FundingShare,
  payee: string,
  summary: string,
  amountFen: number,
  advance: 0 | 1,
  costType: CostType | null,
  reversesVoucherNo: string | null,
  reason: string,
  reversedByVoucherNo: string | null,
  postedName: string,
  postedAt: string,
];

const EXPORT_SELECT = `SELECT l.voucher_no, l.date, l.invoice_no, l.line_code, l.share, l.payee, l.summary, l.amount_fen,
    l.advance, l.cost_type, o.voucher_no, l.reason, r.voucher_no, u.display_name, l.posted_at
  FROM ledger_lines l
  JOIN users u ON u.id = l.posted_by
  LEFT JOIN ledger_lines o ON o.id = l.reverses_id
  LEFT JOIN ledger_lines r ON r.agreement_id = l.agreement_id AND r.reverses_id = l.id
  WHERE l.agreement_id = ? ORDER BY l.voucher_year, l.voucher_seq`;

/** Every line of a project in voucher order, one at a time, as export rows. */
export function eachLedgerExportRow(db: Db, agreementId: number): IterableIterator<LedgerExportRow> {
  return prepared(db, EXPORT_SELECT).raw(true).iterate(agreementId) as IterableIterator<LedgerExportRow>;
}
