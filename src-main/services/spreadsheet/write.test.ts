import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from './read';
import { csvField, neutraliseFormula, toCsv, writeSpreadsheet, type Cell } from './write';
import { columnName, XLSX_MAX_CELL_CHARS } from './write-xlsx';

const HEADERS = ['序号', '名称', '金额', '备注'];
const ROWS: Cell[][] = [
  [1, '重庆市渝中区心语社会工作服务中心', 1234.5, null],
  [2, '=HYPERLINK("http://evil","点我")', -3, 'a,b'],
  [3, '+1', 0, 'line1\nline2 "quoted"'],
  [4, '-5', true, '@SUM(A1)'],
  [5, '😀 emoji', false, '\tTAB'],
];

async function readXlsx(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

/** RFC 4180, as a spreadsheet program reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('writeSpreadsheet xlsx', () => {
  it('writes a workbook exceljs reads back cell for cell, typed', async () => {
    const file = writeSpreadsheet('xlsx', { name: '操作日志', headers: HEADERS, rows: ROWS, widths: [8, 40, 12, 20] });
    expect(file.extension).toBe('xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = await readXlsx(file.buffer);
    const ws = wb.getWorksheet('操作日志')!;
    const read = values(ws);
    expect(read[0]).toEqual(HEADERS);
    // Text stays text (no formula), numbers and booleans keep their type, empty cells stay empty.
    const expected = ROWS.map((r) => r.map((v) => (v === null ? undefined : v)));
    // exceljs leaves trailing empty cells out of a row.
    expected[0]!.pop();
    expect(read.slice(1)).toEqual(expected);
    expect(ws.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('holds further sheets, with safe unique names', async () => {
    const buf = writeSpreadsheet(
      'xlsx',
      { name: 'a/b:c', headers: ['x'], rows: [[1]] },
      { name: '说明', headers: ['项目', '内容'], rows: [['链头哈希', 'ab'.repeat(32)]] },
      { name: '说明', headers: ['y'], rows: [] },
    ).buffer;
    const wb = await readXlsx(buf);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['a_b_c', '说明', '说明_3']);
    expect(values(wb.getWorksheet('说明')!)).toEqual([
      ['项目', '内容'],
      ['链头哈希', 'ab'.repeat(32)],
    ]);
  });

  it('cuts text beyond Excel’s cell limit and says so, and replaces characters XML cannot carry', async () => {
    const long = '中'.repeat(XLSX_MAX_CELL_CHARS + 10);
    const buf = writeSpreadsheet('xlsx', {
      name: 's',
      headers: ['t'],
      rows: [[long], ['a\u0000b\u0008c\ud800'], ['<&>']],
    }).buffer;
    const read = values((await readXlsx(buf)).worksheets[0]!);
    const cut = read[1]![0] as string;
    expect(cut.length).toBe(XLSX_MAX_CELL_CHARS);
    expect(cut).toMatch(/（已截断，原文 32777 字符）$/);
    expect(read[2]).toEqual(['a\ufffdb\ufffdc\ufffd']);
    expect(read[3]).toEqual(['<&>']);
  });

  it('escapes text Excel would read as an _xHHHH_ character code', () => {
    const buf = writeSpreadsheet('xlsx', { name: 's', headers: ['t'], rows: [['_x0041_']] }).buffer;
    expect(sheetXml(buf)).toContain('_x005F_x0041_');
  });

  it('streams a large sheet from a generator', async () => {
    function* rows() {
      for (let i = 1; i <= 20_000; i++) yield [i, `第${i}行`, '{"k":"v"}'];
    }
    const buf = writeSpreadsheet('xlsx', { name: 's', headers: ['n', 't', 'j'], rows: rows() }).buffer;
    const ws = (await readXlsx(buf)).worksheets[0]!;
    expect(ws.rowCount).toBe(20_001);
    expect(ws.getCell('B20001').value).toBe('第20000行');
  });

  it('stores text beyond ASCII once in the shared strings, keeps the sheet ASCII and edge spaces intact', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`V-${i}`, '财政资金', i % 2 ? '是' : '否', ' 前后空格 ', ' x']);
    const buf = writeSpreadsheet('xlsx', { name: 's', headers: ['a', 'b', 'c', 'd', 'e'], rows }).buffer;
    const sheet = sheetXml(buf);
    expect([...sheet].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
    const shared = entryXml(buf, 'xl/sharedStrings.xml');
    // Each distinct text once, however many cells show it.
    expect(shared.match(/<si>/g)).toHaveLength(4);
    expect(shared.split('财政资金')).toHaveLength(2);
    const read = values((await readXlsx(buf)).worksheets[0]!);
    expect(read.slice(1)).toEqual(rows);
    expect(readSpreadsheet(buf, 'xlsx').rows.map((r) => r.cells)).toEqual(rows);
  });

  it('names columns like Excel', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

/** One entry of the zip, inflated (local headers in order). */
function entryXml(buf: Buffer, entry: string): string {
  let p = 0;
  while (buf.readUInt32LE(p) === 0x04034b50) {
    const size = buf.readUInt32LE(p + 18);
    const nameLen = buf.readUInt16LE(p + 26);
    const start = p + 30 + nameLen + buf.readUInt16LE(p + 28);
    if (buf.subarray(p + 30, p + 30 + nameLen).toString('utf8') === entry)
      return inflateRawSync(buf.subarray(start, start + size)).toString('utf8');
    p = start + size;
  }
  throw new Error(`no ${entry} in the file`);
}

const sheetXml = (buf: Buffer) => entryXml(buf, 'xl/worksheets/sheet1.xml');

describe('writeSpreadsheet csv', () => {
  const file = writeSpreadsheet('csv', { name: 'ignored', headers: HEADERS, rows: ROWS });
  const text = file.buffer.toString('utf8');

  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    expect([...file.buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.mimeType).toBe('text/csv; charset=utf-8');
    expect(text.slice(1).split('\r\n')[0]).toBe('序号,名称,金额,备注');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('parses back to the same table, with formula-looking text neutralised', () => {
    expect(parseCsv(text.slice(1))).toEqual([
      HEADERS,
      ['1', '重庆市渝中区心语社会工作服务中心', '1234.5', ''],
      ['2', `'=HYPERLINK("http://evil","点我")`, '-3', 'a,b'],
      ['3', "'+1", '0', 'line1\nline2 "quoted"'],
      ['4', "'-5", 'TRUE', "'@SUM(A1)"],
      ['5', '😀 emoji', 'FALSE', "'\tTAB"],
    ]);
  });

  it('quotes by RFC 4180 and neutralises only text', () => {
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(['=1', '+1', '-1', '@x', '\tx', '\rx', 'x=1', ' =1'].map(neutraliseFormula)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@x",
      "'\tx",
      "'\rx",
      'x=1',
      ' =1',
    ]);
  });

  it('keeps every character of long text', () => {
    const long = 'x'.repeat(40_000);
    expect(toCsv(['t'], [[long]]).toString('utf8')).toBe(`\uFEFFt\r\n${long}\r\n`);
  });
});
