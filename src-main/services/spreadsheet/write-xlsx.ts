import { DeflateSink, packEntry, zip, type PackedEntry } from './zip-write';
import { isAmountCell, isDateCell, isRatioCell, type Cell, type SheetSpec } from './write';

/**
 * A minimal SpreadsheetML (.xlsx) writer, synchronous like the reader next to it: exports run inside the
 * op's SQLite transaction (the export is logged in the same transaction), and exceljs writes only through
 * promises. Cells are numbers, booleans, ASCII text inline and other text in the shared strings; row 1 is bold
 * and frozen.
 */

/** Excel refuses longer cell texts. */
export const XLSX_MAX_CELL_CHARS = 32_767;

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Surrogate}/gu;

/** Anything xmlText would change: most cells have none of it and are returned as they are. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>"_]|\p{Surrogate}/u;

function xmlText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return (
    s
      .replace(INVALID_XML, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Excel reads "_x0041_" as an escaped character; escaping the underscore keeps such text literal.
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
  );
}

function truncated(s: string): string {
  if (s.length <= XLSX_MAX_CELL_CHARS) return s;
  const note = `…（已截断，原文 ${s.length} 字符）`;
  return s.slice(0, XLSX_MAX_CELL_CHARS - note.length) + note;
}

export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Style 2: an amount in yuan, #,##0.00 (built-in number format 4). */
const AMOUNT_STYLE = ' s="2"';
/** Styles 3–5: a date (yyyy-mm-dd), a date with time (yyyy-mm-dd hh:mm), a percentage (0.00%, built-in 10). */
const DATE_STYLE = ' s="3"';
const DATE_TIME_STYLE = ' s="4"';
const RATIO_STYLE = ' s="5"';

/** Excel's serial day number of a wall-clock date-time (days since 1899-12-30; no time zone involved). */
export function excelSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, se] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  const ms = Date.UTC(y!, mo! - 1, d!, h, mi, se);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d) return null;
  return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Leading or trailing white space, which XML parsers drop from a <t> unless told to keep it. */
function edgeSpace(s: string): boolean {
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return first <= 32 || last <= 32 || first === 0x3000 || last === 0x3000;
}

/** A <t> element's content, keeping edge white space. */
function tXml(value: string): string {
  const text = xmlText(truncated(value));
  return edgeSpace(value) ? `<t xml:space="preserve">${text}</t>` : `<t>${text}</t>`;
}

// eslint-disable-next-line no-control-regex
const NOT_ASCII = /[^\u0000-\u007F]/;

/**
 * The workbook's shared strings: text beyond ASCII (Chinese names, labels, payees) is stored once and referred
 * to by number, so the sheet's XML stays ASCII, which encodes to UTF-8 far faster, and a label repeated on
 * every row is written once. ASCII text (voucher numbers, dates) stays inline, keeping the table small.
 */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly xml: string[] = [];
  count = 0;

  ref(value: string): number {
    this.count++;
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.xml.length;
      this.index.set(value, i);
      this.xml.push(`<si>${tXml(value)}</si>`);
    }
    return i;
  }

  part(): PackedEntry {
    const sink = new DeflateSink();
    sink.write(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.xml.length}">`);
    for (let i = 0; i < this.xml.length; i += 1000) sink.write(this.xml.slice(i, i + 1000).join(''));
    sink.write('</sst>');
    return sink.end();
  }
}

