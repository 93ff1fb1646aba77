import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

test.use({ demo: true });

/** The count a home tile shows, read from the tile itself. */
async function tileCount(page: Page, label: string): Promise<number> {
  const tile = page.getByRole('link', { name: new RegExp(`^${label}：\\d+ 项`) });
  await expect(tile).toBeVisible();
  return Number(await tile.locator('.count-tile-value').textContent());
}

async function openHome(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '工作台' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
}

/** The list a count opened shows exactly `n` rows: the grid's row count, its total, and the rows drawn. */
async function expectRows(page: Page, grid: string, n: number): Promise<void> {
  const table = page.getByRole('grid', { name: grid });
  await expect(table).toHaveAttribute('aria-rowcount', String(n + 1));
  await expect(page.getByText(`共 ${n} 条`)).toBeVisible();
  if (n === 0) await expect(table).toContainText('暂无数据');
  else if (n <= 10) await expect(table.getByRole('row')).toHaveCount(n + 1);
}

test('the finance home: each count opens the list of exactly that many rows, on its own titled tab', async ({
  page,
  server,
}) => {
  test.slow(); // seven queues, each opened from the home page
  await signIn(page, server, 'finance');
  // Sign-in lands on the home page, not on the fund programs.
  await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '财务工作' })).toBeVisible();

  const tiles: [label: string, title: string][] = [
    ['待财务审核', '待财务审核'],
    ['待公示', '待公示'],
    ['公示中', '公示中'],
    ['公示已到期待立项', '公示已到期待立项'],
    ['待确认拨付', '待确认拨付'],
    ['待审批预算调整', '待审批预算调整'],
    ['未结垫支项目', '未结垫支'],
  ];
  const seen: number[] = [];
  for (const [label, title] of tiles) {
    await openHome(page);
    const n = await tileCount(page, label);
    seen.push(n);
    await page.getByRole('link', { name: new RegExp(`^${label}：`) }).click();
    // The page title names the tab (it used to stay 待财务审核 on every tab), and the tab shows the count.
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('radio', { name: new RegExp(`^${title}\\s*${n}$`) })).toBeChecked();
    await expectRows(page, `${title}列表`, n);
  }
  // The demo has work waiting in most queues, so the comparisons above are not all 0 = 0.
  expect(seen.filter((n) => n > 0).length).toBeGreaterThanOrEqual(4);

  // A notice that has ended shows its dates and that 立项 may proceed.
  await openHome(page);
  await page.getByRole('link', { name: /^公示已到期待立项：/ }).click();
  const notices = page.getByRole('grid', { name: '公示已到期待立项列表' });
  await expect(notices.getByRole('row').nth(1)).toContainText('已结束，可立项');
  await expect(notices.getByRole('row').nth(1)).toContainText(/\d{4}-\d{2}-\d{2}/);

  // 返回列表 from an application opened in the finance queue goes back to that queue and tab.
  const name = (await notices.getByRole('row').nth(1).getByRole('link').textContent())!;
  await notices.getByRole('row').nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: '返回列表' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '公示已到期待立项' })).toBeVisible();
  await expect(page).toHaveURL(/#\/finance$/);
});

test('the second finance officer sees the tranches the first prepared as theirs to release', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'finance2');
  const n = await tileCount(page, '待确认拨付');
  expect(n).toBeGreaterThan(0);
  await page.getByRole('link', { name: /^待确认拨付：/ }).click();
  await expectRows(page, '待确认拨付列表', n);
  await expect(page.getByRole('grid', { name: '待确认拨付列表' }).getByRole('row').nth(1)).toContainText('王芳');
});

test('the project officer: drafts, returned applications and overdue milestones open their filtered lists', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'project');
  const drafts = await tileCount(page, '草稿');
  await page.getByRole('link', { name: /^草稿：/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '申报项目' })).toBeVisible();
  await expectRows(page, '申报项目列表', drafts);
  const rows = page.getByRole('grid', { name: '申报项目列表' }).getByRole('row');
  for (let i = 1; i <= Math.min(drafts, 10); i++) await expect(rows.nth(i)).toContainText('草稿');

  await openHome(page);
  const overdue = await tileCount(page, '逾期未完成的里程碑');
  expect(overdue).toBeGreaterThan(0);
  await page.getByRole('link', { name: /^逾期未完成的里程碑：/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '未完成的里程碑' })).toBeVisible();
  await expectRows(page, '未完成的里程碑列表', overdue);
  await expect(page.getByRole('checkbox', { name: '只看逾期的' })).toBeChecked();

  // An action the state allows but a rule holds back is shown disabled with main's reason, not hidden.
  await page.goto(`${server.url}#/applications?state=expert_review`);
  const first = page.getByRole('grid', { name: '申报项目列表' }).getByRole('row').nth(1);
  await expect(first).toContainText('专家评审');
  await first.getByRole('link').click();
  const complete = page.getByRole('button', { name: '完成专家评审' });
  await expect(complete).toBeDisabled();
  await expect(complete).toHaveAccessibleDescription(/^尚有专家未完成声明或评分：\S+/);
});

test('an expert lands on the review workspace', async ({ page, server }) => {
  await signIn(page, server, 'expert1');
  await expect(page.getByRole('heading', { level: 1, name: '评审工作台' })).toBeVisible();
  await expect(page.getByRole('grid', { name: '我的评审任务' })).toBeVisible();
});

test('the auditor sees that the log chain was never checked, checks it, and sees the result and time', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'auditor');
  await expect(page.getByText('尚未校验过日志链。')).toBeVisible();
  await page.getByRole('button', { name: '校验日志链' }).click();
  await expect(page.getByText(/^通过：\d+ 条记录，哈希链完整$/)).toBeVisible();
  await expect(page.getByText(/^陈静，\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeVisible();
  await expect(page.getByRole('button', { name: '重新校验' })).toBeVisible();
});
