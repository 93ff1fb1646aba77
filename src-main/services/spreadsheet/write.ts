import { fenToDecimalString } from '../../core/money';
import { xlsxBuffer } from './write-xlsx';

/**
 * Writing exports: rows under column headers → an .xlsx or a .csv file, synchronously (exports run inside
 * the op's transaction, which also logs them).
 *
 *   const file = writeSpreadsheet('csv', { name: '操作日志', headers: ['序号', '时间'], rows: [[1, '…']] });
 *   // file.buffer, file.mimeType, file.extension
 *
 * Cells are text, numbers, booleans or empty (null/undefined). Text is written as text: in .xlsx it is never
 * read as a formula; in .csv any text starting with = + - @ (or tab/CR) gets a leading apostrophe, so a
 * spreadsheet program opening the file does not run it (CSV injection). .csv is UTF-8 with a byte-order mark
 * (so Excel reads Chinese correctly), RFC 4180 quoting and CRLF line ends. .xlsx cells longer than Excel's
 * 32,767-character limit are cut with a note saying so; .csv keeps every character.
 *
 * An amount ({ fen }) is written from integer fen: in .xlsx a number in yuan with the format #,##0.00 (so it
 * sums in Excel and shows two decimals), in .csv the exact decimal text ("1234.50").
 */
export type Cell = string | number | boolean | null | undefined | AmountCell | DateCell | RatioCell;

export interface AmountCell {
  fen: number;
}

/** A calendar date "YYYY-MM-DD" (or a wall-clock "YYYY-MM-DD HH:mm[:ss]"): a date cell in .xlsx. */
export interface DateCell {
  date: string;
}

/** A fraction shown as a percentage (0.852 → 85.20%). */
export interface RatioCell {
  ratio: number;
}

export function isAmountCell(value: Cell): value is AmountCell {
  return typeof value === 'object' && value !== null && 'fen' in value;
}

export function isDateCell(value: Cell): value is DateCell {
  return typeof value === 'object' && value !== null && 'date' in value;
}

export function isRatioCell(value: Cell): value is RatioCell {
  return typeof value === 'object' && value !== null && 'ratio' in value;
}

export interface SheetSpec {
  /** Worksheet name (.xlsx only); at most 31 characters, : \ / ? * [ ] are replaced. */
  name: string;
  headers: readonly string[];
  /** Any iterable, consumed once: a generator over a query works without holding all rows. */
  rows: Iterable<readonly Cell[]>;
  /** Column widths in characters (.xlsx only). */
  widths?: readonly number[];
  /** Rows written after the table, one blank row below it (.xlsx only): totals, notes. */
  after?: readonly (readonly Cell[])[];
}

export type SpreadsheetFormat = 'xlsx' | 'csv';

export const MIME_TYPES: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export interface SpreadsheetFile {
  buffer: Buffer;
  mimeType: string;
  /** 'xlsx' or 'csv', without the dot. */
  extension: SpreadsheetFormat;
}

/**
 * The one call exporters need. .xlsx may hold further sheets (a "说明" sheet with the export's filters,
 * for instance); .csv holds only the first.
 */
export function writeSpreadsheet(format: SpreadsheetFormat, sheet: SheetSpec, ...more: SheetSpec[]): SpreadsheetFile {
  const buffer = format === 'xlsx' ? toXlsx([sheet, ...more]) : toCsv(sheet.headers, sheet.rows);
  return { buffer, mimeType: MIME_TYPES[format], extension: format };
}

export function toXlsx(sheets: readonly SheetSpec[]): Buffer {
  return xlsxBuffer(sheets);
}

const BOM = '\uFEFF';

/** `bom: false` for a caller that writes its own first lines (and the BOM) before these. */
export function toCsv(headers: readonly string[], rows: Iterable<readonly Cell[]>, opts = { bom: true }): Buffer {
  // Lines joined once per megabyte: cheaper to turn into bytes than one string grown by += (a deep rope).
  const chunks: Buffer[] = [];
  let pending = [(opts.bom ? BOM : '') + csvLine(headers)];
  let size = 0;
  for (const row of rows) {
    const line = csvLine(row);
    pending.push(line);
    size += line.length;
    if (size > 1 << 20) {
      chunks.push(Buffer.from(pending.join(''), 'utf8'));
      pending = [];
      size = 0;
    }
  }
  chunks.push(Buffer.from(pending.join(''), 'utf8'));
  return Buffer.concat(chunks);
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: Cell): string {
  if (typeof value === 'string') return csvText(value);
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : csvField(String(value));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isAmountCell(value)) return fenToDecimalString(value.fen);
  if (isDateCell(value)) return value.date;
  if (isRatioCell(value)) return String(value.ratio);
  return csvText(value);
}

function csvText(value: string): string {
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Text a spreadsheet program would take for a formula (= + - @, and tab or CR, which some programs strip
 * before looking) is prefixed with an apostrophe. OWASP "CSV Injection".
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
