import Database from 'better-sqlite3';
import { expect, signIn, test, choose } from './fixtures';

test.use({ demo: true });

test('editing a log row in the SQLite file makes `grants audit verify` fail, naming the entry', async ({
  page,
  server,
}) => {
  // Real work through the UI leaves log entries…
  await signIn(page, server, 'project');
  await page.getByRole('menuitem', { name: '机构' }).click();
  await page.getByRole('button', { name: '新建机构' }).click();
  await page.getByLabel('机构名称').fill('审计测试志愿服务队');
  await choose(page, page.getByLabel('机构类型'), '其他');
  await choose(page, page.getByLabel('登记方式'), '备案');
  await choose(page, page.getByLabel('所在区县'), '江北区');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('机构已创建')).toBeVisible();

  const intact = server.cli(['audit', 'verify']);
  expect(intact.code).toBe(0);

  // …and someone with the file in hand changes one of them, triggers or not.
  const db = new Database(server.dbPath);
  const row = db
    .prepare("SELECT id FROM operation_log WHERE op = 'organizations.create' ORDER BY id DESC LIMIT 1")
    .get() as { id: number };
  const triggers = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'operation_log'")
    .all() as { name: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  db.prepare("UPDATE operation_log SET after_json = replace(after_json, '审计测试', '改过的') WHERE id = ?").run(
    row.id,
  );
  db.close();

  const tampered = server.cli(['audit', 'verify']);
  expect(tampered.code).toBe(1);
  expect(tampered.stderr + tampered.stdout).toContain(String(row.id));
});
