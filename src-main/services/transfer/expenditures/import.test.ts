import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportRowError } from '../../../contract/index';
import { listAllLedgerLines } from '../../../db/ledger-repo';
import { caught, openAppsFixture, type AppsFixture } from '../../../testing/applications';
import type { AppError } from '../../app-error';
import * as ledger from '../../ledger/index';
import { centralProject, closeProject, expense, lockYear } from '../../../testing/ledger';
import { xlsxBuffer } from '../../../testing/spreadsheet-files';
import { importExpenditures } from './import';
import {
  codeOf,
  csvUpload,
  HEADER,
  ledgerOf,
  row,
  runImport,
  type RowPatch,
} from '../../../testing/expenditures-transfer';

let f: AppsFixture;
let a: { id: number; agreementId: number; code: string };
let b: { id: number; agreementId: number; code: string };
beforeEach(() => {
  f = openAppsFixture();
  const pa = centralProject(f, { org: 0 });
  const pb = centralProject(f, { org: 1 });
  a = { ...pa, code: codeOf(f, pa.id) };
  b = { ...pb, code: codeOf(f, pb.id) };
});
afterEach(() => f.close());

const lines = (p: { agreementId: number }) => listAllLedgerLines(f.app.db, p.agreementId);
const rowErrors = (e: AppError) => e.params.rowErrors as ImportRowError[];
/** The lines a refused file would print, as the CLI prints them. */
const printed = (e: AppError) => rowErrors(e).map((r) => `第${r.row}行 ${r.column}: ${r.message}`);
const refused = (rows: string[][], opts: { dryRun?: boolean; locale?: 'zh' | 'en' } = {}) =>
  caught(() => runImport(f, f.users.finance, csvUpload(rows), opts));

const WIDE = [...HEADER, '费用类型', '垫支'];
const wide = (code: string, patch: RowPatch = {}) => row(code, patch, WIDE);

