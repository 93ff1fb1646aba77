import { expect, signIn, test, choose } from './fixtures';

test.use({ demo: true });

test('an administrator creates a fund program; the amount shows its 大写 as it is typed', async ({ page, server }) => {
  await signIn(page, server, 'admin');
  await page.getByRole('menuitem', { name: '资金计划' }).click();
  await expect(page.getByRole('grid', { name: '资金计划列表' })).toContainText('CQ-ZY-2015');

  await page.getByRole('button', { name: '新建资金计划' }).click();
  await page.getByLabel('编号').fill('CQ-ZY-2026');
  await page.getByLabel('名称').fill('2026年中央财政支持社会组织参与社会服务项目');
  await choose(page, page.getByLabel('资金来源'), '中央财政');
  await page.getByLabel('年度').fill('2026');
  await page.getByLabel('资金总额').fill('12,000,000.50');
  await expect(page.getByText('人民币壹仟贰佰万元伍角')).toBeVisible();
  // The central template sets the management-fee cap to 0, as 财社〔2012〕138号 requires.
  await expect(page.getByLabel('管理费上限（%）')).toHaveValue('0');

  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('资金计划已创建')).toBeVisible();

  await page.getByRole('menuitem', { name: '资金计划' }).click();
  const grid = page.getByRole('grid', { name: '资金计划列表' });
  await expect(grid).toContainText('CQ-ZY-2026');
  await expect(grid).toContainText('12,000,000.50');
});
