import type { Page } from '@playwright/test';
import { expect, signIn, test, type Server, choose, opValue } from './fixtures';

test.use({ demo: true });

/** Screenshots for the people who review the screens; off unless INSPECTION_SHOTS names a folder. */
const SHOTS = process.env.INSPECTION_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

interface Tranche {
  id: number;
  seq: number;
  state: string;
  condition: string;
  gates: { gate: string; ok: boolean }[];
}

/** A demo project whose first tranche 王芳 prepared and only its release is left, with no rectification yet. */
async function findProject(page: Page): Promise<{ id: number; name: string; tranche: Tranche }> {
  const list = await opValue<{ rows: { id: number; name: string }[] }>(page, 'applications.list', {
    filters: { state: 'approved' },
    pageSize: 100,
  });
  for (const row of list.rows) {
    const plan = await opValue<{ tranches: Tranche[] }>(page, 'tranches.list', { applicationId: row.id });
    const first = plan.tranches[0];
    const items = await opValue<{ total: number }>(page, 'rectifications.list', { filters: { applicationId: row.id } });
    if (first?.state === 'prepared' && first.gates.every((g) => g.ok) && items.total === 0)
      return { id: row.id, name: row.name, tranche: first };
  }
  throw new Error('no demo project with a prepared, releasable first tranche');
}

async function switchTo(page: Page, server: Server, username: string): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await signIn(page, server, username);
}

const FINDING = '活动过程记录不真实或无法核实';
const REF = `#1 ${FINDING}`;

test('a 严重 finding holds a tranche until a second evaluator verifies its fix; then finance releases it', async ({
  page,
  server,
}) => {
  test.setTimeout(240_000);
  // 刘洋 inspects with 赵敏 on the project's 检查与整改 tab.
  await signIn(page, server, 'evaluator');
  const p = await findProject(page);
  await page.goto(`${server.url}#/projects/${p.id}/inspections`);
  await page.getByRole('button', { name: '新建检查' }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建检查' });
  await dialog.getByLabel('检查地点').fill('社区服务中心活动室');
  await choose(page, dialog.getByRole('combobox', { name: '选择评估检查人员' }), '赵敏');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `检查：${p.name}` })).toBeVisible();

  // Most of the checklist is answered through the op; item 9 (否) and a score from the keyboard.
  const inspectionId = Number(/#\/inspections\/(\d+)/.exec(page.url())![1]);
  const draft = await opValue<{ checklist: { items: { id: number; seq: number; answerType: string }[] } }>(
    page,
    'inspections.get',
    { inspectionId },
  );
  const filled = { yes_no: 'yes', score: '8', number: '12', text: '档案较完整' } as Record<string, string>;
  const answers = draft.checklist.items
    .filter((i) => i.seq !== 9 && i.seq !== 12)
    .map((i) => ({ itemId: i.id, value: filled[i.answerType]!, note: '' }));
  await opValue(page, 'inspections.saveAnswers', { inspectionId, answers });
  await page.reload();
  await expect(page.getByText('已回答 15 / 17 项')).toBeVisible();
  const item9 = page.getByRole('radiogroup', { name: /^9\. / });
  await item9.getByRole('radio', { name: '是' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(item9.getByRole('radio', { name: '否' })).toBeChecked();
  await page.getByRole('spinbutton', { name: /^12\. / }).fill('7');
  await page.getByRole('button', { name: /^保存答案/ }).click();
  await expect(page.getByText('已回答 17 / 17 项')).toBeVisible();
  await expect(page.getByRole('button', { name: '答案已保存' })).toBeDisabled();

  await page.getByRole('button', { name: '登记问题' }).click();
  const finding = page.getByRole('dialog', { name: '登记问题' });
  await choose(page, finding.getByLabel('对应检查项'), /^9\. /);
  await expect(finding.getByLabel('问题描述')).toHaveValue(FINDING);
  await finding.getByLabel('整改要求').fill('补齐活动签到表与照片，说明缺失原因');
  await finding.getByLabel('整改责任人').fill('项目负责人');
  await finding.getByRole('button', { name: '登记问题' }).click();
  await expect(finding).toBeHidden();
  await shot(page, '1-inspection-draft');
  // Each inspector signs; the record stays a draft until 赵敏 has signed too.
  const signatures = page.getByRole('region', { name: '签字确认' });
  await signatures.getByRole('button', { name: '签字确认' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '签字确认' }).click();
  await expect(signatures.getByRole('listitem').filter({ hasText: '刘洋' })).toContainText('已签字');
  await expect(page.getByText('检查已签字确认，记录只读')).toBeHidden();
  await switchTo(page, server, 'expert1');
  await page.goto(`${server.url}#/inspections/${inspectionId}`);
  await signatures.getByRole('button', { name: '签字确认' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '签字确认' }).click();
  await expect(page.getByText('检查已签字确认，记录只读')).toBeVisible();
  await shot(page, '1b-signed');
  await expect(page.getByRole('radiogroup').first().getByRole('radio').first()).toBeDisabled();

  // The organization's evidence, recorded by the project officer.
  await switchTo(page, server, 'project');
  await page.goto(`${server.url}#/projects/${p.id}/inspections`);
  const card = page.getByRole('article', { name: REF });
  await card.getByRole('button', { name: '登记整改材料' }).click();
  await page.getByRole('dialog').getByLabel('整改情况说明').fill('已补齐签到表与活动照片');
  await page.getByRole('dialog').getByRole('button', { name: '登记整改材料' }).click();
  await expect(page.getByRole('region', { name: '待验证' }).getByRole('article', { name: REF })).toBeVisible();

  // The tranche stays held while the 严重 item is open: its condition names the item.
  await page.goto(`${server.url}#/projects/${p.id}/tranches`);
  const gate = page.getByRole('list', { name: '第 1 期拨付条件检查' }).getByRole('listitem').filter({ hasText: REF });
  await expect(gate).toContainText('有 1 项严重整改事项尚未完成');
  await shot(page, '2-tranche-held');

  // A second evaluator verifies it.
  await switchTo(page, server, 'expert2');
  await page.goto(`${server.url}#/projects/${p.id}/inspections`);
  await card.getByRole('button', { name: '验证通过' }).click();
  await page.getByRole('dialog').getByLabel('验证意见').fill('核对签到表与照片，整改到位');
  await page.getByRole('dialog').getByRole('button', { name: '验证通过' }).click();
  await expect(page.getByRole('region', { name: '已验证' }).getByRole('article', { name: REF })).toBeVisible();

  // Now finance releases the tranche.
  await switchTo(page, server, 'finance2');
  await page.goto(`${server.url}#/projects/${p.id}/tranches`);
  const tranche = page.getByRole('article', { name: '第 1 期', exact: true });
  await tranche.getByRole('button', { name: '确认拨付' }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: '确认第 1 期拨付' })
    .getByRole('button', { name: '确认拨付' })
    .click();
  await expect(tranche).toContainText('已拨付');
  await shot(page, '4-released');
});

