/**
 * Import and export of applications: the template's columns, row checks that name
 * 第N行 列名: 原因 for every failing cell, all-or-nothing import through createApplication, exports by the
 * list's query, and the blank template.
 */
export { importApplications, importPreview, checkUpload } from './import';
export { exportApplications, exportCells, EXPORT_HEADERS, stateName, fileStamp } from './export';
export { template } from './template';
export { IMPORT_MAX_ROWS, rowErrorLine, FileProblem, type CheckedFile, type UploadInput } from './check';
export {
  IMPORT_COLUMNS,
  TEMPLATE_COLUMNS,
  columnForHeader,
  mapHeader,
  normalizeHeader,
  type ColumnDef,
  type ColumnKey,
} from './columns';
