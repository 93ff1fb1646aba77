import { csvRecords, decodeCsv, parseCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { SpreadsheetError, type SheetRow } from './sheet';

export { SpreadsheetError, type SheetRow } from './sheet';
export { csvRecords, decodeCsv, parseCsv, type CsvEncoding } from './read-csv';

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
 * A file's header and a way to read its data rows, each padded to the header's width as it is read. `rows()`
 * may be called again to read them again: a .csv is split into records only as they are asked for (a caller
 * that lets each row go never holds the whole file's rows); an .xlsx is read whole.
 */
export interface SheetStream {
  header: string[];
  headerRow: number;
  rows: () => Iterable<SheetRow>;
}

/**
 * The rows below the header, padded in place (they were made for this reading, and a copy would double the
 * garbage). One generator over the records rather than one per step: each row passes through every level.
 */
function* below(all: () => Iterator<SheetRow>, width: number): Generator<SheetRow, void, undefined> {
  const it = all();
  it.next();
  for (let r = it.next(); !r.done; r = it.next()) {
    const cells = r.value.cells;
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = '';
    while (cells.length < width) cells.push('');
    yield r.value;
  }
}

/** The header and data rows of the first worksheet (.xlsx) or of the file (.csv). Synchronous on purpose. */
export function streamSpreadsheet(bytes: Uint8Array, format: SpreadsheetFormat): SheetStream {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let all: () => Iterator<SheetRow>;
  if (format === 'xlsx') {
    const rows = readXlsx(buf);
    all = () => rows[Symbol.iterator]();
  } else {
    const text = decodeCsv(buf).text;
    all = () => csvRecords(text);
  }
  const first = all().next();
  if (first.done) throw new SpreadsheetError('import.empty');
  const header = first.value.cells.map((c) => c.trim());
  return { header, headerRow: first.value.rowNumber, rows: () => below(all, header.length) };
}

/**
 * Reads a file into a header and data rows. Throws SpreadsheetError('import.empty') when there is no header
 * row at all; a header without data rows is returned as such (the caller decides whether that is an error).
 */
export function readSpreadsheet(bytes: Uint8Array, format: SpreadsheetFormat): SheetTable {
  const { header, headerRow, rows } = streamSpreadsheet(bytes, format);
  return { header, headerRow, rows: [...rows()] };
}
