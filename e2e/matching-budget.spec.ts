import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatFen } from '../src-main/core/money';
import { expect, signIn, test, choose, opValue } from './fixtures';

const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';

interface Amounts {
  currentFen: number;
  actualFen: number;
  balanceFen: number;
  executionRate: { text: string };
}
interface Budget {
  ledgerLineCount: number;
  matchingSpentFen: number;
  execution: { total: { grant: Amounts; matching: Amounts; total: Amounts } };
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 1600 });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
}

test.use({ demo: true });

test('the budget tab shows grant, matching and total, each with its own balance, rate and 大写', async ({
  page,
  server,
}) => {
  test.setTimeout(240_000);
  await signIn(page, server, 'finance');
  const list = await opValue<{ rows: { id: number }[] }>(page, 'applications.list', {
    filters: { state: 'approved' },
    pageSize: 100,
  });
  let found: { id: number; budget: Budget } | null = null;
  for (const row of list.rows) {
    const budget = await opValue<Budget>(page, 'budgets.view', { applicationId: row.id });
    if (budget.matchingSpentFen > 0 && budget.ledgerLineCount < 2000) {
      found = { id: row.id, budget };
      break;
    }
  }
  expect(found, 'a demo project with matching spending').not.toBeNull();
  const { id, budget } = found!;
  await page.goto(`${server.url}#/projects/${id}/budget`);
  const table = page.getByRole('table', { name: '预算执行表' });
  for (const name of ['财政资金', '配套资金', '合计'])
    await expect(table.getByRole('columnheader', { name, exact: true })).toBeVisible();
  const { grant, matching, total } = budget.execution.total;
  const totals = table.getByRole('row').filter({ hasText: /^合计/ }).last();
  for (const a of [grant, matching, total]) {
    await expect(totals).toContainText(formatFen(a.balanceFen));
    await expect(totals).toContainText(a.executionRate.text);
  }
  expect(grant.actualFen + matching.actualFen).toBe(total.actualFen);
  await expect(page.getByText('配套资金结余', { exact: true })).toBeVisible();
  await expect(page.getByText('财政资金结余', { exact: true }).first()).toBeVisible();
  await shot(page, 'matching-budget-zh');

  await choose(page, page.getByLabel('切换语言'), 'English');
  const en = page.getByRole('table', { name: 'Budget against actual' });
  for (const name of ['Grant', 'Matching funds', 'Total'])
    await expect(en.getByRole('columnheader', { name, exact: true })).toBeVisible();
  await expect(page.getByText('Matching balance', { exact: true })).toBeVisible();
  await shot(page, 'matching-budget-en');
});

test('the application form budgets matching funds per line, and the total follows the lines', async ({
  page,
  server,
}) => {
  test.setTimeout(240_000);
  // Applications are entered by project officers; finance sees the lines' matching in the detail.
  await signIn(page, server, 'project');
  const list = await opValue<{ rows: { id: number }[] }>(page, 'applications.list', {
    filters: { state: 'draft' },
    pageSize: 5,
  });
  const id = list.rows[0]!.id;
  await page.goto(`${server.url}#/applications/${id}/edit`);
  await expect(page.getByLabel('第 1 行配套资金')).toBeVisible();
  await page.getByLabel('第 1 行配套资金').fill('1234.56');
  await page.getByLabel('第 1 行配套资金').blur();
  const totals = page.getByRole('status').filter({ hasText: '配套资金合计' });
  await expect(totals).toContainText('项目总预算');
  await shot(page, 'matching-form-zh');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('申报已保存')).toBeVisible();
  const saved = await opValue<{ matchingFen: number; budgetLines: { matchingFen: number }[] }>(
    page,
    'applications.get',
    {
      id,
    },
  );
  expect(saved.matchingFen).toBe(saved.budgetLines.reduce((s, l) => s + l.matchingFen, 0));
  expect(saved.budgetLines[0]!.matchingFen).toBe(123_456);

  await choose(page, page.getByLabel('切换语言'), 'English');
  await page.goto(`${server.url}#/applications/${id}/edit`);
  await expect(page.getByLabel('Line 1 matching funds')).toBeVisible();
  await shot(page, 'matching-form-en');
});
