import type { Browser, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { amountInWords, formatFen } from '../src-main/core/money';
import { callOp, expect, signIn, test, type Server, choose, opValue } from './fixtures';

test.use({ demo: true });

const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';

interface Entry {
  item: string;
  applicable: boolean;
  ok: boolean;
  rule: string;
  message: string;
}
interface CloseOut {
  applicationId: number;
  agreementNumber: string;
  projectName: string;
  checklist: Entry[];
  mayClose: boolean;
  balance: { grantReceivedFen: number; grantSpentFen: number };
  recoveryDue: { unspentFen: number; disallowedFen: number; dueFen: number; outstandingFen: number };
  closed: unknown;
  availableActions: string[];
}
interface Tranche {
  id: number;
  seq: number;
  state: string;
  gates: { gate: string; ok: boolean }[];
}
interface FiscalYear {
  year: number;
  locked: unknown;
  blockers: { rule: string; message: string }[];
  availableActions: string[];
}
interface Refusal {
  ok: boolean;
  error?: { kind: string; message: string; details?: { violations?: { rule: string; message: string }[] } };
}

/** The server decides "today" in Shanghai time. */
function shanghaiDate(offsetDays = 0): string {
  const d = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Fen as the text an officer types ("42602.00"), never through a float. */
const typed = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

const failing = (v: CloseOut) => v.checklist.filter((c) => !c.ok).map((c) => c.item);

/**
 * An open project of a finished year whose only gaps are what this test closes: later tranches still
 * planned and unspent grant money not yet recovered (no advance, nothing disallowed, nothing pending).
 */
async function findProject(page: Page): Promise<CloseOut> {
  const list = await opValue<{ rows: { id: number; year: number }[] }>(page, 'applications.list', {
    filters: { state: 'approved', year: 2015 },
    pageSize: 200,
  });
  for (const row of list.rows) {
    const v = await opValue<CloseOut>(page, 'closeOut.view', { applicationId: row.id });
    if (v.closed !== null || !v.availableActions.includes('recordRecovery')) continue;
    if (failing(v).join() !== 'tranches_settled,recovery_settled') continue;
    if (v.recoveryDue.disallowedFen !== 0 || v.balance.grantSpentFen > v.balance.grantReceivedFen) continue;
    return v;
  }
  throw new Error('no open 2015 demo project with unsettled tranches and unspent money to recover');
}

/**
 * Settles every open tranche through the ops: released by maker (finance) and checker (finance2) when each
 * condition holds, cancelled otherwise (e.g. no passed mid-term evaluation).
 */
async function settleTranches(page: Page, browser: Browser, server: Server, applicationId: number): Promise<void> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const checker = await context.newPage();
  await signIn(checker, server, 'finance2');
  for (;;) {
    const plan = await opValue<{ tranches: Tranche[] }>(page, 'tranches.list', { applicationId });
    const next = plan.tranches.sort((a, b) => a.seq - b.seq).find((t) => t.state === 'planned');
    if (!next) break;
    if (next.gates.every((g) => g.ok)) {
      await opValue(page, 'tranches.prepare', {
        trancheId: next.id,
        voucherNo: `拨-E2E-${next.seq}`,
        voucherDate: shanghaiDate(),
      });
      await opValue(checker, 'tranches.release', { trancheId: next.id });
    } else {
      await opValue(page, 'tranches.cancel', {
        trancheId: next.id,
        reason: '拨付条件未满足，余款不再拨付，按结项清算',
      });
    }
  }
  await context.close();
}

async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  // A toast of the previous step (possibly in the language just left) would cover the title.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await page.setViewportSize({ width: 1440, height: 2000 });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** The open dialog once its opening animation has run. */
async function dialogShot(page: Page, name: string): Promise<void> {
  await expect(page.locator('.ant-modal-wrap .ant-zoom-appear, .ant-modal-wrap .ant-zoom-enter')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function switchLanguage(page: Page, from: string, to: string): Promise<void> {
  await choose(page, page.getByLabel(from), to);
  await expect(page.getByRole('option', { name: to })).toBeHidden();
}

const checkItem = (page: Page, name: string) =>
  page
    .getByRole('list', { name: /结项检查清单|结项时的检查结果/ })
    .getByRole('listitem')
    .filter({ hasText: name });

test('close-out: the checklist names what fails, a recovery settles it, 结项 makes the project read-only; 结账 of an unfinished year is refused', async ({
  page,
  server,
  browser,
}) => {
  test.setTimeout(300_000);
  await signIn(page, server, 'finance');
  const p = await findProject(page);
  const id = p.applicationId;
  const today = shanghaiDate();

  // Closing is refused while items fail, naming every one of them.
  const early = (await callOp(page, 'closeOut.close', { applicationId: id, closedDate: today, note: '' })) as Refusal;
  expect(early.ok).toBe(false);
  expect(early.error?.details?.violations?.map((v) => v.rule)).toEqual([
    'closeOut.tranchesUnsettled',
    'closeOut.recoveryOutstanding',
  ]);

  // The tab shows both failing items (✗) with main's words, and offers no 结项.
  await page.goto(`${server.url}#/projects/${id}/closeout`);
  await expect(page.getByRole('tab', { name: '结项', selected: true })).toBeVisible();
  const status = page.getByRole('group', { name: '结项状态' });
  await expect(status).toContainText('未结项');
  await expect(status).toContainText('尚有 2 项未满足');
  await expect(checkItem(page, '资金拨付已完成')).toContainText('未满足');
  await expect(checkItem(page, '资金拨付已完成')).toContainText('期拨付尚未完成');
  await expect(checkItem(page, '应收回资金已收回')).toContainText('未满足');
  await expect(checkItem(page, '应收回资金已收回')).toContainText('未收回');
  await expect(checkItem(page, '无未结清垫支')).toContainText('已满足');
  // The project's inspection found one item, fixed and verified; its final evaluation is on record.
  await expect(checkItem(page, '整改事项已完成')).toContainText('已满足');
  await expect(checkItem(page, '结项评估')).toContainText('已满足');
  const toolbar = page.getByRole('toolbar', { name: '结项操作' });
  await expect(toolbar.getByRole('button', { name: '登记资金收回' })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: '结项' })).toHaveCount(0);
  const grant = page.getByRole('table', { name: '财政资金' });
  await expect(grant.getByRole('row', { name: /到位资金/ })).toContainText(formatFen(p.balance.grantReceivedFen));
  await expect(grant.getByRole('row', { name: /到位资金/ })).toContainText(amountInWords(p.balance.grantReceivedFen));
  await shot(page, 'closeout-open-zh');

  // Tranches are settled through the ops (maker and checker); the item turns ✓.
  await settleTranches(page, browser, server, id);
  const settled = await opValue<CloseOut>(page, 'closeOut.view', { applicationId: id });
  expect(failing(settled)).toEqual(['recovery_settled']);
  const outstanding = settled.recoveryDue.outstandingFen;
  expect(outstanding).toBeGreaterThan(0);
  await page.reload();
  await expect(checkItem(page, '资金拨付已完成')).toContainText('已满足');
  await expect(checkItem(page, '应收回资金已收回')).toContainText('未满足');
  await expect(page.getByRole('table', { name: '应收回资金' }).getByRole('row', { name: /尚未收回/ })).toContainText(
    formatFen(outstanding),
  );

  // 登记资金收回 in the UI: a future date is refused, named; then the unspent grant is recorded.
  await toolbar.getByRole('button', { name: '登记资金收回' }).click();
  const dialog = page.getByRole('dialog', { name: '登记资金收回' });
  await expect(dialog).toContainText(`尚未收回 ${formatFen(outstanding)} 元`);
  await dialog.getByLabel('收回金额').fill(typed(outstanding));
  await expect(dialog).toContainText(amountInWords(outstanding));
  await dialog.getByLabel('收款凭证号').fill('缴-2026-0042');
  const tomorrow = shanghaiDate(2);
  await pickDate(page, '收回日期', tomorrow);
  // Not exact: after a refused call antd may leave its (hidden) loading icon in the button's name.
  const submit = dialog.getByRole('button', { name: '登记' });
  await submit.click();
  // The refusal names 收回日期, so it is said once, under that field, and the alert above only points to it.
  await expect(dialog).toContainText(`收回日期 ${tomorrow} 晚于今天`);
  await expect(dialog.getByText(`收回日期 ${tomorrow} 晚于今天`, { exact: false })).toHaveCount(1);
  await expect(dialog.getByRole('alert')).toContainText('请修正标出的字段后再保存');
  await dialogShot(page, 'closeout-recovery-refused-zh');
  await pickDate(page, '收回日期', today);
  await dialog.getByLabel('收回原因').fill('项目结余资金按规定缴回');
  await submit.click();
  await expect(dialog).toBeHidden();
  const recoveries = page.getByRole('region', { name: '资金收回记录' });
  await expect(recoveries).toContainText('缴-2026-0042');
  await expect(recoveries).toContainText(formatFen(outstanding));
  await expect(recoveries).toContainText('未使用资金');
  await expect(recoveries).toContainText('王芳');
  await expect(checkItem(page, '应收回资金已收回')).toContainText('已满足');
  await expect(status).toContainText('可以结项');

  // 结项 in the UI, after a confirmation that says what it means.
  await toolbar.getByRole('button', { name: '结项' }).click();
  const closing = page.getByRole('dialog', { name: '项目结项' });
  await expect(closing).toContainText('结项后项目只读');
  await dialogShot(page, 'closeout-close-dialog-zh');
  await closing.getByLabel('结项说明').fill('项目执行完毕，结余资金已缴回');
  await closing.getByRole('button', { name: '确认结项' }).click();
  await expect(closing).toBeHidden();
  const banner = page.getByRole('region', { name: '结项信息' });
  await expect(banner).toContainText('已结项');
  await expect(banner).toContainText(today);
  await expect(banner).toContainText('王芳');
  await expect(banner).toContainText('项目执行完毕，结余资金已缴回');
  await expect(page.getByRole('heading', { name: '结项时的检查结果' })).toBeVisible();
  await expect(checkItem(page, '资金拨付已完成')).toContainText('已满足');
  await expect(page.getByRole('tabpanel').getByRole('button')).toHaveCount(0);
  await shot(page, 'closeout-closed-zh');

  // Read-only everywhere: no action on the tranche timeline, the ledger or the budget.
  await page.getByRole('tab', { name: '资金拨付' }).click();
  await expect(page.getByRole('article', { name: '第 1 期', exact: true })).toBeVisible();
  // Soft: the rest of the test still runs (and reports) while this fails.
  for (const name of ['准备拨付', '确认拨付', '撤回', '冲销', '取消拨付'])
    await expect.soft(page.getByRole('tabpanel').getByRole('button', { name })).toHaveCount(0);
  await page.getByRole('tab', { name: '支出台账' }).click();
  await expect(page.getByRole('grid', { name: '支出台账' })).toBeVisible();
  await expect(page.getByRole('button', { name: '登记支出' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^冲销凭证/ })).toHaveCount(0);
  await page.getByRole('tab', { name: '预算执行' }).click();
  await expect(page.getByRole('region', { name: '资金概况' })).toBeVisible();
  await expect(page.getByRole('button', { name: '申请调整' })).toHaveCount(0);

  // Main refuses writes to the closed project, naming the rule.
  const budget = await opValue<{ execution: { rows: { lineCode: string }[] } }>(page, 'budgets.view', {
    applicationId: id,
  });
  const post = (await callOp(page, 'ledger.post', {
    applicationId: id,
    date: today,
    lineCode: budget.execution.rows[0]!.lineCode,
    share: 'grant',
    payee: '重庆市某文具店',
    summary: '结项后补记',
    amountFen: 100_00,
  })) as Refusal;
  expect(post.ok).toBe(false);
  expect(post.error?.details?.violations?.map((v) => v.rule)).toContain('ledger.projectClosed');
  expect(post.error?.message).toContain('项目已结项，支出台账只读');
  const plan = await opValue<{ tranches: Tranche[] }>(page, 'tranches.list', { applicationId: id });
  const prepare = (await callOp(page, 'tranches.prepare', {
    trancheId: plan.tranches[0]!.id,
    voucherNo: '拨-E2E-X',
    voucherDate: today,
  })) as Refusal;
  expect(prepare.ok).toBe(false);
  expect(prepare.error?.details?.violations?.map((v) => v.rule)).toEqual(['tranche.projectClosed']);
  expect(prepare.error?.message).toBe(`项目 ${p.agreementNumber} 已结项，不能再办理拨付`);

  // 结账: this year has not ended, so it cannot be locked (no button, main refuses and says why).
  await page.getByRole('menuitem', { name: '结账' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '结账' })).toBeVisible();
  const year = Number(today.slice(0, 4));
  const current = page.getByRole('article', { name: `${year} 年度`, exact: true });
  await expect(current).toContainText('暂不能结账');
  await expect(current.getByRole('list', { name: `${year} 年度不能结账的原因` })).toContainText(
    `${year} 年度尚未结束（今天是 ${today}），不能结账`,
  );
  await expect(current.getByRole('button')).toHaveCount(0);
  const early2 = (await callOp(page, 'periods.lock', { year, note: '' })) as Refusal;
  expect(early2.ok).toBe(false);
  expect(early2.error?.details?.violations?.map((v) => v.rule)).toEqual(['period.notEnded']);

  // A finished year with nothing pending is locked in the UI, and shows who locked it.
  const periods = await opValue<{ years: FiscalYear[] }>(page, 'periods.list', {});
  const lockable = periods.years.find((y) => y.availableActions.includes('lock'));
  expect(lockable, 'a finished demo year with nothing pending').toBeDefined();
  const ended = page.getByRole('article', { name: `${lockable!.year} 年度`, exact: true });
  await expect(ended).toContainText('可以结账');
  await expect(ended).toContainText('该年度已结束，所有事项均已记账，可以结账。');
  await ended.getByRole('button', { name: `${lockable!.year} 年度结账` }).click();
  const lockDialog = page.getByRole('dialog', { name: `${lockable!.year} 年度结账` });
  await expect(lockDialog).toContainText('结账不能撤销');
  await dialogShot(page, 'periods-lock-dialog-zh');
  await lockDialog.getByLabel('结账说明').fill('年度决算完成');
  await lockDialog.getByRole('button', { name: '确认结账' }).click();
  await expect(lockDialog).toBeHidden();
  await expect(ended).toContainText('已结账');
  await expect(ended).toContainText('王芳');
  await expect(ended).toContainText('年度决算完成');
  await expect(ended.getByRole('button')).toHaveCount(0);
  await shot(page, 'periods-zh');

  // The same in English: main's own words for each item, the page's labels.
  await switchLanguage(page, '切换语言', 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Fiscal periods' })).toBeVisible();
  await expect(page.getByRole('article', { name: `Fiscal year ${year}`, exact: true })).toContainText(
    `the fiscal year ${year} has not ended`,
  );
  await shot(page, 'periods-en');
  await page.goto(`${server.url}#/projects/${id}/closeout`);
  await expect(page.getByRole('region', { name: 'Close-out' })).toContainText('Closed');
  await expect(
    page.getByRole('list', { name: 'Checklist as evaluated on closing' }).getByRole('listitem').first(),
  ).toContainText('tranches are released or cancelled');
  await shot(page, 'closeout-closed-en');
});
