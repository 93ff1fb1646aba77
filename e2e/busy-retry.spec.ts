import Database from 'better-sqlite3';
import { expect, signIn, test } from './fixtures';

test.use({ demo: true });

/**
 * Another process (an import, a backup) holds the write lock: the action is refused as busy, not as failed,
 * and the alert's 重试 runs the same action again once the lock is gone.
 */
test('an action refused because the database is busy is offered again, and the retry goes through', async ({
  page,
  server,
}) => {
  test.slow(); // the server waits out its busy timeout once
  await signIn(page, server, 'project');
  await page.goto(`${server.url}#/applications?state=draft`);
  const first = page.getByRole('grid', { name: '申报项目列表' }).getByRole('row').nth(1);
  await expect(first).toContainText('草稿');
  await first.getByRole('link').click();
  const submit = page.getByRole('button', { name: '提交', exact: true });
  await expect(submit).toBeEnabled();

  const holder = new Database(server.dbPath);
  let held = true;
  try {
    holder.exec('BEGIN IMMEDIATE');
    await submit.click();
    const alert = page.getByRole('alert').filter({ hasText: '数据库正忙' });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    // Said once: the busy refusal is not repeated as a list item under its own title.
    await expect(page.getByText(/数据库正忙/)).toHaveCount(1);
    // Nor headed as if the application broke the program's rules.
    await expect(alert).not.toContainText('不符合');
    holder.exec('ROLLBACK');
    held = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(alert).toBeHidden();
    // The retried submission ran: the application is 已提交 and may now pass formal review.
    await expect(page.getByText('已提交', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: '初审通过' })).toBeVisible();
  } finally {
    if (held) holder.exec('ROLLBACK');
    holder.close();
  }
});
