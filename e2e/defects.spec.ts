import type { Locator } from '@playwright/test';
import { choose, expect, signIn, test, opValue } from './fixtures';

test.use({ demo: true });

/**
 * The headers and the cells that must show whole (codes, states, years, amounts, scores, times) whose text is
 * cut; only names may give way, ending in … with the whole text on hover.
 */
const APPLICATION_WHOLE = [
  'code',
  'state',
  'programCode',
  'year',
  'requestedFen',
  'approvedFen',
  'meanScore',
  'submittedAt',
];

function cutCells(grid: Locator, whole = APPLICATION_WHOLE): Promise<(string | null)[]> {
  return grid.evaluate((g, whole) => {
    const cells = [
      ...g.querySelectorAll('[role="columnheader"]'),
      ...whole.flatMap((c) => [...g.querySelectorAll(`[role="gridcell"][data-column="${c}"]`)]),
    ];
    return cells
      .flatMap((el) => [el, ...el.querySelectorAll('*')])
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
      .map((el) => el.textContent);
  }, whole);
}

test('the application list at 1440 px shows 状态 and 提交时间 and its headers whole, and every score with two decimals', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'finance');
  await page.goto(`${server.url}#/applications`);
  const grid = page.getByRole('grid', { name: '申报项目列表' });
  await expect(grid.locator('.dt-body-row').first()).toBeVisible();
  const box = (await grid.boundingBox())!;
  for (const name of ['状态', '提交时间']) {
    const header = (await grid.getByRole('columnheader', { name }).boundingBox())!;
    expect(header.x + header.width, `${name} inside the grid without scrolling`).toBeLessThanOrEqual(box.x + box.width);
  }
  expect(await cutCells(grid), 'cut headers or cells').toEqual([]);
  const scores = await grid.locator('[role="gridcell"][data-column="meanScore"]').allInnerTexts();
  expect(scores.length).toBeGreaterThan(0);
  for (const s of scores) expect(s).toMatch(/^(\d+\.\d{2}|—)$/);

  // English labels and states run longer; they fit too.
  await choose(page, page.getByLabel('切换语言'), 'English');
  const en = page.getByRole('grid', { name: 'Application list' });
  await expect(en.getByRole('columnheader', { name: 'Submitted' })).toBeVisible();
  expect(await cutCells(en), 'cut headers or cells in English').toEqual([]);
});

test('the project list at 1440 px shows its numbers, programs, years, amounts and periods whole, in zh and en', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'finance');
  await page.goto(`${server.url}#/projects`);
  const whole = ['agreementNumber', 'programCode', 'year', 'approvedFen', 'period'];
  const grid = page.getByRole('grid', { name: '项目列表' });
  await expect(grid.locator('.dt-body-row').first()).toBeVisible();
  expect(await cutCells(grid, whole), 'cut headers or cells').toEqual([]);
  expect(await grid.evaluate((e) => e.scrollWidth - e.clientWidth), 'no sideways scrolling').toBeLessThanOrEqual(1);

  await choose(page, page.getByLabel('切换语言'), 'English');
  const en = page.getByRole('grid', { name: 'Project list' });
  await expect(en.getByRole('columnheader', { name: 'Period' })).toBeVisible();
  expect(await cutCells(en, whole), 'cut headers or cells in English').toEqual([]);
});

test('the ledger shows payees and summaries whole, the budget table no category codes, a reversal its original date', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'finance');
  const list = await opValue<{ rows: { id: number }[] }>(page, 'applications.list', {
    filters: { state: 'approved' },
    pageSize: 200,
  });
  let id = 0;
  for (const row of list.rows) {
    const b = await opValue<{ ledgerLineCount: number; availableActions: string[]; closed: boolean }>(
      page,
      'budgets.view',
      { applicationId: row.id },
    );
    if (b.ledgerLineCount > 0 && b.availableActions.includes('reverse') && !b.closed) {
      id = row.id;
      break;
    }
  }
  expect(id, 'a demo project with a ledger this officer may reverse').toBeGreaterThan(0);

  await page.goto(`${server.url}#/projects/${id}/budget`);
  await expect(page.getByRole('tab', { name: '预算执行', selected: true })).toBeVisible();
  await expect(page.locator('.budget-line-name').first()).toBeVisible();
  await expect(page.getByRole('tabpanel')).not.toContainText(/\b(STAFF|ACTIVITY|TRAINING|MANAGEMENT)\b/);

  await page.getByRole('tab', { name: '支出台账' }).click();
  const grid = page.getByRole('grid', { name: '支出台账' });
  await expect(grid.locator('.dt-body-row').first()).toBeVisible();
  // A long payee or summary may end in an ellipsis (so 金额 stays in view), but shows far more than five
  // characters and its whole text on hover.
  for (const column of ['payee', 'summary']) {
    const cells = grid.locator(`[role="gridcell"][data-column="${column}"]`);
    const cut = await cells.evaluateAll((els) =>
      els
        .map((cell) => ({ cell, text: cell.querySelector('.dt-cell-text') }))
        .filter(({ text }) => text !== null && text.scrollWidth > text.clientWidth)
        .map(({ cell, text }) => ({
          whole: cell.getAttribute('title') === text!.textContent,
          width: text!.clientWidth,
        })),
    );
    for (const c of cut) {
      expect(c.whole, `a cut ${column} cell carries its whole text`).toBe(true);
      expect(c.width, `a cut ${column} cell is wider than a few characters`).toBeGreaterThanOrEqual(110);
    }
  }

  const first = grid
    .locator('.dt-body-row')
    .filter({ has: page.getByRole('button', { name: /^冲销/ }) })
    .first();
  const date = await first.locator('[data-column="date"]').innerText();
  await first.getByRole('button', { name: /^冲销/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('冲销日期')).toHaveValue(date);
});

