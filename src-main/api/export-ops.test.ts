import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope, FileOutput, LedgerRow, OpInput, OpName } from '../contract/index';
import { amountInWords, fenToDecimalString } from '../contract/index';
import { listLog } from '../db/operation-log-repo';
import { TempFolder } from '../testing/db';
import { seedDemo } from '../services/demo/index';
import { readSheetRows } from '../services/spreadsheet/read';
import { closeApp, createApp, systemContext, type AppContext } from './app';
import { dispatch } from './dispatch';
import { caller } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { exportSamples } from '../testing/dispatch-exports';
import { ledgerTransferSamples } from '../testing/dispatch-ledger-transfer';
import { failed, templateFixture } from '../testing/dispatch-template';

/**
 * Every view's export through dispatch on a real SQLite file: the file read back equals the list op's rows
 * under the same question (all pages), amounts are numbers with two decimals, enumerations their names, the
 * 说明 names the question, the exporter and the totals in 大写, and the export is logged.
 */
const { fixture, fresh } = templateFixture();

function value<T>(env: Envelope<unknown>): T {
  if (!env.ok) throw new Error(`expected success, got ${env.error.kind}: ${env.error.message}`);
  return env.value as T;
}
const run = async <N extends OpName>(app: AppContext, op: N, input: OpInput<N>, token: string, locale = 'zh') =>
  value<FileOutput>(await dispatch(app, op, input, caller(token, locale as 'zh')));

interface Workbook {
  header: string[];
  rows: ExcelJS.CellValue[][];
  formats: string[][];
  about: Map<string, string>;
}

async function readXlsx(file: FileOutput): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const [data, note] = wb.worksheets;
  const rows: ExcelJS.CellValue[][] = [];
  const formats: string[][] = [];
  data!.eachRow((row) => {
    const width = data!.columnCount;
    rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value));
    formats.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).numFmt ?? ''));
  });
  const about = new Map<string, string>();
  note!.eachRow((row, n) => {
    if (n > 1) about.set(String(row.getCell(1).value), String(row.getCell(2).value));
  });
  return { header: rows.shift()!.map(String), rows, formats: formats.slice(1), about };
}

/** The CSV's leading # lines (the 说明), then the header and the rows after the blank line. */
function readCsv(file: FileOutput) {
  const bytes = Buffer.from(file.base64, 'base64');
  const all = readSheetRows(bytes, 'csv');
  const note = all.filter((r) => r.cells[0]!.startsWith('#'));
  const table = all.filter((r) => !r.cells[0]!.startsWith('#'));
  return {
    bom: bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
    about: new Map(note.map((r) => [r.cells[0]!.slice(1), r.cells[1] ?? ''])),
    header: table[0]!.cells,
    rows: table.slice(1).map((r) => r.cells),
  };
}

const lastLog = (app: AppContext) =>
  listLog(app.db, { page: 1, pageSize: 1, sort: [{ id: 'id', desc: true }], search: '', filters: {} }).rows[0] ?? {
    id: 0,
    op: '',
    afterJson: null,
  };

const LEDGER_COLUMNS = [
  { id: 'voucherNo', label: '凭证号' },
  { id: 'date', label: '日期' },
  { id: 'lineCode', label: '预算科目' },
  { id: 'share', label: '资金性质' },
  { id: 'payee', label: '收款方' },
  { id: 'amountFen', label: '金额' },
  { id: 'link', label: '冲销关联' },
];

/** A ledger with a reversal, a formula-looking payee and both shares, on the fixture's approved project. */
async function ledgerWithLines(app: AppContext): Promise<void> {
  const finance = caller(fixture.tokens.finance);
  value(await dispatch(app, 'ledger.import', ledgerTransferSamples()['ledger.import'], finance));
  const post = (payee: string, amountFen: number, date: string) =>
    dispatch(
      app,
      'ledger.post',
      {
        applicationId: FIXTURE_APPS.approved,
        date,
        lineCode: '02',
        share: 'matching',
        payee,
        summary: '活动材料',
        amountFen,
      },
      finance,
    );
  value(await post('=HYPERLINK("http://x")', 4_567, '2015-06-03'));
  for (let i = 0; i < 6; i++) value(await post(`渝中区服务部${i}`, 10_001 + i * 333, `2015-07-0${i + 1}`));
  value(await dispatch(app, 'ledger.reverse', { lineId: 3, date: '2015-07-09', reason: '金额录入错误' }, finance));
}

