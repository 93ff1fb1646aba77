import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCreditCode } from '../src-main/core/credit-code';
import { callOp, expect, signIn, test } from './fixtures';

test.use({ demo: true });

const HEADER =
  '项目名称,申报机构统一社会信用代码,资金计划编号,项目类别,服务领域,区县,开始日期,结束日期,申请金额(元),配套资金(元)';

test('importing applications previews every row error and imports nothing until the file is clean', async ({
  page,
  server,
}, testInfo) => {
  const code = makeCreditCode('51', '500106', 'MA4E2E701');
  const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
  await signIn(page, server, 'project');
  const org = await callOp(page, 'organizations.create', {
    name: '沙坪坝区守望幸福志愿者协会',
    creditCode: code,
    kind: 'social_group',
    registration: 'registered',
    districtCode: '500106',
  });
  expect(org.ok).toBe(true);

  mkdirSync(testInfo.outputDir, { recursive: true });
  const bad = join(testInfo.outputDir, '申报导入-有错误.csv');
  writeFileSync(
    bad,
    [
      HEADER,
      `守望幸福·老年人社区支持,${code},CQ-FC-2016,B,扶老,沙坪坝区,2016-03-01,2016-12-31,"150,000.00",15000`,
      `社区益童成长营,${wrong},CQ-FC-2016,B,助学,沙坪坝区,2016-03-01,2016-12-31,80000.123,0`,
    ].join('\r\n'),
  );
  await page.getByRole('menuitem', { name: '申报项目' }).click();
  await page.getByRole('button', { name: '导入' }).click();
  await page.getByLabel('选择文件').setInputFiles(bad);
  const errors = page.getByRole('table', { name: '导入错误' });
  await expect(errors).toContainText('申报机构统一社会信用代码');
  await expect(errors).toContainText('校验位错误');
  await expect(errors).toContainText('申请金额(元)');
  await expect(page.getByRole('button', { name: '确认导入' })).toBeDisabled();

  const good = join(testInfo.outputDir, '申报导入.csv');
  writeFileSync(
    good,
    [
      HEADER,
      `守望幸福·老年人社区支持,${code},CQ-FC-2016,B,扶老,沙坪坝区,2016-03-01,2016-12-31,"150,000.00",15000`,
    ].join('\r\n'),
  );
  await page.getByLabel('选择文件').setInputFiles(good);
  await expect(page.getByRole('table', { name: '导入预览' })).toContainText('守望幸福·老年人社区支持');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('已导入 1 条申报')).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索' }).fill('守望幸福·老年人');
  await expect(page.getByRole('grid', { name: '申报项目列表' })).toContainText('150,000.00');
});

test('the operation log is searchable by operator and shows before and after', async ({ page, server }) => {
  await signIn(page, server, 'project');
  const created = await callOp(page, 'organizations.create', {
    name: '南岸区点亮心窗公益服务中心',
    kind: 'other',
    registration: 'filed',
    districtCode: '500108',
  });
  expect(created.ok).toBe(true);
  await page.getByRole('button', { name: '退出登录' }).click();

  await signIn(page, server, 'auditor');
  await page.getByRole('menuitem', { name: '操作日志' }).click();
  await page.getByRole('textbox', { name: '操作人' }).fill('project');
  await page.getByRole('searchbox', { name: '搜索' }).fill('点亮心窗');
  const grid = page.getByRole('grid', { name: '操作日志列表' });
  await expect(grid.getByRole('row')).toHaveCount(2);
  await grid
    .getByRole('button', { name: /日志 \d+ 详情/ })
    .first()
    .click();
  await expect(page.getByRole('columnheader', { name: '变更后' })).toBeVisible();
  await expect(page.getByText('南岸区点亮心窗公益服务中心').last()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '校验日志链' }).click();
  await expect(page.getByText(/哈希链校验通过/)).toBeVisible();
});
