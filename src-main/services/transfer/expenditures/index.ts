/**
 * Import and export of the expenditure ledger: `grants import expenditures` (all or
 * nothing across the file, every failing cell as 第N行 列名: 原因, posted with the ledger's own rules) and
 * `grants export expenditures` (one project's ledger in voucher order; imports again as it is).
 */
export {
  importExpenditures,
  expenditureRowErrors,
  EXPENDITURE_IMPORT_MAX_ROWS,
  type ExpenditureImportResult,
  type ExpenditureUpload,
} from './import';
export { exportExpenditures, EXPENDITURE_EXPORT_HEADERS, SHARE_NAMES, type ExpenditureExportFile } from './export';
export { EXPENDITURE_COLUMNS, mapExpenditureHeader, type ExpenditureColumnKey } from './columns';
export type { ProjectOutcome } from './post';
export { importCheck, importLedger, exportLedger } from './ops';