describe('exports of the views, as shown', () => {
  it('writes the ledger as the grid shows it: filtered, sorted, chosen columns, every page', async () => {
    const app = fresh();
    await ledgerWithLines(app);
    const question = {
      applicationId: FIXTURE_APPS.approved,
      search: '',
      filters: { share: 'matching' as const, dateFrom: '2015-06-02' },
      sort: [{ id: 'amountFen' as const, desc: true }],
    };
    const list = value<{ rows: LedgerRow[]; total: number; sumFen: number }>(
      await dispatch(app, 'ledger.list', { ...question, page: 1, pageSize: 500 }, caller(fixture.tokens.auditor)),
    );
    expect(list.total).toBe(9);
    const file = await run(
      app,
      'exports.ledger',
      { ...question, format: 'xlsx', columns: LEDGER_COLUMNS },
      fixture.tokens.auditor,
    );
    expect(file.rowCount).toBe(list.total);
    expect(file.fileName).toMatch(/^支出台账_渝民发〔2015〕10号_\d{8}-\d{6}\.xlsx$/);
    const book = await readXlsx(file);
    expect(book.header).toEqual(LEDGER_COLUMNS.map((c) => c.label));
    expect(book.rows).toEqual(
      list.rows.map((r) => [
        r.voucherNo,
        r.date,
        `${r.lineCode} ${r.categoryName}`,
        '配套资金',
        r.payee,
        r.amountFen / 100,
        r.reversesVoucherNo
          ? `冲销 ${r.reversesVoucherNo}`
          : r.reversedByVoucherNo
            ? `红字 ${r.reversedByVoucherNo}`
            : null,
      ]),
    );
    expect(book.rows.some((r) => typeof r[5] === 'number' && r[5] < 0)).toBe(true);
    for (const f of book.formats) expect(f[5]).toBe('#,##0.00');
    expect(book.about.get('筛选条件')).toBe('资金性质：配套资金；起始日期：2015-06-02');
    expect(book.about.get('排序')).toBe('金额降序');
    expect(book.about.get('导出人')).toMatch(/（auditor）$/);
    expect(book.about.get('时间口径')).toContain('UTC+08:00');
    expect(book.about.get('导出时间')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（UTC\+08:00）$/);
    expect(book.about.get('合计：金额')).toContain(amountInWords(list.sumFen));
    const entry = lastLog(app);
    expect(entry.op).toBe('exports.ledger');
    expect(JSON.parse(entry.afterJson!)).toMatchObject({ view: 'ledger', format: 'xlsx', rowCount: 9 });
  });

  it('writes CSV as UTF-8 with a BOM, the 说明 as leading # lines, exact decimals and no live formulas', async () => {
    const app = fresh();
    await ledgerWithLines(app);
    const question = { applicationId: FIXTURE_APPS.approved, search: '', filters: {}, sort: [] };
    const list = value<{ rows: LedgerRow[]; sumFen: number }>(
      await dispatch(app, 'ledger.list', { ...question, page: 1, pageSize: 500 }, caller(fixture.tokens.auditor)),
    );
    const file = await run(
      app,
      'exports.ledger',
      { ...question, format: 'csv', columns: LEDGER_COLUMNS },
      fixture.tokens.auditor,
    );
    const csv = readCsv(file);
    expect(csv.bom).toBe(true);
    expect(csv.header).toEqual(LEDGER_COLUMNS.map((c) => c.label));
    expect(csv.rows.map((r) => r[0])).toEqual(list.rows.map((r) => r.voucherNo));
    expect(csv.rows.map((r) => r[5])).toEqual(list.rows.map((r) => fenToDecimalString(r.amountFen)));
    expect(csv.rows.map((r) => r[4])).toContain(`'=HYPERLINK("http://x")`);
    expect(csv.about.get('合计：金额')).toContain(amountInWords(list.sumFen));
    expect(csv.about.get('筛选条件')).toBe('无');
  });

  it('exports each list view with the list op’s rows under the same question', async () => {
    const app = fresh();
    const samples = exportSamples();
    const cases = [
      ['exports.projects', 'applications.list', fixture.tokens.finance],
      ['exports.financeQueue', 'applications.list', fixture.tokens.finance],
      ['exports.organizations', 'organizations.list', fixture.tokens.project],
      ['exports.users', 'users.list', fixture.tokens.admin],
      ['exports.fundPrograms', 'fundPrograms.list', fixture.tokens.auditor],
    ] as const;
    for (const [exportOp, listOp, token] of cases) {
      const { format: _f, columns, ...question } = samples[exportOp];
      const list = value<{ rows: Record<string, unknown>[]; total: number }>(
        await dispatch(app, listOp, { ...question, page: 1, pageSize: 500 } as never, caller(token)),
      );
      expect(list.total, exportOp).toBeGreaterThan(0);
      const file = await run(app, exportOp, { ...samples[exportOp], format: 'xlsx' } as never, token);
      const book = await readXlsx(file);
      expect(book.header).toEqual(columns.map((c) => c.label));
      // The first column is a plain text field in every sample: the same rows in the same order.
      expect(
        book.rows.map((r) => r[0]),
        exportOp,
      ).toEqual(list.rows.map((r) => r[columns[0]!.id]));
      expect(lastLog(app).op).toBe(exportOp);
    }
  });

  it('names enumerations and writes amounts and times as the lists show them', async () => {
    const app = fresh();
    const columns = [
      { id: 'code', label: '申报编号' },
      { id: 'requestedFen', label: '申请金额' },
      { id: 'state', label: '状态' },
      { id: 'submittedAt', label: '提交时间' },
    ];
    const question = { search: '', filters: { state: 'finance_review' as const }, sort: [] };
    const list = value<{ rows: { code: string; requestedFen: number; submittedAt: string }[] }>(
      await dispatch(app, 'applications.list', { ...question, page: 1, pageSize: 50 }, caller(fixture.tokens.finance)),
    );
    const book = await readXlsx(
      await run(app, 'exports.financeQueue', { ...question, format: 'xlsx', columns }, fixture.tokens.finance),
    );
    const shanghai = (iso: string) =>
      new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(book.rows).toEqual(
      list.rows.map((r) => [r.code, r.requestedFen / 100, '财务审核中', shanghai(r.submittedAt)]),
    );
    expect(book.about.get('筛选条件')).toBe('状态：财务审核中');

    const english = await readXlsx(
      await run(app, 'exports.financeQueue', { ...question, format: 'xlsx', columns }, fixture.tokens.finance, 'en'),
    );
    expect(english.rows[0]![2]).toBe('In finance review');
    expect(english.about.get('Times')).toContain('UTC+08:00');
  });

  it('exports budget against actual and the tranches of a project with their total line', async () => {
    const app = fresh();
    await ledgerWithLines(app);
    const token = fixture.tokens.project;
    type Share = { actualFen: number };
    const budget = value<{
      execution: {
        rows: { lineCode: string; grant: Share; matching: Share; total: Share }[];
        total: { grant: Share; matching: Share; total: Share };
      };
    }>(await dispatch(app, 'budgets.view', { applicationId: FIXTURE_APPS.approved }, caller(token)));
    const sample = exportSamples()['exports.budgetExecution'];
    const book = await readXlsx(await run(app, 'exports.budgetExecution', sample, token));
    expect(book.rows).toHaveLength(budget.execution.rows.length + 1);
    expect(book.rows.at(-1)![0]).toBe('合计');
    // Each share's actual in its own column, as the table shows them: 财政资金, 配套资金 and the two together.
    const column = (id: string) => book.rows.map((r) => r[sample.columns.findIndex((c) => c.id === id)]);
    const all = [...budget.execution.rows, budget.execution.total];
    expect(column('grant-actual')).toEqual(all.map((r) => r.grant.actualFen / 100));
    expect(column('matching-actual')).toEqual(all.map((r) => r.matching.actualFen / 100));
    expect(column('total-actual')).toEqual(all.map((r) => r.total.actualFen / 100));
    // The total line is shown, not added twice.
    expect(book.about.get('合计：列total-actual')).toContain(amountInWords(budget.execution.total.total.actualFen));

    const plan = value<{ tranches: { seq: number; amountFen: number }[] }>(
      await dispatch(app, 'tranches.list', { applicationId: FIXTURE_APPS.approved }, caller(token)),
    );
    const tranches = readCsv(await run(app, 'exports.tranches', exportSamples()['exports.tranches'], token));
    expect(tranches.rows.map((r) => [Number(r[0]), r[2]])).toEqual(
      plan.tranches.map((t) => [t.seq, fenToDecimalString(t.amountFen)]),
    );
    expect(tranches.rows[0]![4]).toBe('待拨付');
  });

  it('refuses a column the view cannot export, naming it, and the users list to non-administrators', async () => {
    const app = fresh();
    const sample = exportSamples()['exports.organizations'];
    const before = lastLog(app).id;
    const bad = failed(
      await dispatch(
        app,
        'exports.organizations',
        { ...sample, columns: [...sample.columns, { id: 'secret', label: '操作' }] },
        caller(fixture.tokens.project),
      ),
      'Validation',
    );
    expect(bad.message).toContain('“操作”列不能导出');
    expect(lastLog(app).id).toBe(before);
    failed(
      await dispatch(app, 'exports.users', exportSamples()['exports.users'], caller(fixture.tokens.finance)),
      'Forbidden',
    );
  });
});

