import { expect, signIn, test } from './fixtures';

test.use({ demo: true });

test('an administrator creates a user with roles, unlocks them after a lockout, and disables them', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'admin');
  await page.getByRole('menuitem', { name: '用户管理' }).click();
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('用户名').fill('sunli');
  await dialog.getByLabel('姓名').fill('孙丽');
  await dialog.getByLabel('初始密码').fill('Start2026');
  await dialog.getByRole('checkbox', { name: '评估检查' }).check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('用户已创建')).toBeVisible();
  await expect(page.getByRole('grid', { name: '用户列表' })).toContainText('孙丽');
  await page.getByRole('button', { name: '退出登录' }).click();

  // Five wrong passwords lock the account for 15 minutes, even against the right one.
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('用户名').fill('sunli');
    await page.getByLabel('密码').fill(`wrong-${i}x`);
    // Each attempt must reach main before the next: the alert of the previous one is already on screen.
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth.signIn'));
    await page.getByRole('button', { name: '登录' }).click();
    await answered;
  }
  await page.getByLabel('密码').fill('Start2026');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText(/账号已锁定/).first()).toBeVisible();

  // The administrator's password reset also lifts the lock.
  await signIn(page, server, 'admin');
  await page.getByRole('menuitem', { name: '用户管理' }).click();
  await expect(page.getByRole('grid', { name: '用户列表' })).toContainText('已锁定');
  await page.getByRole('button', { name: '重置 sunli 的密码' }).click();
  await page.getByRole('dialog').getByLabel('新密码').fill('Reset2026');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(/密码已重置/)).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();

  // The evaluator sees the review workspace and no user administration.
  await signIn(page, server, 'sunli', 'Reset2026');
  await expect(page.getByRole('menuitem', { name: '评审工作台' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '用户管理' })).toHaveCount(0);
  await page.getByRole('button', { name: '退出登录' }).click();

  // Disabled accounts cannot sign in.
  await signIn(page, server, 'admin');
  await page.getByRole('menuitem', { name: '用户管理' }).click();
  await page.getByRole('button', { name: '编辑 sunli' }).click();
  await page.getByRole('dialog').getByRole('checkbox', { name: '停用此账号' }).check();
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('用户已保存')).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill('sunli');
  await page.getByLabel('密码').fill('Reset2026');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('账号已停用').first()).toBeVisible();
});
