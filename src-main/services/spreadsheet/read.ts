import { decodeCsv, parseCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { SpreadsheetError, type SheetRow } from './sheet';

export { SpreadsheetError, type SheetRow } from './sheet';
export { decodeCsv, parseCsv, type CsvEncoding } from './read-csv';

export type SpreadsheetFormat = 'xlsx' | 'csv';

export interface SheetTable {
  /** Header texts as written (trimmed), by column. */
  header: string[];
  /** Spreadsheet row number of the header (the first non-empty row, normally 1). */
  headerRow: number;
  /** Every non-empty row below the header, cells aligned with `header`. */
  rows: SheetRow[];
}

/** The format a file name asks for, by extension; null for anything else. */
export function spreadsheetFormat(fileName: string): SpreadsheetFormat | null {
  const m = /\.(xlsx|csv)$/i.exec(fileName.trim());
  return m ? (m[1]!.toLowerCase() as SpreadsheetFormat) : null;
}

/** All non-empty rows of the first worksheet (.xlsx) or of the file (.csv), as text. Synchronous on purpose. */
export function readSheetRows(bytes: Uint8Array, format: SpreadsheetFormat): SheetRow[] {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return format === 'xlsx' ? readXlsx(buf) : parseCsv(decodeCsv(buf).text);
}

/**
 * Reads a file into a header and data rows. Throws SpreadsheetError('import.empty') when there is no header
 * row at all; a header without data rows is returned as such (the caller decides whether that is an error).
 */
export function readSpreadsheet(bytes: Uint8Array, format: SpreadsheetFormat): SheetTable {
  const all = readSheetRows(bytes, format);
  const first = all[0];
  if (!first) throw new SpreadsheetError('import.empty');
  const header = first.cells.map((c) => c.trim());
  const width = header.length;
  // Padded in place: the rows were made for this table, and a copy of each would double what a 100,000-row
  // file leaves for the collector.
  const rows = all.slice(1);
  for (const r of rows) {
    const cells = r.cells;
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = '';
    while (cells.length < width) cells.push('');
  }
  return { header, headerRow: first.rowNumber, rows };
}
