import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync } from 'node:fs';
import { amountInWords, formatFen } from '../src-main/core/money';
import { readSheetRows } from '../src-main/services/spreadsheet/read';
import { expect, signIn, test, choose, opValue } from './fixtures';

test.use({ demo: true });

const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';

interface LedgerPage {
  rows: { voucherNo: string }[];
  total: number;
  sumFen: number;
}

/** A demo project whose grant spending spans more than one page of the grid (50 rows). */
async function busyProject(page: Page): Promise<number> {
  const list = await opValue<{ rows: { id: number }[] }>(page, 'applications.list', {
    filters: { state: 'approved' },
    sort: [{ id: 'code', desc: true }],
    pageSize: 500,
  });
  for (const { id } of list.rows) {
    const grant = { applicationId: id, filters: { share: 'grant' }, pageSize: 1 };
    if ((await opValue<LedgerPage>(page, 'ledger.list', grant)).total > 60) return id;
  }
  throw new Error('no demo project with more than 60 grant-funded ledger lines');
}

/** Every voucher of the filtered set, from the list op itself, page by page. */
async function allVouchers(page: Page, question: object): Promise<string[]> {
  const out: string[] = [];
  for (let p = 1; ; p++) {
    const got = await opValue<LedgerPage>(page, 'ledger.list', { ...question, page: p, pageSize: 500 });
    out.push(...got.rows.map((r) => r.voucherNo));
    if (out.length >= got.total) return out;
  }
}

