import ExcelJS from 'exceljs';
import { existsSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { countApplications } from '../db/applications-list-repo';
import { listLog } from '../db/operation-log-repo';
import { insertUser } from '../db/users-repo';
import { hashPassword } from '../services/passwords';
import { csvText, xlsxBuffer } from '../testing/spreadsheet-files';
import { openTransferFixture, TEMPLATE_HEADER, validRow, type TransferFixture } from '../testing/transfer';
import { grants } from '../testing/cli';

/** The real `grants` binary in a child process against a database prepared with one project officer. */
let f: TransferFixture;
let db: string;
const file = (name: string) => join(f.folder.path, name);
const run = (...args: string[]) => grants(['--db', db, ...args]);

function withDb<T>(fn: (d: ReturnType<typeof openDatabase>) => T): T {
  const d = openDatabase(db);
  try {
    return fn(d);
  } finally {
    d.close();
  }
}
const count = () => withDb((d) => countApplications(d));
const lastLog = () =>
  withDb(
    (d) => listLog(d, { page: 1, pageSize: 1, sort: [{ id: 'id', desc: true }], search: '', filters: {} }).rows[0],
  );

beforeAll(async () => {
  f = openTransferFixture(20);
  db = f.app.dbPath;
  f.app.db.close();
  writeFileSync(file('ok.xlsx'), await xlsxBuffer([TEMPLATE_HEADER, validRow(1), validRow(2), validRow(3)]));
  const bad = [TEMPLATE_HEADER, validRow(4), validRow(5, { 区县: '火星', '申请金额(元)': '1.234' }), validRow(4)];
  writeFileSync(file('bad.csv'), csvText(bad));
  writeFileSync(file('more.csv'), csvText([TEMPLATE_HEADER, validRow(6)]));
});
afterAll(() => f.close());

describe('grants import applications', () => {
  it('--dry-run on a clean file exits 0, prints the count and writes nothing', () => {
    const r = run('import', 'applications', file('ok.xlsx'), '--dry-run');
    expect(r).toEqual({ code: 0, stdout: '检查通过：3 行均可导入（--dry-run，未写入数据库）\n', stderr: '' });
    expect(count()).toBe(0);
  });

  it('prints every failing cell as 第N行 列名: 原因 to stderr and exits 1, importing nothing', () => {
    for (const dry of [true, false]) {
      const r = run('import', 'applications', file('bad.csv'), ...(dry ? ['--dry-run'] : []));
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toEqual([
        '第3行 区县: “火星”不是重庆市的区县：请填写区县名称（如“渝中区”）或 6 位代码（如 500103），市级项目填“市级”',
        '第3行 申请金额(元): 最多两位小数（精确到分）',
        '第4行 申报机构统一社会信用代码: 与第 2 行重复：同一机构对同一资金计划（CQ-ZY-2015）只能申报一次',
        '错误：共 3 行数据，其中 2 行有错误（3 处），未导入任何数据',
      ]);
    }
    expect(count()).toBe(0);
  });

  it('imports for the only account that may, logs it, and refuses the same rows twice', () => {
    const r = run('import', 'applications', file('ok.xlsx'));
    expect(r).toEqual({
      code: 0,
      stdout: '已导入 3 个申报项目（草稿 SB-2015-0001 至 SB-2015-0003），导入人：officer\n',
      stderr: '',
    });
    expect(count()).toBe(3);
    expect(lastLog()).toMatchObject({ op: 'applications.import', entityType: 'import', username: 'officer' });
    const again = run('--lang', 'en', 'import', 'applications', file('ok.xlsx'));
    expect(again.code).toBe(1);
    expect(again.stderr.split('\n')[0]).toBe(
      'Row 2 申报机构统一社会信用代码: this organization already applied to fund program CQ-ZY-2015 (application SB-2015-0001); it may apply only once',
    );
    expect(count()).toBe(3);
  });

  it('needs --as once several accounts may import, and checks the one named', () => {
    const passwordHash = hashPassword('secret123');
    withDb((d) => {
      const now = '2024-05-01T00:00:00Z';
      insertUser(d, { username: 'officer2', displayName: '二号', passwordHash, roles: ['project'], now });
      insertUser(d, { username: 'reader', displayName: '审计', passwordHash, roles: ['auditor'], now });
    });
    const ambiguous = run('import', 'applications', file('more.csv'));
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr.split('\n')[0]).toBe(
      '错误：请用 --as 用户名 指定以谁的名义导入：有 2 个在用账号具有“导入申报项目”权限（officer、officer2）',
    );
    expect(run('import', 'applications', file('more.csv'), '--as', 'nobody')).toMatchObject({
      code: 1,
      stderr: '错误：用户“nobody”不存在（--as）\n',
    });
    expect(run('import', 'applications', file('more.csv'), '--as', 'reader')).toMatchObject({
      code: 1,
      stderr: '错误：用户“reader”没有“导入申报项目”权限（--as）\n',
    });
    const named = run('import', 'applications', file('more.csv'), '--as', 'officer', '--lang', 'en');
    expect(named.code).toBe(0);
    expect(lastLog()).toMatchObject({ op: 'applications.import', username: 'officer' });
    expect(count()).toBe(4);
  });

  it.each([
    [['import', 'applications', 'f.xls'], '错误：文件必须是 .xlsx 或 .csv，收到“f.xls”'],
    [
      ['import', 'projects', 'f.csv'],
      '错误：只能导入 applications（申报项目）或 expenditures（支出台账），收到“projects”',
    ],
    [['import', 'applications'], '错误：缺少参数 <FILE>'],
    [['export', 'projects'], '错误：请用 --out FILE 指定导出文件（.xlsx 或 .csv）'],
    [['export', 'projects', '--out', 'x.pdf'], '错误：文件必须是 .xlsx 或 .csv，收到“x.pdf”'],
    [
      ['export', 'users', '--out', 'x.csv'],
      '错误：只能导出 projects（申报项目）或 expenditures（支出台账），收到“users”',
    ],
  ])('usage errors exit 2: %j', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
    expect(r.stderr).toContain('用法：grants');
  });

  it('a file that cannot be read is a data error (exit 1)', () => {
    const r = run('import', 'applications', file('missing.csv'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`无法读取文件“${file('missing.csv')}”`);
  });
});

describe('grants export projects', () => {
  it('writes .xlsx and .csv by extension and logs the export under the OS account or --as', async () => {
    const xlsx = run('export', 'projects', '--out', file('all.xlsx'));
    expect(xlsx).toEqual({ code: 0, stdout: `已导出 4 个申报项目：${file('all.xlsx')}\n`, stderr: '' });
    expect(lastLog()).toMatchObject({
      op: 'applications.export',
      entityType: 'export',
      username: `cli:${userInfo().username}`,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file('all.xlsx'));
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 11)).toEqual(TEMPLATE_HEADER);
    expect(wb.worksheets[0]!.rowCount).toBe(5);

    const csv = run('--lang', 'en', 'export', 'projects', '--out', file('all.csv'), '--as', 'officer2');
    expect(csv.stdout).toBe(`exported 4 applications to ${file('all.csv')}\n`);
    expect(lastLog()).toMatchObject({ op: 'applications.export', username: 'officer2' });
    expect(existsSync(file('all.csv'))).toBe(true);
    // The export is the template plus columns the import ignores: importing it again finds only duplicates.
    const back = run('import', 'applications', file('all.csv'), '--dry-run');
    expect(back.code).toBe(1);
    expect(back.stderr.split('\n').filter((l) => l.includes('该机构已申报资金计划'))).toHaveLength(4);
  });
});