test('an expert’s score above a maximum is refused, not lowered; submission is confirmed; the review table fits', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'expert1');
  const queue = await opValue<{ rows: { id: number; name: string; declaration: string }[] }>(page, 'reviews.queue', {
    filters: { pendingOnly: true },
    pageSize: 200,
  });
  // An application whose name carries its own quotes, with another expert still to score.
  let id = 0;
  for (const row of queue.rows.filter((r) => r.declaration === 'pending' && r.name.startsWith('“'))) {
    const a = await opValue<{ assignments: { evaluator: { id: number }; scoredAt: string | null }[] }>(
      page,
      'applications.get',
      { id: row.id },
    );
    if (a.assignments.filter((x) => x.scoredAt === null).length >= 2) {
      id = row.id;
      break;
    }
  }
  expect(id, 'a pending review with another expert yet to score').toBeGreaterThan(0);
  await page.goto(`${server.url}#/reviews/${id}`);
  const declaration = page.locator('.declaration-text');
  await expect(declaration).toContainText('及项目“‘');
  await expect(declaration).not.toContainText(/““|””/);
  await page.getByRole('button', { name: '声明无利益冲突' }).click();

  const points: [string, string][] = [
    ['项目设计（满分 25）', '30'],
    ['组织能力（满分 20）', '15'],
    ['预算合理性（满分 20）', '12.5'],
    ['预期成效（满分 25）', '20'],
    ['可持续性（满分 10）', '8'],
  ];
  for (const [name, p] of points) await page.getByRole('spinbutton', { name }).fill(p);
  const design = page.getByRole('spinbutton', { name: '项目设计（满分 25）' });
  await design.blur();
  await expect(design).toHaveValue(/^30(\.0)?$/);
  await expect(page.getByText('项目设计：30 分超过该项满分 25 分')).toBeVisible();
  const total = page.locator('.score-running');
  await expect(total).toHaveText('合计 85.5 / 100 分');
  await page.getByRole('button', { name: '提交评分' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await design.fill('25');
  await expect(total).toHaveText('合计 80.5 / 100 分');
  await page.getByRole('button', { name: '提交评分' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('合计 80.5 / 100 分');
  await expect(confirm).toContainText('评分提交后不能修改或撤回');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('button', { name: '提交评分' })).toBeEnabled();
  await page.getByRole('button', { name: '提交评分' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByText('您已提交评分')).toBeVisible();

  await page.getByRole('tab', { name: '评审' }).click();
  const table = page.getByRole('table', { name: '专家评分表' });
  await expect(table).toContainText('80.50');
  const card = (await page.locator('.detail-tabs').boundingBox())!;
  const box = (await table.boundingBox())!;
  expect(box.x + box.width, 'the table inside its card').toBeLessThanOrEqual(card.x + card.width);
  const scroller = page.locator('.review-tab .ant-table-content').first();
  expect(await scroller.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);
  const unscored = table.locator('tbody tr').filter({ hasText: '—' }).filter({ hasNotText: '80.50' }).first();
  await expect(unscored.locator('td').last()).toHaveText('未评分');
});

test('the ledger tab scrolls once: the page fits the window and the virtual grid scrolls its rows', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'finance');
  const list = await opValue<{ rows: { id: number }[] }>(page, 'applications.list', {
    filters: { state: 'approved' },
    pageSize: 200,
  });
  let id = 0;
  for (const row of list.rows) {
    const b = await opValue<{ ledgerLineCount: number }>(page, 'budgets.view', { applicationId: row.id });
    if (b.ledgerLineCount >= 50) {
      id = row.id;
      break;
    }
  }
  expect(id, 'a demo project with a page of ledger lines').toBeGreaterThan(0);
  await page.goto(`${server.url}#/projects/${id}/ledger`);
  const grid = page.getByRole('grid', { name: '支出台账' });
  // The first view of a project loads its budget and ledger; a busy machine can take a while.
  await expect(grid.locator('.dt-body-row').first()).toBeVisible({ timeout: 30_000 });
  const content = page.locator('.shell-content');
  await expect
    .poll(() => content.evaluate((e) => e.scrollHeight - e.clientHeight), {
      message: 'the page itself does not scroll',
    })
    .toBeLessThanOrEqual(1);
  const sizes = await grid.evaluate((e) => ({
    overflow: e.scrollHeight - e.clientHeight,
    rows: e.querySelectorAll('.dt-body-row').length,
  }));
  expect(sizes.overflow, 'the grid scrolls its rows').toBeGreaterThan(0);
  expect(sizes.rows, 'only the rows in view (and a few more) are in the page').toBeLessThan(50);
  expect((await grid.boundingBox())!.height).toBeGreaterThanOrEqual(240);
  // Every column is in view at 1440 px, 金额 and the actions included: nothing scrolls sideways.
  const viewport = page.viewportSize()!;
  expect(viewport.width).toBe(1440);
  for (const name of ['金额', '操作']) {
    const header = (await grid.getByRole('columnheader', { name, exact: true }).boundingBox())!;
    expect(header.x + header.width, `${name} inside the window`).toBeLessThanOrEqual(viewport.width);
  }
  expect(await grid.evaluate((e) => e.scrollWidth - e.clientWidth), 'no sideways scrolling').toBeLessThanOrEqual(1);
});
