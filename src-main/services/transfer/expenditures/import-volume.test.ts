import { describe, expect, it } from 'vitest';
import { vouchersGapFree } from '../../../core/ledger';
import { listAllLedgerLines } from '../../../db/ledger-repo';
import { openAppsFixture } from '../../../testing/applications';
import * as budgets from '../../budgets/index';
import { centralProject } from '../../../testing/ledger';
import { codeOf, csvUpload, HEADER, row, runImport } from '../../../testing/expenditures-transfer';

/** Volume: the time is printed, not asserted (machines differ; bench/ledger.ts measures); the ledger is. */
describe('20,000 rows', () => {
  it('import in one transaction, every voucher gap-free and every fen accounted for', () => {
    const f = openAppsFixture(1);
    try {
      const { id, agreementId } = centralProject(f);
      const code = codeOf(f, id);
      const n = 20_000;
      const rows = [HEADER];
      for (let i = 0; i < n; i++)
        rows.push(
          row(code, {
            日期: `2015-${String(3 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
            发票号: `FP${i}`,
            // Matching funds on the two lines whose matching budgets hold 10,000 rows of up to 0.09 元 each.
            预算科目: ['01', '02'][i % 2]!,
            '金额(元)': `0.${String(1 + (i % 9)).padStart(2, '0')}`,
          }),
        );
      const t = performance.now();
      const { result } = runImport(f, f.users.finance, csvUpload(rows));
      const ms = performance.now() - t;
      const lines = listAllLedgerLines(f.app.db, agreementId);
      const sum = lines.reduce((s, l) => s + l.amountFen, 0);
      expect([result.imported, lines.length]).toEqual([n, n]);
      expect(vouchersGapFree(lines.map((l) => l.voucherNo))).toEqual([]);
      expect(lines.at(-1)!.voucherNo).toBe('2015-20000');
      expect(result.sumFen).toBe(sum);
      expect(budgets.view(f.as(f.users.auditor), { applicationId: id }).execution.total.total.actualFen).toBe(sum);
      console.log(`20,000-row .csv import: ${ms.toFixed(0)} ms (${Math.round(n / (ms / 1000))} lines/s)`);
    } finally {
      f.close();
    }
  }, 60_000);
});
