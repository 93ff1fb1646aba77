import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { iterateApplicationsForExport } from '../../db/applications-list-repo';
import { recordSubmission, setApproved, setApplicationState, setMeanScore } from '../../db/applications-repo';
import { readSpreadsheet } from '../spreadsheet/read';
import { ZipReader } from '../spreadsheet/unzip';
import { csvText, UTF8_BOM } from '../../testing/spreadsheet-files';
import { EXPORT_HEADERS, exportApplications } from './export';
import { importApplications } from './import';
import { template } from './template';
import { openTransferFixture, TEMPLATE_HEADER, validRow, type TransferFixture } from '../../testing/transfer';

let f: TransferFixture;
beforeEach(() => {
  f = openTransferFixture(20);
});
afterEach(() => f.close());

const all = { search: '', filters: {}, sort: [] };
const apps = (fx: TransferFixture) => Array.from(iterateApplicationsForExport(fx.app.db, all, 0));

const FORMULA_NAME = '=HYPERLINK("http://evil.example","点这里")';

/** A varied set: quotes, commas, line breaks and a would-be formula in names, odd fen amounts, both programs. */
function seed(): void {
  const rows = [
    TEMPLATE_HEADER,
    validRow(1, { 项目名称: '关爱"留守"儿童, 第二期\n（城区）', '申请金额(元)': '0.01', '配套资金(元)': '999,999.99' }),
    validRow(2, { 项目名称: FORMULA_NAME, 区县: '市级', 服务领域: '心理辅导' }),
    validRow(3, { 资金计划编号: 'CQ-FC-2016', 项目类别: 'A', 开始日期: '2016/1/1', 结束日期: '2016/12/31' }),
    validRow(4, { 项目名称: '+SUM(1,2)', '申请金额(元)': '123456789.07' }),
    validRow(5, { 项目名称: '-2+3', 区县: '石柱土家族自治县' }),
  ];
  f.run((ctx) =>
    importApplications(ctx, { fileName: 'seed.csv', contentBase64: Buffer.from(csvText(rows)).toString('base64') }),
  );
}

function comparable(fx: TransferFixture) {
  return apps(fx).map((a) => ({
    name: a.name,
    credit: a.organizationCreditCode,
    program: a.programCode,
    classCode: a.classCode,
    serviceArea: a.serviceArea,
    district: a.districtCode,
    kind: a.projectKind,
    start: a.periodStart,
    end: a.periodEnd,
    requested: a.requestedFen,
    matching: a.matchingFen,
  }));
}

