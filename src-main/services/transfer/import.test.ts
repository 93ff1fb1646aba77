import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ruleMessage, type ImportRowError, type Locale } from '../../contract/index';
import { countApplications, iterateApplicationsForExport } from '../../db/applications-list-repo';
import { AppError } from '../app-error';
import { csvText, gbkEncode, UTF8_BOM, xlsxBuffer } from '../../testing/spreadsheet-files';
import { rowErrorLine } from './check';
import { importApplications, importPreview } from './import';
import { openTransferFixture, orgCode, TEMPLATE_HEADER, validRow, type TransferFixture } from '../../testing/transfer';

let f: TransferFixture;
beforeEach(() => {
  f = openTransferFixture();
});
afterEach(() => f.close());

const csvUpload = (rows: string[][], fileName = 'applications.csv') => ({
  fileName,
  contentBase64: Buffer.concat([UTF8_BOM, Buffer.from(csvText(rows))]).toString('base64'),
});

function rejection(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

function lines(errors: ImportRowError[], locale: Locale = 'zh'): string[] {
  return errors.map((e) => rowErrorLine(e, locale));
}

const fullWidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const apps = () => Array.from(iterateApplicationsForExport(f.app.db, { search: '', filters: {}, sort: [] }, 0));

describe('import applications', () => {
  it('imports every row of a clean file as drafts, amounts exact to the fen, and logs the import', () => {
    const rows = [TEMPLATE_HEADER, validRow(1), validRow(2, { '申请金额(元)': '12,000.50', '配套资金(元)': '' })];
    const result = f.run((ctx) => {
      const r = importApplications(ctx, csvUpload(rows));
      expect(ctx.changes.filter((c) => c.entityType === 'application')).toHaveLength(2);
      expect(ctx.changes.at(-1)).toMatchObject({ entityType: 'import', entityId: 'applications' });
      return r;
    });
    expect(result).toMatchObject({ rows: 2, imported: 2, errors: [] });
    const [a, b] = apps();
    expect(a).toMatchObject({
      code: 'SB-2015-0001',
      state: 'draft',
      name: '“阳光助老”社区服务项目第1期',
      programCode: 'CQ-ZY-2015',
      organizationCreditCode: orgCode(1),
      classCode: 'C',
      serviceArea: 'elderly',
      districtCode: '500103',
      projectKind: 'social_work',
      periodStart: '2015-03-01',
      periodEnd: '2015-12-31',
      requestedFen: 10_000_151,
      matchingFen: 2_000_000,
    });
    expect(b).toMatchObject({ code: 'SB-2015-0002', requestedFen: 1_200_050, matchingFen: 0 });
  });

  it('matches headers by English alias, ignoring spaces, full-width parentheses, case, order and unknown columns', async () => {
    const header = [
      '备注',
      'END DATE',
      'project name',
      'Organization Credit Code',
      'fund program code',
      'class',
      'Service area',
      ' District ',
      'Start date',
      '申请金额（元）',
      'Matching funds (yuan)',
      '项 目 类 型',
    ];
    const row = ['随便写', new Date(Date.UTC(2016, 11, 31)), '助残项目', orgCode(3), 'cq-fc-2016', 'b', 'disability'];
    const rest = ['500101', '2016/3/1', 80000, '8000', '志愿服务组织项目'];
    const buf = await xlsxBuffer([header, [...row, ...rest]]);
    const result = f.run((ctx) =>
      importApplications(ctx, { fileName: 'a.XLSX', contentBase64: buf.toString('base64') }),
    );
    expect(result.imported).toBe(1);
    expect(apps()[0]).toMatchObject({
      programCode: 'CQ-FC-2016',
      classCode: 'B',
      serviceArea: 'disability',
      districtCode: '500101',
      periodStart: '2016-03-01',
      periodEnd: '2016-12-31',
      requestedFen: 8_000_000,
      matchingFen: 800_000,
      projectKind: 'volunteer',
      code: 'SB-2016-0001',
    });
  });

  it('accepts district names, 市级, 6-digit codes, service-area codes and class names', () => {
    const rows = [
      TEMPLATE_HEADER,
      validRow(1, { 区县: '市级', 服务领域: 'community', 项目类别: '社会工作服务示范项目' }),
      validRow(2, { 区县: '重庆市', 服务领域: '社会支持网络' }),
      validRow(3, { 区县: '500243', 开始日期: '2015年3月1日' }),
      // Credit codes as typed: lower case, padded, or with a Chinese IME's full-width characters.
      validRow(4, { 申报机构统一社会信用代码: ` ${orgCode(4).toLowerCase()} ` }),
      validRow(5, { 申报机构统一社会信用代码: fullWidth(orgCode(5)) }),
    ];
    expect(f.run((ctx) => importApplications(ctx, csvUpload(rows))).imported).toBe(5);
    expect(apps().map((a) => [a.districtCode, a.serviceArea, a.classCode, a.organizationCreditCode])).toEqual([
      ['500000', 'community', 'C', orgCode(1)],
      ['500000', 'support_network', 'C', orgCode(2)],
      ['500243', 'elderly', 'C', orgCode(3)],
      ['500103', 'elderly', 'C', orgCode(4)],
      ['500103', 'elderly', 'C', orgCode(5)],
    ]);
  });

  it('names every failing cell as 第N行 列名: 原因, with the rule, all at once', () => {
    const good = orgCode(1);
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const header = [...TEMPLATE_HEADER, '项目类型'];
    const row = (i: number, o: Record<string, string>) => [...validRow(i, o), o['项目类型'] ?? ''];
    const rows = [
      header,
      row(1, { 项目名称: '', 申报机构统一社会信用代码: wrongCheck }),
      row(2, { 申报机构统一社会信用代码: good.slice(0, 17) }),
      row(3, { 申报机构统一社会信用代码: 'I' + good.slice(1) }),
      row(4, { 申报机构统一社会信用代码: orgCode(999) }),
      row(5, { 资金计划编号: 'CQ-XX-2099', 项目类别: 'Z' }),
      row(6, { 项目类别: 'E' }),
      row(7, { 服务领域: '养老', 区县: '成都市' }),
      row(8, { 开始日期: '2015-3', 结束日期: '2015-02-30' }),
      row(9, { 开始日期: '2015-06-01', 结束日期: '2015-05-31' }),
      row(10, { '申请金额(元)': '12.345', '配套资金(元)': '-1' }),
      row(11, { '申请金额(元)': '十万', 项目类型: '其他项目' }),
      row(12, { '申请金额(元)': '0', 项目名称: '项'.repeat(101) }),
      row(13, { '申请金额(元)': '' }),
    ];
    const e = rejection(() => f.run((ctx) => importApplications(ctx, csvUpload(rows))));
    expect(e.kind).toBe('RuleViolation');
    expect(e.rule).toBe('import.rowErrors');
    const errors = e.params.rowErrors as ImportRowError[];
    expect(lines(errors)).toEqual([
      '第2行 项目名称: 不能为空',
      `第2行 申报机构统一社会信用代码: 校验位错误：第 18 位应为“${good[17]}”`,
      '第3行 申报机构统一社会信用代码: 应为 18 位，当前为 17 位',
      '第4行 申报机构统一社会信用代码: 第 1 位“I”不是有效字符（不含 I、O、S、V、Z）',
      `第5行 申报机构统一社会信用代码: 没有统一社会信用代码为“${orgCode(999)}”的机构，请先在“机构管理”中登记该机构`,
      '第6行 资金计划编号: 资金计划编号“CQ-XX-2099”不存在',
      '第7行 项目类别: 资金计划“CQ-ZY-2015”的规则集中没有项目类别“E”（可选：A 发展示范项目、B 承接社会服务试点项目、C 社会工作服务示范项目、D 人员培训示范项目）',
      '第8行 服务领域: “养老”不是服务领域（可选：扶贫、济困、扶老、救孤、恤病、助残、救灾、助医、助学、社区服务、心理辅导、社会支持网络）',
      '第8行 区县: “成都市”不是重庆市的区县：请填写区县名称（如“渝中区”）或 6 位代码（如 500103），市级项目填“市级”',
      '第9行 开始日期: “2015-3”不是日期，应为 YYYY-MM-DD 或 YYYY/M/D（如 2016-03-01）',
      '第9行 结束日期: “2015-02-30”不是存在的日期',
      '第10行 结束日期: 不能早于开始日期',
      '第11行 申请金额(元): 最多两位小数（精确到分）',
      '第11行 配套资金(元): 不能为负数',
      '第12行 申请金额(元): 不是有效金额',
      '第12行 项目类型: “其他项目”不是项目类型（可选：社会工作服务项目、志愿服务组织项目、人员培训项目）',
      '第13行 项目名称: 不能超过 100 个字符',
      '第13行 申请金额(元): 申请金额必须大于 0',
      '第14行 申请金额(元): 不能为空',
    ]);
    expect(e.params).toMatchObject({ rows: 13, badRows: 13, count: 19 });
    expect(countApplications(f.app.db)).toBe(0);
  });

  it('says the same in English, naming the columns as the file does', () => {
    const rows = [TEMPLATE_HEADER, validRow(1, { 区县: 'Atlantis', '申请金额(元)': '1.234' })];
    const result = f.run((ctx) => importPreview(ctx, csvUpload(rows)), 'en');
    expect(lines(result.errors, 'en')).toEqual([
      'Row 2 区县: "Atlantis" is not a Chongqing district: give its name (e.g. 渝中区 or Yuzhong District) or 6-digit code (e.g. 500103), or 市级 for the municipal level',
      'Row 2 申请金额(元): may have at most 2 decimals (fen)',
    ]);
  });

  it('refuses a time after a date that is no time of day, saying what was expected, and imports nothing', () => {
    const rows = [
      TEMPLATE_HEADER,
      validRow(1, { 开始日期: '2015-06-01 09:30', 结束日期: '2015-12-10 25:99' }),
      validRow(2, { 开始日期: '2015-06-01 99:99:99.9' }),
    ];
    const e = rejection(() => f.run((ctx) => importApplications(ctx, csvUpload(rows))));
    expect(lines(e.params.rowErrors as ImportRowError[])).toEqual([
      '第2行 结束日期: “2015-12-10 25:99”中日期后的时间无效：应为 00:00 至 23:59:59 之间的时间（如 2016-03-01 09:30），或只填日期',
      '第3行 开始日期: “2015-06-01 99:99:99.9”中日期后的时间无效：应为 00:00 至 23:59:59 之间的时间（如 2016-03-01 09:30），或只填日期',
    ]);
    expect(countApplications(f.app.db)).toBe(0);
  });

  it('is all or nothing: one bad row among 50 imports nothing and every error is listed', () => {
    const rows = [TEMPLATE_HEADER, ...Array.from({ length: 50 }, (_, i) => validRow(i + 1))];
    rows[17] = validRow(17, { 开始日期: 'soon', 区县: '火星' });
    const e = rejection(() => f.run((ctx) => importApplications(ctx, csvUpload(rows))));
    expect(lines(e.params.rowErrors as ImportRowError[]).map((l) => l.split(':')[0])).toEqual([
      '第18行 区县',
      '第18行 开始日期',
    ]);
    expect(e.params).toMatchObject({ rows: 50, badRows: 1, count: 2 });
    expect(countApplications(f.app.db)).toBe(0);
    // The same file without the bad row goes in whole.
    rows[17] = validRow(17);
    expect(f.run((ctx) => importApplications(ctx, csvUpload(rows))).imported).toBe(50);
    expect(countApplications(f.app.db)).toBe(50);
  });

  it('the preview (dry run) reports errors and what would be imported, and writes nothing', () => {
    const rows = [TEMPLATE_HEADER, validRow(1), validRow(2), validRow(3, { 项目类别: 'Q' })];
    const result = f.run((ctx) => {
      const r = importPreview(ctx, csvUpload(rows));
      expect(ctx.changes).toEqual([]);
      return r;
    });
    expect(result.imported).toBe(0);
    expect(result.rows).toBe(3);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[4, '项目类别']]);
    expect(result.preview).toEqual([
      {
        row: 2,
        name: '“阳光助老”社区服务项目第1期',
        organization: '重庆市渝中区第1社会工作服务中心',
        program: 'CQ-ZY-2015',
        requestedFen: 10_000_151,
      },
      {
        row: 3,
        name: '“阳光助老”社区服务项目第2期',
        organization: '重庆市渝中区第2社会工作服务中心',
        program: 'CQ-ZY-2015',
        requestedFen: 10_000_252,
      },
    ]);
    expect(countApplications(f.app.db)).toBe(0);
  });

  it('finds duplicates within the file and against live applications', () => {
    f.run((ctx) => importApplications(ctx, csvUpload([TEMPLATE_HEADER, validRow(5)])));
    const rows = [
      TEMPLATE_HEADER,
      validRow(1),
      validRow(2),
      validRow(1, { 项目名称: '另一个项目' }),
      validRow(5),
      validRow(1, { 资金计划编号: 'CQ-FC-2016', 项目类别: 'A' }),
    ];
    const e = rejection(() => f.run((ctx) => importApplications(ctx, csvUpload(rows))));
    expect(lines(e.params.rowErrors as ImportRowError[])).toEqual([
      '第4行 申报机构统一社会信用代码: 与第 2 行重复：同一机构对同一资金计划（CQ-ZY-2015）只能申报一次',
      '第5行 申报机构统一社会信用代码: 该机构已申报资金计划 CQ-ZY-2015（申报编号 SB-2015-0001），同一机构对同一资金计划只能申报一次',
    ]);
    expect(countApplications(f.app.db)).toBe(1);
  });

  it('reads a GBK-encoded CSV as Chinese Excel saves it', () => {
    const text = csvText([TEMPLATE_HEADER, validRow(7, { 项目名称: '关爱留守儿童' })]);
    const bytes = gbkEncode(text);
    const result = f.run((ctx) =>
      importApplications(ctx, { fileName: 'gbk.csv', contentBase64: bytes.toString('base64') }),
    );
    expect(result.imported).toBe(1);
    expect(apps()[0]!.name).toBe('关爱留守儿童');
  });

  it.each([
    ['an empty file', [] as string[][], 'import.empty', '文件是空的：第 1 行应为表头'],
    ['a header only', [TEMPLATE_HEADER], 'import.noRows', '文件中只有表头（第 1 行），没有数据行'],
    [
      'missing required columns',
      [TEMPLATE_HEADER.filter((h) => h !== '资金计划编号' && h !== '区县'), ['x']],
      'import.missingColumns',
      '缺少必填列：资金计划编号、区县（表头在第 1 行）',
    ],
    [
      'the same column twice',
      [[...TEMPLATE_HEADER, 'Project name'], ['x']],
      'import.duplicateColumn',
      '“项目名称”与“Project name”是同一列',
    ],
  ])('refuses %s with a clear error', (_, rows, rule, text) => {
    const upload = rows.length === 0 ? { fileName: 'e.csv', contentBase64: '' } : csvUpload(rows);
    const e = rejection(() => f.run((ctx) => importPreview(ctx, upload)));
    expect(e.kind).toBe('Validation');
    expect(e.rule).toBe(rule);
    expect(e.field).toBe('fileName');
    expect(String(rejectionMessage(e))).toContain(text);
  });

  it('names missing columns in English for an English caller', () => {
    const rows = [TEMPLATE_HEADER.filter((h) => h !== '资金计划编号' && h !== '区县'), ['x']];
    const e = rejection(() => f.run((ctx) => importPreview(ctx, csvUpload(rows)), 'en'));
    expect(ruleMessage(e.rule, 'en', e.params)).toBe(
      'required columns are missing: Fund program code, District (the header is row 1)',
    );
  });

  it('refuses a damaged workbook and an .xls saved under another name', () => {
    const e = rejection(() =>
      f.run((ctx) => importPreview(ctx, { fileName: 'a.xlsx', contentBase64: Buffer.from('a,b').toString('base64') })),
    );
    expect(e.rule).toBe('import.notXlsx');
  });
});

function rejectionMessage(e: AppError): string {
  return ruleMessage(e.rule, 'zh', e.params);
}
