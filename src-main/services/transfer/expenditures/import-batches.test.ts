import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportRowError } from '../../../contract/index';
import { listAllLedgerLines } from '../../../db/ledger-repo';
import { caught, type AppsFixture } from '../../../testing/applications';
import { csvUpload, HEADER, openImportFixture, row, runImport } from '../../../testing/expenditures-transfer';
import type { AppError } from '../../app-error';
import { EXPENDITURE_IMPORT_BATCH_ROWS, importExpenditures } from './import';

/**
 * A file is read, checked and posted a batch at a time inside the one transaction: a failure found in a late
 * batch must still undo what earlier batches wrote, the checks must see the earlier batches' lines, and a run
 * of lines spanning batches is still one run. The central project has 24,000.00 元 of grant received.
 */
let f: AppsFixture;
let code: string;
let agreementId: number;
beforeEach(() => {
  ({ f, code, agreementId } = openImportFixture());
});
afterEach(() => f.close());

/** Rows enough for three batches: 10.00 元 of grant each, 21,000.00 元 in all for 2,100 rows. */
const COUNT = 2_100;
const HEAD = [...HEADER, '凭证号', '冲销凭证号', '冲销原因'];
function grantRows(): string[][] {
  const rows = [HEAD];
  for (let i = 0; i < COUNT; i++)
    rows.push(row(code, { 资金性质: '财政资金', '金额(元)': '10.00', 发票号: `FP${i}`, 凭证号: `J-${i}` }, HEAD));
  return rows;
}
/** 5,000.00 元 more of grant on line 01: past the grant received only counting every row before it. */
const overGrant = () => row(code, { 资金性质: '财政资金', 预算科目: '01', '金额(元)': '5000.00' }, HEAD);
const lines = () => listAllLedgerLines(f.app.db, agreementId);
const rowErrors = (e: AppError) => e.params.rowErrors as ImportRowError[];

describe('an import longer than one batch', () => {
  it('refuses a row of a late batch by the earlier batches’ totals and undoes every line written', () => {
    expect(COUNT).toBeGreaterThan(2 * EXPENDITURE_IMPORT_BATCH_ROWS);
    const last = COUNT + 2;
    for (const dryRun of [false, true]) {
      const ctx = f.as(f.users.finance);
      const upload = csvUpload([...grantRows(), overGrant()]);
      const e = caught(() => f.app.db.transaction(() => importExpenditures(ctx, upload, { dryRun })).immediate());
      expect(e.rule).toBe('import.rowErrors');
      expect(rowErrors(e).map((r) => [r.row, r.column])).toEqual([[last, '金额(元)']]);
      expect(rowErrors(e)[0]!.message).toContain('已支出 21,000.00 元');
      expect([lines(), ctx.changes]).toEqual([[], []]);
    }
  });

  it('refuses a file whose last row breaks off in a quote, after earlier batches were written', () => {
    const upload = csvUpload(grantRows());
    const bytes = Buffer.concat([upload.bytes, Buffer.from(`${code},2015-06-01,"FP-open,02\r\n`)]);
    const e = caught(() => runImport(f, f.users.finance, { fileName: 'ledger.csv', bytes }));
    expect([e.kind, e.rule, e.params]).toEqual(['Validation', 'import.csvQuote', { row: COUNT + 2 }]);
    expect(lines()).toEqual([]);
  });

  it('logs one run of lines across batches, and reverses a line of the first batch from the last', () => {
    const reversal = row(
      code,
      { 冲销凭证号: 'J-0', 资金性质: '财政资金', '金额(元)': '-10.00', 冲销原因: '重复' },
      HEAD,
    );
    const { ctx, result } = runImport(f, f.users.finance, csvUpload([...grantRows(), reversal]));
    expect(result.projects[0]).toMatchObject({ lines: COUNT, reversals: 1, sumFen: (COUNT - 1) * 1_000 });
    expect(ctx.changes.map((c) => c.entityType)).toEqual(['ledger', 'ledgerLine', 'import']);
    expect(ctx.changes[0]!.after).toMatchObject({ posted: COUNT, firstVoucher: '2015-0001', lastVoucher: '2015-2100' });
    const all = lines();
    expect(all).toHaveLength(COUNT + 1);
    expect(all.at(-1)).toMatchObject({ voucherNo: '2015-2101', amountFen: -1_000, reversesVoucherNo: '2015-0001' });
  });
});