describe('importExpenditures', () => {
  it('posts every row of several projects with the app’s own gap-free vouchers, exact to the fen', () => {
    const header = [...HEADER, '凭证号'];
    const { ctx, result } = runImport(
      f,
      f.users.finance,
      csvUpload([
        header,
        row(a.code, { '金额(元)': '1,234.56', 凭证号: '记-88' }, header),
        row(b.code, { 日期: '2015/7/1', '金额(元)': '0.10', 资金性质: '财政资金' }, header),
        row(a.code, { 日期: '2015年8月9日', 预算科目: '活动经费', '金额(元)': '¥99.99' }, header),
        row(a.code, { 日期: '42156', 预算科目: '1', 摘要: '社工补贴' }, header),
      ]),
    );
    expect(result).toMatchObject({ rows: 4, imported: 4, sumFen: 123_456 + 10 + 9_999 + 10_000, dryRun: false });
    expect(result.projects).toEqual([
      {
        code: a.code,
        applicationId: a.id,
        lines: 3,
        reversals: 0,
        sumFen: 143_455,
        firstVoucher: '2015-0001',
        lastVoucher: '2015-0003',
      },
      {
        code: b.code,
        applicationId: b.id,
        lines: 1,
        reversals: 0,
        sumFen: 10,
        firstVoucher: '2015-0001',
        lastVoucher: '2015-0001',
      },
    ]);
    expect(lines(a).map((l) => [l.voucherNo, l.date, l.lineCode, l.share, l.amountFen])).toEqual([
      ['2015-0001', '2015-06-01', '02', 'matching', 123_456],
      ['2015-0002', '2015-08-09', '02', 'matching', 9_999],
      ['2015-0003', '2015-06-01', '01', 'matching', 10_000],
    ]);
    expect(lines(b).map((l) => [l.voucherNo, l.date, l.share, l.amountFen, l.postedBy.id])).toEqual([
      ['2015-0001', '2015-07-01', 'grant', 10, f.users.finance.id],
    ]);
    // One summary entry per project (count, sum, vouchers) and one for the file.
    expect(ctx.changes.map((c) => [c.entityType, (c.after as { posted?: number }).posted])).toEqual([
      ['ledger', 3],
      ['ledger', 1],
      ['import', undefined],
    ]);
    expect(ctx.changes[2]!.after).toMatchObject({ fileName: 'ledger.csv', rows: 4, imported: 4 });
  });

  it('names every failing cell with its row and column, the posting rule and its figures, and writes nothing', () => {
    const e = refused([
      WIDE,
      wide(a.code),
      wide('渝民发〔2099〕1号'),
      wide(a.code, { 预算科目: '09' }),
      wide(a.code, { 资金性质: '专项资金', 日期: '2015-13-01' }),
      wide(a.code, { '金额(元)': '12.345', 收款方: '' }),
      wide(a.code, { 费用类型: '管理费' }),
      wide(a.code, { 预算科目: '03', 资金性质: '财政资金', '金额(元)': '3,300.01' }),
      wide(a.code, { 资金性质: '财政资金', '金额(元)': '25,000.00' }),
      wide(a.code, { 日期: '2016-01-05' }),
      wide(a.code, { 资金性质: '配套资金', 垫支: '是' }),
    ]);
    expect([e.kind, e.rule]).toEqual(['RuleViolation', 'import.rowErrors']);
    expect(printed(e)).toEqual([
      '第3行 项目编号: 没有项目编号为“渝民发〔2099〕1号”的项目（项目编号即立项批准文号）',
      '第4行 预算科目: 预算科目“09”不在当前预算（第 1 版）中',
      '第5行 日期: “2015-13-01”不是存在的日期',
      '第5行 资金性质: “专项资金”不是资金性质，应为“财政资金”或“配套资金”',
      '第6行 收款方: 不能为空',
      '第6行 金额(元): 最多两位小数（精确到分）',
      '第7行 费用类型: 中央财政资金不得列支管理费（财社〔2012〕138号）',
      '第8行 金额(元): 预算行 03 的财政资金超预算：当前预算（第 1 版）财政资金 3,000.00 元，已支出 0.00 元，本笔 3,300.01 元，超出 300.01 元，超过允许的 10%（300.00 元）；须先经批准的预算调整将该行财政资金调至不少于 3,000.01 元',
      '第9行 金额(元): 财政资金支出超过到位资金：已到位 24,000.00 元，已支出 0.00 元，本笔 25,000.00 元，超出 1,000.00 元；如确需先行支付，请标记为垫支',
      '第10行 日期: 支出日期 2016-01-05 不在项目执行期（2015-03-01 至 2015-12-31）内',
      '第11行 垫支: 垫支只适用于财政资金，配套资金支出不能标记为垫支',
    ]);
    expect(e.params).toMatchObject({ rows: 10, badRows: 9, count: 11 });
    expect([...lines(a), ...lines(b)]).toEqual([]);
  });

  it('checks each row against the rows before it, as the ledger posts a batch', () => {
    const e = refused([
      HEADER,
      row(a.code, { 预算科目: '03', '金额(元)': '300.00' }),
      row(a.code, { 预算科目: '03', '金额(元)': '30.00' }),
      row(a.code, { 预算科目: '03', '金额(元)': '0.01' }),
    ]);
    expect(printed(e)).toEqual([
      '第4行 金额(元): 预算行 03 的配套资金超预算：当前预算（第 1 版）配套资金 300.00 元，已支出 330.00 元，本笔 0.01 元，超出 30.01 元，超过允许的 10%（30.00 元）；须先经批准的预算调整将该行配套资金调至不少于 300.01 元',
    ]);
  });

  it('is all or nothing across projects: one bad row of one project and no project gets anything', () => {
    const e = refused([HEADER, row(a.code), row(a.code), row(b.code, { 日期: '2014-12-31' })]);
    expect(printed(e)).toEqual(['第4行 日期: 支出日期 2014-12-31 不在项目执行期（2015-03-01 至 2015-12-31）内']);
    expect([...lines(a), ...lines(b)]).toEqual([]);
    // The same file without the bad row goes in whole.
    runImport(f, f.users.finance, csvUpload([HEADER, row(a.code), row(a.code), row(b.code)]));
    expect([lines(a).length, lines(b).length]).toEqual([2, 1]);
  });

  it('--dry-run checks everything and writes nothing, not even to the log', () => {
    const { ctx, result } = runImport(f, f.users.finance, csvUpload([HEADER, row(a.code), row(b.code)]), {
      dryRun: true,
    });
    expect(result).toMatchObject({ rows: 2, imported: 0, sumFen: 20_000, dryRun: true });
    expect(result.projects.map((p) => [p.code, p.lines, p.firstVoucher])).toEqual([
      [a.code, 1, null],
      [b.code, 1, null],
    ]);
    expect(ctx.changes).toEqual([]);
    expect([...lines(a), ...lines(b)]).toEqual([]);
    expect(rowErrors(refused([HEADER, row(a.code, { 预算科目: '' })], { dryRun: true }))).toHaveLength(1);
  });

  it('takes grant spending beyond the funds received when it is marked 垫支', () => {
    runImport(
      f,
      f.users.finance,
      csvUpload([WIDE, wide(a.code, { 资金性质: '财政资金', '金额(元)': '25,000.00', 垫支: '是' })]),
    );
    expect(lines(a).map((l) => [l.share, l.amountFen, l.advance])).toEqual([['grant', 2_500_000, true]]);
  });

  it('refuses a closed project and a locked year', () => {
    closeProject(f, b.agreementId);
    lockYear(f, 2015);
    expect(printed(refused([HEADER, row(a.code), row(b.code)]))).toEqual([
      '第2行 日期: 2015 年度已结账，不能在该期间（2015-06-01）登记',
      '第3行 项目编号: 项目已结项，支出台账只读，不能再登记或冲销',
      '第3行 日期: 2015 年度已结账，不能在该期间（2015-06-01）登记',
    ]);
  });

  it('reads English headers and reports in English', () => {
    const header = [
      'Project code',
      'Date',
      'Invoice number',
      'Budget line',
      'Funding share',
      'Payee',
      'Summary',
      'Amount (yuan)',
    ];
    const e = refused([header, [a.code, '2015-06-01', 'A1', '02', 'matching', 'Shop', 'Paper', '-5.00']], {
      locale: 'en',
    });
    expect(rowErrors(e)).toEqual([
      {
        row: 2,
        column: 'Amount (yuan)',
        message: 'a negative amount is only for a reversal (红字冲销): name the voucher it reverses in 冲销凭证号',
      },
    ]);
  });

  it('reads an .xlsx with date cells and number cells', async () => {
    const bytes = await xlsxBuffer(
      [HEADER, [a.code, new Date(Date.UTC(2015, 5, 1)), 'No.9', '02', '配套资金', '文印部', '打印', 1234.56]],
      { dateFormat: 'yyyy"年"m"月"d"日"' },
    );
    runImport(f, f.users.finance, { fileName: 'ledger.xlsx', bytes });
    expect(lines(a).map((l) => [l.date, l.invoiceNo, l.amountFen])).toEqual([['2015-06-01', 'No.9', 123_456]]);
  });

  it('refuses a file that is not a ledger as a whole, naming the missing columns', () => {
    const missing = refused([
      ['项目编号', '日期', '金额'],
      [a.code, '2015-06-01', '1'],
    ]);
    expect([missing.kind, missing.rule, missing.field]).toEqual(['Validation', 'import.missingColumns', 'fileName']);
    expect(missing.params.columns).toEqual(['发票号', '预算科目', '资金性质', '收款方', '摘要']);
    expect(refused([HEADER]).rule).toBe('import.noRows');
    expect(caught(() => runImport(f, f.users.finance, { fileName: 'x.xls', bytes: Buffer.from('x') })).rule).toBe(
      'import.fileType',
    );
  });
});

