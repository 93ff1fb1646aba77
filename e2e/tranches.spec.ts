import type { Page } from '@playwright/test';
import { formatFen } from '../src-main/core/money';
import { callOp, expect, signIn, test, type Server, choose, opValue } from './fixtures';

test.use({ demo: true });

interface Tranche {
  id: number;
  seq: number;
  amountFen: number;
  condition: string;
  state: string;
  gates: { gate: string; ok: boolean; message: string }[];
}
interface Plan {
  agreementNumber: string;
  approvedFen: number;
  releasedFen: number;
  tranches: Tranche[];
}
interface Project {
  id: number;
  name: string;
  plan: Plan;
  /** The first later tranche whose condition is a passed mid-term evaluation. */
  midterm: Tranche;
}

/** The server decides "today" in Shanghai time. */
function shanghaiDate(offsetDays: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** An approved, signed demo project whose first tranche is due on signing and whose later one needs a mid-term evaluation. */
async function findProject(page: Page): Promise<Project> {
  const list = await opValue<{ rows: { id: number; name: string }[] }>(page, 'applications.list', {
    filters: { state: 'approved' },
    pageSize: 100,
  });
  for (const row of list.rows) {
    const plan = await opValue<Plan>(page, 'tranches.list', { applicationId: row.id });
    const [first, ...later] = plan.tranches;
    const signed = first?.gates.some((g) => g.gate === 'on_signing' && g.ok);
    const midterm = later.find((t) => t.condition === 'midterm_passed');
    if (first?.condition === 'on_signing' && first.state === 'planned' && signed && midterm)
      return { id: row.id, name: row.name, plan, midterm };
  }
  throw new Error('no approved, signed demo project with an on-signing and a mid-term tranche');
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

const card = (page: Page, seq: number) => page.getByRole('article', { name: `第 ${seq} 期`, exact: true });
const gate = (page: Page, seq: number, name: string) =>
  page
    .getByRole('list', { name: `第 ${seq} 期拨付条件检查` })
    .getByRole('listitem')
    .filter({ hasText: name });
const summaryCell = (page: Page, label: string) =>
  page.getByRole('region', { name: '项目概况' }).locator(`th:has-text("${label}") + td`);

async function openProject(page: Page, server: Server, p: Project): Promise<void> {
  await page.goto(`${server.url}#/projects/${p.id}`);
  await expect(page.getByRole('heading', { level: 1, name: p.name })).toBeVisible();
  await expect(page.getByRole('tab', { name: '资金拨付', selected: true })).toBeVisible();
}

test('two finance officers release a tranche; one alone cannot; conditions show what fails', async ({
  page,
  server,
}) => {
  test.setTimeout(180_000);
  await signIn(page, server, 'finance');
  const p = await findProject(page);
  const first = p.plan.tranches[0]!;
  const amount = formatFen(first.amountFen);

  // The project list opens the project's finance page.
  await page.getByRole('menuitem', { name: '项目', exact: true }).click();
  await page.getByRole('searchbox').fill(p.name);
  await page.getByRole('searchbox').press('Enter');
  const grid = page.getByRole('grid', { name: '项目列表' });
  const row = grid.getByRole('row').filter({ hasText: p.plan.agreementNumber });
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: p.name }).click();
  await expect(page).toHaveURL(new RegExp(`#/projects/${p.id}$`));
  await expect(page.getByRole('tab', { name: '资金拨付', selected: true })).toBeVisible();
  for (const tab of ['预算执行', '支出台账', '里程碑与指标', '结项'])
    await expect(page.getByRole('tab', { name: tab })).toBeVisible();

  const summary = page.getByRole('region', { name: '项目概况' });
  await expect(summary).toContainText(p.plan.agreementNumber);
  await expect(summaryCell(page, '已拨付')).toContainText('0.00');
  await expect(summaryCell(page, '已拨付')).toContainText('人民币零元整');

  // Every condition of tranche 1 holds; the mid-term tranche names what it lacks.
  await expect(card(page, 1)).toContainText('待拨付');
  await expect(gate(page, 1, '协议签订')).toContainText('已满足');
  await expect(gate(page, p.midterm.seq, '中期评估合格')).toContainText('未满足');
  await expect(gate(page, p.midterm.seq, '中期评估合格')).toContainText('尚无中期评估');

  // The maker prepares tranche 1: a missing voucher number and a future date are refused, each named.
  await card(page, 1).getByRole('button', { name: '准备拨付' }).click();
  const dialog = page.getByRole('dialog', { name: '准备第 1 期拨付' });
  await dialog.getByRole('button', { name: '提交准备' }).click();
  await expect(dialog.getByRole('alert')).toContainText('请修正标出的字段后再保存');
  // Under the field main named (its accessible description), with the label the form shows.
  await expect(dialog.getByLabel('拨付凭证号')).toHaveAccessibleDescription('拨付凭证号：不能为空');
  await dialog.getByLabel('拨付凭证号').fill('2016-0001');
  const tomorrow = shanghaiDate(2);
  await pickDate(page, '凭证日期', tomorrow);
  await dialog.getByRole('button', { name: '提交准备' }).click();
  // Main's refusal (a service rule, not the schema) lands under 凭证日期, which it names by path; said once,
  // the alert above only points to it.
  await expect(dialog.getByLabel('凭证日期', { exact: true })).toHaveAccessibleDescription(
    new RegExp(`^日期 ${tomorrow} 晚于今天`),
  );
  await expect(dialog.getByText(`日期 ${tomorrow} 晚于今天`, { exact: false })).toHaveCount(1);
  await expect(dialog.getByRole('alert').first()).toHaveText('请修正标出的字段后再保存');
  await pickDate(page, '凭证日期', shanghaiDate(-1));
  await dialog.getByRole('button', { name: '提交准备' }).click();
  await expect(dialog).toBeHidden();

  await expect(card(page, 1)).toContainText('待确认拨付');
  await expect(card(page, 1)).toContainText('2016-0001');
  await expect(card(page, 1)).toContainText('王芳');
  // Maker–checker: the maker is not offered the release, and main refuses it when called directly.
  await expect(card(page, 1).getByRole('button', { name: '确认拨付' })).toHaveCount(0);
  await expect(card(page, 1).getByRole('button', { name: '撤回' })).toBeVisible();
  await expect(card(page, 1)).toContainText('须由另一名财务人员确认');
  const refused = (await callOp(page, 'tranches.release', { trancheId: first.id })) as {
    ok: boolean;
    error?: { kind: string; message: string; details?: { rule?: string } };
  };
  expect(refused.ok).toBe(false);
  expect(refused.error?.kind).toBe('RuleViolation');
  expect(refused.error?.details?.rule).toBe('tranche.makerChecker');
  expect(refused.error?.message).toContain('经办人不能审核自己提交的拨付');
  await signOut(page);

  // The checker, a different finance officer, releases it.
  await signIn(page, server, 'finance2');
  await openProject(page, server, p);
  await expect(card(page, 1)).toContainText('待确认拨付');
  await card(page, 1).getByRole('button', { name: '确认拨付' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '确认第 1 期拨付' });
  await expect(confirm).toContainText(amount);
  await confirm.getByRole('button', { name: '确认拨付' }).click();

  await expect(card(page, 1)).toContainText('已拨付');
  await expect(card(page, 1)).toContainText('李强');
  await expect(page.getByRole('list', { name: '第 1 期拨付记录' })).toContainText(amount);
  await expect(summaryCell(page, '已拨付')).toContainText(amount);
  await expect(summaryCell(page, '未拨付')).toContainText(formatFen(p.plan.approvedFen - first.amountFen));

  // Tranche 1 is settled now; the mid-term tranche still fails on its own condition, and a release of it
  // is refused naming that condition.
  await expect(gate(page, p.midterm.seq, '前期拨付完成')).toContainText('已满足');
  await expect(gate(page, p.midterm.seq, '中期评估合格')).toContainText('尚无中期评估');
  await signOut(page);
  await signIn(page, server, 'finance');
  await opValue(page, 'tranches.prepare', {
    trancheId: p.midterm.id,
    voucherNo: '2016-0002',
    voucherDate: shanghaiDate(-1),
  });
  await signOut(page);
  await signIn(page, server, 'finance2');
  await openProject(page, server, p);
  const midterm = card(page, p.midterm.seq);
  await expect(midterm).toContainText('拨付条件未全部满足');
  await midterm.getByRole('button', { name: '确认拨付' }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: `确认第 ${p.midterm.seq} 期拨付` })
    .getByRole('button', { name: '确认拨付' })
    .click();
  const alert = midterm.getByRole('alert');
  await expect(alert).toContainText(`第 ${p.midterm.seq} 期“确认拨付”未执行`);
  await expect(alert).toContainText('尚无中期评估');
  await expect(midterm).toContainText('待确认拨付');

  // The same page in English: the tabs, the states and main's own words for each condition.
  await choose(page, page.getByLabel('切换语言'), 'English');
  await expect(page.getByRole('tab', { name: 'Tranches', selected: true })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Tranche 1', exact: true })).toContainText('Released');
  await expect(page.getByRole('list', { name: `Release conditions of tranche ${p.midterm.seq}` })).toContainText(
    'there is no mid-term evaluation yet',
  );
  if (process.env.E2E_SHOTS) {
    // Tall enough for the whole timeline: the page scrolls inside the shell, not the window.
    await page.setViewportSize({ width: 1440, height: 2000 });
    await expect(page.getByRole('option', { name: 'English' })).toBeHidden();
    await page.screenshot({ path: `${process.env.E2E_SHOTS}/tranches-en.png` });
    await choose(page, page.getByLabel('Switch language'), '中文');
    await expect(page.getByRole('option', { name: '中文' })).toBeHidden();
    await expect(gate(page, p.midterm.seq, '中期评估合格')).toContainText('尚无中期评估');
    await page.screenshot({ path: `${process.env.E2E_SHOTS}/tranches-zh.png` });
  }
});

test('the application detail links to the project finance page; an auditor sees no tranche actions', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'auditor');
  const p = await findProject(page);
  await page.goto(`${server.url}#/applications/${p.id}`);
  await page.getByRole('tab', { name: '协议' }).click();
  await page.getByRole('link', { name: '资金拨付与项目财务' }).click();
  await expect(page).toHaveURL(new RegExp(`#/projects/${p.id}/tranches$`));
  await expect(card(page, 1)).toContainText('待拨付');
  await expect(gate(page, 1, '协议签订')).toContainText('已满足');
  await expect(page.getByRole('toolbar', { name: '第 1 期操作' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '准备拨付' })).toHaveCount(0);
  await page.getByRole('tab', { name: '支出台账' }).click();
  await expect(page).toHaveURL(new RegExp(`#/projects/${p.id}/ledger$`));
  await expect(page.getByRole('tab', { name: '支出台账', selected: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('tab', { name: '资金拨付', selected: true })).toBeVisible();
});
