import { callOp, expect, signIn, test, choose } from './fixtures';

test.use({ demo: true });

test('an auditor sees no create button, and a direct call is Forbidden', async ({ page, server }) => {
  await signIn(page, server, 'auditor');
  await page.getByRole('menuitem', { name: '机构' }).click();
  await expect(page.getByRole('grid', { name: '机构列表' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新建机构' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: '资金计划' }).click();
  await expect(page.getByRole('grid', { name: '资金计划列表' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新建资金计划' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: '用户管理' })).toHaveCount(0);

  const r = await callOp(page, 'organizations.create', {
    name: '审计不应创建的机构',
    kind: 'other',
    registration: 'filed',
    districtCode: '500101',
  });
  expect(r.ok).toBe(false);
  expect(r.error?.kind).toBe('Forbidden');
  expect(r.error?.message).toContain('管理机构');
});

test('the interface switches to English and back', async ({ page, server }) => {
  await signIn(page, server, 'admin');
  await page.getByRole('menuitem', { name: '机构' }).click();
  await choose(page, page.getByLabel('切换语言'), 'English');
  await expect(page.getByRole('menuitem', { name: 'Organizations' })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Organization list' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // Errors from main follow the language too.
  const r = await page.evaluate(async () => {
    const res = await fetch('/api/organizations.create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Grants-Client': '1', 'X-Grants-Locale': 'en' },
      body: JSON.stringify({ name: 'x', kind: 'other', registration: 'registered', districtCode: '500101' }),
    });
    return res.json();
  });
  expect(r.error.message).toContain('Unified social credit code');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await choose(page, page.getByLabel('Switch language'), '中文');
  await expect(page.getByRole('menuitem', { name: '机构' })).toBeVisible();
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
});
