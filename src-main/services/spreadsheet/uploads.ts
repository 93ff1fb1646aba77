import {
  readSpreadsheet,
  SpreadsheetError,
  spreadsheetFormat,
  streamSpreadsheet,
  type SheetStream,
  type SheetTable,
  type SpreadsheetFormat,
} from './read';

/**
 * An uploaded spreadsheet read before its op runs (the browser host reads it on a worker thread, so a large or
 * hostile file never blocks the host's event loop): its table, or the rule it broke.
 */
export type ReadOutcome =
  { ok: true; table: SheetTable } | { ok: false; rule: string; params: Record<string, unknown> };

/** The spreadsheets of one call read in advance, by their base64 content. */
export type ReadUploads = ReadonlyMap<string, ReadOutcome>;

/** The ops whose input is a spreadsheet upload ({ fileName, contentBase64 }). */
export const SPREADSHEET_UPLOAD_OPS: ReadonlySet<string> = new Set([
  'applications.importPreview',
  'applications.import',
  'ledger.importCheck',
  'ledger.import',
]);

/** Reads an upload without throwing for a bad file; null when the name is not a spreadsheet's. */
export function readOutcome(fileName: string, contentBase64: string): ReadOutcome | null {
  const format = spreadsheetFormat(fileName);
  if (!format) return null;
  try {
    return { ok: true, table: readSpreadsheet(Buffer.from(contentBase64, 'base64'), format) };
  } catch (e) {
    if (e instanceof SpreadsheetError) return { ok: false, rule: e.rule, params: e.params };
    throw e;
  }
}

/** The upload's table as read in advance when it was, else read now; throws SpreadsheetError as reading does. */
export function uploadTable(
  read: ReadOutcome | undefined,
  bytes: () => Uint8Array,
  format: SpreadsheetFormat,
): SheetTable {
  if (!read) return readSpreadsheet(bytes(), format);
  if (read.ok) return read.table;
  throw new SpreadsheetError(read.rule, read.params);
}

/** uploadTable for a caller that reads the rows one at a time: a file not read in advance is read as asked. */
export function uploadStream(
  read: ReadOutcome | undefined,
  bytes: () => Uint8Array,
  format: SpreadsheetFormat,
): SheetStream {
  if (!read) return streamSpreadsheet(bytes(), format);
  if (!read.ok) throw new SpreadsheetError(read.rule, read.params);
  const { header, headerRow, rows } = read.table;
  return { header, headerRow, rows: () => rows };
}
