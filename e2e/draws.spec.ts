import { expect, signIn, test, choose } from './fixtures';

test.use({ demo: true });

/**
 * 随机抽查 in the browser: an evaluator re-runs the sample draw from its seed and sees 一致, makes a new draw from
 * a seed and checks it against the operation log; an auditor may check but sees 抽取 disabled with the reason.
 */
test('an evaluator draws projects and inspectors from a seed, and anyone re-runs a draw to see 一致', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  await signIn(page, server, 'evaluator');
  await page.getByRole('menuitem', { name: '随机抽查' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '随机抽查' })).toBeVisible();
  const history = page.getByRole('table', { name: '已有的抽查' });
  const sample = history.getByRole('row', { name: /CC-2016-001/ });
  await expect(sample).toContainText('20160915-CQ');
  await sample.getByRole('button', { name: '按种子重新抽取' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText('一致');
  await expect(status).toContainText('按种子 20160915-CQ 重新抽取，结果与保存的抽查一致');
  await expect(status).toContainText('操作日志中没有这次抽取的记录');
  await expect(status.getByRole('table', { name: '随机抽查 CC-2016-001' }).getByRole('row')).toHaveCount(6);

  // A new draw of three projects of the 2015 lottery program from a seed the evaluator chose.
  await choose(page, page.getByLabel('资金计划'), /CQ-FC-2015/);
  await expect(page.getByLabel('年度')).toHaveValue('2015');
  await page.getByLabel('抽取项目数').fill('3');
  await page.getByLabel('随机种子').fill('E2E-7');
  await page.getByRole('button', { name: '抽取', exact: true }).click();
  const result = page.locator('.draw-result').first();
  await expect(result).toContainText(/随机抽查 CC-\d{4}-001/);
  await expect(result).toContainText('资金计划 CQ-FC-2015（2015 年度）· 随机种子 E2E-7');
  const picks = result.getByRole('table').getByRole('row');
  await expect(picks).toHaveCount(4);
  await expect(picks.nth(1)).toContainText(/渝民发〔2015〕\d+号/);
  await page.screenshot({ path: test.info().outputPath('draw-done.png'), fullPage: true });

  const fresh = history.getByRole('row', { name: /E2E-7/ });
  await fresh.getByRole('button', { name: '按种子重新抽取' }).click();
  await expect(status).toContainText('按种子 E2E-7 重新抽取，结果与保存的抽查一致');
  await expect(status).toContainText('操作日志中抽取时的记录与之相符');
  await page.screenshot({ path: test.info().outputPath('draw-verified.png'), fullPage: true });

  // The auditor checks draws but does not make them: the form says why its button is disabled.
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, server, 'auditor');
  await page.getByRole('menuitem', { name: '随机抽查' }).click();
  await expect(page.getByText('只有评估检查人员和系统管理员可以抽取')).toBeVisible();
  await expect(page.getByRole('button', { name: '抽取', exact: true })).toBeDisabled();
  await choose(page, page.getByLabel('切换语言'), 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Random inspections' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Draw', exact: true })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('draw-auditor-en.png'), fullPage: true });
});
