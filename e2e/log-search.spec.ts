import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { callOp, expect, signIn, test, type Server, choose } from './fixtures';

test.use({ demo: true });

const SHOTS = process.env.E2E_SHOTS ?? 'test-results/screenshots';

interface Line {
  id: number;
  date: string;
  voucherNo: string;
  amountFen: number;
  approvalNo: string;
}

/** The first open, unreversed line of two different 2016 projects in the demo data. */
function pickLines(server: Server): [Line, Line] {
  const db = new Database(server.dbPath, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT l.id, l.date, l.voucher_no AS voucherNo, l.amount_fen AS amountFen, g.agreement_number AS approvalNo
         FROM ledger_lines l JOIN agreements g ON g.id = l.agreement_id
         WHERE l.voucher_year = 2016 AND l.reverses_id IS NULL
           AND NOT EXISTS (SELECT 1 FROM ledger_lines r WHERE r.reverses_id = l.id)
           AND NOT EXISTS (SELECT 1 FROM project_closeouts c WHERE c.agreement_id = g.id)
           AND l.id = (SELECT min(x.id) FROM ledger_lines x WHERE x.agreement_id = l.agreement_id)
         ORDER BY g.id LIMIT 2`,
      )
      .all() as Line[];
    if (rows.length < 2) throw new Error('the demo data has no two open 2016 projects with ledger lines');
    return [rows[0]!, rows[1]!];
  } finally {
    db.close();
  }
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test('the auditor finds reversals by 冲销 and a project by its approval number, and reads an entry by its labels', async ({
  page,
  server,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const [a, b] = pickLines(server);

  // Finance reverses one line in each of two projects (a sign-in is logged too, which is no reversal).
  await signIn(page, server, 'finance');
  for (const line of [a, b]) {
    const r = await callOp(page, 'ledger.reverse', { lineId: line.id, date: line.date, reason: '发票重复入账' });
    expect(r.ok, r.error?.message).toBe(true);
  }
  await page.getByRole('button', { name: '退出登录' }).click();

  await signIn(page, server, 'auditor');
  await page.getByRole('menuitem', { name: '操作日志' }).click();
  const grid = page.getByRole('grid', { name: '操作日志列表' });
  await expect(grid).toBeVisible();
  const search = page.getByRole('searchbox', { name: '搜索' });
  const rows = grid.getByRole('row').filter({ has: page.getByRole('gridcell') });

  // 冲销: exactly the two reversals, named in Chinese, each object named by its project and voucher.
  await search.fill('冲销');
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await expect(row).toContainText('红字冲销');
  await expect(grid).not.toContainText('ledger.reverse');
  await expect(grid).not.toContainText('登录');
  await expect(grid).toContainText(`台账记录 · ${a.approvalNo} 凭证号`);
  await expect(grid).toContainText(`台账记录 · ${b.approvalNo} 凭证号`);

  // Exporting what was found is itself logged, and the list shows it at once (its filter names 冲销).
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const csv = await download;
  const text = await csv.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(text).toContain('时间（北京时间）');
  expect(text).toContain(`台账记录,${a.approvalNo} 凭证号`);
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('导出操作日志');

  // A project's approval number: its entries only.
  await search.fill(a.approvalNo);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(a.approvalNo);
  await expect(grid).not.toContainText(b.approvalNo);
  await shot(page, 'log-list-zh');

  // The entry's drawer: fields by their labels, the amount in yuan and 大写, Beijing time.
  await rows
    .first()
    .getByRole('button', { name: /日志 \d+ 详情/ })
    .click();
  const drawer = page.getByRole('dialog');
  const changes = drawer.locator('.log-changes');
  await expect(changes.getByRole('columnheader', { name: '字段' })).toBeVisible();
  const amount = changes.getByRole('row').filter({ hasText: /^金额/ });
  const yuan = (a.amountFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
  await expect(amount).toContainText(`-${yuan} 元`);
  await expect(amount).toContainText('负人民币');
  await expect(changes).toContainText('冲销原因');
  await expect(changes).toContainText('发票重复入账');
  await expect(changes).toContainText('收款方');
  await expect(changes).not.toContainText('amountFen');
  await expect(drawer).toContainText('北京时间');
  const at = await page.evaluate(() => new Date().toISOString());
  const beijingToday = new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);
  await expect(drawer).toContainText(beijingToday);
  // The stored record is one switch away.
  await expect(drawer.locator('.log-json')).toHaveCount(0);
  await drawer.getByRole('switch').click();
  await expect(drawer.locator('.log-json').last()).toContainText('"amountFen"');
  await drawer.getByRole('switch').click();
  await shot(page, 'log-drawer-zh');
  await page.keyboard.press('Escape');

  // English: the same entry, named in English.
  await choose(page, page.getByLabel('切换语言'), 'English');
  await expect(page.getByRole('grid', { name: 'Operation log entries' })).toContainText(
    `Ledger line · ${a.approvalNo} voucher`,
  );
  await shot(page, 'log-list-en');
  await page
    .getByRole('button', { name: /Details of entry \d+/ })
    .first()
    .click();
  await expect(page.getByRole('dialog').locator('.log-changes')).toContainText('Reason for the reversal');
  await shot(page, 'log-drawer-en');
});
