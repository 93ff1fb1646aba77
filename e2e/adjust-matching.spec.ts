import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatFen } from '../src-main/core/money';
import { expect, signIn, test, choose, opValue } from './fixtures';

test.use({ demo: true });

const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';

interface Share {
  currentFen: number;
  actualFen: number;
}
interface Line {
  lineCode: string;
  categoryName: string;
  grant: Share;
  matching: Share;
}
interface Budget {
  currentVersion: number;
  closed: boolean;
  availableActions: string[];
  adjustments: { id: number; state: string }[];
  versions: { version: number; lines: { lineCode: string; amountFen: number; matchingFen: number }[] }[];
  execution: { rows: Line[] };
}

/** 123.45 yuan: an amount no other figure on the page happens to show. */
const MOVED = 123_45;
/** Fen as the text an officer types ("42602.00"), never through a float. */
const typed = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** An open project the officer may adjust, with a line whose unspent matching can give MOVED to another line. */
async function findProject(page: Page): Promise<{ id: number; budget: Budget; from: Line; to: Line }> {
  const list = await opValue<{ rows: { id: number }[] }>(page, 'applications.list', {
    filters: { state: 'approved' },
    pageSize: 500,
  });
  for (const row of list.rows) {
    const budget = await opValue<Budget>(page, 'budgets.view', { applicationId: row.id });
    if (budget.closed || !budget.availableActions.includes('requestAdjustment')) continue;
    if (budget.adjustments.some((a) => a.state === 'pending')) continue;
    const from = budget.execution.rows.find((l) => l.matching.currentFen - l.matching.actualFen >= MOVED);
    const to = budget.execution.rows.find((l) => l !== from);
    if (from && to) return { id: row.id, budget, from, to };
  }
  throw new Error('no open demo project with unspent matching funds on a line');
}

test('a project officer moves matching funds between two lines and finance approves it', async ({ page, server }) => {
  test.setTimeout(240_000);
  await signIn(page, server, 'project');
  const { id, budget, from, to } = await findProject(page);
  const fromTo = from.matching.currentFen - MOVED;
  const toTo = to.matching.currentFen + MOVED;
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`${server.url}#/projects/${id}/budget`);
  await page.getByRole('button', { name: '申请调整' }).click();
  const dialog = page.getByRole('dialog', { name: '申请预算调整' });
  await expect(dialog).toContainText('配套资金合计不变');
  await expect(dialog.getByRole('columnheader', { name: '配套资金', exact: true })).toBeVisible();

  // Only one side moved: the form shows the gap, and main's refusal names the rule once.
  await dialog.getByLabel(`预算行 ${from.lineCode} 调整后配套资金`).fill(typed(fromTo));
  await dialog.getByLabel('调整原因').fill('配套资金在预算行之间调剂');
  await expect(dialog).toContainText(`配套资金合计须保持不变，目前相差 -${formatFen(MOVED)} 元`);
  await expect(dialog).toContainText('财政资金合计不变');
  await dialog.getByRole('button', { name: '提交申请' }).click();
  await expect(dialog.getByRole('alert').first()).toContainText('配套资金合计须保持');
  await expect(dialog.getByText(/配套资金合计须保持 [\d,.]+ 元不变/)).toHaveCount(1);

  await dialog.getByLabel(`预算行 ${to.lineCode} 调整后配套资金`).fill(typed(toTo));
  await expect(dialog.getByRole('status').filter({ hasText: '配套资金' })).toContainText('配套资金合计不变');
  await expect(dialog).toContainText(`+${formatFen(MOVED)}`);
  await shot(page, 'adjust-matching-dialog-zh');
  await dialog.getByRole('button', { name: '提交申请' }).click();
  await expect(dialog).toBeHidden();
  const requested = await opValue<Budget>(page, 'budgets.view', { applicationId: id });
  const mine = requested.adjustments.find((a) => a.state === 'pending')!;
  // Officers name a request by its number within the project, never by the database id.
  const seq = requested.adjustments.filter((a) => a.id <= mine.id).length;
  const card = page.getByRole('article', { name: `第 ${seq} 次调整申请`, exact: true });
  const changes = card.getByRole('table', { name: `第 ${seq} 次调整申请的调整明细` });
  await expect(changes.getByRole('columnheader', { name: '配套资金', exact: true })).toBeVisible();
  const fromRow = changes.getByRole('row').filter({ hasText: `${from.lineCode} ${from.categoryName}` });
  await expect(fromRow).toContainText(formatFen(fromTo));
  await expect(fromRow).toContainText(`-${formatFen(MOVED)}`);

  // Finance (another user) approves; it becomes the next version, matching moved and the grant untouched.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await signIn(page, server, 'finance');
  await page.goto(`${server.url}#/projects/${id}/budget`);
  const next = budget.currentVersion + 1;
  const financeCard = page.getByRole('article', { name: `第 ${seq} 次调整申请`, exact: true });
  await financeCard.getByRole('button', { name: '批准', exact: true }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: `批准第 ${seq} 次调整申请` })
    .getByRole('button', { name: '确认批准' })
    .click();
  await expect(page.getByText(`第 ${seq} 次调整申请已批准，形成第 ${next} 版预算`)).toBeVisible();

  const after = await opValue<Budget>(page, 'budgets.view', { applicationId: id });
  const line = (code: string) => after.execution.rows.find((l) => l.lineCode === code)!;
  expect(after.currentVersion).toBe(next);
  expect([line(from.lineCode).matching.currentFen, line(to.lineCode).matching.currentFen]).toEqual([fromTo, toTo]);
  expect([line(from.lineCode).grant.currentFen, line(to.lineCode).grant.currentFen]).toEqual([
    from.grant.currentFen,
    to.grant.currentFen,
  ]);

  const table = page.getByRole('table', { name: '预算执行表' });
  await expect(table.getByRole('row').filter({ hasText: `${from.lineCode} ${from.categoryName}` })).toContainText(
    formatFen(fromTo),
  );
  await expect(table.getByRole('row').filter({ hasText: `${to.lineCode} ${to.categoryName}` })).toContainText(
    formatFen(toTo),
  );
  const versions = page.getByRole('table', { name: '预算版本历史' });
  const newest = versions.getByRole('row').filter({ hasText: `第 ${next} 版` });
  await expect(newest).toContainText(`配套资金 ${formatFen(from.matching.currentFen)} → ${formatFen(fromTo)}`);
  await expect(newest).toContainText(`（-${formatFen(MOVED)}）`);
  await expect(newest).toContainText(`配套资金 ${formatFen(to.matching.currentFen)} → ${formatFen(toTo)}`);
  await expect(newest).not.toContainText('财政资金');
  await versions.scrollIntoViewIfNeeded();
  await shot(page, 'adjust-matching-versions-zh');

  await choose(page, page.getByLabel('切换语言'), 'English');
  await expect(page.getByRole('table', { name: 'Budget version history' })).toContainText('Matching funds');
  await shot(page, 'adjust-matching-versions-en');
});
