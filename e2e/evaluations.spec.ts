import { mkdirSync } from 'node:fs';
import { expect, signIn, test, opValue } from './fixtures';

test.use({ demo: true });

const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';

interface Row {
  id: number;
  kind: string;
  state: string;
  grade: string | null;
  organizationId: number;
  organizationName: string;
  agreementNumber: string;
  barred: boolean;
}

test('an evaluator scores with a live total; a final 不合格 blocks the organization’s next application with the reason', async ({
  page,
  server,
  browser,
}) => {
  // The demo database is seeded before the test starts (about 15 s); the steps themselves take under 30 s.
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await signIn(page, server, 'evaluator');
  await page.getByRole('menuitem', { name: '评估' }).click();
  await expect(page.getByRole('table', { name: '评估列表' })).toBeVisible();

  // An open evaluation waiting for the demo evaluator: declare first, then the sheet with its live total.
  const mine = await opValue<{ rows: Row[] }>(page, 'evaluations.list', { mine: true, state: 'open' });
  const open = mine.rows[0]!;
  await page.goto(`${server.url}#/evaluations/${open.id}`);
  await page.getByRole('button', { name: '声明无利益冲突并开始打分' }).click();
  const sheet = page.getByRole('table', { name: '评分表' });
  await expect(sheet).toBeVisible();
  await page.getByLabel('服务数量完成情况（分值 12）').fill('12.5');
  await expect(page.getByText('超过分值 12')).toBeVisible();
  await page.getByLabel('服务数量完成情况（分值 12）').fill('10');
  await expect(page.getByRole('status').filter({ hasText: '加权总分 10.00 / 100' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/evaluation-scoring.png`, fullPage: true });

  // The demo's final 不合格: the last tranche withheld, the organization barred for 2016.
  const failed = (await opValue<{ rows: Row[] }>(page, 'evaluations.list', { kind: 'final', grade: 'fail' })).rows[0]!;
  await page.goto(`${server.url}#/evaluations/${failed.id}`);
  await expect(page.getByText(/结项评估不合格：第 2 期拨付已停拨；机构 2016 年度不得申报/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/evaluation-failed.png`, fullPage: true });
  await page.goto(`${server.url}#/organizations/${failed.organizationId}`);
  await expect(page.getByRole('table', { name: '评估等级记录' }).getByText('不合格')).toBeVisible();

  // The project officer enters the organization's application for a 2016 call; submitting it is refused, saying why.
  const context = await browser.newContext({ locale: 'zh-CN' });
  const officer = await context.newPage();
  await signIn(officer, server, 'project');
  const programs = await opValue<{ rows: { id: number; code: string }[] }>(officer, 'fundPrograms.list', {
    page: 1,
    pageSize: 50,
    sort: [],
    search: 'CQ-FC-2016',
    filters: {},
  });
  const draft = await opValue<{ id: number }>(officer, 'applications.create', {
    fundProgramId: programs.rows.find((p) => p.code === 'CQ-FC-2016')!.id,
    organizationId: failed.organizationId,
    name: '“守护天使”困境儿童社会工作服务项目（2016）',
    classCode: 'A',
    projectKind: 'social_work',
    serviceArea: 'orphans',
    districtCode: '500103',
    beneficiaries: '困境儿童',
    beneficiaryCount: 80,
    periodStart: '2016-03-01',
    periodEnd: '2016-12-31',
    objectives: '个案管理与家庭支持',
    requestedFen: 4_000_000,
    matchingFen: 500_000,
    indicators: [{ name: '个案', unit: '个', target: 30 }],
    budgetLines: [
      { categoryCode: 'STAFF', amountFen: 1_400_000, note: '' },
      { categoryCode: 'ACTIVITY', amountFen: 2_300_000, matchingFen: 500_000, note: '' },
      { categoryCode: 'PUBLICITY', amountFen: 300_000, note: '' },
    ],
  });
  await officer.goto(`${server.url}#/applications/${draft.id}`);
  await officer.getByRole('button', { name: '提交', exact: true }).click();
  await expect(
    officer
      .getByText(new RegExp(`该机构已被取消 2016–2016 年度的申报资格（结项评估不合格（项目 ${failed.agreementNumber}`))
      .first(),
  ).toBeVisible();
  await officer.screenshot({ path: `${SHOTS}/evaluation-barred-application.png`, fullPage: true });
  await context.close();
});
