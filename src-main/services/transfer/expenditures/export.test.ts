import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../db/connection';
import { caught, driveTo, openAppsFixture, validInput, type AppsFixture } from '../../../testing/applications';
import * as budgets from '../../budgets/index';
import { contextFor } from '../../../testing/services';
import * as ledger from '../../ledger/index';
import { centralProject, expense } from '../../../testing/ledger';
import { readSpreadsheet } from '../../spreadsheet/read';
import { exportExpenditures, EXPENDITURE_EXPORT_HEADERS } from './export';
import { importExpenditures } from './import';
import { codeOf, ledgerOf } from '../../../testing/expenditures-transfer';

let f: AppsFixture;
let project: { id: number; agreementId: number; code: string };
let copy: Db;
beforeEach(() => {
  f = openAppsFixture();
  const p = centralProject(f);
  project = { ...p, code: codeOf(f, p.id) };
  // The fresh copy of the project: the same database as it was before anything was posted.
  const path = f.folder.file('copy.sqlite');
  f.app.db.exec(`VACUUM INTO '${path}'`);
  copy = openDatabase(path);
});
afterEach(() => {
  if (copy?.open) copy.close();
  f.close();
});

/** A ledger with what an export has to carry: reversals (one into the next year), advances, odd text. */
function postVariedLedger(): void {
  const ctx = () => f.as(f.users.finance);
  const post = (patch: Parameters<typeof expense>[0]) =>
    ledger.post(ctx(), { applicationId: project.id, ...expense(patch) });
  post({ amountFen: 1, invoiceNo: '00012345' });
  const wrong = post({
    lineCode: '01',
    share: 'grant',
    amountFen: 1_400_000,
    payee: '项目社工 李娜',
    summary: '7月工资',
  });
  post({ lineCode: '03', amountFen: 23_456, payee: '=HYPERLINK("http://x")', summary: '-宣传单页, "加急"' });
  post({ lineCode: '02', share: 'grant', amountFen: 1_000_000, costType: 'hospitality', date: '2015-09-30' });
  ledger.reverse(ctx(), {
    lineId: wrong.id,
    date: '2015-10-08',
    reason: '金额录入错误',
    replacement: expense({ lineCode: '01', share: 'grant', amountFen: 1_300_050, date: '2015-10-08' }),
  });
  post({ lineCode: '02', share: 'grant', amountFen: 500_000, advance: true, date: '2015-12-31', summary: '@年终活动' });
  const late = post({ lineCode: '02', amountFen: 2_000, date: '2015-12-30' });
  ledger.reverse(ctx(), { lineId: late.id, date: '2016-01-10', reason: '跨年更正' });
}

function exported(format: 'csv' | 'xlsx') {
  const ctx = f.as(f.users.auditor);
  return { ctx, file: exportExpenditures(ctx, { applicationId: project.id, format }) };
}

function importIntoCopy(fileName: string, bytes: Uint8Array) {
  const app = { ...f.app, db: copy };
  const ctx = { ...contextFor(app, f.users.finance), locale: 'zh' as const };
  return copy.transaction(() => importExpenditures(ctx, { fileName, bytes })).immediate();
}

