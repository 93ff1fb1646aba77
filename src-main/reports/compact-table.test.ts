import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { compactTable, type CompactCell, type CompactColumn } from './compact-table';
import { reportTables } from './tables';
import { textWidthBound } from './text-width';

const FONTS = join(import.meta.dirname, '..', '..', 'resources', 'fonts');

describe('textWidthBound', () => {
  it('is never below the width the font itself gives, in both weights', () => {
    const samples = [
      '2015-00001',
      '重庆山城会务服务有限公司',
      'Reversal of 2015-00012: duplicate invoice',
      '红字冲销 2015-00012：重复报销（发票号 12345678）',
      '—“引号”、顿号；WWW@@@',
    ];
    for (const [file, bold] of [
      ['NotoSansSC-Regular.ttf', false],
      ['NotoSansSC-Bold.ttf', true],
    ] as const) {
      const doc = new PDFDocument().font(join(FONTS, file)).fontSize(7);
      for (const s of samples) {
        const real = doc.widthOfString(s);
        const bound = textWidthBound(s, 7, bold)!;
        expect(bound, s).toBeGreaterThanOrEqual(real - 1e-9);
        expect(bound, s).toBeLessThan(real * 1.05);
      }
    }
  });

  it('gives null for characters it does not know, so pdfmake measures them', () => {
    expect(textWidthBound('café', 7)).toBeNull();
    expect(textWidthBound('两行\n文字', 7)).toBeNull();
    expect(textWidthBound('⸻', 7)).toBeNull();
  });
});

const COLUMNS: CompactColumn[] = [
  { header: '凭证号' },
  { header: '收款方', width: 60 },
  { header: '摘要', width: '*' },
  { header: '金额', money: true },
];

function table(rows: CompactCell[][]) {
  return compactTable(COLUMNS, rows, 'zh', { fontSize: 7, totalLabel: '合计', total: '-12.00' });
}

describe('compactTable', () => {
  it('keeps fitting cells as one word, lets a cell that may not fit wrap, and repeats its two header rows', () => {
    const long = '社区主题活动场地租金'.repeat(12);
    const node = table([
      ['2015-00001', '社区居民委员会', '租金', '100.00'],
      ['2015-00002', '重庆山城会务服务有限公司', long, { text: '-112.00', red: true }],
    ]) as { table: { headerRows: number; dontBreakRows: boolean; widths: unknown[]; body: unknown[][] } };
    expect(node.table.headerRows).toBe(2);
    expect(node.table.dontBreakRows).toBe(true);
    const [first, second] = node.table.body.slice(2);
    expect(first!.slice(0, 3)).toEqual(['2015-00001', '社区居民委员会', '租金']);
    // 12 characters at 7 pt are 84 pt: more than the 60 pt column, so the payee wraps; so does the long summary.
    expect(second![1]).toEqual({ text: '重庆山城会务服务有限公司', noWrap: false });
    expect(second![2]).toEqual({ text: long, noWrap: false });
    expect(second![3]).toMatchObject({ text: '-112.00', color: '#c00000', alignment: 'right' });
    // The voucher column is as wide as its widest text: ten characters of digits and a hyphen.
    expect(node.table.widths[0]).toBe(Math.ceil(textWidthBound('2015-00002', 7)!));
  });

  it('is read back for the .xlsx like any report table: amounts as fen, the total below', () => {
    const node = table([
      ['2015-00001', '社区居民委员会', '租金', '100.00'],
      ['2015-00002', '社区居民委员会', '冲销', { text: '-112.00', red: true }],
    ])!;
    const definition: TDocumentDefinitions = { content: [{ text: '五、支出明细', style: 'h1' }, node] };
    const [read] = reportTables(definition, 'zh');
    expect(read!.headers).toEqual(['凭证号', '收款方', '摘要', '金额（元）']);
    expect(read!.rows.map((r) => r[3])).toEqual([{ fen: 10000 }, { fen: -11200 }]);
    expect(read!.after[0]).toEqual(['金额 合计', { fen: -1200 }, '大写：负人民币壹拾贰元整']);
  });

  it('gives way to the general table when a short-code column holds a character it cannot bound', () => {
    expect(table([['2015-é', '社区', '租金', '1.00']])).toBeNull();
  });
});
