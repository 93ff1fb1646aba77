import { describe, expect, it } from 'vitest';
import { isDateFormatCode, serialToIsoDate, excelNumberText } from './read-xlsx';
import { readSheetRows, readSpreadsheet, SpreadsheetError, spreadsheetFormat } from './read';
import { csvText, gbkEncode, handMadeXlsx, UTF8_BOM, xlsxBuffer, zipStore } from '../../testing/spreadsheet-files';

function ruleOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof SpreadsheetError) return e.rule;
    throw e;
  }
  throw new Error('did not throw');
}

describe('xlsx', () => {
  it('reads strings, numbers, dates, rich text and formula results of the first sheet with Excel row numbers', async () => {
    const buf = await xlsxBuffer(
      [
        ['项目名称', '开始日期', '金额', '备注'],
        ['测试 <&> "项目"', new Date(Date.UTC(2016, 2, 1)), 12000.5, { richText: [{ text: '甲' }, { text: '乙' }] }],
        [],
        ['x', '2016/3/1', 0.1 + 0.2, { formula: 'A4&"y"', result: 'xy' }],
      ],
      { extraSheet: [['不应读取']] },
    );
    const t = readSpreadsheet(buf, 'xlsx');
    expect(t.header).toEqual(['项目名称', '开始日期', '金额', '备注']);
    expect(t.headerRow).toBe(1);
    expect(t.rows).toEqual([
      { rowNumber: 2, cells: ['测试 <&> "项目"', '2016-03-01', '12000.5', '甲乙'] },
      { rowNumber: 4, cells: ['x', '2016/3/1', '0.3', 'xy'] },
    ]);
  });

  it('recognises custom Chinese date formats and pads short rows to the header width', async () => {
    const buf = await xlsxBuffer(
      [
        ['开始日期', '结束日期', '说明'],
        [new Date(Date.UTC(2024, 0, 31)), new Date(Date.UTC(2024, 11, 1))],
      ],
      { dateFormat: 'yyyy"年"m"月"d"日"' },
    );
    expect(readSpreadsheet(buf, 'xlsx').rows).toEqual([{ rowNumber: 2, cells: ['2024-01-31', '2024-12-01', ''] }]);
  });

  it('refuses files that are not .xlsx, naming old .xls files separately', () => {
    expect(ruleOf(() => readSheetRows(Buffer.from('项目名称,区县\n'), 'xlsx'))).toBe('import.notXlsx');
    const ole = Buffer.alloc(512);
    ole.writeUInt32BE(0xd0cf11e0, 0);
    expect(ruleOf(() => readSheetRows(ole, 'xlsx'))).toBe('import.legacyXls');
  });

  it('an empty workbook has no header', async () => {
    expect(ruleOf(() => readSpreadsheet(Buffer.alloc(0), 'csv'))).toBe('import.empty');
    const buf = await xlsxBuffer([]);
    expect(ruleOf(() => readSpreadsheet(buf, 'xlsx'))).toBe('import.empty');
  });

  it('converts serial days in both date systems, including Excel’s 1900 leap-year quirk', () => {
    expect(serialToIsoDate(1, false)).toBe('1900-01-01');
    expect(serialToIsoDate(59, false)).toBe('1900-02-28');
    expect(serialToIsoDate(61, false)).toBe('1900-03-01');
    expect(serialToIsoDate(42430, false)).toBe('2016-03-01');
    expect(serialToIsoDate(42430.75, false)).toBe('2016-03-01');
    expect(serialToIsoDate(0, true)).toBe('1904-01-01');
    expect(serialToIsoDate(-1, false)).toBeUndefined();
  });

  it('tells date formats from number and time formats', () => {
    expect(isDateFormatCode('yyyy-mm-dd')).toBe(true);
    expect(isDateFormatCode('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormatCode('#,##0.00')).toBe(false);
    expect(isDateFormatCode('[Red]#,##0.00;"day"')).toBe(false);
    expect(isDateFormatCode('h:mm:ss')).toBe(false);
  });

  it('shows numbers with 15 significant digits like Excel', () => {
    expect(excelNumberText('13200.000000000002')).toBe('13200');
    expect(excelNumberText('12.345')).toBe('12.345');
    expect(excelNumberText('1e3')).toBe('1000');
    expect(excelNumberText('abc')).toBe('abc');
  });
});

describe('csv', () => {
  const rows = [
    ['项目名称', '申请金额(元)', '备注'],
    ['关爱"留守"儿童, 第二期', '12,000.50', '第一行\n第二行'],
    ['社区服务', '100', ''],
  ];

  it('reads UTF-8 with and without BOM, with RFC 4180 quotes and line breaks inside fields', () => {
    for (const bytes of [Buffer.from(csvText(rows)), Buffer.concat([UTF8_BOM, Buffer.from(csvText(rows, '\n'))])]) {
      const t = readSpreadsheet(bytes, 'csv');
      expect(t.header).toEqual(rows[0]);
      expect(t.rows).toEqual([
        { rowNumber: 2, cells: rows[1] },
        { rowNumber: 3, cells: rows[2] },
      ]);
    }
  });

  it('falls back to GB18030 when the bytes are not UTF-8 (Chinese Excel’s default CSV)', () => {
    const bytes = gbkEncode('项目名称,区县,服务领域\r\n关爱老人,渝中区,扶老\r\n');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const t = readSpreadsheet(bytes, 'csv');
    expect(t.header).toEqual(['项目名称', '区县', '服务领域']);
    expect(t.rows).toEqual([{ rowNumber: 2, cells: ['关爱老人', '渝中区', '扶老'] }]);
  });

  it('reads UTF-16 tab-separated text (Excel “Unicode text”)', () => {
    const text = '项目名称\t区县\r\n助学\t万州区\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(readSpreadsheet(bytes, 'csv').rows).toEqual([{ rowNumber: 2, cells: ['助学', '万州区'] }]);
  });

  it('keeps row numbers across blank lines and empty-cell rows, and pads short rows', () => {
    const t = readSpreadsheet(Buffer.from('a,b,c\n\n,,\nx\r\ny,z'), 'csv');
    expect(t.rows).toEqual([
      { rowNumber: 4, cells: ['x', '', ''] },
      { rowNumber: 5, cells: ['y', 'z', ''] },
    ]);
  });

  it('reports an unclosed quote with the row where it opened', () => {
    let caught: unknown;
    try {
      readSheetRows(Buffer.from('a,b\n1,2\n3,"open\n4,5\n'), 'csv');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(SpreadsheetError);
    expect((caught as SpreadsheetError).rule).toBe('import.csvQuote');
    expect((caught as SpreadsheetError).params).toEqual({ row: 3 });
  });
});

it('spreadsheetFormat goes by the extension', () => {
  expect(spreadsheetFormat('申报.XLSX')).toBe('xlsx');
  expect(spreadsheetFormat('a.csv')).toBe('csv');
  expect(spreadsheetFormat('a.xls')).toBeNull();
  expect(spreadsheetFormat('xlsx')).toBeNull();
});

describe('malformed input', () => {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const workbookParts = {
    'xl/workbook.xml': `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="a" sheetId="1" r:id="r1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  };
  const refusal = (bytes: Buffer) => {
    try {
      readSpreadsheet(bytes, 'xlsx');
    } catch (e) {
      if (e instanceof SpreadsheetError) return e;
      throw e;
    }
    throw new Error('expected a SpreadsheetError');
  };

  it('refuses a workbook whose entries inflate far beyond the file, before inflating them', () => {
    // 24 MB of blanks deflate to about 24 KB: a thousandfold, as zip bombs are made.
    const sheet = `<worksheet xmlns="${ns}"><sheetData>${' '.repeat(24 * 1024 * 1024)}</sheetData></worksheet>`;
    const bomb = zipStore({ ...workbookParts, 'xl/worksheets/sheet1.xml': sheet }, { deflate: true });
    expect(bomb.length).toBeLessThan(100_000);
    const e = refusal(bomb);
    expect(e.rule).toBe('import.xlsxTooLarge');
    expect(e.params).toMatchObject({ entry: 'xl/worksheets/sheet1.xml', size: '25 MB', ratio: 200 });
  });

  it('refuses a workbook whose directory declares more than the limit in all', () => {
    const sheet = `<worksheet xmlns="${ns}"><sheetData></sheetData></worksheet>`;
    const zip = zipStore({ ...workbookParts, 'xl/worksheets/sheet1.xml': sheet });
    // Two entries declared at 150 MB each (stored, so no ratio to catch): together past the limit.
    const dir = zip.readUInt32LE(zip.length - 22 + 16);
    for (let p = dir, i = 0; i < 3; i++) {
      if (i > 0) zip.writeUInt32LE(150 * 1024 * 1024, p + 24);
      p += 46 + zip.readUInt16LE(p + 28);
    }
    expect(refusal(zip).rule).toBe('import.xlsxTooLarge');
  });

  it('refuses an entry that inflates to more than its directory declares', () => {
    const sheet = `<worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row></sheetData></worksheet>`;
    const zip = zipStore({ ...workbookParts, 'xl/worksheets/sheet1.xml': sheet }, { deflate: true });
    const dir = zip.readUInt32LE(zip.length - 22 + 16);
    let p = dir;
    for (let i = 0; i < 2; i++) p += 46 + zip.readUInt16LE(p + 28);
    zip.writeUInt32LE(10, p + 24);
    expect(refusal(zip).rule).toBe('import.notXlsx');
  });

  it('anything that is not a readable table fails as a SpreadsheetError, never as a crash', async () => {
    const { default: fc } = await import('fast-check');
    const valid = await xlsxBuffer([
      ['a', 'b'],
      [1, 'x'],
    ]);
    const arb = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      // A real workbook with bytes flipped: the zip structure and the XML inside get damaged in every way.
      fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }).map((edits) => {
        const b = Buffer.from(valid);
        for (const [i, v] of edits) b[i] = v;
        return b;
      }),
    );
    fc.assert(
      fc.property(arb, fc.constantFrom('xlsx' as const, 'csv' as const), (bytes, format) => {
        try {
          readSpreadsheet(bytes, format);
        } catch (e) {
          if (!(e instanceof SpreadsheetError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ignores cells beyond Excel’s last column instead of building a huge row', () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="ZZZZZZ1" t="inlineStr"><is><t>far</t></is></c></row></sheetData></worksheet>';
    expect(readSheetRows(handMadeXlsx(sheet), 'xlsx')).toEqual([{ rowNumber: 1, cells: ['a'] }]);
  });
});

describe('hand-written workbooks (other writers than exceljs)', () => {
  it('reads prefixed elements, inline strings, rich shared strings without phonetic guides, booleans, errors, ISO dates and escapes', () => {
    const shared = `<x:sst xmlns:x="m"><x:si><x:r><x:t>重庆</x:t></x:r><x:r><x:t xml:space="preserve"> 渝中</x:t></x:r><x:rPh sb="0" eb="2"><x:t>チョンチン</x:t></x:rPh></x:si><x:si><x:t>A&amp;B_x000D_</x:t></x:si></x:sst>`;
    const sheet = `<x:worksheet xmlns:x="m"><x:sheetData>
      <x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c></x:row>
      <x:row><x:c t="inlineStr"><x:is><x:t>行内</x:t></x:is></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="d"><x:v>2016-03-01T00:00:00</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>公式</x:v></x:c></x:row>
    </x:sheetData></x:worksheet>`;
    expect(readSheetRows(handMadeXlsx(sheet, { shared }), 'xlsx')).toEqual([
      { rowNumber: 2, cells: ['', '重庆 渝中', 'A&B\r'] },
      { rowNumber: 3, cells: ['行内', 'TRUE', '#N/A', '2016-03-01', '公式'] },
    ]);
  });

  it('dates by custom format in the 1904 system; numbers in plain styles stay numbers', () => {
    const styles = `<styleSheet><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="4"/></cellXfs></styleSheet>`;
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="2"><v>12000.5</v></c><c r="C1"><v>41000</v></c></row></sheetData></worksheet>`;
    expect(readSheetRows(handMadeXlsx(sheet, { styles, date1904: true }), 'xlsx')).toEqual([
      { rowNumber: 1, cells: ['1904-01-01', '12000.5', '41000'] },
    ]);
  });
});
