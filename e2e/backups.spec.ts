import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { callOp, expect, signIn, test, type Server } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ demo: true });

/** The daily backup runs in the background once the host is up; wait until it is listed. */
async function waitForDailyBackup(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const r = (await callOp(page, 'backups.list', {})) as { ok: boolean; value?: { lastDaily: unknown } };
        return r.ok && r.value?.lastDaily !== null;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
}

function dailyFolder(server: Server): string {
  const dir = join(dirname(server.dbPath), 'backups');
  const name = readdirSync(dir).find((n) => n.startsWith('daily-'));
  if (!name) throw new Error('no daily backup');
  return join(dir, name);
}

test('设置 shows the daily backup; a tampered one is refused with the reason; a good one restores', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'admin');
  await waitForDailyBackup(page);
  await page.goto(`${server.url}#/settings`);
  const card = page.locator('.ant-card', { hasText: '备份与恢复' });
  await expect(card.getByText('最近一次自动备份')).toBeVisible();
  await expect(card.getByRole('cell', { name: '每日自动备份' })).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/backups-settings-zh.png', fullPage: true });

  // A user created after the backup, which the restore takes away again.
  const created = await callOp(page, 'users.create', {
    username: 'after',
    displayName: '备份后新建',
    password: 'abcd1234',
    roles: ['auditor'],
  });
  expect(created.ok).toBe(true);

  const manifestFile = join(dailyFolder(server), 'manifest.json');
  const manifest = readFileSync(manifestFile, 'utf8');
  writeFileSync(manifestFile, manifest.replace(/"sha256": "[0-9a-f]{64}"/, `"sha256": "${'0'.repeat(64)}"`));
  await card.getByRole('button', { name: '恢复' }).click();
  await page.getByRole('button', { name: '检查并恢复' }).click();
  await expect(card.getByRole('alert')).toContainText('备份中的数据库与备份清单不符');
  await page.screenshot({ path: 'test-results/backups-refused-zh.png', fullPage: true });

  writeFileSync(manifestFile, manifest);
  await card.getByRole('button', { name: '恢复' }).click();
  await page.getByRole('button', { name: '检查并恢复' }).click();
  await expect(page.getByText(/已从备份恢复：数据已恢复到 .* 的状态，请重新登录/)).toBeVisible();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await page.screenshot({ path: 'test-results/backups-restored-zh.png' });

  await signIn(page, server, 'admin');
  const users = (await callOp(page, 'users.list', { search: 'after' })) as { ok: boolean; value?: { total: number } };
  expect(users.value?.total).toBe(0);
  expect(server.cli(['audit', 'verify']).code).toBe(0);
});

test('only an administrator may restore: the button is there, disabled, with the reason', async ({ page, server }) => {
  await signIn(page, server, 'finance');
  await waitForDailyBackup(page);
  await page.goto(`${server.url}#/settings`);
  const card = page.locator('.ant-card', { hasText: '备份与恢复' });
  const button = card.getByRole('button', { name: '恢复' });
  await expect(button).toBeDisabled();
  await button.hover({ force: true });
  await expect(page.getByRole('tooltip')).toHaveText('仅系统管理员可以从备份恢复');
});
