import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFen } from '../../core/money';
import { prepareReport, reportDefinition, type LedgerRow, type ReportMeta } from '../../reports/index';
import { SYNTHETIC_META, syntheticLedger, syntheticProject } from '../../testing/report-ledger';
import { renderPdf } from './pdf';

/**
 * The project report's ledger over several pages, as a reader gets it: the PDF read back with poppler, page by
 * page. The ledger is drawn onto pages pdfmake leaves empty for it, so these check that the two meet: every row
 * once and whole, the header on each of its pages, the footer's page total right, nothing else on those pages.
 */
const missing = ['pdftotext', 'pdfinfo', 'pdffonts'].filter((t) => spawnSync(t, ['-v']).error !== undefined);
const dir = mkdtempSync(join(tmpdir(), 'grants-ledger-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LONG = '社区主题活动场地租金及志愿者培训讲课费'.repeat(6);

function ledger(): LedgerRow[] {
  const rows = syntheticLedger(160);
  rows[3]!.summary = LONG;
  // 2015-00006 reverses 2015-00002.
  rows[5] = { ...rows[5]!, amountFen: -rows[1]!.amountFen, reversesVoucherNo: rows[1]!.voucherNo, reason: '重复报销' };
  rows[1]!.reversedByVoucherNo = rows[5]!.voucherNo;
  return rows;
}

async function render(locale: 'zh' | 'en', rows: LedgerRow[]) {
  // Final data: poppler reads the rotated 草稿 watermark into the middle of the rows it crosses.
  const meta: ReportMeta = { ...SYNTHETIC_META, locale, draft: false };
  const file = join(dir, `ledger-${locale}.pdf`);
  writeFileSync(file, await renderPdf({ kind: 'project', data: syntheticProject(rows) }, meta));
  const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1);
  const count = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { file, pages, count };
}

const VOUCHER = /^\s*(\d{4}-\d{5})\s/;
const flat = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(missing.length > 0)('the drawn ledger, read back page by page', () => {
  it('lists every voucher once and whole, with the header on each of its pages and nothing else there', async () => {
    const rows = ledger();
    const { file, pages, count } = await render('zh', rows);
    expect(pages.length).toBe(count);
    pages.forEach((p, i) => expect(flat(p), `page ${i + 1}`).toContain(`第${i + 1}页共${count}页`));

    // Each row's voucher starts exactly one line, and that line ends in the row's amount: no row split.
    const rowLines = pages.flatMap((p, page) =>
      p.split('\n').flatMap((line) => {
        const m = VOUCHER.exec(line);
        return m ? [{ voucher: m[1]!, line, page }] : [];
      }),
    );
    expect(rowLines.map((r) => r.voucher)).toEqual(rows.map((r) => r.voucherNo));
    rowLines.forEach((r, i) => expect(r.line.trimEnd().endsWith(formatFen(rows[i]!.amountFen)), r.line).toBe(true));
    // The long summary wraps within its row, on its row's page.
    const longRow = pages[rowLines[3]!.page]!;
    expect(flat(longRow).replace(formatFen(rows[3]!.amountFen), '')).toContain(LONG);
    expect(flat(pages.join(''))).toContain(`已被${rows[5]!.voucherNo}冲销`);
    expect(flat(pages.join(''))).toContain(`红字冲销${rows[1]!.voucherNo}：重复报销`);

    const ledgerPages = [...new Set(rowLines.map((r) => r.page))];
    expect(ledgerPages.length).toBeGreaterThanOrEqual(3);
    expect(ledgerPages).toEqual(Array.from({ length: ledgerPages.length }, (_, i) => ledgerPages[0]! + i));
    for (const page of ledgerPages) {
      const lines = pages[page]!.split('\n').filter((l) => l.trim() !== '');
      expect(lines.some((l) => l.trim() === '单位：元')).toBe(true);
      expect(lines.filter((l) => /^\s*凭证号\s+日期\s+发票号/.test(l))).toHaveLength(1);
      // Only the page header and footer, the table, the section title on its first page and the totals after
      // it on its last: the placeholders pdfmake laid out leave nothing of their own.
      const last = page === ledgerPages.at(-1);
      const stray = lines.filter(
        (l, i) =>
          !l.includes('项目审计报告') &&
          !l.trim().startsWith('报告编号') &&
          l.trim() !== '单位：元' &&
          !/^\s*凭证号/.test(l) &&
          !VOUCHER.test(l) &&
          !(/^\s{20,}\S/.test(l) && i > 0) &&
          !(page === ledgerPages[0] && l.trim() === '五、支出明细') &&
          !(last && /^\s*合计\s+[\d,.-]+$/.test(l)) &&
          !(last && /支出合计：|^\s*六、|^\s*里程碑$|暂无里程碑|^\s*绩效指标完成情况$/.test(l)),
      );
      expect(stray, `page ${page + 1}`).toEqual([]);
    }

    // The total row and the totals below it: the ledger's sums, the 大写 beside each.
    const sum = rows.reduce((s, r) => s + r.amountFen, 0);
    const text = flat(pages.join(''));
    expect(text).toContain(`合计${formatFen(sum)}`);
    expect(text).toContain(`支出合计：${formatFen(sum)}元`);

    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts).toHaveLength(2);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+NotoSansSC-\S+.*\byes\s+yes\s+yes\b/);
  });

  it('prints the English ledger the same way', async () => {
    const rows = ledger();
    const { pages } = await render('en', rows);
    const text = pages.join('\n');
    expect(text).toMatch(/Unit: yuan/);
    expect(text).toMatch(/^\s*Voucher\s+Date\s+Invoice\s+Line\s+Share\s+Payee\s+Summary\s+Amount$/m);
    const vouchers = text.split('\n').flatMap((l) => VOUCHER.exec(l)?.[1] ?? []);
    expect(vouchers).toEqual(rows.map((r) => r.voucherNo));
    expect(flat(text)).toContain(flat(`Reversal of ${rows[1]!.voucherNo}: 重复报销`));
    expect(flat(text)).toContain(flat(`Reversed by ${rows[5]!.voucherNo}`));
  });

  it('leaves the ledger rows out of what pdfmake lays out, whatever their number', () => {
    const definition = reportDefinition(
      { kind: 'project', data: syntheticProject(syntheticLedger(2_000)) },
      SYNTHETIC_META,
    );
    const prepared = prepareReport(definition);
    expect(prepared.rows).toBe(2_000);
    const laidOut = JSON.stringify(prepared.definition.content);
    expect(laidOut).not.toContain('2015-00001');
    expect(laidOut).not.toContain('2015-02000');
  });
});
