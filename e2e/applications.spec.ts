import type { Page } from '@playwright/test';
import { makeCreditCode } from '../src-main/core/credit-code';
import { callOp, expect, signIn, test, type Server, choose } from './fixtures';

test.use({ demo: true });

/** The server decides "today" in Shanghai time; notices are dated relative to it. */
function shanghaiDate(offsetDays: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
}

async function openApplication(page: Page, server: Server, id: number): Promise<void> {
  await page.goto(`${server.url}#/applications/${id}`);
  await expect(page.getByRole('tab', { name: '基本信息' })).toBeVisible();
}

async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

test('from application to approval: rules at submission, expert scoring, finance cut, notice, separation of duties', async ({
  page,
  server,
}) => {
  test.setTimeout(240_000);
  const creditCode = makeCreditCode('52', '500105', 'MA3E2E701');

  // Setup through the API as the administrator: a fresh organization, and a colleague who holds both the
  // project and the finance role (the person separation of duties is about).
  await signIn(page, server, 'admin');
  const org = await callOp(page, 'organizations.create', {
    name: '重庆市江北区心语心愿社会工作服务中心',
    creditCode,
    kind: 'social_service',
    registration: 'registered',
    districtCode: '500105',
  });
  expect(org.ok).toBe(true);
  const dual = await callOp(page, 'users.create', {
    username: 'dual',
    displayName: '赵敏',
    password: 'demo1234',
    roles: ['project', 'finance'],
  });
  expect(dual.ok).toBe(true);
  // The demo's CQ-ZY-2016 is fully committed; the bureau adds the 110,000.00 元 this project will need.
  const programs = (await callOp(page, 'fundPrograms.list', { search: 'CQ-ZY-2016' })) as {
    value?: { rows: { id: number }[] };
  };
  const program = (await callOp(page, 'fundPrograms.get', { id: programs.value!.rows[0]!.id })) as {
    value?: Record<string, unknown> & { totalAllocationFen: number };
  };
  const { createdAt: _c, updatedAt: _u, ...fields } = program.value!;
  const raised = await callOp(page, 'fundPrograms.update', {
    ...fields,
    totalAllocationFen: fields.totalAllocationFen + 110_000_00,
  });
  expect(raised.ok).toBe(true);
  await signOut(page);

  // The project officer (who is also a finance officer) enters the application in the UI.
  await signIn(page, server, 'dual');
  await page.getByRole('menuitem', { name: '申报项目' }).click();
  await page.getByRole('button', { name: '新建申报' }).click();
  await choose(page, page.getByLabel('资金计划'), /CQ-ZY-2016/);
  await page.getByLabel('申报机构').fill('心语心愿');
  await page.getByRole('option', { name: '重庆市江北区心语心愿社会工作服务中心' }).click();
  await page.getByLabel('项目名称', { exact: true }).fill('心语心愿·江北社区困境儿童陪伴计划');
  await choose(page, page.getByLabel('项目类别'), /^C /);
  await choose(page, page.getByLabel('项目类型'), '社会工作服务项目');
  await choose(page, page.getByLabel('服务领域'), '救孤');
  await choose(page, page.getByLabel('区县', { exact: true }), '江北区');
  await pickDate(page, '开始日期', '2016-03-01');
  await pickDate(page, '结束日期', '2016-12-31');
  await page.getByRole('button', { name: '添加绩效指标' }).click();
  await page.getByLabel('第 1 项指标名称').fill('服务困境儿童');
  await page.getByLabel('第 1 项指标单位').fill('人');
  await page.getByLabel('第 1 项指标目标值').fill('120');
  // The budget starts with one empty line.
  await choose(page, page.getByLabel('第 1 行预算科目'), /人员经费/);
  await page.getByLabel('第 1 行申请财政资金').fill('40000');
  await page.getByLabel('第 1 行说明').fill('社工人员补贴');
  await page.getByRole('button', { name: '添加预算明细' }).click();
  await choose(page, page.getByLabel('第 2 行预算科目'), /活动经费/);
  await choose(page, page.getByLabel('第 2 行费用类型'), '管理费');
  await page.getByLabel('第 2 行申请财政资金').fill('80000');
  await page.getByLabel('第 2 行说明').fill('机构管理费');
  await page.getByRole('button', { name: '按预算明细合计' }).click();
  await expect(page.getByText('人民币壹拾贰万元整').first()).toBeVisible();
  await page.getByRole('button', { name: '保存' }).click();
  // The saved application opens on its own page; the toast is transient, the address is not.
  await expect(page).toHaveURL(/#\/applications\/\d+$/, { timeout: 20_000 });
  await expect(page.getByText('心语心愿·江北社区困境儿童陪伴计划').first()).toBeVisible();

  // Submission checks the program's rule set and names the rule: central funds pay no management fee.
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByText(/中央财政资金不得列支管理费/).first()).toBeVisible();
  const appId = Number(/#\/applications\/(\d+)/.exec(page.url())?.[1]);
  expect(appId).toBeGreaterThan(0);

  await page.getByRole('button', { name: '编辑' }).click();
  await choose(page, page.getByLabel('第 2 行费用类型'), '普通');
  await page.getByLabel('第 2 行说明').fill('社区活动物料');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('申报已保存')).toBeVisible();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByText('申报已提交')).toBeVisible();

  // Formal check and expert assignment.
  await page.getByRole('button', { name: '初审通过' }).click();
  await page.getByLabel('初审意见').fill('材料齐全');
  await page.getByRole('button', { name: '确认通过' }).click();
  await page.getByRole('button', { name: '指派专家' }).click();
  await page.getByLabel('评审专家').click();
  await page.getByRole('option', { name: /刘洋/ }).click();
  await page.getByRole('dialog').getByText('指派专家').first().click();
  await page.getByRole('button', { name: '确认指派' }).click();
  await page.getByRole('tab', { name: '评审' }).click();
  await expect(page.getByRole('table', { name: '专家评分表' })).toContainText('刘洋');
  await signOut(page);

  // The evaluator declares no conflict before the scoring form opens, then scores on the rubric.
  await signIn(page, server, 'evaluator');
  await page.getByRole('menuitem', { name: '评审工作台' }).click();
  await page.getByRole('grid', { name: '我的评审任务' }).getByText('心语心愿·江北社区困境儿童陪伴计划').click();
  await expect(page.getByRole('button', { name: '提交评分' })).toHaveCount(0);
  await page.getByRole('button', { name: '声明无利益冲突' }).click();
  for (const [name, points] of [
    ['项目设计（满分 25）', '22'],
    ['组织能力（满分 20）', '17'],
    ['预算合理性（满分 20）', '16.5'],
    ['预期成效（满分 25）', '21'],
    ['可持续性（满分 10）', '8'],
  ] as const)
    await page.getByRole('spinbutton', { name }).fill(points);
  await page.getByLabel('评审意见').fill('设计合理，建议核减人员经费');
  await page.getByRole('button', { name: '提交评分' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByText('您已提交评分')).toBeVisible();
  await signOut(page);

  await signIn(page, server, 'dual');
  await openApplication(page, server, appId);
  await page.getByRole('button', { name: '完成专家评审' }).click();
  await page.getByRole('button', { name: '确认完成' }).click();
  await expect(page.getByRole('button', { name: '财务审核' })).toBeVisible();
  await signOut(page);

  // Finance cuts a line with a reason and opens the public notice (already over, so approval can follow).
  await signIn(page, server, 'finance');
  await openApplication(page, server, appId);
  await page.getByRole('button', { name: '财务审核' }).click();
  await page.getByLabel('第 1 行核定金额').fill('30000');
  await page.getByLabel('第 1 行核减原因').fill('人员经费标准偏高');
  await page.getByLabel('审核意见').fill('核减人员经费 1 万元');
  await page.getByRole('button', { name: '提交财务审核' }).click();
  await expect(page.getByText('财务审核已提交')).toBeVisible();
  await page.getByRole('button', { name: '开始公示' }).click();
  await pickDate(page, '公示开始日期', shanghaiDate(-12));
  await pickDate(page, '公示结束日期', shanghaiDate(-6));
  await page.getByRole('button', { name: '确认开始公示' }).click();
  // The finance reviewer may reject but not approve the application (不相容职务分离): 立项 is shown disabled.
  await expect(page.getByRole('button', { name: '不予立项' })).toBeVisible();
  await expect(page.getByRole('button', { name: '立项', exact: true })).toBeDisabled();
  await signOut(page);

  // Separation of duties: the one who entered and submitted it cannot approve, whatever roles they hold.
  await signIn(page, server, 'dual');
  await openApplication(page, server, appId);
  await expect(page.getByRole('button', { name: '立项', exact: true })).toBeDisabled();
  const selfApproval = await callOp(page, 'applications.approve', {
    id: appId,
    approvedFen: 110_000_00,
    approvalNumber: '渝民〔2016〕E2E号',
  });
  expect(selfApproval.ok).toBe(false);
  expect(selfApproval.error?.kind).toBe('Forbidden');
  expect(selfApproval.error?.message).toContain('职责分离');
  await signOut(page);

  // Whoever did the finance review may not approve; the other finance officer does.
  await signIn(page, server, 'finance2');
  await openApplication(page, server, appId);
  await page.getByRole('button', { name: '立项', exact: true }).click();
  await page.getByLabel('立项金额').fill('110,000.00');
  await page.getByLabel('立项文号').fill('渝民〔2016〕E2E号');
  await page.getByRole('button', { name: '确认立项' }).click();
  await page.getByRole('tab', { name: '协议' }).click();
  await expect(page.getByText('人民币壹拾壹万元整').first()).toBeVisible();
  await expect(page.getByRole('table', { name: '拨付计划表' })).toContainText('66,000.00');
  await expect(page.getByRole('table', { name: '拨付计划表' })).toContainText('44,000.00');
  await signOut(page);

  // The auditor sees everything and can change nothing.
  await signIn(page, server, 'auditor');
  await openApplication(page, server, appId);
  await expect(page.getByText('已立项').first()).toBeVisible();
  await expect(page.getByRole('toolbar', { name: '申报操作' }).getByRole('button')).toHaveCount(0);
  await page.getByRole('tab', { name: '操作日志' }).click();
  await expect(page.getByText(/applications\.approve|立项/).first()).toBeVisible();
  for (const [op, input] of [
    ['applications.reject', { id: appId, reason: '审计不应能操作' }],
    ['applications.create', {}],
    ['agreements.sign', { applicationId: appId, signedDate: shanghaiDate(0) }],
  ] as const) {
    const r = await callOp(page, op, input);
    expect(r.error?.kind, op).toBe('Forbidden');
  }
});
