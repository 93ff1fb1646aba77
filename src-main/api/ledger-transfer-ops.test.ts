import { describe, expect, it } from 'vitest';
import type { Envelope, FileOutput, LedgerImportResult } from '../contract/index';
import { listLog } from '../db/operation-log-repo';
import { databaseDigest } from '../db/system-repo';
import { readSpreadsheet } from '../services/spreadsheet/read';
import { closeApp, type AppContext } from './app';
import { failed, templateFixture } from '../testing/dispatch-template';
import { dispatch } from './dispatch';
import { caller } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { FIXTURE_PROJECT_CODE, ledgerTransferSamples } from '../testing/dispatch-ledger-transfer';

/** The ledger import and export ops through dispatch: permissions, row errors in the envelope, the log. */
const { fixture, fresh } = templateFixture();

function value<T>(env: Envelope<unknown>): T {
  if (!env.ok) throw new Error(`expected success, got ${env.error.kind}: ${env.error.message}`);
  return env.value as T;
}
const digest = (app: AppContext) => databaseDigest(app.db, { excludeColumns: { sessions: ['last_seen_at'] } });
const log = (app: AppContext) =>
  listLog(app.db, { page: 1, pageSize: 10, sort: [{ id: 'id', desc: true }], search: '', filters: {} }).rows;
const samples = ledgerTransferSamples();
const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('ledger import and export ops', () => {
  it('checks without writing, then imports and logs one summary per project and one for the file', async () => {
    const app = fresh();
    try {
      const finance = caller(fixture.tokens.finance);
      const before = digest(app);
      const check = value<LedgerImportResult>(
        await dispatch(app, 'ledger.importCheck', samples['ledger.importCheck'], finance),
      );
      expect(check).toMatchObject({ rows: 2, imported: 0, sumFen: 123_550, dryRun: true });
      expect(digest(app)).toBe(before);
      const done = value<LedgerImportResult>(await dispatch(app, 'ledger.import', samples['ledger.import'], finance));
      expect(done.projects).toEqual([
        {
          code: FIXTURE_PROJECT_CODE,
          applicationId: FIXTURE_APPS.approved,
          lines: 2,
          reversals: 0,
          sumFen: 123_550,
          firstVoucher: '2015-0001',
          lastVoucher: '2015-0002',
        },
      ]);
      expect(
        log(app)
          .slice(0, 2)
          .map((e) => [e.op, e.entityType, e.username]),
      ).toEqual([
        ['ledger.import', 'import', 'finance'],
        ['ledger.import', 'ledger', 'finance'],
      ]);
    } finally {
      closeApp(app);
    }
  });

  it('refuses a file with bad rows as a whole, every failing cell in details.rowErrors, in the caller’s language', async () => {
    const app = fresh();
    try {
      const before = digest(app);
      const file = csv(
        `Project code,Date,Invoice number,Budget line,Funding share,Payee,Summary,Amount (yuan)\r\n` +
          `${FIXTURE_PROJECT_CODE},2015-06-01,A,02,matching,Shop,Paper,1.00\r\n` +
          `${FIXTURE_PROJECT_CODE},2015-06-01,B,02,grant,Shop,Paper,1.00\r\n`,
      );
      const e = failed(
        await dispatch(
          app,
          'ledger.import',
          { fileName: 'l.csv', contentBase64: file },
          caller(fixture.tokens.finance, 'en'),
        ),
        'RuleViolation',
      );
      expect(e.message).toBe('1 of 2 rows have errors (1 in all); nothing was imported');
      expect(e.details?.rowErrors).toEqual([
        {
          row: 3,
          column: 'Amount (yuan)',
          message:
            'grant spending exceeds the grant funds received: received 0.00 yuan, spent 0.00 yuan, this entry 1.00 yuan, short by 1.00 yuan; mark it as an advance (垫支) if it must be paid first',
        },
      ]);
      expect(digest(app)).toBe(before);
    } finally {
      closeApp(app);
    }
  });

  it('lets an auditor export but not import, and logs the export', async () => {
    const app = fresh();
    try {
      value(await dispatch(app, 'ledger.import', samples['ledger.import'], caller(fixture.tokens.project)));
      const auditor = caller(fixture.tokens.auditor);
      const e = failed(await dispatch(app, 'ledger.import', samples['ledger.import'], auditor), 'Forbidden');
      expect(e.message).toBe('没有权限：此操作需要“登记支出台账”权限');
      const out = value<FileOutput & { sumFen: number }>(
        await dispatch(app, 'ledger.export', { applicationId: FIXTURE_APPS.approved, format: 'csv' }, auditor),
      );
      expect([out.rowCount, out.sumFen]).toEqual([2, 123_550]);
      const table = readSpreadsheet(Buffer.from(out.base64, 'base64'), 'csv');
      expect(table.rows.map((r) => [r.cells[1], r.cells[9]])).toEqual([
        ['2015-0001', '1200.00'],
        ['2015-0002', '35.50'],
      ]);
      expect(log(app)[0]).toMatchObject({ op: 'ledger.export', entityType: 'export', username: 'auditor' });
    } finally {
      closeApp(app);
    }
  });
});
