import type { Page } from '@playwright/test';
import { formatFen } from '../src-main/core/money';
import { callOp, expect, signIn, test, opValue } from './fixtures';

test.use({ demo: true });

const SHOTS = process.env.E2E_SHOTS_DIR;

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
}

interface Program {
  id: number;
  code: string;
  name: string;
  totalAllocationFen: number;
  [k: string]: unknown;
}

/**
 * The demo's 2016 programs are fully committed (their approvals add up to the allocation); the administrator
 * adds 10,000.00 元 to one, so an application waiting for 立项 asks more than is left.
 */
test('an approval over the remaining allocation is refused, with the figures in the dialog', async ({
  page,
  server,
}) => {
  test.setTimeout(180_000);
  await signIn(page, server, 'admin');
  const waiting = await opValue<{ rows: { id: number; name: string; fundProgramId: number }[] }>(
    page,
    'applications.list',
    { filters: { state: 'in_notice', year: 2016 }, pageSize: 20, sort: [{ id: 'code', desc: false }] },
  );
  const target = waiting.rows[0]!;
  const detail = await opValue<{ code: string; financeReview: { reviewedFen: number } }>(page, 'applications.get', {
    id: target.id,
  });
  const reviewedFen = detail.financeReview.reviewedFen;
  const program = await opValue<Program>(page, 'fundPrograms.get', { id: target.fundProgramId });
  const { createdAt: _c, updatedAt: _u, ...fields } = program;
  const allocatedFen = program.totalAllocationFen + 1_000_000;
  await opValue(page, 'fundPrograms.update', { ...fields, totalAllocationFen: allocatedFen });
  // Lowering it below what is committed is refused, naming the amount.
  const lowered = await callOp(page, 'fundPrograms.update', { ...fields, totalAllocationFen: 100 });
  expect(lowered.error?.message).toContain(`不能低于已立项金额 ${formatFen(program.totalAllocationFen)} 元`);
  await signOut(page);

  // finance reviewed it and may not approve it (不相容职务分离); finance2 may.
  await signIn(page, server, 'finance2');
  await page.goto(`${server.url}#/applications/${target.id}`);
  await page.getByRole('button', { name: '立项', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '立项' });
  const remaining = formatFen(1_000_000);
  const figures = `资金总额 ${formatFen(allocatedFen)} 元，已立项 ${formatFen(program.totalAllocationFen)} 元，剩余额度 ${remaining} 元`;
  await expect(dialog.getByRole('status').filter({ hasText: figures })).toBeVisible();
  await expect(dialog).toContainText('人民币壹万元整');
  // The hint names the real limit: the remaining allocation, lower than what the finance review kept.
  await expect(dialog).toContainText(
    `不得高于资金计划剩余额度 ${remaining} 元（财务审核核定 ${formatFen(reviewedFen)} 元）`,
  );
  await dialog.getByLabel('立项文号').fill('渝民发〔2016〕E2E-2号');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/approve-dialog.png` });
  await dialog.getByRole('button', { name: '确认立项' }).click();
  const refusal = `立项金额 ${formatFen(reviewedFen)} 元超出资金计划“${program.name}”的剩余额度：${figures}`;
  await expect(dialog.getByText(refusal)).toHaveCount(1);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/approve-refused.png` });
  // Nothing was approved.
  const after = await opValue<{ state: string }>(page, 'applications.get', { id: target.id });
  expect(after.state).toBe('in_notice');

  // What is left may be approved.
  await dialog.getByLabel('立项金额').fill(remaining);
  await dialog.getByRole('button', { name: '确认立项' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('已立项').first()).toBeVisible();

  // The program page: allocated / approved / remaining / released / spent / recovered / balance, with 大写.
  await page.goto(`${server.url}#/fund-programs/${program.id}`);
  const cards = page.getByRole('region', { name: '资金计划额度与资金使用' });
  await expect(cards.getByRole('group', { name: /剩余额度/ })).toContainText('0.00');
  await expect(cards.getByRole('group', { name: /资金总额/ })).toContainText(formatFen(allocatedFen));
  await expect(cards.getByRole('group', { name: /已立项/ })).toContainText(formatFen(allocatedFen));
  await expect(cards).toContainText('人民币零元整');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/program-page.png`, fullPage: true });

  // The finance review and notice dialogs of the program's other applications show what is left (nothing).
  const noneLeft = `剩余额度 0.00 元（人民币零元整）`;
  for (const [state, action, shot] of [
    ['finance_review', '财务审核', 'finance-review-dialog'],
    ['finance_reviewed', '开始公示', 'notice-dialog'],
  ] as const) {
    const list = await opValue<{ rows: { id: number }[] }>(page, 'applications.list', {
      filters: { state, fundProgramId: program.id },
      pageSize: 1,
    });
    await page.goto(`${server.url}#/applications/${list.rows[0]!.id}`);
    await page.getByRole('button', { name: action, exact: true }).click();
    const d = page.getByRole('dialog');
    await expect(d.getByRole('status').filter({ hasText: noneLeft })).toBeVisible();
    await expect(d).toContainText('该资金计划的额度已用完');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${shot}.png` });
    await d.getByRole('button', { name: '取消' }).click();
    await expect(d).toHaveCount(0);
  }
});