describe('exportExpenditures', () => {
  it('writes the ledger in voucher order, reversals negative with what they reverse, and logs the export', () => {
    postVariedLedger();
    const { ctx, file } = exported('csv');
    expect(file).toMatchObject({ rowCount: 9, mimeType: 'text/csv; charset=utf-8' });
    expect(file.fileName).toMatch(/^支出台账_.+_\d{8}-\d{6}\.csv$/);
    const table = readSpreadsheet(file.buffer, 'csv');
    expect(table.header).toEqual(EXPENDITURE_EXPORT_HEADERS);
    expect(table.header.slice(0, 6)).toEqual(['项目编号', '凭证号', '日期', '发票号', '预算科目', '科目名称']);
    const rows = table.rows.map((r) => r.cells);
    expect(rows.map((c) => c[1])).toEqual([...Array.from({ length: 8 }, (_, i) => `2015-000${i + 1}`), '2016-0001']);
    const byVoucher = (v: string) =>
      Object.fromEntries(table.header.map((h, i) => [h, rows.find((c) => c[1] === v)![i]]));
    expect(byVoucher('2015-0001')).toMatchObject({ 项目编号: project.code, 发票号: '00012345', '金额(元)': '0.01' });
    expect(byVoucher('2015-0002')).toMatchObject({
      科目名称: '人员经费',
      资金性质: '财政资金',
      被冲销凭证号: '2015-0005',
    });
    expect(byVoucher('2015-0005')).toMatchObject({
      // The CSV writer guards a leading minus against spreadsheet formulas; the import reads it back.
      '金额(元)': "'-14000.00",
      冲销凭证号: '2015-0002',
      冲销原因: '金额录入错误',
    });
    expect(byVoucher('2015-0003')).toMatchObject({ 收款方: `'=HYPERLINK("http://x")`, 摘要: `'-宣传单页, "加急"` });
    expect(byVoucher('2015-0004')).toMatchObject({ 费用类型: '招待费', 垫支: '否' });
    expect(byVoucher('2015-0007')).toMatchObject({ 垫支: '是', '金额(元)': '5000.00' });
    expect(byVoucher('2016-0001')).toMatchObject({
      日期: '2016-01-10',
      '金额(元)': "'-20.00",
      冲销凭证号: '2015-0008',
    });
    expect(ctx.changes).toMatchObject([
      {
        entityType: 'export',
        entityId: 'expenditures',
        after: { project: project.code, format: 'csv', rows: 9, sumFen: 2_823_507 },
      },
    ]);
  });

  it('writes an .xlsx with amounts as exact text and a 说明 sheet with the total in figures and 大写', async () => {
    postVariedLedger();
    const { file } = exported('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.buffer as unknown as ArrayBuffer);
    const [sheet, about] = wb.worksheets;
    expect(sheet!.getRow(6).getCell(10).value).toBe('-14000.00');
    expect(sheet!.getRow(2).getCell(4).value).toBe('00012345');
    const notes = Object.fromEntries(
      about!
        .getSheetValues()
        .slice(2)
        .map((r) => [(r as string[])[1], (r as string[])[2]]),
    );
    expect(notes).toMatchObject({ 项目编号: project.code, 行数: 9, '合计（元）': '28,235.07' });
    expect(notes['合计（大写）']).toBe('人民币贰万捌仟贰佰叁拾伍元零柒分');
  });

  it.each(['csv', 'xlsx'] as const)(
    'round trip through .%s: a fresh copy of the project gets the same ledger',
    (format) => {
      postVariedLedger();
      const { file } = exported(format);
      const result = importIntoCopy(`ledger.${format}`, file.buffer);
      expect(result).toMatchObject({ rows: 9, imported: 9, sumFen: 2_823_507 });
      expect(result.projects).toMatchObject([{ code: project.code, lines: 7, reversals: 2 }]);
      const original = ledgerOf(f, project.id);
      expect(ledgerOf(f, project.id, copy)).toEqual(original);
      expect(original.reduce((s, l) => s + l.amountFen, 0)).toBe(2_823_507);
      const view = (db: Db) =>
        budgets.view(contextFor({ ...f.app, db }, f.users.auditor), { applicationId: project.id }).execution;
      expect(view(copy)).toEqual(view(f.app.db));
    },
  );

  it('exports an empty ledger as a header, and refuses a project that is not approved', () => {
    const { file } = exported('csv');
    expect(file.rowCount).toBe(0);
    expect(readSpreadsheet(file.buffer, 'csv').rows).toEqual([]);
    const pending = driveTo(f, 'in_notice', validInput(f.central, f.orgs[1]!));
    const e = caught(() => exportExpenditures(f.as(f.users.auditor), { applicationId: pending, format: 'csv' }));
    expect(e.rule).toBe('budget.projectNotApproved');
  });
});