describe('export', () => {
  it.each(['xlsx', 'csv'] as const)(
    'exported %s imports again into an empty database as the same applications',
    (format) => {
      seed();
      const file = f.run((ctx) => exportApplications(ctx, { format, ...all }));
      expect(file.rowCount).toBe(5);
      expect(file.fileName).toBe(`申报项目_20240501-080000.${format}`);
      const other = openTransferFixture(20);
      try {
        const result = other.run((ctx) =>
          importApplications(ctx, { fileName: `back.${format}`, contentBase64: file.base64 }),
        );
        expect(result.imported).toBe(5);
        expect(comparable(other)).toEqual(comparable(f));
        expect(comparable(other)[0]).toMatchObject({
          name: '关爱"留守"儿童, 第二期\n（城区）',
          requested: 1,
          matching: 99_999_999,
        });
        expect(comparable(other)[3]).toMatchObject({ requested: 12_345_678_907 });
      } finally {
        other.close();
      }
    },
  );

  it('writes the template columns, then kind, code, Chinese state, organization, approved amount, score, time', async () => {
    seed();
    const [first, second] = apps(f);
    f.run((ctx) => {
      setApplicationState(ctx.db, first!.id, 'in_notice', ctx.now.toISOString());
      recordSubmission(ctx.db, first!.id, f.officer.id, '2024-04-01T02:03:04.000Z');
      setMeanScore(ctx.db, first!.id, 8_750);
      setApproved(ctx.db, second!.id, 5_000_000, ctx.now.toISOString());
    });
    const file = f.run((ctx) => exportApplications(ctx, { format: 'xlsx', ...all }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('申报项目');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...EXPORT_HEADERS]);
    expect(EXPORT_HEADERS.slice(10)).toEqual([
      '项目类型',
      '申报编号',
      '状态',
      '机构名称',
      '批准金额(元)',
      '评审均分',
      '提交时间',
    ]);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([
      '关爱"留守"儿童, 第二期\n（城区）',
      first!.organizationCreditCode,
      'CQ-ZY-2015',
      'C',
      '扶老',
      '渝中区',
      '2015-03-01',
      '2015-12-31',
      '0.01',
      '999999.99',
      '社会工作服务项目',
      'SB-2015-0001',
      '公示中',
      '重庆市渝中区第1社会工作服务中心',
      undefined,
      87.5,
      '2024-04-01T02:03:04.000Z',
    ]);
    expect((ws.getRow(3).values as unknown[]).slice(1)).toMatchObject({ 5: '重庆市', 12: '已立项', 14: '50000.00' });
    expect(ws.getColumn(1).width).toBe(36);
    expect(wb.worksheets[1]!.name).toBe('说明');
  });

  it('exports only what the list query selects, in its order, and records the export', () => {
    seed();
    const input = {
      format: 'csv' as const,
      search: '',
      filters: { year: 2015 },
      sort: [{ id: 'requestedFen' as const, desc: true }],
    };
    const { file, changes } = f.run((ctx) => ({ file: exportApplications(ctx, input), changes: ctx.changes }));
    expect(file.rowCount).toBe(4);
    expect(file.mimeType).toBe('text/csv; charset=utf-8');
    const table = readSpreadsheet(Buffer.from(file.base64, 'base64'), 'csv');
    expect(table.rows.map((r) => r.cells[11])).toEqual([
      'SB-2015-0003',
      'SB-2015-0004',
      'SB-2015-0002',
      'SB-2015-0001',
    ]);
    expect(changes).toEqual([
      {
        entityType: 'export',
        entityId: 'applications',
        before: null,
        after: {
          format: 'csv',
          search: '',
          filters: { year: 2015 },
          sort: input.sort,
          rows: 4,
          fileName: file.fileName,
        },
      },
    ]);
  });

  it('neutralises formulas: an apostrophe in CSV, text cells (never formulas) in .xlsx', async () => {
    seed();
    const csv = Buffer.from(f.run((ctx) => exportApplications(ctx, { format: 'csv', ...all })).base64, 'base64');
    expect(csv.subarray(0, 3)).toEqual(UTF8_BOM);
    const text = csv.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点这里"")"`);
    expect(text).toContain(`"'+SUM(1,2)"`);
    expect(text).toContain(`\r\n'-2+3,`);
    expect(text).not.toMatch(/(^|,)[=+@]/m);
    const xlsx = Buffer.from(f.run((ctx) => exportApplications(ctx, { format: 'xlsx', ...all })).base64, 'base64');
    const sheet = new ZipReader(xlsx).text('xl/worksheets/sheet1.xml')!;
    expect(sheet).not.toContain('<f>');
    // Read back as Excel would: the cell holds the text itself, as a string, not a formula.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const link = cells.find((c) => String(c.value).startsWith('=HYPERLINK'));
    expect(link?.value).toBe('=HYPERLINK("http://evil.example","点这里")');
    expect(link?.type).toBe(ExcelJS.ValueType.String);
  });
});

describe('template', () => {
  it('.xlsx: the header row with widths, and a 说明 sheet listing classes per program, areas and districts', async () => {
    const file = f.run((ctx) => template(ctx, { format: 'xlsx' }));
    expect(file).toMatchObject({ fileName: '申报项目导入模板.xlsx', rowCount: 0 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const [sheet, notes] = wb.worksheets;
    expect((sheet!.getRow(1).values as unknown[]).slice(1)).toEqual(TEMPLATE_HEADER);
    expect(sheet!.rowCount).toBe(1);
    expect(sheet!.getColumn(2).width).toBe(26);
    expect(notes!.name).toBe('说明');
    const rows = notes!
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1, 4));
    expect(rows).toContainEqual(['项目类别', 'A', '发展示范项目']);
    expect(rows).toContainEqual(['项目类别', 'C', '社区微项目']);
    expect(rows).toContainEqual(['服务领域', '社会支持网络', 'support_network']);
    expect(rows).toContainEqual(['区县', '渝中区', '500103']);
    expect(rows).toContainEqual(['区县', '市级', '500000']);
    expect(rows).toContainEqual(['项目类型', '志愿服务组织项目', 'volunteer']);
    expect(rows.filter((r) => r[0] === '区县')).toHaveLength(39);
  });

  it('.csv: the header line alone, UTF-8 with BOM', () => {
    const file = f.run((ctx) => template(ctx, { format: 'csv' }));
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toBe('\uFEFF' + TEMPLATE_HEADER.join(',') + '\r\n');
  });
});
