import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, signIn, test } from './fixtures';

test.use({ demo: true });

test('an auditor types a printed report number on 核对报告 and sees 一致', async ({ page, server }) => {
  const db = new Database(server.dbPath, { readonly: true });
  const code = db.prepare('SELECT agreement_number FROM agreements ORDER BY id LIMIT 1').pluck().get() as string;
  db.close();
  const dir = mkdtempSync(join(tmpdir(), 'grants-report-'));
  const generated = server.cli(['report', 'project', code, '--out', join(dir, 'report.pdf')]);
  rmSync(dir, { recursive: true, force: true });
  expect(generated.stderr).toBe('');
  const number = /BG-\d{4}-\d{4}/.exec(generated.stdout)?.[0] ?? '';
  const fingerprint = /[0-9a-f]{64}/.exec(generated.stdout)?.[0] ?? '';
  expect(number).not.toBe('');

  await signIn(page, server, 'auditor');
  await page.getByRole('menuitem', { name: '核对报告' }).click();
  await expect(page).toHaveURL(/#\/reports\/verify$/);
  // A malformed number is refused on the page, naming the format.
  await page.getByLabel('报告编号').fill('BG-26-1');
  await page.getByRole('button', { name: '核对' }).click();
  await expect(page.getByText('报告编号格式应为 BG-年份-四位序号，如 BG-2026-0001')).toBeVisible();

  await page.getByLabel('报告编号').fill(number.toLowerCase());
  await page.getByRole('button', { name: '核对' }).click();
  const result = page.getByRole('status').filter({ hasText: '一致' });
  await expect(result.getByRole('heading', { name: '一致', exact: true })).toBeVisible();
  await expect(result).toContainText(number);
  await expect(result).toContainText(fingerprint.slice(0, 16));
  await expect(result).toContainText('北京时间');
  await page.screenshot({ path: 'test-results/reports-verify-zh.png', fullPage: true });
});