async function download(page: Page, item: string): Promise<{ file: Download; bytes: Buffer }> {
  await page.getByRole('button', { name: '导出' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { file, bytes: readFileSync((await file.path())!) };
}

type Shown = Record<string, string>;

test('a ledger view exported to .xlsx and .csv reads back equal to the screen, every row of the filter', async ({
  page,
  server,
}) => {
  test.setTimeout(300_000);
  await signIn(page, server, 'finance');
  const id = await busyProject(page);
  await page.goto(`${server.url}#/projects/${id}/ledger`);
  const grid = page.getByRole('grid', { name: '支出台账' });
  // The first screen of a busy machine may take a while; later steps keep the usual timeouts.
  await expect(grid.getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });

  // Filter to the grant share, sort by amount (largest first), hide 发票号.
  await choose(page, page.getByLabel('按资金性质筛选'), '财政资金');
  const amountHeader = grid.getByRole('columnheader', { name: '金额' });
  await amountHeader.getByRole('button').click();
  await amountHeader.getByRole('button').click();
  await expect(amountHeader).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('button', { name: '列设置' }).click();
  await page.getByRole('group', { name: '列设置' }).getByRole('checkbox', { name: '发票号' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(grid.getByRole('columnheader', { name: '发票号' })).toHaveCount(0);
  const status = page.getByRole('status', { name: '筛选合计' });
  const count = Number((/筛选结果 (\d+) 条/.exec((await status.textContent()) ?? '') ?? [])[1]);
  expect(count).toBeGreaterThan(50);

  // What the grid shows: its headers and the rows on screen, cell by cell, keyed by column.
  const headers = (await grid.getByRole('columnheader').allTextContents()).map((h) => h.trim());
  const shown: Shown[] = await grid
    .getByRole('row')
    .evaluateAll((rows) =>
      rows
        .slice(1)
        .map((r) =>
          Object.fromEntries(
            [...r.querySelectorAll('[role=gridcell]')].map((c) => [
              c.getAttribute('data-column') ?? '',
              (c.textContent ?? '').trim(),
            ]),
          ),
        ),
    );
  expect(shown.length).toBeGreaterThan(5);

  // The export menu in the toolbar, as a user sees it.
  await page.getByRole('button', { name: '导出' }).click();
  await expect(page.getByRole('menuitem', { name: '导出 Excel（.xlsx）' })).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/exports-ledger-menu.png` });
  await page.keyboard.press('Escape');

  const xlsx = await download(page, '导出 Excel（.xlsx）');
  expect(xlsx.file.suggestedFilename()).toMatch(/^支出台账_.+\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const [sheet, about] = book.worksheets;
  const table: ExcelJS.CellValue[][] = [];
  sheet!.eachRow((row) => table.push((row.values as ExcelJS.CellValue[]).slice(1)));
  const [fileHeaders, ...fileRows] = table;
  // Every visible column but the buttons (操作), in the grid's order and under its headers.
  expect(fileHeaders).toEqual(headers.filter((h) => h !== '操作'));
  expect(fileRows).toHaveLength(count);
  const col = (name: string) => fileHeaders!.indexOf(name);
  shown.forEach((cells, i) => {
    const row = fileRows[i]!;
    const text = (name: string) => String(row[col(name)] ?? '');
    expect(text('凭证号')).toBe(cells.voucherNo);
    expect(text('日期')).toBe(cells.date);
    expect(text('预算科目')).toBe(cells.lineCode);
    expect(text('资金性质')).toBe(cells.share);
    expect(text('收款方')).toBe(cells.payee);
    expect(text('摘要')).toBe(cells.summary);
    expect(text('关联凭证')).toBe(cells.link);
    // The amount is a number; the grid shows it with separators (after a 红字/已冲销 mark).
    const amount = row[col('金额')] as number;
    expect(typeof amount).toBe('number');
    expect(cells.amountFen!.endsWith(formatFen(Math.round(amount * 100)))).toBe(true);
    expect(text('垫支')).toBe(cells.advance ? '是' : '');
  });
  expect(sheet!.getRow(2).getCell(col('金额') + 1).numFmt).toBe('#,##0.00');

  // Every row of the filtered set, not only the page: the list op under the same question agrees.
  const question = { applicationId: id, filters: { share: 'grant' }, sort: [{ id: 'amountFen', desc: true }] };
  const vouchers = await allVouchers(page, question);
  expect(fileRows.map((r) => r[col('凭证号')])).toEqual(vouchers);
  const notes = new Map<string, string>();
  about!.eachRow((row) => notes.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  const { sumFen } = await opValue<LedgerPage>(page, 'ledger.list', { ...question, pageSize: 1 });
  expect(await status.getByTestId('ledger-sum').textContent()).toBe(formatFen(sumFen));
  expect(notes.get('合计：金额')).toContain(amountInWords(sumFen));
  expect(notes.get('筛选条件')).toBe('资金性质：财政资金');
  expect(notes.get('排序')).toBe('金额降序');
  expect(notes.get('时间口径')).toContain('UTC+08:00');

  // The same view as CSV: BOM, the 说明 as # lines, then the same table.
  const csv = await download(page, '导出 CSV（.csv）');
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const lines = readSheetRows(csv.bytes, 'csv').filter((r) => !r.cells[0]!.startsWith('#'));
  expect(lines[0]!.cells).toEqual(fileHeaders);
  expect(lines.slice(1).map((r) => r.cells[col('凭证号')])).toEqual(vouchers);
  expect(lines.slice(1).map((r) => r.cells[col('金额')])).toEqual(
    fileRows.map((r) => (r[col('金额')] as number).toFixed(2)),
  );
});

test('the other views offer 导出 beside their columns and download what they show', async ({ page, server }) => {
  test.setTimeout(300_000);
  await signIn(page, server, 'finance');
  mkdirSync(SHOTS, { recursive: true });

  await page.goto(`${server.url}#/projects`);
  const projects = page.getByRole('grid', { name: '项目列表' });
  await expect(projects.getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: '导出' }).click();
  await expect(page.getByRole('menuitem', { name: '导出 CSV（.csv）' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/exports-projects-menu.png` });
  await page.keyboard.press('Escape');
  const list = await download(page, '导出 CSV（.csv）');
  const rows = readSheetRows(list.bytes, 'csv').filter((r) => !r.cells[0]!.startsWith('#'));
  const total = Number((/共 (\d+) 条/.exec((await page.locator('.dt-footer').textContent()) ?? '') ?? [])[1]);
  expect(rows).toHaveLength(total + 1);
  // The export names each column by its full label; the grid may show a short one where the toolbar states the
  // unit (批复金额 for 批复金额（元）), so each shown header begins its exported label, in the same order.
  const shown = (await projects.getByRole('columnheader').allTextContents()).map((h) => h.trim());
  expect(rows[0]!.cells).toHaveLength(shown.length);
  shown.forEach((h, i) => expect(rows[0]!.cells[i], `column ${i + 1}`).toMatch(new RegExp(`^${h}(（元）)?$`)));

  // 预算执行 exports the table's columns, grouped headers included, with its 合计 line.
  const id = await busyProject(page);
  await page.goto(`${server.url}#/projects/${id}/budget`);
  const budgetTable = page.getByRole('table', { name: '预算执行表' });
  await expect(budgetTable).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: '导出' }).click();
  await page.screenshot({ path: `${SHOTS}/exports-budget-menu.png` });
  await page.keyboard.press('Escape');
  const budget = await download(page, '导出 CSV（.csv）');
  const lines = readSheetRows(budget.bytes, 'csv').filter((r) => !r.cells[0]!.startsWith('#'));
  // Each share's columns under the share's name, as the table groups them.
  expect(lines[0]!.cells).toContain('财政资金 / 实际支出');
  expect(lines[0]!.cells).toContain('配套资金 / 实际支出');
  expect(lines.at(-1)!.cells[0]).toBe('合计');
  const bodyRows = await budgetTable.locator('tbody tr.ant-table-row').count();
  expect(lines).toHaveLength(1 + bodyRows + 1);

  await page.goto(`${server.url}#/projects/${id}/tranches`);
  await expect(page.getByRole('region', { name: '资金拨付时间线' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: '导出' }).click();
  await page.screenshot({ path: `${SHOTS}/exports-tranches-menu.png` });
  await page.keyboard.press('Escape');
  const tranches = await download(page, '导出 Excel（.xlsx）');
  expect(tranches.file.suggestedFilename()).toMatch(/^资金拨付_.+\.xlsx$/);
});
