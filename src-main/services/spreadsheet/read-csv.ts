import { SpreadsheetError, type SheetRow } from './sheet';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Chinese Excel saves "CSV (逗号分隔)" in the system code page (GBK), "CSV UTF-8" with a BOM, and "Unicode
 * text" as UTF-16 with tabs. A BOM decides; otherwise bytes that are valid UTF-8 are UTF-8 (GBK text is almost
 * never valid UTF-8), and anything else is read as GB18030, the superset of GBK.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
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
 */
export function parseCsv(text: string): SheetRow[] {
  const delimiter = detectDelimiter(text);
  const rows: SheetRow[] = [];
  let rowNumber = 1;
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let quoteStartRow = 0;
  let i = 0;
  const endField = () => {
    cells.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (cells.some((c) => c !== '')) rows.push({ rowNumber, cells });
    cells = [];
    rowNumber++;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteStartRow = rowNumber;
    } else if (ch === delimiter) endField();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += ch;
    i++;
  }
  if (quoted) throw new SpreadsheetError('import.csvQuote', { row: quoteStartRow });
  if (field !== '' || cells.length > 0) endRecord();
  return rows;
}