describe('reversals (红字冲销) in an import', () => {
  const HEAD = [...HEADER, '凭证号', '冲销凭证号', '冲销原因'];
  const r = (patch: RowPatch) => row(a.code, patch, HEAD);

  it('reverses a row of the file by its 凭证号 or a voucher already in the ledger, through the ledger’s reverse', () => {
    const existing = ledger.post(f.as(f.users.finance), { applicationId: a.id, ...expense({ amountFen: 7_000 }) });
    const { ctx, result } = runImport(
      f,
      f.users.finance,
      csvUpload([
        HEAD,
        r({ 凭证号: 'F-1', '金额(元)': '500.00' }),
        r({ 日期: '2015-06-02', 凭证号: 'F-2', 冲销凭证号: 'F-1', '金额(元)': '-500.00', 冲销原因: '金额录入错误' }),
        r({ 日期: '2015-06-02', '金额(元)': '450.00' }),
        r({ 日期: '2015-06-03', 冲销凭证号: existing.voucherNo, '金额(元)': '-70.00', 冲销原因: '重复入账' }),
      ]),
    );
    expect(result.projects[0]).toMatchObject({ lines: 2, reversals: 2, sumFen: 45_000 - 7_000 });
    expect(ledgerOf(f, a.id).map((l) => [l.voucherNo, l.amountFen, l.reversesVoucherNo, l.reason])).toEqual([
      ['2015-0001', 7_000, null, ''],
      ['2015-0002', 50_000, null, ''],
      ['2015-0003', -50_000, '2015-0002', '金额录入错误'],
      ['2015-0004', 45_000, null, ''],
      ['2015-0005', -7_000, '2015-0001', '重复入账'],
    ]);
    expect(ctx.changes.map((c) => c.entityType)).toEqual(['ledger', 'ledgerLine', 'ledger', 'ledgerLine', 'import']);
  });

  it('a dry run with reversals checks them against the lines it would post, then undoes everything', () => {
    const { ctx, result } = runImport(
      f,
      f.users.finance,
      csvUpload([
        HEAD,
        r({ 凭证号: 'F-1', '金额(元)': '500.00' }),
        r({ 冲销凭证号: 'F-1', '金额(元)': '-500.00', 冲销原因: '金额录入错误' }),
      ]),
      { dryRun: true },
    );
    expect(result.projects).toMatchObject([{ lines: 1, reversals: 1, sumFen: 0, firstVoucher: null }]);
    expect([lines(a), ctx.changes]).toEqual([[], []]);
  });

  it('outside any transaction, a refused file still leaves nothing behind', () => {
    const ctx = f.as(f.users.finance);
    const upload = csvUpload([
      HEAD,
      r({ 凭证号: 'F-1' }),
      r({ 冲销凭证号: 'F-1', '金额(元)': '-1.00', 冲销原因: '错' }),
    ]);
    expect(caught(() => importExpenditures(ctx, upload)).rule).toBe('import.rowErrors');
    expect([lines(a), ctx.changes]).toEqual([[], []]);
    expect(importExpenditures(ctx, csvUpload([HEAD, r({})])).imported).toBe(1);
    expect(lines(a)).toHaveLength(1);
  });

  it('names what is wrong with a reversal row and writes nothing', () => {
    const existing = ledger.post(f.as(f.users.finance), { applicationId: a.id, ...expense({ amountFen: 7_000 }) });
    ledger.reverse(f.as(f.users.finance), { lineId: existing.id, date: '2015-06-05', reason: '作废' });
    const e = refused([
      HEAD,
      r({ 凭证号: 'F-1', '金额(元)': '500.00' }),
      r({ 冲销凭证号: 'F-1', '金额(元)': '-400.00', 冲销原因: '错误' }),
      r({ 冲销凭证号: 'F-1', '金额(元)': '-500.00', 预算科目: '01', 资金性质: '财政资金', 冲销原因: '错误' }),
      r({ 冲销凭证号: 'F-9', '金额(元)': '-1.00', 冲销原因: '错误' }),
      r({ 冲销凭证号: 'F-1', '金额(元)': '500.00', 冲销原因: '' }),
      r({ 冲销凭证号: existing.voucherNo, '金额(元)': '-70.00', 冲销原因: '再次冲销' }),
      r({ 凭证号: 'F-3', 日期: '2016-01-01', '金额(元)': '1.00' }),
      r({ 冲销凭证号: 'F-3', '金额(元)': '-1.00', 冲销原因: '错误' }),
      r({ 冲销凭证号: 'F-1', 日期: '2015-05-01', '金额(元)': '-500.00', 冲销原因: '错误' }),
      r({ 冲销原因: '没有冲销凭证号' }),
      r({ 凭证号: '记-7', '金额(元)': '1.00' }),
      r({ 凭证号: '记-7', '金额(元)': '2.00' }),
      r({ 冲销凭证号: '记-7', '金额(元)': '-1.00', 冲销原因: '错误' }),
    ]);
    expect(printed(e)).toEqual([
      '第3行 金额(元): 冲销凭证 2015-0003 的金额应为 -500.00 元（原金额的相反数）',
      '第4行 预算科目: 冲销凭证 2015-0003 的预算科目应与原凭证相同（02）',
      '第4行 资金性质: 冲销凭证 2015-0003 的资金性质应与原凭证相同',
      `第5行 冲销凭证号: 凭证号 F-9 既不是本文件中项目 ${a.code} 的行，也不在该项目的支出台账中`,
      '第6行 金额(元): 冲销凭证 F-1 的红字冲销金额应为负数',
      '第6行 冲销原因: 不能为空',
      '第7行 冲销凭证号: 凭证 2015-0001 已由凭证 2015-0002 冲销，不能重复冲销',
      '第8行 日期: 支出日期 2016-01-01 不在项目执行期（2015-03-01 至 2015-12-31）内',
      '第9行 冲销凭证号: 被冲销的凭证 F-3（第 8 行）未能导入，本行无法冲销',
      '第10行 日期: 冲销日期 2015-05-01 早于原凭证日期 2015-06-01',
      '第11行 冲销原因: 只有红字冲销行填写冲销原因（该行没有冲销凭证号）',
      '第14行 冲销凭证号: 本文件中有多行的凭证号为 记-7（第 12、13 行），无法确定冲销哪一行',
    ]);
    expect(lines(a)).toHaveLength(2);
  });
});
