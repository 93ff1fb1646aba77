import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportRowError, OpInput, OpName, OpOutput, Role } from '../contract/index';
import { countApplications } from '../db/applications-list-repo';
import { listLog } from '../db/operation-log-repo';
import { readSpreadsheet } from '../services/spreadsheet/read';
import { dispatch } from './dispatch';
import { caller, openFixture, ORG_CODE, type Fixture } from '../testing/dispatch';

/** The transfer ops through the one entry point: permissions, envelopes, details.rowErrors, the log. */
let f: Fixture;
/** The fixture's applications, one per review stage; organization 1 (ORG_CODE) has none. */
let seeded: number;
beforeEach(() => {
  f = openFixture();
  seeded = countApplications(f.app.db);
});
afterEach(() => f.close());

const HEADER =
  '项目名称,申报机构统一社会信用代码,资金计划编号,项目类别,服务领域,区县,开始日期,结束日期,申请金额(元),配套资金(元)';
const upload = (...rows: string[]) => ({
  fileName: '申报.csv',
  contentBase64: Buffer.from([HEADER, ...rows].join('\r\n')).toString('base64'),
});
const GOOD = `社区助老,${ORG_CODE},CQ-ZY-2015,C,扶老,渝中区,2015-03-01,2015-12-31,"12,000.50",0`;
const BAD = `坏行,${ORG_CODE},CQ-ZY-2015,X,扶老,渝中区,2015-03-01,2015-12-31,12.345,0`;

/** Dispatches and unwraps a successful envelope, typed by the op. */
async function ok<N extends OpName>(op: N, input: OpInput<N>, role: Role): Promise<OpOutput<N>> {
  const env = await dispatch(f.app, op, input, caller(f.tokens[role]));
  if (!env.ok) throw new Error(`${env.error.kind}: ${env.error.message}`);
  return env.value as OpOutput<N>;
}

const logOps = () =>
  listLog(f.app.db, { page: 1, pageSize: 500, sort: [{ id: 'id', desc: false }], search: '', filters: {} }).rows.map(
    (r) => [r.op, r.entityType, r.username],
  );

describe('transfer ops', () => {
  it('preview reports errors without writing; import commits and is logged per application and as an import', async () => {
    const preview = await ok('applications.importPreview', upload(BAD), 'project');
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [2, '项目类别'],
      [2, '申请金额(元)'],
    ]);
    expect(countApplications(f.app.db)).toBe(seeded);
    const before = logOps().length;
    const result = await ok('applications.import', upload(GOOD), 'project');
    expect(result).toMatchObject({ rows: 1, imported: 1, errors: [] });
    expect(logOps().slice(before)).toEqual([
      ['applications.import', 'application', 'project'],
      ['applications.import', 'import', 'project'],
    ]);
  });

  it('refuses a file with any bad row as a RuleViolation listing details.rowErrors in the caller’s language', async () => {
    const env = await dispatch(f.app, 'applications.import', upload(GOOD, BAD), caller(f.tokens.project, 'en'));
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.kind).toBe('RuleViolation');
    expect(env.error.message).toBe('1 of 2 rows have errors (2 in all); nothing was imported');
    const rowErrors = env.error.details?.rowErrors as ImportRowError[];
    expect(rowErrors).toEqual([
      { row: 3, column: '项目类别', message: expect.stringContaining('has no project class "X"') as string },
      { row: 3, column: '申请金额(元)', message: 'may have at most 2 decimals (fen)' },
    ]);
    expect(countApplications(f.app.db)).toBe(seeded);
  });

  it('file problems are Validation errors naming the rule', async () => {
    const wrongType = await dispatch(
      f.app,
      'applications.import',
      { ...upload(GOOD), fileName: 'a.xls' },
      caller(f.tokens.project),
    );
    expect(wrongType.ok ? null : wrongType.error.details?.issues?.[0]?.rule).toBe('import.fileType');
    const missing = await dispatch(
      f.app,
      'applications.importPreview',
      { fileName: 'a.csv', contentBase64: Buffer.from('项目名称\r\nx').toString('base64') },
      caller(f.tokens.project),
    );
    expect(missing.ok ? null : [missing.error.kind, missing.error.message]).toEqual([
      'Validation',
      '缺少必填列：申报机构统一社会信用代码、资金计划编号、项目类别、服务领域、区县、开始日期、结束日期、申请金额(元)（表头在第 1 行）',
    ]);
  });

  it('exports the review stages as people read them: Chinese state, approved amount, mean score, submission', async () => {
    const file = await ok(
      'applications.export',
      { format: 'csv', search: '', filters: { state: 'approved' }, sort: [] },
      'finance',
    );
    const table = readSpreadsheet(Buffer.from(file.base64, 'base64'), 'csv');
    expect(file.rowCount).toBe(1);
    const cells = table.rows[0]!.cells;
    expect(cells.slice(8, 13)).toEqual(['40000.00', '5000.00', '社会工作服务项目', 'SB-2015-0010', '已立项']);
    expect(cells[14]).toBe('40000.00');
    expect(Number(cells[15])).toBeGreaterThan(0);
    expect(cells[16]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('only roles with the import permission may import; everyone who reads may export and get the template', async () => {
    for (const role of ['auditor', 'finance', 'evaluator', 'admin'] as const) {
      const env = await dispatch(f.app, 'applications.import', upload(GOOD), caller(f.tokens[role]));
      expect(env.ok ? 'ok' : env.error.kind, role).toBe('Forbidden');
    }
    const file = await ok('applications.export', { format: 'xlsx', search: '', filters: {}, sort: [] }, 'auditor');
    expect(file.fileName).toMatch(/^申报项目_\d{8}-\d{6}\.xlsx$/);
    expect(file.rowCount).toBe(seeded);
    expect(logOps().at(-1)).toEqual(['applications.export', 'export', 'auditor']);
    const t = await ok('applications.template', { format: 'csv' }, 'evaluator');
    expect(t.fileName).toBe('申报项目导入模板.csv');
  });
});
