import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, signIn, test } from './fixtures';

test.use({ demo: true });

const BIN = join(process.cwd(), 'bin/grants.mjs');
const grants = (...args: string[]) => execFileSync('node', [BIN, ...args], { encoding: 'utf8', stdio: 'pipe' });

/**
 * 检查包: an evaluator exports a pack in the browser; on the field laptop (the CLI on its own database) it is
 * opened and an inspection recorded; meanwhile the office answers an item of the same draft; the result is
 * imported in the browser, which stops at that conflict, shows both versions, and imports once a person has
 * chosen.
 */
test('a pack exported in the UI comes back from the field with a conflict shown and decided', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  const dir = test.info().outputPath();
  await signIn(page, server, 'evaluator');
  await page.getByRole('menuitem', { name: '检查包' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '检查包' })).toBeVisible();
  await page.getByRole('button', { name: '导出检查包' }).click();
  const dialog = page.getByRole('dialog', { name: '导出检查包' });
  await dialog.getByLabel('项目').click();
  await page.keyboard.type('106');
  await page.getByRole('option', { name: /渝民发〔2016〕106号/ }).click();
  // Escape would close the dialog itself once the dropdown is gone: close the dropdown by clicking the title.
  await dialog.locator('.ant-modal-title').click();
  await dialog.getByLabel('检查人员').click();
  await page.getByRole('option', { name: '赵敏' }).click();
  await dialog.locator('.ant-modal-title').click();
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
  await expect(dialog.getByText('刘洋')).toBeVisible();
  await page.screenshot({ path: join(dir, 'pack-export.png'), fullPage: true });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出检查包' }).click();
  const packFile = join(dir, 'field.grantspack');
  await (await download).saveAs(packFile);
  const row = page.getByRole('row', { name: /JCB-\d{4}-0001/ });
  await expect(row).toContainText('已导出，待导入');
  await expect(row).toContainText('渝民发〔2016〕106号');

  // The field laptop: a database of its own, opened from the pack.
  const field = join(dir, 'field.db');
  const opened = grants('--db', field, 'pack', 'open', packFile);
  const inspectionId = Number(/检查 ID (\d+)/.exec(opened)![1]);
  const pack = JSON.parse(readFileSync(packFile, 'utf8').split('\n')[1]!) as {
    templates: { items: { id: number; answerType: string }[] }[];
  };
  const items = pack.templates[0]!.items;
  const value: Record<string, string> = { yes_no: 'yes', score: '9', number: '20', text: '良好' };
  writeFileSync(join(dir, 'room.jpg'), 'jpeg bytes of the activity room');
  writeFileSync(
    join(dir, 'record.json'),
    JSON.stringify({
      inspection: inspectionId,
      kind: 'field',
      date: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
      place: '开州区汉丰街道社区活动室',
      notes: '',
      answers: items.map((i) => ({ itemId: i.id, value: value[i.answerType] })),
      findings: [],
      photos: ['room.jpg'],
    }),
  );
  grants('--db', field, 'pack', 'record', join(dir, 'record.json'), '--as', 'expert1');
  const resultsFile = join(dir, 'field.grantsresult');
  grants('--db', field, 'pack', 'results', '--out', resultsFile);

  // Meanwhile at the office the same draft gets an answer, through the same API the checklist form uses.
  const response = await page.request.post(new URL('/api/inspections.saveAnswers', server.url).href, {
    headers: { 'X-Grants-Client': '1' },
    data: { inspectionId, answers: [{ itemId: items[0]!.id, value: 'no', note: '' }] },
  });
  const saved = (await response.json()) as { ok: boolean };
  expect(saved.ok).toBe(true);

  await page.getByRole('button', { name: '导入检查结果' }).click();
  const importDialog = page.getByRole('dialog', { name: '导入检查结果' });
  await importDialog.locator('input[type=file]').setInputFiles(resultsFile);
  await expect(importDialog.getByText(/签名正确：检查包 JCB-\d{4}-0001/)).toBeVisible();
  const conflict = importDialog.locator('.pack-conflict');
  await expect(conflict).toContainText('渝民发〔2016〕106号');
  await expect(conflict.getByRole('row', { name: /检查地点/ })).toContainText('开州区汉丰街道社区活动室');
  await expect(conflict.getByRole('row', { name: /已填检查项/ })).toContainText(`${items.length} 项`);
  await expect(importDialog.getByText('还有 1 条冲突未决定')).toBeVisible();
  await expect(importDialog.getByRole('button', { name: '导入' })).toBeDisabled();
  await page.screenshot({ path: join(dir, 'pack-conflict.png'), fullPage: true });
  await conflict.getByRole('radio', { name: '采用现场版本' }).check();
  await importDialog.getByRole('button', { name: '导入' }).click();
  await expect(importDialog.getByText(/已导入检查包 JCB-\d{4}-0001 的检查结果/)).toBeVisible();
  await page.screenshot({ path: join(dir, 'pack-imported.png'), fullPage: true });
  await importDialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
  await expect(row).toContainText('已导入');
});
