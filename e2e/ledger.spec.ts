import type { Browser, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { formatFen } from '../src-main/core/money';
import { callOp, expect, signIn, test, type Server, choose, opValue } from './fixtures';

test.use({ demo: true });

const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';

interface Line {
  lineCode: string;
  categoryCode: string;
  categoryName: string;
  grant: { currentFen: number };
}
interface Budget {
  applicationId: number;
  projectName: string;
  periodEnd: string;
  currentVersion: number;
  closed: boolean;
  lockedYears: number[];
  ledgerLineCount: number;
  availableActions: string[];
  adjustments: { id: number; state: string }[];
  execution: { rows: Line[] };
}
interface Tranche {
  id: number;
  seq: number;
  state: string;
  gates: { gate: string; ok: boolean }[];
}
interface Project {
  budget: Budget;
  first: Tranche;
  /** STAFF (capped): gives 100 yuan to ACTIVITY (no cap) in the adjustment, and carries the spending. */
  staff: Line;
  activity: Line;
}

/** The server decides "today" in Shanghai time. */
function shanghaiDate(offsetDays: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Fen as the text an officer types ("42602.00"), never through a float. */
const typed = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/**
 * An open central-fund project (管理费 is forbidden) with no ledger yet, so its first voucher is YYYY-0001,
 * whose first tranche is due on signing and can be released now.
 */
async function findProject(page: Page): Promise<Project> {
  const list = await opValue<{ rows: { id: number; programCode: string }[] }>(page, 'applications.list', {
    filters: { state: 'approved' },
    pageSize: 500,
  });
  for (const row of list.rows.filter((r) => r.programCode.startsWith('CQ-ZY-'))) {
    const budget = await opValue<Budget>(page, 'budgets.view', { applicationId: row.id });
    const year = Number(budget.periodEnd.slice(0, 4));
    if (budget.closed || budget.ledgerLineCount > 0 || budget.lockedYears.includes(year)) continue;
    if (!budget.availableActions.includes('post') || budget.adjustments.some((a) => a.state === 'pending')) continue;
    const staff = budget.execution.rows.find((l) => l.categoryCode === 'STAFF');
    const activity = budget.execution.rows.find((l) => l.categoryCode === 'ACTIVITY');
    if (!staff || !activity || staff.grant.currentFen < 1000_00) continue;
    const plan = await opValue<{ tranches: Tranche[] }>(page, 'tranches.list', { applicationId: row.id });
    const first = plan.tranches.find((t) => t.seq === 1);
    if (first?.state === 'planned' && first.gates.every((g) => g.ok)) return { budget, first, staff, activity };
  }
  throw new Error('no open central-fund demo project without a ledger and with a releasable first tranche');
}

/** Maker–checker: finance prepares, finance2 (in a browser context of their own) releases. */
async function releaseFirstTranche(page: Page, browser: Browser, server: Server, tranche: Tranche): Promise<void> {
  await opValue(page, 'tranches.prepare', {
    trancheId: tranche.id,
    voucherNo: '拨-E2E-001',
    voucherDate: shanghaiDate(-1),
  });
  const context = await browser.newContext({ locale: 'zh-CN' });
  const checker = await context.newPage();
  await signIn(checker, server, 'finance2');
  await opValue(checker, 'tranches.release', { trancheId: tranche.id });
  await context.close();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
}

async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

async function chooseInDialog(page: Page, label: string, option: string | RegExp): Promise<void> {
  await choose(page, page.getByRole('dialog').getByLabel(label, { exact: true }), option);
}

async function openTab(page: Page, server: Server, id: number, tab: 'budget' | 'ledger', name: string) {
  await page.goto(`${server.url}#/projects/${id}/${tab}`);
  await expect(page.getByRole('tab', { name, selected: true })).toBeVisible();
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 2000 });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('ledger: post, a forbidden cost refused, reversal with its correction; budget adjustment approved by another officer', async ({
  page,
  server,
  browser,
}) => {
  test.setTimeout(240_000);
  await signIn(page, server, 'finance');
  const p = await findProject(page);
  const id = p.budget.applicationId;
  const year = p.budget.periodEnd.slice(0, 4);
  const date = p.budget.periodEnd;
  await releaseFirstTranche(page, browser, server, p.first);
  const activityOption = new RegExp(`^${p.activity.lineCode} ${p.activity.categoryName}`);

  // Finance posts an expenditure in the UI; main numbers it, the first voucher of the year.
  await openTab(page, server, id, 'ledger', '支出台账');
  const grid = page.getByRole('grid', { name: '支出台账' });
  // A row by its own voucher number (another row's link may name the same voucher).
  const rowOf = (voucherNo: string) =>
    grid.getByRole('row').filter({ has: page.getByRole('gridcell', { name: voucherNo, exact: true }) });
  await expect(grid).toContainText('暂无数据');
  await page.getByRole('button', { name: '登记支出' }).click();
  let dialog = page.getByRole('dialog', { name: '登记支出' });
  await pickDate(page, '支出日期', date);
  await dialog.getByLabel('发票号').fill('E2E-20161215');
  await chooseInDialog(page, '预算科目', activityOption);
  await dialog.getByLabel('收款方').fill('重庆市渝中区晨曦文具店');
  await dialog.getByLabel('摘要').fill('社区活动物料');
  await dialog.getByLabel('金额', { exact: true }).fill('1234.56');
  await expect(dialog).toContainText('人民币壹仟贰佰叁拾肆元伍角陆分');
  await dialog.getByRole('button', { name: '登记', exact: true }).click();
  await expect(dialog).toBeHidden();
  const first = `${year}-0001`;
  await expect(page.getByText(`已登记支出，凭证号 ${first}`)).toBeVisible();
  const posted = rowOf(first);
  await expect(posted).toContainText('1,234.56');
  await expect(posted).toContainText(`${p.activity.lineCode} ${p.activity.categoryName}`);
  await expect(posted).toContainText('财政资金');

  // 管理费 on central funds is refused, the rule named with its basis; nothing is posted, no number used.
  await page.getByRole('button', { name: '登记支出' }).click();
  dialog = page.getByRole('dialog', { name: '登记支出' });
  await pickDate(page, '支出日期', date);
  await chooseInDialog(page, '预算科目', activityOption);
  await chooseInDialog(page, '费用类型', '管理费');
  await dialog.getByLabel('收款方').fill('重庆市某咨询公司');
  await dialog.getByLabel('摘要').fill('项目管理费');
  await dialog.getByLabel('金额', { exact: true }).fill('500');
  await dialog.getByRole('button', { name: '登记', exact: true }).click();
  // The refusal appears once: under 费用类型, which it names, with only a pointer to it above the form.
  await expect(dialog.getByRole('alert').first()).toHaveText('请修正标出的字段后再保存');
  await expect(dialog.getByText('中央财政资金不得列支管理费（财社〔2012〕138号）')).toHaveCount(1);
  await expect(dialog.getByLabel('费用类型')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('费用类型')).toHaveAccessibleDescription(
    '中央财政资金不得列支管理费（财社〔2012〕138号）',
  );
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(grid.getByRole('row')).toHaveCount(2);

  // 红字冲销 with the corrected line: a red row linked to the original, the original marked, numbers gap-free.
  await posted.getByRole('button', { name: `冲销凭证 ${first}` }).click();
  dialog = page.getByRole('dialog', { name: `红字冲销凭证 ${first}` });
  await expect(dialog).toContainText('-1,234.56');
  await dialog.getByLabel('冲销原因').fill('发票金额有误，按更正后的发票重新登记');
  await dialog.getByText('同时登记更正后的支出').click();
  await expect(dialog.getByLabel('更正后的收款方')).toHaveValue('重庆市渝中区晨曦文具店');
  // A corrected line main refuses (a budget line of no version) is named as the corrected line's field.
  await dialog.getByLabel('更正后的金额', { exact: true }).fill('1200');
  await dialog.getByLabel('更正后的摘要', { exact: true }).fill('');
  await dialog.getByRole('button', { name: '确认冲销' }).click();
  await expect(dialog.getByLabel('更正后的摘要', { exact: true })).toHaveAccessibleDescription(
    '更正后的摘要：不能为空',
  );
  await expect(dialog.getByLabel('冲销原因', { exact: true })).toHaveAttribute('aria-invalid', 'false');
  await dialog.getByLabel('更正后的摘要', { exact: true }).fill('社区活动物料');
  await dialog.getByRole('button', { name: '确认冲销' }).click();
  await expect(dialog).toBeHidden();
  const [red, corrected] = [`${year}-0002`, `${year}-0003`];
  await expect(page.getByText(`已冲销（红字凭证号 ${red}），更正后的支出凭证号 ${corrected}`)).toBeVisible();
  const redRow = rowOf(red);
  await expect(redRow).toContainText('红字');
  await expect(redRow).toContainText('-1,234.56');
  await expect(redRow.getByRole('button', { name: `冲销 ${first}` })).toBeVisible();
  await expect(posted).toContainText('已冲销');
  await expect(posted.getByRole('button', { name: `红字 ${red}` })).toBeVisible();
  await expect(posted.getByRole('button', { name: /^冲销凭证/ })).toHaveCount(0);
  await expect(rowOf(corrected)).toContainText('1,200.00');
  const sum = page.getByRole('status', { name: '筛选合计' });
  await expect(sum).toContainText('筛选结果 3 条');
  await expect(sum).toContainText('1,200.00');
  // The red row's link shows its original voucher.
  await redRow.getByRole('button', { name: `冲销 ${first}` }).click();
  await expect(page.getByRole('searchbox')).toHaveValue(first);
  await expect(sum).toContainText('筛选结果 1 条');
  const ledger = await opValue<{ rows: { voucherNo: string }[]; sumFen: number }>(page, 'ledger.list', {
    applicationId: id,
    sort: [{ id: 'voucherNo', desc: false }],
  });
  expect(ledger.rows.map((r) => r.voucherNo)).toEqual([first, red, corrected]);
  expect(ledger.sumFen).toBe(1200_00);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(sum).toContainText('筛选结果 3 条');
  await shot(page, 'e2e-ledger-zh');
  await signOut(page);

  // The project officer asks for an adjustment; main's refusal of an unbalanced one names the field and rule.
  await signIn(page, server, 'project');
  await openTab(page, server, id, 'budget', '预算执行');
  await page.getByRole('button', { name: '申请调整' }).click();
  dialog = page.getByRole('dialog', { name: '申请预算调整' });
  const staffTo = p.staff.grant.currentFen - 100_00;
  const activityTo = p.activity.grant.currentFen + 100_00;
  await dialog.getByLabel(`预算行 ${p.staff.lineCode} 调整后财政资金`).fill(typed(staffTo));
  await dialog.getByLabel('调整原因').fill('人员经费结余调入活动经费，扩大社区活动覆盖面');
  await expect(dialog).toContainText('合计须保持不变，目前相差 -100.00 元');
  await dialog.getByRole('button', { name: '提交申请' }).click();
  // The lines table does not show main's refusal itself, so the alert says it, once.
  await expect(dialog.getByRole('alert').first()).toContainText('合计须保持');
  await expect(dialog.getByText(/合计须保持 [\d,.]+ 元不变/)).toHaveCount(1);
  await dialog.getByLabel(`预算行 ${p.activity.lineCode} 调整后财政资金`).fill(typed(activityTo));
  await expect(dialog).toContainText('合计不变');
  await dialog.getByRole('button', { name: '提交申请' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('调整申请已提交，待财务人员审批')).toBeVisible();
  const requested = await opValue<Budget>(page, 'budgets.view', { applicationId: id });
  const mine = requested.adjustments.find((a) => a.state === 'pending')!;
  // Officers see an adjustment's number within its project, never its database id.
  const seq = new Map([[mine.id, requested.adjustments.filter((a) => a.id <= mine.id).length]]);
  const card = (adjustmentId: number) =>
    page.getByRole('article', { name: `第 ${seq.get(adjustmentId)} 次调整申请`, exact: true });
  await expect(card(mine.id)).toContainText('待审批');
  await expect(page.getByRole('button', { name: '批准', exact: true })).toHaveCount(0);
  await expect(card(mine.id).getByRole('button', { name: '撤回' })).toBeVisible();
  const byRequester = await callOp(page, 'budgets.approveAdjustment', { adjustmentId: mine.id });
  expect(byRequester.ok).toBe(false);
  expect(byRequester.error?.kind).toBe('Forbidden');
  expect(byRequester.error?.message).toContain('审批预算调整');
  await signOut(page);

  // A finance officer cannot approve their own request either (separation of duties), and withdraws it.
  await signIn(page, server, 'finance');
  const own = await opValue<{ id: number }>(page, 'budgets.requestAdjustment', {
    applicationId: id,
    baseVersion: p.budget.currentVersion,
    reason: '财务人员自己的申请',
    lines: [
      { lineCode: p.staff.lineCode, amountFen: p.staff.grant.currentFen - 1_00 },
      { lineCode: p.activity.lineCode, amountFen: p.activity.grant.currentFen + 1_00 },
    ],
  });
  seq.set(own.id, seq.get(mine.id)! + 1);
  await openTab(page, server, id, 'budget', '预算执行');
  await expect(card(own.id).getByRole('button', { name: '批准', exact: true })).toHaveCount(0);
  await expect(card(own.id)).toContainText('此申请由您提交，须由其他财务人员审批');
  const selfApproval = (await callOp(page, 'budgets.approveAdjustment', { adjustmentId: own.id })) as {
    ok: boolean;
    error?: { kind: string; message: string; details?: { rule?: string } };
  };
  expect(selfApproval.ok).toBe(false);
  expect(selfApproval.error?.details?.rule).toBe('budget.sameUser');
  expect(selfApproval.error?.message).toContain('申请人不能审批自己的申请');
  await card(own.id).getByRole('button', { name: '撤回' }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: `撤回第 ${seq.get(own.id)} 次调整申请` })
    .getByRole('button', { name: '确认撤回' })
    .click();
  await expect(card(own.id)).toContainText('已撤回');

  // …and approves the project officer's: it becomes version 2, and the table measures against it.
  const next = p.budget.currentVersion + 1;
  await card(mine.id).getByRole('button', { name: '批准', exact: true }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: `批准第 ${seq.get(mine.id)} 次调整申请` })
    .getByRole('button', { name: '确认批准' })
    .click();
  await expect(page.getByText(`第 ${seq.get(mine.id)} 次调整申请已批准，形成第 ${next} 版预算`)).toBeVisible();
  await expect(card(mine.id)).toContainText('已批准');
  await expect(card(mine.id)).toContainText(`形成第 ${next} 版`);
  const versions = page.getByRole('table', { name: '预算版本历史' });
  await expect(versions).toContainText(`第 ${next} 版`);
  await expect(versions).toContainText('人员经费结余调入活动经费，扩大社区活动覆盖面');
  await expect(versions).toContainText('张伟');
  await expect(versions).toContainText('王芳');
  const table = page.getByRole('table', { name: '预算执行表' });
  await expect(table.getByRole('columnheader', { name: '调整后预算' })).toBeVisible();
  const staffRow = table.getByRole('row').filter({ hasText: `${p.staff.lineCode} ${p.staff.categoryName}` });
  await expect(staffRow).toContainText(formatFen(p.staff.grant.currentFen));
  await expect(staffRow).toContainText(formatFen(staffTo));
  const activityRow = table.getByRole('row').filter({ hasText: `${p.activity.lineCode} ${p.activity.categoryName}` });
  await expect(activityRow).toContainText(formatFen(activityTo));
  await expect(activityRow).toContainText(`第 ${next} 版调增`);
  await expect(activityRow).toContainText('1,200.00');
  await expect(page.getByRole('region', { name: '资金概况' })).toContainText('财政资金支出');
  await shot(page, 'e2e-budget-zh');

  // The same two tabs in English.
  await choose(page, page.getByLabel('切换语言'), 'English');
  await expect(page.getByRole('tab', { name: 'Budget execution', selected: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Budget version history' })).toContainText(`Version ${next}`);
  await expect(page.getByRole('table', { name: 'Budget against actual' })).toContainText('Adjusted budget');
  await shot(page, 'e2e-budget-en');
  await page.getByRole('tab', { name: 'Expenditure ledger' }).click();
  await expect(page.getByRole('grid', { name: 'Expenditure ledger' })).toContainText('Reversed');
  await shot(page, 'e2e-ledger-en');
});
