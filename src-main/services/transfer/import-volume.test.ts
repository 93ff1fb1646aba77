import { describe, expect, it } from 'vitest';
import { countApplications } from '../../db/applications-list-repo';
import { logOperation } from '../operation-log/index';
import { xlsxBuffer } from '../../testing/spreadsheet-files';
import { importApplications, importPreview } from './import';
import { openTransferFixture, TEMPLATE_HEADER, validRow } from '../../testing/transfer';

/** Volume: the time is printed, not asserted (machines differ); the counts are asserted. */
describe('10,000 rows', () => {
  it('import in one transaction within a few seconds', async () => {
    const big = openTransferFixture(10_000);
    try {
      const rows = [TEMPLATE_HEADER, ...Array.from({ length: 10_000 }, (_, i) => validRow(i + 1))];
      const buf = await xlsxBuffer(rows);
      const upload = { fileName: 'big.xlsx', contentBase64: buf.toString('base64') };
      let t = performance.now();
      const preview = big.run((ctx) => importPreview(ctx, upload));
      const previewMs = performance.now() - t;
      expect(preview.errors).toEqual([]);
      t = performance.now();
      // As dispatch runs it: the import and its operation-log entries (one per application) in one transaction.
      const result = big.run((ctx) => {
        const r = importApplications(ctx, upload);
        logOperation(ctx, 'applications.import', 'succeeded');
        return r;
      });
      const importMs = performance.now() - t;
      expect(result.imported).toBe(10_000);
      expect(countApplications(big.app.db)).toBe(10_000);
      console.log(
        `10,000-row .xlsx (${(buf.length / 1024).toFixed(0)} KiB): check ${previewMs.toFixed(0)} ms, import with its log entries ${importMs.toFixed(0)} ms`,
      );
    } finally {
      big.close();
    }
  }, 120_000);
});