function cellXml(ref: string, value: Cell, style: string, shared: SharedStrings): string {
  // Text first: most cells are text.
  if (typeof value === 'string') {
    if (value === '') return '';
    if (NOT_ASCII.test(value)) return `<c r="${ref}"${style} t="s"><v>${shared.ref(value)}</v></c>`;
    return `<c r="${ref}"${style} t="inlineStr"><is>${tXml(value)}</is></c>`;
  }
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? `<c r="${ref}"${style}><v>${value}</v></c>`
      : cellXml(ref, String(value), style, shared);
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (isAmountCell(value)) return `<c r="${ref}"${AMOUNT_STYLE}><v>${value.fen / 100}</v></c>`;
  if (isDateCell(value)) {
    const serial = excelSerial(value.date);
    if (serial === null) return cellXml(ref, value.date, style, shared);
    return `<c r="${ref}"${value.date.length > 10 ? DATE_TIME_STYLE : DATE_STYLE}><v>${serial}</v></c>`;
  }
  if (isRatioCell(value)) {
    if (!Number.isFinite(value.ratio)) return '';
    return `<c r="${ref}"${RATIO_STYLE}><v>${value.ratio}</v></c>`;
  }
  return '';
}

/** Sheet XML, deflated as it is written row by row: a 200,000-row sheet is never held whole. */
function sheetXml(sheet: SheetSpec, shared: SharedStrings): PackedEntry {
  const sink = new DeflateSink();
  let part = XML_HEAD + `<worksheet xmlns="${NS_MAIN}">`;
  part +=
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  if (sheet.widths?.length) {
    part += '<cols>';
    sheet.widths.forEach((w, i) => {
      part += `<col min="${i + 1}" max="${i + 1}" width="${Math.max(1, Math.min(255, w))}" customWidth="1"/>`;
    });
    part += '</cols>';
  }
  part += '<sheetData>';
  const columns: string[] = [];
  const addRow = (r: number, cells: readonly Cell[], style: string) => {
    let xml = `<row r="${r}">`;
    for (let i = 0; i < cells.length; i++)
      xml += cellXml(`${(columns[i] ??= columnName(i))}${r}`, cells[i], style, shared);
    part += xml + '</row>';
    // Rows go to the deflater in batches of about 64 KB rather than one by one.
    if (part.length > 1 << 16) {
      sink.write(part);
      part = '';
    }
  };
  addRow(1, sheet.headers, ' s="1"');
  let r = 1;
  for (const row of sheet.rows) addRow(++r, row, '');
  if (sheet.after?.length) {
    r++;
    for (const row of sheet.after) addRow(++r, row, ' s="1"');
  }
  sink.write(part + '</sheetData></worksheet>');
  return sink.end();
}

const STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${NS_MAIN}">` +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>' +
  '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>' +
  '<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetNames(sheets: readonly SheetSpec[]): string[] {
  const used = new Set<string>();
  return sheets.map((s, i) => {
    let name = s.name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || `Sheet${i + 1}`;
    while (used.has(name.toLowerCase())) name = `${name.slice(0, 28)}_${i + 1}`;
    used.add(name.toLowerCase());
    return name;
  });
}

export function xlsxBuffer(sheets: readonly SheetSpec[]): Buffer {
  if (sheets.length === 0) throw new Error('an .xlsx needs at least one sheet');
  const names = sheetNames(sheets);
  const shared = new SharedStrings();
  const sheetEntries = sheets.map((s, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    entry: sheetXml(s, shared),
  }));
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ` +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    )
    .join('');
  const contentTypes =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ' +
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ' +
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ' +
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    overrides +
    '</Types>';
  const rootRels =
    XML_HEAD +
    `<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" ` +
    `Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    XML_HEAD +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>` +
    names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>';
  const workbookRels =
    XML_HEAD +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    sheets
      .map(
        (_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheets.length + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  return zip([
    { name: '[Content_Types].xml', entry: packEntry(Buffer.from(contentTypes)) },
    { name: '_rels/.rels', entry: packEntry(Buffer.from(rootRels)) },
    { name: 'xl/workbook.xml', entry: packEntry(Buffer.from(workbook)) },
    { name: 'xl/_rels/workbook.xml.rels', entry: packEntry(Buffer.from(workbookRels)) },
    { name: 'xl/styles.xml', entry: packEntry(Buffer.from(STYLES)) },
    { name: 'xl/sharedStrings.xml', entry: shared.part() },
    ...sheetEntries,
  ]);
}
