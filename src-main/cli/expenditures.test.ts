import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { listLog } from '../db/operation-log-repo';
import { openAppsFixture, type AppsFixture } from '../testing/applications';
import { centralProject } from '../testing/ledger';
import { csvText } from '../testing/spreadsheet-files';
import { codeOf, HEADER, row } from '../testing/expenditures-transfer';
import { grants } from '../testing/cli';

/**
 * The real `grants` binary in a child process, against a database with one central project (first tranche of
 * 24,000.00 received) and the fixture's people: several accounts may post, so importing needs --as.
 */
let f: AppsFixture;
let db: string;
let fresh: string;
let code: string;
const file = (name: string) => join(f.folder.path, name);
const run = (...args: string[]) => grants(['--db', db, ...args]);

function withDb<T>(path: string, fn: (d: ReturnType<typeof openDatabase>) => T): T {
  const d = openDatabase(path);
  try {
    return fn(d);
  } finally {
    d.close();
  }
}
const ledgerCount = (path = db) =>
  withDb(path, (d) => d.prepare('SELECT count(*) FROM ledger_lines').pluck().get() as number);
const lastLog = () =>
  withDb(
    db,
    (d) => listLog(d, { page: 1, pageSize: 1, sort: [{ id: 'id', desc: true }], search: '', filters: {} }).rows[0],
  );

const HEAD = [...HEADER, '垫支', '凭证号', '冲销凭证号', '冲销原因'];
const r = (patch: Record<string, string>) => row(code, patch, HEAD);

beforeAll(() => {
  f = openAppsFixture();
  code = codeOf(f, centralProject(f).id);
  db = f.app.dbPath;
  f.app.db.close();
  // A copy of the database before anything is posted: the "fresh copy of the project" for the round trip.
  fresh = file('fresh.sqlite');
  copyFileSync(db, fresh);
  writeFileSync(
    file('ok.csv'),
    csvText([
      HEAD,
      r({ 预算科目: '01', '金额(元)': '1,234.56', 凭证号: 'A' }),
      r({ 资金性质: '财政资金', '金额(元)': '24,500.00', 垫支: '是', 日期: '2015/7/1' }),
      r({ 预算科目: '01', 日期: '2015-07-02', '金额(元)': '-1,234.56', 冲销凭证号: 'A', 冲销原因: '发票作废' }),
    ]),
  );
  writeFileSync(
    file('bad.csv'),
    csvText([
      HEAD,
      r({}),
      r({ 资金性质: '财政资金', '金额(元)': '25,000.00' }),
      r({ 预算科目: '宣传费', '金额(元)': '3,300.01' }),
      r({ 项目编号: 'X-1' }),
    ]),
  );
});
afterAll(() => f.close());

