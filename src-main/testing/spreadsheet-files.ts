import ExcelJS from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Test support: real files as users make them. `gbkEncode` is a small hand-made GBK encoder built by inverting
 * the platform's GBK decoder over the two-byte range, because Node can decode GBK but not encode it.
 */
let gbkTable: Map<string, number[]> | undefined;

export function gbkEncode(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

export type CellValue = string | number | Date | null | ExcelJS.CellValue;

/** An .xlsx with one sheet (plus an optional second one), written by exceljs as Excel users' files are. */
export async function xlsxBuffer(
  rows: CellValue[][],
  opts: { sheetName?: string; extraSheet?: CellValue[][]; dateFormat?: string } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheetName ?? 'Sheet1');
  for (const row of rows) {
    const added = ws.addRow(row);
    if (opts.dateFormat)
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = opts.dateFormat!;
      });
  }
  if (opts.extraSheet) wb.addWorksheet('说明').addRows(opts.extraSheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** RFC 4180 text from rows of strings, quoting where needed. */
export function csvText(rows: string[][], eol = '\r\n'): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
}

export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * A stored (uncompressed) zip of the given text entries: for hand-written .xlsx parts that exceljs never makes.
 * With `deflate`, entries are compressed as Excel's are (and as a zip bomb's are).
 */
export function zipStore(entries: Record<string, string>, opts: { deflate?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const raw = Buffer.from(text, 'utf8');
    const data = opts.deflate ? deflateRawSync(raw) : raw;
    const method = opts.deflate ? 8 : 0;
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A minimal workbook around one hand-written sheet XML (and optional shared strings and styles). */
export function handMadeXlsx(
  sheetXml: string,
  parts: { shared?: string; styles?: string; date1904?: boolean } = {},
): Buffer {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const entries: Record<string, string> = {
    'xl/workbook.xml': `<workbook xmlns="${ns}" xmlns:r="${rel}"><workbookPr${parts.date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="数据" sheetId="1" r:id="rId7"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${rel}/worksheet" Target="worksheets/data.xml"/></Relationships>`,
    'xl/worksheets/data.xml': sheetXml,
  };
  if (parts.shared) entries['xl/sharedStrings.xml'] = parts.shared;
  if (parts.styles) entries['xl/styles.xml'] = parts.styles;
  return zipStore(entries);
}