describe('exports of the finance worklists, as shown', () => {
  // The demo has work in every worklist; a clock inside its notice week shows those notices running.
  let folder: TempFolder;
  let demo: AppContext;
  beforeAll(() => {
    folder = new TempFolder();
    demo = createApp({
      dbPath: folder.file('grants.sqlite'),
      host: 'test',
      clock: () => new Date(Date.UTC(2016, 5, 12, 2)),
    });
    seedDemo(systemContext(demo), { includeAdmin: true });
  }, 120_000);
  afterAll(() => {
    closeApp(demo);
    folder.remove();
  });
  const signIn = async (username: string) => {
    const call = caller(null);
    value(await dispatch(demo, 'auth.signIn', { username, password: 'demo1234' }, call));
    return call.issued[0]!;
  };
  const shanghai = (iso: unknown) =>
    new Date(Date.parse(String(iso)) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
  const fen = (n: unknown) => (n === null ? null : Number(n) / 100);
  type Row = Record<string, unknown>;
  const project = (r: Row) => [r.agreementNumber, r.projectName, r.organizationName];
  // Each worklist with every column its grid shows, and the cells as the grid writes them (in Chinese).
  const cases = [
    [
      'exports.notices',
      'worklists.notices',
      'finance',
      { ended: false },
      [{ id: 'code', desc: false }],
      ['code', 'name', 'organizationName', 'reviewedFen', 'startDate', 'endDate', 'ended'],
      (r: Row) => [
        r.code,
        r.name,
        r.organizationName,
        fen(r.reviewedFen),
        r.startDate,
        r.endDate,
        r.ended ? '已结束，可立项' : '公示中，截止日次日起可立项',
      ],
    ],
    [
      'exports.trancheQueue',
      'worklists.tranches',
      'finance2',
      { preparedByOthers: true },
      [{ id: 'amountFen', desc: true }],
      [
        'agreementNumber',
        'projectName',
        'organizationName',
        'seq',
        'amountFen',
        'voucherNo',
        'preparedBy',
        'preparedAt',
        'preparedByViewer',
      ],
      (r: Row) => [
        ...project(r),
        r.seq,
        fen(r.amountFen),
        r.voucherNo,
        r.preparedBy,
        shanghai(r.preparedAt),
        r.preparedByViewer ? '本人准备，须他人确认' : '可由您处理',
      ],
    ],
    [
      'exports.adjustmentQueue',
      'worklists.adjustments',
      'finance',
      { requestedByOthers: true },
      [{ id: 'requestedAt', desc: false }],
      [
        'agreementNumber',
        'projectName',
        'organizationName',
        'reason',
        'requestedBy',
        'requestedAt',
        'requestedByViewer',
      ],
      (r: Row) => [
        ...project(r),
        r.reason,
        r.requestedBy,
        shanghai(r.requestedAt),
        r.requestedByViewer ? '本人申请，须他人审批' : '可由您处理',
      ],
    ],
    [
      'exports.advances',
      'worklists.advances',
      'finance',
      {},
      [{ id: 'openFen', desc: true }],
      ['agreementNumber', 'projectName', 'organizationName', 'grantSpentFen', 'grantReceivedFen', 'openFen'],
      (r: Row) => [...project(r), fen(r.grantSpentFen), fen(r.grantReceivedFen), fen(r.openFen)],
    ],
    [
      'exports.milestones',
      'worklists.milestones',
      'project',
      { overdue: true },
      [{ id: 'plannedDate', desc: false }],
      ['agreementNumber', 'projectName', 'organizationName', 'name', 'plannedDate', 'overdue'],
      (r: Row) => [...project(r), r.name, r.plannedDate, r.overdue ? '已逾期' : '未到期'],
    ],
  ] as const;

  it.each(cases)(
    '%s writes the rows of %s under the same question',
    async (exportOp, listOp, user, filters, sort, ids, cells) => {
      const token = await signIn(user);
      const question = { search: '', filters, sort };
      const list = value<{ rows: Row[]; total: number }>(
        await dispatch(demo, listOp, { ...question, page: 1, pageSize: 500 } as never, caller(token)),
      );
      expect(list.total).toBeGreaterThan(0);
      expect(list.rows).toHaveLength(list.total);
      const columns = ids.map((id) => ({ id, label: `列${id}` }));
      const file = await run(demo, exportOp, { ...question, format: 'xlsx', columns } as never, token);
      expect(file.rowCount).toBe(list.total);
      const book = await readXlsx(file);
      expect(book.header).toEqual(columns.map((c) => c.label));
      expect(book.rows).toEqual(list.rows.map(cells));
      for (const [i, id] of ids.entries())
        if (id.endsWith('Fen')) for (const f of book.formats) expect(f[i]).toBe('#,##0.00');
      expect(lastLog(demo).op).toBe(exportOp);

      // The CSV holds the same rows, amounts as exact decimals.
      const csv = readCsv(await run(demo, exportOp, { ...question, format: 'csv', columns } as never, token));
      expect(csv.rows).toEqual(
        list.rows.map((r) =>
          cells(r).map((c, i) =>
            ids[i]!.endsWith('Fen') && c !== null
              ? fenToDecimalString(Number(r[ids[i]!]))
              : c === null
                ? ''
                : String(c),
          ),
        ),
      );
    },
  );

  it('names the worklist filter in the 说明 and refuses a column the worklist does not show', async () => {
    const token = await signIn('project');
    const sample = exportSamples()['exports.milestones'];
    const book = await readXlsx(await run(demo, 'exports.milestones', sample, token));
    expect(book.about.get('导出内容')).toBe('未完成的里程碑');
    expect(book.about.get('筛选条件')).toBe('只看逾期的：是');
    expect(book.about.get('排序')).toBe('列plannedDate升序');
    const bad = failed(
      await dispatch(
        demo,
        'exports.advances',
        { ...exportSamples()['exports.advances'], columns: [{ id: 'id', label: '编号' }] },
        caller(token),
      ),
      'Validation',
    );
    expect(bad.message).toContain('“编号”列不能导出');
  });
});