test('each number of the 监督检查 overview opens the list of exactly those rows', async ({ page, server }) => {
  test.setTimeout(90_000);
  await signIn(page, server, 'evaluator');
  await page.goto(`${server.url}#/supervision`);
  const overview = page.getByRole('tabpanel', { name: '概览' });
  const overdue = overview.getByRole('link', { name: /^全部逾期整改事项：\d+ 项/ });
  const total = Number(await overdue.textContent());
  expect(total).toBeGreaterThan(0);
  await shot(page, '5-overview');

  // Overdue: the board narrowed to overdue items shows that many cards, every one marked 已逾期.
  await overdue.click();
  const board = page.getByRole('region', { name: '整改看板' });
  await expect(page.getByRole('checkbox', { name: '仅看逾期' })).toBeChecked();
  await expect(board.getByRole('article')).toHaveCount(total);
  await expect(board.getByRole('article').filter({ hasNotText: '已逾期' })).toHaveCount(0);
  await shot(page, '6-board-overdue');

  // One district's number: the board shows that district's overdue items only, named in the filter bar.
  await page.getByRole('tab', { name: '概览' }).click();
  const district = overview.getByRole('region', { name: '按区县' }).getByRole('listitem').first();
  const districtName = (await district.locator('span').first().textContent())!;
  const districtLink = district.getByRole('link');
  const inDistrict = Number(await districtLink.textContent());
  await districtLink.click();
  await expect(page.getByText(`区县：${districtName}`)).toBeVisible();
  await expect(board.getByRole('article')).toHaveCount(inDistrict);

  // Projects not inspected in the year: the list's total is the number clicked.
  await page.getByRole('tab', { name: '概览' }).click();
  const notInspected = overview.getByRole('link', { name: /年未检查的项目：\d+ 项/ });
  const uninspected = Number(await notInspected.textContent());
  await notInspected.click();
  await expect(page.getByRole('tabpanel', { name: '未检查项目' }).getByText(`共 ${uninspected} 条`)).toBeVisible();
  await shot(page, '7-not-inspected');

  // A grade count opens the evaluations list filtered by program, kind and grade, with that many rows.
  await page.getByRole('tab', { name: '概览' }).click();
  const grade = overview
    .locator('[aria-label^="评估等级分布"]')
    .getByRole('link', { name: /：[1-9]\d* 项/ })
    .first();
  const graded = Number(await grade.textContent());
  await grade.click();
  await expect(page.getByRole('heading', { level: 1, name: '监督检查 · 评估' })).toBeVisible();
  await expect(page.locator('[aria-label="评估列表"] tbody tr.ant-table-row')).toHaveCount(graded);
  await shot(page, '8-evaluations-filtered');
});
