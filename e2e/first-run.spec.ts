import { expect, test } from './fixtures';

test('first run creates the administrator, who can sign out and sign in again', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: '首次使用：创建系统管理员' })).toBeVisible();

  await page.getByLabel('用户名').fill('zhangsan');
  await page.getByLabel('姓名').fill('张三');
  await page.getByLabel('密码', { exact: true }).fill('short');
  await page.getByLabel('确认密码').fill('short');
  await page.getByRole('button', { name: '创建管理员并登录' }).click();
  // The same zod rule as main, shown under the field before anything is sent.
  await expect(page.getByText('密码：至少 8 位，且同时包含字母和数字')).toBeVisible();

  await page.getByLabel('密码', { exact: true }).fill('secret123');
  await page.getByLabel('确认密码').fill('secret123');
  await page.getByRole('button', { name: '创建管理员并登录' }).click();
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
  await expect(page.getByText('张三')).toBeVisible();

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await page.getByLabel('用户名').fill('zhangsan');
  await page.getByLabel('密码').fill('wrong-pass1');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('用户名或密码错误')).toBeVisible();
  await page.getByLabel('密码').fill('secret123');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();

  // The first-run operation is closed for good once an administrator exists.
  const again = await page.evaluate(async () => {
    const r = await fetch('/api/auth.setup', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Grants-Client': '1' },
      body: JSON.stringify({ username: 'intruder', displayName: 'x', password: 'secret123' }),
    });
    return r.json();
  });
  expect(again.ok).toBe(false);
});
