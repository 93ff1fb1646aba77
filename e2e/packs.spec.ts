import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jpegWithExif } from '../src-main/testing/photos';
import { expect, signIn, startServer, test } from './fixtures';

test.use({ demo: true });

const BIN = join(process.cwd(), 'bin/grants.mjs');
const grants = (...args: string[]) => execFileSync('node', [BIN, ...args], { encoding: 'utf8', stdio: 'pipe' });

/**
 * 检查包: an evaluator exports a pack in the browser; on the field laptop it is opened (grants pack open) and
 * the app served on that field database records the inspection through the inspection form's parts: answers,
 * a finance finding with a 核减, a photo with its EXIF; meanwhile the office answers an item of the same draft; the result is
 * imported in the browser, which stops at that conflict, shows both versions, and imports once a person has
 * chosen.
 */
test('a pack exported in the UI is recorded in the app on the field database and comes back with a conflict decided', async ({
  browser,
  page,
  server,
}) => {
  test.setTimeout(180_000);
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

  // The field laptop: a database of its own, opened from the pack and served by the app there.
  const field = join(dir, 'field.db');
  const opened = grants('--db', field, 'pack', 'open', packFile);
  const inspectionId = Number(/检查 ID (\d+)/.exec(opened)![1]);
  const pack = JSON.parse(readFileSync(packFile, 'utf8').split('\n')[1]!) as {
    templates: { items: { id: number; seq: number; text: string; answerType: string }[] }[];
    projects: { ledgerVouchers: [string, number][] }[];
  };
  const items = pack.templates[0]!.items;
  const [voucher, voucherGrantFen] = pack.projects[0]!.ledgerVouchers.find(([, fen]) => fen >= 10_000)!;
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const photoFile = join(dir, '活动室.jpg');
  writeFileSync(
    photoFile,
    jpegWithExif({
      dateTimeOriginal: `${today.replaceAll('-', ':')} 10:30:00`,
      offsetTimeOriginal: '+08:00',
      gps: { latitude: 31.16, longitude: 108.39 },
    }),
  );
  const fieldServer = await startServer(field);
  const laptop = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    const fp = await laptop.newPage();
    // The inspector signs in with the office password; every page says which pack this database is.
    await signIn(
      fp,
      { url: fieldServer.url, dbPath: field, cli: () => ({ code: 0, stdout: '', stderr: '' }) },
      'expert1',
    );
    const banner = fp.getByRole('region', { name: '现场检查' });
    await expect(banner).toContainText(/现场数据库：检查包 JCB-\d{4}-0001/);
    await banner.getByRole('link', { name: '记录现场检查' }).click();
    await expect(fp.getByRole('heading', { level: 1, name: '现场检查' })).toBeVisible();
    await fp.getByRole('link', { name: '记录 渝民发〔2016〕106号' }).click();
    await expect(fp.getByRole('heading', { level: 1, name: /现场检查：/ })).toBeVisible();
    await expect(fp.getByText('尚未记录：填写检查信息并保存。')).toBeVisible();

    await fp.getByLabel('检查地点').fill('开州区汉丰街道社区活动室');
    await fp.getByRole('button', { name: '保存检查信息' }).click();
    await expect(fp.getByText(/已由 赵敏 于 .* 记录/)).toBeVisible();

    // The checklist, as at the office: every item answered from the keyboard-operable form, then saved.
    const value: Record<string, string> = { score: '9', number: '20', text: '良好' };
    for (const i of items) {
      const label = `${i.seq}. ${i.text}`;
      if (i.answerType === 'yes_no')
        await fp.getByRole('radiogroup', { name: label }).getByRole('radio', { name: '是' }).check();
      else await fp.getByLabel(label, { exact: true }).fill(value[i.answerType]!);
    }
    await fp.getByRole('button', { name: `保存答案（${items.length} 项已修改）` }).click();
    await expect(fp.getByText(`已回答 ${items.length} / ${items.length} 项`)).toBeVisible();
    await expect(fp.getByRole('button', { name: '答案已保存' })).toBeDisabled();

    // A finance finding with a 核减 on one of the project's vouchers.
    await fp.getByRole('button', { name: '登记问题' }).click();
    const findingDialog = fp.getByRole('dialog', { name: '登记问题' });
    await findingDialog.getByText('较重', { exact: true }).click();
    await findingDialog.getByLabel('问题描述').fill('一笔活动物料支出无验收记录');
    await findingDialog.getByLabel('整改要求').fill('补齐验收单，不能补齐的核减');
    await findingDialog.getByLabel('整改责任人').fill('王芳');
    await findingDialog.getByLabel('核减金额').fill('100');
    await findingDialog.getByLabel('涉及凭证号').fill(voucher);
    await findingDialog.getByLabel('涉及凭证号').press('Enter');
    await findingDialog.getByRole('button', { name: '登记问题' }).click();
    await expect(findingDialog).toBeHidden();
    await expect(fp.getByText('一笔活动物料支出无验收记录')).toBeVisible();
    await expect(fp.getByText(`核减 100.00 元（凭证 ${voucher}）`)).toBeVisible();
    expect(voucherGrantFen).toBeGreaterThanOrEqual(10_000);

    // A photo, its EXIF read and shown: taken today, where.
    await fp.getByLabel('添加照片').setInputFiles(photoFile);
    await expect(fp.getByText('活动室.jpg')).toBeVisible();
    await expect(fp.getByText('检查当日拍摄')).toBeVisible();
    // Sign-off is the office's step once the results are in: shown, disabled, with the reason.
    await expect(fp.getByRole('button', { name: '签字确认' })).toBeDisabled();
    await expect(fp.getByText(/签字确认在办公室进行/)).toBeVisible();
    await fp.screenshot({ path: join(dir, 'field-inspection.png'), fullPage: true });
    await fp.getByRole('button', { name: '返回列表' }).click();
    await expect(fp.getByRole('row', { name: /渝民发〔2016〕106号/ })).toContainText('已记录');
    await fp.screenshot({ path: join(dir, 'field-list.png'), fullPage: true });
  } finally {
    await laptop.close();
    const exited = new Promise((r) => fieldServer.proc.once('exit', r));
    fieldServer.proc.kill('SIGTERM');
    await exited;
  }
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

/**
 * 整改通知书 from the rectification board: each card offers its organization's notice, made by the same report
 * job as on the organization page; an organization with nothing open gets the buttons disabled with the reason.
 */
test('the rectification board makes the notice of a card’s organization, or says why not', async ({ page, server }) => {
  test.setTimeout(90_000);
  await signIn(page, server, 'evaluator');
  await page.goto(`${server.url}#/supervision?tab=board`);
  const board = page.getByRole('region', { name: '整改看板' });
  await expect(board.getByRole('article').first()).toBeVisible({ timeout: 30_000 });
  const open = board.getByRole('article').filter({ hasText: '待整改' }).first();
  const notice = open.getByRole('group', { name: /的整改通知书$/ });
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await notice.getByRole('button', { name: '生成整改通知书（PDF）' }).click();
  expect((await downloaded).suggestedFilename()).toMatch(/^整改通知书.*\.pdf$/);
  await expect(page.getByRole('region', { name: '生成整改通知书' }).getByRole('status')).toContainText(
    /已生成报告 BG-\d{4}-\d{4}/,
  );
  await page.screenshot({ path: join(test.info().outputPath(), 'board-notice.png'), fullPage: true });
  // A verified item of an organization with nothing left open: shown, disabled, with the reason.
  const settled = board.getByRole('article').filter({ hasText: '已验证' });
  const count = await settled.count();
  for (let i = 0; i < count; i++) {
    const card = settled.nth(i);
    const button = card.getByRole('button', { name: '生成整改通知书（PDF）' });
    if (await button.isDisabled()) {
      await expect(card.getByRole('button', { name: '整改通知书表格（Excel）' })).toBeDisabled();
      await button.hover({ force: true });
      await expect(page.getByRole('tooltip')).toHaveText('该机构没有未完成的整改事项，无需整改通知书');
      return;
    }
  }
  throw new Error('no verified card of an organization without open items');
});
