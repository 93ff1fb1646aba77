import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  amountInWords,
  type Envelope,
  type FileOutput,
  type LogEntry,
  type ReportGenerateResult,
  type ReportVerifyResult,
} from '../contract/index';
import type { ReportData, ReportMeta } from '../reports/index';
import { renderPdf } from '../services/reports/index';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { ledgerSamples } from '../testing/dispatch-ledger';
import { caller } from '../testing/dispatch';
import { failed, templateFixture } from '../testing/dispatch-template';
import { closeApp, type AppContext } from './app';
import { dispatch } from './dispatch';

/** reports.export and reports.exportTables through dispatch: what the renderer's buttons call. */
const { fixture, freshWithClock } = templateFixture();

function value<T>(env: Envelope<unknown>): T {
  if (!env.ok) throw new Error(`expected success, got ${env.error.kind}: ${env.error.message}`);
  return env.value as T;
}

async function postTwoLines(app: AppContext): Promise<number[]> {
  const post = ledgerSamples()['ledger.post'];
  const amounts = [120_000, 34_567];
  for (const amountFen of amounts)
    value(await dispatch(app, 'ledger.post', { ...post, amountFen }, caller(fixture.tokens.project)));
  return amounts;
}

const lastLog = (app: AppContext) =>
  app.db.prepare('SELECT op, entity_type AS entityType FROM operation_log ORDER BY id DESC LIMIT 1').get() as Pick<
    LogEntry,
    'op' | 'entityType'
  >;

describe('reports.export', () => {
  it('registers and logs the report and returns the data it was fingerprinted from', async () => {
    const { app } = freshWithClock();
    await postTwoLines(app);
    const r = value<ReportGenerateResult>(
      await dispatch(
        app,
        'reports.export',
        { kind: 'project', applicationId: FIXTURE_APPS.approved },
        caller(fixture.tokens.auditor),
      ),
    );
    expect(r.meta.number).toMatch(/^BG-\d{4}-0001$/);
    expect(r.fileName).toMatch(/^项目审计报告-.+\.pdf$/);
    expect(lastLog(app)).toEqual({ op: 'reports.export', entityType: 'report' });
    // The PDF the renderer lays out from this data checks out against the database.
    const pdf = await renderPdf(r.report as unknown as ReportData, r.meta as ReportMeta);
    const verdict = value<ReportVerifyResult>(
      await dispatch(
        app,
        'reports.verify',
        { pdfBase64: pdf.toString('base64'), fileName: r.fileName },
        caller(fixture.tokens.auditor),
      ),
    );
    expect(verdict).toMatchObject({ matches: true, number: r.meta.number });
    closeApp(app);
  });

  it('refuses a tranche form without its tranche, naming the field, and changes nothing', async () => {
    const { app } = freshWithClock();
    const before = app.db.prepare('SELECT COUNT(*) FROM operation_log').pluck().get();
    const e = failed(
      await dispatch(
        app,
        'reports.export',
        { kind: 'tranche', applicationId: FIXTURE_APPS.approved },
        caller(fixture.tokens.auditor),
      ),
      'Validation',
    );
    expect(e.message).toBe('拨付期次：不能为空');
    expect(app.db.prepare('SELECT COUNT(*) FROM operation_log').pluck().get()).toBe(before);
    expect(app.db.prepare('SELECT COUNT(*) FROM report_register').pluck().get()).toBe(0);
    closeApp(app);
  });
});

describe('reports.exportTables', () => {
  it('writes every table with typed cells, frozen headers and the 大写 total below', async () => {
    const { app } = freshWithClock();
    const amounts = await postTwoLines(app);
    const file = value<FileOutput>(
      await dispatch(
        app,
        'reports.exportTables',
        { kind: 'project', applicationId: FIXTURE_APPS.approved },
        caller(fixture.tokens.auditor),
      ),
    );
    expect(file.fileName).toMatch(/^项目审计报告-.+\.xlsx$/);
    expect(lastLog(app)).toEqual({ op: 'reports.exportTables', entityType: 'export' });
    expect(app.db.prepare('SELECT COUNT(*) FROM report_register').pluck().get()).toBe(0);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const names = book.worksheets.map((s) => s.name);
    expect(names[0]).toBe('说明');
    const ledger = book.worksheets.find((s) => s.name.startsWith('五、支出明细'));
    expect(ledger, names.join(' | ')).toBeDefined();
    const sheet = ledger!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const amountCol = headers.findIndex((h) => h === '金额（元）') + 1;
    const dateCol = headers.findIndex((h) => h === '日期') + 1;
    expect(amountCol).toBeGreaterThan(0);
    expect(dateCol).toBeGreaterThan(0);
    const body = [2, 3].map((r) => sheet.getRow(r));
    expect(body.map((row) => row.getCell(amountCol).value)).toEqual(amounts.map((f) => f / 100));
    expect(body[0]!.getCell(amountCol).numFmt).toBe('#,##0.00');
    expect(body[0]!.getCell(dateCol).value).toEqual(new Date(Date.UTC(2015, 5, 1)));
    expect(body[0]!.getCell(dateCol).numFmt).toBe('yyyy-mm-dd');
    // Below the table, after one blank row: the amount total in figures and in 大写.
    const total = amounts.reduce((s, a) => s + a, 0);
    const after = sheet.getRow(5);
    expect(sheet.getRow(4).getCell(1).value).toBeNull();
    expect(after.getCell(2).value).toBe(total / 100);
    expect(after.getCell(3).value).toBe(`大写：${amountInWords(total)}`);
    closeApp(app);
  });
});
