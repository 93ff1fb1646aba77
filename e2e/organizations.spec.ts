import { makeCreditCode } from '../src-main/core/credit-code';
import { expect, signIn, test, choose } from './fixtures';

test.use({ demo: true });

test('a project officer registers an organization; a wrong credit code is refused naming the field', async ({
  page,
  server,
}) => {
  const good = makeCreditCode('52', '500103', 'MA2E2E701');
  const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');

  await signIn(page, server, 'project');
  await page.getByRole('menuitem', { name: '机构' }).click();
  await page.getByRole('button', { name: '新建机构' }).click();
  await page.getByLabel('机构名称').fill('重庆市渝中区测试社会工作服务中心');
  await page.getByLabel('统一社会信用代码').fill(wrongCheck);
  await choose(page, page.getByLabel('机构类型'), '社会服务机构');
  await choose(page, page.getByLabel('登记方式'), '登记', true);
  await choose(page, page.getByLabel('所在区县'), '渝中区');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`统一社会信用代码：校验位错误：第 18 位应为“${good[17]}”`)).toBeVisible();

  await page.getByLabel('统一社会信用代码').fill(good.toLowerCase());
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('机构已创建')).toBeVisible();

  // A second organization with the same code is refused by main, and the message names the other one.
  await page.getByRole('menuitem', { name: '机构' }).click();
  await page.getByRole('button', { name: '新建机构' }).click();
  await page.getByLabel('机构名称').fill('重复代码的机构');
  await page.getByLabel('统一社会信用代码').fill(good);
  await choose(page, page.getByLabel('机构类型'), '社会服务机构');
  await choose(page, page.getByLabel('登记方式'), '登记', true);
  await choose(page, page.getByLabel('所在区县'), '渝中区');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(/已被机构“重庆市渝中区测试社会工作服务中心”使用/).first()).toBeVisible();
});

test('the organization table filters and sorts on the server', async ({ page, server }) => {
  await signIn(page, server, 'finance');
  await page.getByRole('menuitem', { name: '机构' }).click();
  const grid = page.getByRole('grid', { name: '机构列表' });
  await expect(grid.getByRole('row').nth(1)).toBeVisible();
  const totalAll = await page.getByText(/^共 \d+ 条$/).textContent();

  await choose(page, page.getByLabel('按区县筛选'), '万州区');
  await expect(page.getByText(/^共 \d+ 条$/)).not.toHaveText(totalAll ?? '');
  const districtCells = grid.locator('[role="row"] [role="gridcell"][data-column="districtCode"]');
  await expect(districtCells.first()).toHaveText('万州区');
  for (const text of await districtCells.allTextContents()) expect(text).toBe('万州区');

  // aria-sort changes at the click; the rows change when the server's sorted page arrives, so wait for them.
  const founded = async () =>
    (await grid.locator('[role="gridcell"][data-column="foundedDate"]').allTextContents()).filter((d) => /\d/.test(d));
  await grid.getByRole('button', { name: /成立日期/ }).click();
  await expect(grid.getByRole('columnheader', { name: /成立日期/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => (await founded()).length).toBeGreaterThan(1);
  await expect
    .poll(async () => {
      const asc = await founded();
      return JSON.stringify([...asc].sort()) === JSON.stringify(asc);
    })
    .toBe(true);

  await grid.getByRole('button', { name: /成立日期/ }).click();
  await expect(grid.getByRole('columnheader', { name: /成立日期/ })).toHaveAttribute('aria-sort', 'descending');
  await expect
    .poll(async () => {
      const desc = await founded();
      return desc.length > 1 && JSON.stringify([...desc].sort().reverse()) === JSON.stringify(desc);
    })
    .toBe(true);
});
