import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { callOp, expect, signIn, test } from './fixtures';

test.use({ demo: true });

const MILESTONE = '中期服务报告提交';
const EVIDENCE = {
  name: '中期服务报告.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n中期服务报告（测试）\n'),
};

interface Board {
  periodStart: string;
  closed: boolean;
  milestones: { name: string; evidence: { sha256: string } | null }[];
  indicators: { name: string; target: string }[];
}

/** An op's value, called from the page like the renderer calls it (callOp answers the raw envelope). */
async function valueOf<T>(page: Page, op: string, input: unknown): Promise<T> {
  const r = (await callOp(page, op, input)) as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${op}: ${r.error?.message}`);
  return r.value as T;
}

/** An approved demo project that is open and has an indicator to record. */
async function openProject(page: Page): Promise<{ id: number; board: Board }> {
  const list = await valueOf<{ rows: { id: number }[] }>(page, 'applications.list', {
    filters: { state: 'approved' },
    pageSize: 20,
  });
  for (const { id } of list.rows) {
    const board = await valueOf<Board>(page, 'milestones.list', { applicationId: id });
    if (!board.closed && board.indicators.length > 0) return { id, board };
  }
  throw new Error('no open demo project with indicators');
}

const lane = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const card = (page: Page, laneName: string) => lane(page, laneName).getByRole('article', { name: MILESTONE });

async function switchUser(page: Page, server: { url: string }, username: string): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByLabel('用户名')).toBeVisible();
  await signIn(page, server as Parameters<typeof signIn>[1], username);
}

test('a milestone is planned, completed with evidence, verified by another user; a tampered file is reported', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'project');
  const { id, board } = await openProject(page);
  const tab = `${server.url}#/projects/${id}/milestones`;
  await page.goto(tab);
  await expect(lane(page, '计划中')).toBeVisible();
  await expect(page.getByRole('heading', { name: '绩效指标' })).toBeVisible();

  // 新增里程碑: name and a planned date inside the project period.
  await page.getByRole('button', { name: '新增里程碑' }).click();
  const plan = page.getByRole('dialog', { name: '新增里程碑' });
  await plan.getByLabel('里程碑名称').fill(MILESTONE);
  await plan.getByLabel('计划完成日期').fill(board.periodStart);
  await plan.getByLabel('计划完成日期').press('Tab');
  await plan.getByRole('button', { name: '新增', exact: true }).click();
  await expect(plan).toBeHidden();
  await expect(card(page, '计划中')).toBeVisible();

  // 完成: the evidence is required; it is uploaded in the dialog and shown with its name.
  await card(page, '计划中').getByRole('button', { name: '完成' }).click();
  const complete = page.getByRole('dialog', { name: `登记完成：${MILESTONE}` });
  await complete.getByRole('button', { name: '登记完成' }).click();
  await expect(complete.getByText('佐证材料：里程碑“中期服务报告提交”完成须上传佐证材料')).toBeVisible();
  await complete.getByLabel('佐证材料').setInputFiles(EVIDENCE);
  await expect(complete.getByRole('group', { name: `附件“${EVIDENCE.name}”` })).toBeVisible();
  await complete.getByLabel('完成说明').fill('已提交中期服务报告');
  await complete.getByRole('button', { name: '登记完成' }).click();
  await expect(complete).toBeHidden();

  const done = card(page, '已完成待验收');
  await expect(done).toBeVisible();
  // A list only checks the size: the file is present, and 完好 is said only once its hash was checked.
  await expect(done.locator('[data-status="ok"]')).toHaveText('文件存在');
  await expect(done.getByText(/^张伟，/)).toBeVisible();
  // The completer is offered no 验收, and main refuses a direct call naming the rule.
  await expect(done.getByRole('button', { name: '验收' })).toHaveCount(0);
  await expect(done.getByText('您登记了完成，须由其他人员验收。')).toBeVisible();
  const after = await valueOf<{ milestones: { id: number; name: string }[] }>(page, 'milestones.list', {
    applicationId: id,
  });
  const milestoneId = after.milestones.find((m) => m.name === MILESTONE)!.id;
  const refused = await callOp(page, 'milestones.verify', { milestoneId });
  expect(refused.ok).toBe(false);
  expect(refused.error?.kind).toBe('RuleViolation');
  expect(refused.error?.message).toContain('须由完成登记人以外的人员验收');

  // Another user verifies it; the card moves to 已验收.
  await switchUser(page, server, 'evaluator');
  await page.goto(tab);
  await card(page, '已完成待验收').getByRole('button', { name: '验收' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认验收' }).click();
  const verified = card(page, '已验收');
  await expect(verified).toBeVisible();
  await expect(card(page, '已完成待验收')).toHaveCount(0);
  await expect(verified.getByText(/^刘洋，/)).toBeVisible();

  // Opening the intact evidence downloads it.
  const download = page.waitForEvent('download');
  await verified.getByRole('button', { name: '打开' }).click();
  expect((await download).suggestedFilename()).toBe(EVIDENCE.name);
  await expect(verified.locator('[data-status="ok"][data-check="hash"]')).toHaveText('完好');

  // An indicator reading: main's refusal names the field, then a valid value shows its 完成率.
  const indicator = board.indicators[0]!;
  const row = page.getByRole('row').filter({ hasText: indicator.name });
  await row.getByRole('button', { name: '记录完成值' }).click();
  const record = page.getByRole('dialog', { name: `记录完成值：${indicator.name}` });
  await record.getByLabel('完成值').fill('abc');
  await record.getByRole('button', { name: '记录', exact: true }).click();
  // Said once, under 完成值, which it names; the alert above only points to it.
  await expect(record.getByText('完成值“abc”不是有效数字')).toHaveCount(1);
  await expect(record.getByLabel('完成值')).toHaveAccessibleDescription('完成值“abc”不是有效数字');
  await expect(record.getByRole('alert').first()).toHaveText('请修正标出的字段后再保存');
  // Twice the target (doubling a decimal is exact in binary): 200.00%, shown as above the target.
  const doubled = String(Number(indicator.target) * 2);
  await record.getByLabel('完成值').fill(doubled);
  await record.getByRole('button', { name: '记录', exact: true }).click();
  await expect(record).toBeHidden();
  await expect(row.getByText('200.00%')).toBeVisible();
  await expect(row.getByText('超额完成')).toBeVisible();
  await row.getByRole('button', { name: /展开/ }).click();
  const history = page.getByRole('table', { name: `“${indicator.name}”的完成值记录` });
  await expect(history).toContainText(doubled);
  await expect(history).toContainText('当前');

  // Tamper with the stored file (same size, other bytes): opening it says so and opens nothing.
  const stored = await valueOf<Board>(page, 'milestones.list', { applicationId: id });
  const sha = stored.milestones.find((m) => m.name === MILESTONE)!.evidence!.sha256;
  const path = join(dirname(server.dbPath), 'attachments', sha.slice(0, 2), sha);
  const bytes = readFileSync(path);
  const at = bytes.length - 2;
  bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
  writeFileSync(path, bytes);

  await page.goto(tab);
  let downloads = 0;
  page.on('download', () => downloads++);
  const tampered = card(page, '已验收');
  await tampered.getByRole('button', { name: '打开' }).click();
  await expect(tampered.getByRole('alert')).toContainText('文件已被改动');
  await expect(tampered.locator('[data-status="altered"]')).toHaveText('文件已被改动');
  await expect(tampered.locator('[data-status="ok"]')).toHaveCount(0);
  expect(downloads).toBe(0);

  // Uploading another file does not repair it; uploading the original does (same SHA-256).
  const repairInput = tampered.getByLabel(`为“${EVIDENCE.name}”上传原文件`);
  await repairInput.setInputFiles({ ...EVIDENCE, buffer: Buffer.from('另一份文件') });
  await expect(tampered.getByRole('alert').filter({ hasText: '未能修复' })).toBeVisible();
  await expect(tampered.locator('[data-status="altered"]')).toBeVisible();
  await repairInput.setInputFiles(EVIDENCE);
  await expect(tampered.locator('[data-status="ok"][data-check="hash"]')).toHaveText('完好');
  const repaired = page.waitForEvent('download');
  await tampered.getByRole('button', { name: '打开' }).click();
  expect((await repaired).suggestedFilename()).toBe(EVIDENCE.name);
  expect(readFileSync(path).equals(EVIDENCE.buffer)).toBe(true);
});
