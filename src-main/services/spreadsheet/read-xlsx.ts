import { MAX_RATIO, MAX_UNZIPPED_BYTES, ZipFormatError, ZipReader, ZipTooLargeError } from './unzip';
import { decodeOoxmlEscapes, scanXml } from './xml';
import { SpreadsheetError, type SheetRow } from './sheet';

/**
 * Reads the first worksheet of an .xlsx into rows of display strings, keeping Excel's row numbers.
 * Date-formatted number cells become 'YYYY-MM-DD'; other numbers are shown with Excel's 15 significant digits,
 * so 0.1 + 0.2 typed into a formula reads "0.3" rather than failing the two-decimal rule.
 */
export function readXlsx(bytes: Buffer): SheetRow[] {
  // Old binary .xls (OLE compound file) renamed or saved with the wrong extension.
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) throw new SpreadsheetError('import.legacyXls');
  let zip: ZipReader;
  try {
    zip = new ZipReader(bytes);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new SpreadsheetError('import.notXlsx');
    if (e instanceof ZipTooLargeError) {
      throw new SpreadsheetError('import.xlsxTooLarge', {
        entry: e.entry.slice(0, 80),
        size: `${Math.ceil(e.declaredBytes / 1048576)} MB`,
        limit: `${MAX_UNZIPPED_BYTES / 1048576} MB`,
        ratio: MAX_RATIO,
      });
    }
    throw e;
  }
  try {
    const workbook = zip.text('xl/workbook.xml');
    if (workbook === undefined) throw new SpreadsheetError('import.notXlsx');
    const { sheetPath, date1904 } = firstSheet(workbook, zip.text('xl/_rels/workbook.xml.rels') ?? '');
    const sheetXml = zip.text(sheetPath);
    if (sheetXml === undefined) throw new SpreadsheetError('import.notXlsx');
    const shared = sharedStrings(zip.text('xl/sharedStrings.xml') ?? '');
    const dateStyles = dateStyleIndexes(zip.text('xl/styles.xml') ?? '');
    return sheetRows(sheetXml, { shared, dateStyles, date1904 });
  } catch (e) {
    if (e instanceof ZipFormatError) throw new SpreadsheetError('import.notXlsx');
    throw e;
  }
}

function firstSheet(workbookXml: string, relsXml: string): { sheetPath: string; date1904: boolean } {
  let relId: string | undefined;
  let date1904 = false;
  scanXml(workbookXml, (e) => {
    if (e.kind !== 'open') return;
    if (e.name === 'workbookPr') date1904 = e.attrs.date1904 === '1' || e.attrs.date1904 === 'true';
    if (e.name === 'sheet' && relId === undefined)
      relId = Object.entries(e.attrs).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
  });
  let target: string | undefined;
  scanXml(relsXml, (e) => {
    if (e.kind === 'open' && e.name === 'Relationship' && e.attrs.Id === relId) target = e.attrs.Target;
  });
  if (target === undefined) return { sheetPath: 'xl/worksheets/sheet1.xml', date1904 };
  const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  return { sheetPath, date1904 };
}

/** Rich-text runs are concatenated; phonetic guides (rPh) are not part of the value. */
function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  let inT = false;
  let phonetic = 0;
  scanXml(xml, (e) => {
    if (e.kind === 'open') {
      if (e.name === 'si') current = '';
      else if (e.name === 'rPh') phonetic++;
      else if (e.name === 't' && !e.selfClosing) inT = true;
    } else if (e.kind === 'close') {
      if (e.name === 'si') {
        out.push(decodeOoxmlEscapes(current ?? ''));
        current = null;
      } else if (e.name === 'rPh') phonetic--;
      else if (e.name === 't') inT = false;
    } else if (inT && phonetic === 0 && current !== null) current += e.text;
  });
  return out;
}

// Built-in number formats that show a date (ECMA-376 18.8.30, including the CJK ones Chinese Excel uses).
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[yde年月日]/i.test(bare);
}

function dateStyleIndexes(xml: string): Set<number> {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  scanXml(xml, (e) => {
    if (e.kind === 'open') {
      if (e.name === 'numFmt') custom.set(Number(e.attrs.numFmtId), e.attrs.formatCode ?? '');
      else if (e.name === 'cellXfs') inCellXfs = true;
      else if (e.name === 'xf' && inCellXfs) xfFormats.push(Number(e.attrs.numFmtId ?? 0));
    } else if (e.kind === 'close' && e.name === 'cellXfs') inCellXfs = false;
  });
  const dates = new Set<number>();
  xfFormats.forEach((id, index) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id)) dates.add(index);
  });
  return dates;
}

/** Excel serial day → 'YYYY-MM-DD'. The 1900 system counts the fictitious 1900-02-29 as day 60. */
export function serialToIsoDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return undefined;
  const day = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : day > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
}

export function excelNumberText(raw: string): string {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return raw;
  return String(Number(n.toPrecision(15)));
}

const MAX_COLUMNS = 16_384;

function columnIndex(ref: string): number | undefined {
  const m = /^([A-Z]+)/i.exec(ref);
  if (!m) return undefined;
  let n = 0;
  for (const ch of m[1]!.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface SheetContext {
  shared: string[];
  dateStyles: Set<number>;
  date1904: boolean;
}

function cellText(type: string, style: number, value: string, inline: string, c: SheetContext): string {
  switch (type) {
    case 's':
      return c.shared[Number(value)] ?? '';
    case 'inlineStr':
      return decodeOoxmlEscapes(inline);
    case 'str':
    case 'e':
      return decodeOoxmlEscapes(value);
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
    default:
      if (value !== '' && c.dateStyles.has(style)) return serialToIsoDate(Number(value), c.date1904) ?? value;
      return excelNumberText(value);
  }
}

function sheetRows(xml: string, c: SheetContext): SheetRow[] {
  const rows: SheetRow[] = [];
  let rowNumber = 0;
  let cells: string[] = [];
  let col = -1;
  let type = 'n';
  let style = 0;
  let value = '';
  let inline = '';
  let into: 'v' | 't' | null = null;
  let phonetic = 0;
  scanXml(xml, (e) => {
    if (e.kind === 'open') {
      if (e.name === 'row') {
        rowNumber = e.attrs.r !== undefined ? Number(e.attrs.r) : rowNumber + 1;
        cells = [];
        col = -1;
      } else if (e.name === 'c') {
        col = (e.attrs.r !== undefined ? columnIndex(e.attrs.r) : undefined) ?? col + 1;
        type = e.attrs.t ?? 'n';
        style = Number(e.attrs.s ?? 0);
        value = '';
        inline = '';
      } else if (e.name === 'v') into = 'v';
      else if (e.name === 't') into = 't';
      else if (e.name === 'rPh') phonetic++;
    } else if (e.kind === 'close') {
      if (e.name === 'c') {
        const text = cellText(type, style, value, inline, c);
        // Excel stops at column XFD; a crafted reference beyond it must not make a billion-cell row.
        if (text !== '' && col >= 0 && col < MAX_COLUMNS) cells[col] = text;
      } else if (e.name === 'row') {
        if (cells.length > 0) rows.push({ rowNumber, cells: Array.from(cells, (v) => v ?? '') });
      } else if (e.name === 'v' || e.name === 't') into = null;
      else if (e.name === 'rPh') phonetic--;
    } else if (into === 'v') value += e.text;
    else if (into === 't' && phonetic === 0) inline += e.text;
  });
  return rows;
}
