import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { callOp, choose, DEMO_PASSWORD, expect, signIn, test, opValue } from './fixtures';

test.use({ demo: true });

const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';

/** The screen scrolls inside the shell, so a screenshot shows its top only after scrolling there. */
async function shot(page: Page, name: string) {
  await page.locator('.shell-content').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test('an administrator edits the indicator system: a level off 100 is refused naming it, then saved and scored on', async ({
  page,
  server,
  browser,
}) => {
  // The demo database is seeded before the test starts; the steps take well under 30 s.
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await signIn(page, server, 'admin');
  await expect(page.getByRole('menuitem', { name: '评估指标体系' })).toBeVisible();
  await page.goto(`${server.url}#/indicator-systems`);
  await expect(page.getByRole('heading', { name: '评估指标体系' })).toBeVisible();
  await choose(page, page.getByLabel('资金计划', { exact: true }), /CQ-FC-2016/);
  // The seed, as every program starts, with the evaluations that already use it.
  await expect(page.getByText('默认指标体系（尚未修改）')).toBeVisible();
  await expect(page.getByText(/本资金计划已有 17 项评估/)).toBeVisible();
  await expect(page.getByLabel('指标 2.3 的权重')).toHaveValue('30');

  // Two levels off 100: each refusal names its level and sits under it; nothing is saved.
  await page.getByLabel('指标 2.3 的权重').fill('40');
  await page.getByLabel('指标 5 的权重').fill('5');
  await expect(page.getByText('合计 110%，应为 100%')).toBeVisible();
  await page.getByRole('button', { name: '保存指标体系' }).click();
  const under = page.getByRole('group', { name: '指标 2 的下级指标' });
  await expect(under.getByText('“资金管理”的下级指标权重之和应为 100，当前为 110')).toBeVisible();
  await expect(page.getByText('一级指标的权重之和应为 100，当前为 95')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/indicator-system-refused.png` });
  const programs = await opValue<{ rows: { id: number; code: string }[] }>(page, 'fundPrograms.list', {
    page: 1,
    pageSize: 20,
    sort: [],
    search: 'CQ-FC-2016',
    filters: {},
  });
  const fundProgramId = programs.rows.find((p) => p.code === 'CQ-FC-2016')!.id;
  expect(await opValue(page, 'indicatorSystems.get', { fundProgramId })).toMatchObject({ version: 0 });

  // Fixed from the keyboard: 资金管理's level 40 / 40 / 20, 满意度 back to 10, 1.1 renamed; saved as version 1.
  await page.getByLabel('指标 2.2 的权重').fill('40');
  await page.getByLabel('指标 2.3 的权重').fill('20');
  await page.getByLabel('指标 5 的权重').fill('10');
  await page.getByLabel('指标 1.1 的名称').fill('组织管理与内控制度');
  await page.getByLabel('指标 1.1 的名称').press('Enter');
  await expect(page.getByText('第 1 版', { exact: true })).toBeVisible();
  await expect(page.getByText(/当前为/)).toHaveCount(0);
  await shot(page, 'indicator-system-saved');

  // A new evaluation of a project of that program is scored on the saved version (its leaves and points).
  const context = await browser.newContext({ locale: 'zh-CN' });
  const evaluator = await context.newPage();
  // Signed in by the op itself: this part is about main's evaluation, not the sign-in screen.
  await evaluator.goto(server.url);
  await opValue(evaluator, 'auth.signIn', { username: 'evaluator', password: DEMO_PASSWORD });
  const people = await opValue<{ id: number }[]>(evaluator, 'evaluations.evaluators', {});
  const projects = await opValue<{ rows: { id: number }[] }>(evaluator, 'applications.list', {
    page: 1,
    pageSize: 50,
    sort: [],
    search: '',
    filters: { state: 'approved', fundProgramId },
  });
  let created: { leaves: { name: string; maxPoints: string }[] } | undefined;
  for (const p of projects.rows) {
    const r = (await callOp(evaluator, 'evaluations.create', {
      applicationId: p.id,
      kind: 'midterm',
      date: '2016-11-01',
      evaluatorIds: people.slice(0, 2).map((u) => u.id),
    })) as { ok: boolean; value?: typeof created };
    if (r.ok) {
      created = r.value;
      break;
    }
  }
  expect(created?.leaves.slice(0, 6).map((l) => `${l.name} ${l.maxPoints}`)).toEqual([
    '组织管理与内控制度 6',
    '项目实施进度 8',
    '档案资料管理 6',
    '资金到位与使用合规 8',
    '财务制度执行 8',
    '预算执行率 4',
  ]);
  await context.close();
});
