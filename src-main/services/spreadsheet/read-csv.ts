import { isUtf8 } from 'node:buffer';
import { SpreadsheetError, type SheetRow } from './sheet';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Chinese Excel saves "CSV (逗号分隔)" in the system code page (GBK), "CSV UTF-8" with a BOM, and "Unicode
 * text" as UTF-16 with tabs. A BOM decides; otherwise bytes that are valid UTF-8 are UTF-8 (GBK text is almost
 * never valid UTF-8), and anything else is read as GB18030, the superset of GBK.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  // UTF-8, by far the commonest, through Buffer's decoder: TextDecoder took a third of reading a large file.
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: buf.toString('utf8', 3), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (isUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'utf-8' };
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}

/** Comma unless the first line has more tabs than commas outside quotes (Excel's "Unicode text"). */
function detectDelimiter(text: string): string {
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === '\t') tabs++;
  }
  return tabs > commas ? '\t' : ',';
}

/**
 * RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF and CR all end
 * a record. A record's number is the row Excel would show, so blank lines still count.
 *
 * Fields are sliced out of the text rather than built a character at a time: a 100,000-row ledger is ten
 * million characters, and appending each one made a string per character for the collector.
 */
export function parseCsv(text: string): SheetRow[] {
  return [...csvRecords(text)];
}

/**
 * The records of parseCsv one at a time, read as they are asked for: a caller that handles each row and lets
 * it go (the expenditure import) never holds the whole file's rows, and an unclosed quote is thrown when the
 * reading reaches it.
 */
export function* csvRecords(text: string): Generator<SheetRow, void, undefined> {
  const delim = detectDelimiter(text).charCodeAt(0);
  const n = text.length;
  let rowNumber = 1;
  let cells: string[] = [];
  let i = 0;
  // Each pass reads one field starting at i, then the delimiter or line break after it (or the end).
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      const quoteStartRow = rowNumber;
      let from = i + 1;
      field = '';
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) throw new SpreadsheetError('import.csvQuote', { row: quoteStartRow });
        if (text.charCodeAt(q + 1) === 34) {
          field += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        field += text.slice(from, q);
        i = q + 1;
        break;
      }
      // Text after the closing quote belongs to the field as written (as a spreadsheet reads it).
      const restStart = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delim || c === 10 || c === 13) break;
        i++;
      }
      if (i > restStart) field += text.slice(restStart, i);
    } else {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delim || c === 10 || c === 13) break;
        i++;
      }
      field = text.slice(start, i);
    }
    cells.push(field);
    if (i >= n) {
      if ((cells.length > 1 || field !== '') && !blank(cells)) yield { rowNumber, cells };
      return;
    }
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      continue;
    }
    // A line break: CRLF counts once.
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    if (!blank(cells)) yield { rowNumber, cells };
    cells = [];
    rowNumber++;
    if (i >= n) return;
  }
}

function blank(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== '') return false;
  return true;
}
