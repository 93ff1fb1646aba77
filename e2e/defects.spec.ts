import type { Page } from '@playwright/test';
import { callOp, expect, signIn, test } from './fixtures';

test.use({ demo: true });

async function value<T>(page: Page, op: string, input: unknown): Promise<T> {
  const r = (await callOp(page, op, input)) as { ok: boolean; value?: T; error?: { message: string } };
  expect(r.ok, r.error?.message).toBe(true);
  return r.value as T;
}

test('the application list at 1440 px shows 状态 and 提交时间, and every score with two decimals', async ({
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
  const scores = await grid.locator('[role="gridcell"][data-column="meanScore"]').allInnerTexts();
  expect(scores.length).toBeGreaterThan(0);
  for (const s of scores) expect(s).toMatch(/^(\d+\.\d{2}|—)$/);
});

test('the ledger shows payees and summaries whole, the budget table no category codes, a reversal its original date', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'finance');
  const list = await value<{ rows: { id: number }[] }>(page, 'applications.list', {
    filters: { state: 'approved' },
    pageSize: 200,
  });
  let id = 0;
  for (const row of list.rows) {
    const b = await value<{ ledgerLineCount: number; availableActions: string[]; closed: boolean }>(
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
  for (const column of ['payee', 'summary']) {
    const cut = await grid
      .locator(`[role="gridcell"][data-column="${column}"] .dt-cell-text`)
      .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent));
    expect(cut, `${column} cells cut short`).toEqual([]);
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