describe('grants import expenditures', () => {
  it('--dry-run checks a clean file, exits 0 and writes nothing (no --as needed)', () => {
    const out = run('import', 'expenditures', file('ok.csv'), '--dry-run');
    expect(out).toEqual({
      code: 0,
      stdout: `检查通过：3 行均可导入，合计 24,500.00 元（--dry-run，未写入数据库）\n  项目 ${code}：支出 2 笔，红字冲销 1 笔，合计 24,500.00 元\n`,
      stderr: '',
    });
    expect(ledgerCount()).toBe(0);
  });

  it('prints every failing cell as 第N行 列名: 原因 with the rule, exits 1 and posts nothing', () => {
    for (const dry of [true, false]) {
      const out = run('import', 'expenditures', file('bad.csv'), '--as', 'finance', ...(dry ? ['--dry-run'] : []));
      expect(out.code).toBe(1);
      expect(out.stdout).toBe('');
      expect(out.stderr.trimEnd().split('\n')).toEqual([
        '第3行 金额(元): 财政资金支出超过到位资金：已到位 24,000.00 元，已支出 0.00 元，本笔 25,000.00 元，超出 1,000.00 元；如确需先行支付，请标记为垫支',
        // Matching funds (the row's default share) are held to the line's own matching budget.
        '第4行 金额(元): 预算行 03 的配套资金超预算：当前预算（第 1 版）配套资金 300.00 元，已支出 0.00 元，本笔 3,300.01 元，超出 3,000.01 元，超过允许的 10%（30.00 元）；须先经批准的预算调整将该行配套资金调至不少于 3,000.01 元',
        '第5行 项目编号: 没有项目编号为“X-1”的项目（项目编号即立项批准文号）',
        '错误：共 4 行数据，其中 3 行有错误（3 处），未导入任何数据',
      ]);
    }
    expect(ledgerCount()).toBe(0);
  });

  it('needs --as when several accounts may post, checks it, then posts and logs the import', () => {
    const ambiguous = run('import', 'expenditures', file('ok.csv'));
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr.split('\n')[0]).toMatch(
      /^错误：请用 --as 用户名 指定以谁的名义导入：有 \d+ 个在用账号具有“登记支出台账”权限/,
    );
    expect(run('import', 'expenditures', file('ok.csv'), '--as', 'auditor')).toMatchObject({
      code: 1,
      stderr: '错误：用户“auditor”没有“登记支出台账”权限（--as）\n',
    });
    const done = run('import', 'expenditures', file('ok.csv'), '--as', 'finance');
    expect(done).toEqual({
      code: 0,
      stdout: `已导入 3 笔支出，合计 24,500.00 元，导入人：finance\n  项目 ${code}：支出 2 笔，红字冲销 1 笔，合计 24,500.00 元，凭证号 2015-0001 至 2015-0003\n`,
      stderr: '',
    });
    expect(ledgerCount()).toBe(3);
    expect(lastLog()).toMatchObject({ op: 'ledger.import', entityType: 'import', username: 'finance' });
  });

  it('usage errors exit 2', () => {
    const cases: [string[], string][] = [
      [['import', 'expenditures', 'f.txt'], '错误：文件必须是 .xlsx 或 .csv，收到“f.txt”'],
      [
        ['import', 'ledger', 'f.csv'],
        '错误：只能导入 applications（申报项目）或 expenditures（支出台账），收到“ledger”',
      ],
      [['export', 'expenditures', '--out', 'x.csv'], '错误：请用 --project 项目编号 指定要导出支出台账的项目'],
      [['export', 'expenditures', '--project', code], '错误：请用 --out FILE 指定导出文件（.xlsx 或 .csv）'],
      [
        ['export', 'projects', '--project', code, '--out', 'x.csv'],
        '错误：--project 只能与 export expenditures 一起使用',
      ],
    ];
    for (const [args, message] of cases) {
      const out = run(...args);
      expect([out.code, out.stderr.split('\n')[0]]).toEqual([2, message]);
    }
  });
});

describe('grants export expenditures', () => {
  it('exports one project in voucher order, logs it, and the file imports into a fresh copy to the fen', () => {
    const out = run('export', 'expenditures', '--project', code, '--out', file('ledger.csv'));
    expect(out).toEqual({
      code: 0,
      stdout: `已导出项目 ${code} 的支出台账 3 行（合计 24,500.00 元）：${file('ledger.csv')}\n`,
      stderr: '',
    });
    expect(lastLog()).toMatchObject({
      op: 'ledger.export',
      entityType: 'export',
      username: `cli:${userInfo().username}`,
    });

    const again = grants(['--db', fresh, 'import', 'expenditures', file('ledger.csv'), '--as', 'finance2']);
    expect(again.code).toBe(0);
    expect(ledgerCount(fresh)).toBe(3);
    const copyOut = grants([
      '--db',
      fresh,
      '--lang',
      'en',
      'export',
      'expenditures',
      '--project',
      code,
      '--out',
      file('copy.xlsx'),
    ]);
    expect(copyOut.stdout).toBe(
      `exported 3 ledger lines of project ${code} (24,500.00 yuan in all) to ${file('copy.xlsx')}\n`,
    );
    grants(['--db', fresh, 'export', 'expenditures', '--project', code, '--out', file('copy.csv')]);
    // Everything but who posted and when (登记人, 登记时间) is the same line for line.
    const columns = (name: string) =>
      readFileSync(file(name), 'utf8')
        .trimEnd()
        .split('\r\n')
        .map((l) => l.split(',').slice(0, 15).join(','));
    expect(columns('copy.csv')).toEqual(columns('ledger.csv'));
    expect(columns('ledger.csv')[3]).toContain("'-1234.56,否,,2015-0001,发票作废");
    expect(existsSync(file('copy.xlsx'))).toBe(true);
  });

  it('names an unknown project (exit 1)', () => {
    expect(run('export', 'expenditures', '--project', 'X-1', '--out', file('x.csv'))).toMatchObject({
      code: 1,
      stderr: '错误：没有项目编号为“X-1”的项目（项目编号即立项批准文号）\n',
    });
  });
});
