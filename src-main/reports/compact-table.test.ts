import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { compactTable, drawnTableOf, type CompactCell, type CompactColumn } from './compact-table';
import { PAD_X, PAD_Y, planTable } from './table-pages';
import { reportTables } from './tables';
import { textWidthUpper } from './text-width';
import { wrapText } from './text-wrap';

const FONTS = join(import.meta.dirname, '..', '..', 'resources', 'fonts');

describe('textWidthUpper', () => {
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
        const bound = textWidthUpper(s, 7, bold);
        expect(bound, s).toBeGreaterThanOrEqual(real - 1e-9);
        expect(bound, s).toBeLessThan(real * 1.05);
      }
    }
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

describe('textWidthUpper and wrapText', () => {
  it('bound any text, known characters or not, from above', () => {
    const doc = new PDFDocument().font(join(FONTS, 'NotoSansSC-Regular.ttf')).fontSize(7);
    for (const s of ['café Ω', '⸻', 'Юрий №5', '重庆 2015-00001', '😀']) {
      expect(textWidthUpper(s, 7), s).toBeGreaterThanOrEqual(doc.widthOfString(s) - 1e-9);
    }
  });

  it('breaks Chinese anywhere but before a closing mark, English between words, and at newlines', () => {
    const lines = wrapText('社区主题活动场地租金，志愿者培训讲课费', 7 * 10, 7);
    expect(lines.join('')).toBe('社区主题活动场地租金，志愿者培训讲课费');
    for (const l of lines) expect(textWidthUpper(l, 7)).toBeLessThanOrEqual(70);
    expect(lines.every((l) => !l.startsWith('，'))).toBe(true);
    expect(lines[0]).toBe('社区主题活动场地租');
    const en = wrapText('Reversal of 2015-00012: duplicate invoice', 60, 7);
    expect(en.join(' ')).toBe('Reversal of 2015-00012: duplicate invoice');
    expect(en.every((l) => !l.startsWith(' ') && !l.endsWith(' '))).toBe(true);
    expect(wrapText('两行\n文字', 100, 7)).toEqual(['两行', '文字']);
  });
});

describe('compactTable and its pages', () => {
  it('carries the drawn table and paginates it: whole rows, the long ones wrapped, a total row last', () => {
    const long = '社区主题活动场地租金'.repeat(12);
    const rows: CompactCell[][] = Array.from({ length: 120 }, (_, i) => [
      `2015-${String(i + 1).padStart(5, '0')}`,
      i === 1 ? '重庆山城会务服务有限公司' : '社区居民委员会',
      i === 1 ? long : '租金',
      i === 2 ? { text: '-112.00', red: true } : '100.00',
    ]);
    const drawn = drawnTableOf(table(rows))!;
    expect(drawn.unit).toBe('单位：元');
    const plan = planTable(drawn, { width: 515, firstHeight: 300, height: 700 });
    // The voucher column is as wide as its widest text.
    expect(plan.edges[1]).toBe(Math.ceil(textWidthUpper('2015-00002', 7) + 2 * PAD_X + 0.5));
    expect(plan.edges.at(-1)).toBeCloseTo(515);
    const parts = plan.pages.flatMap((p) => p.parts);
    // Every row once, whole, in order; then the total row.
    expect(parts.map((p) => p.index)).toEqual([...rows.map((_, i) => i), -1]);
    expect(parts.every((p) => p.first === 0 && p.count === p.row.count)).toBe(true);
    expect(parts[1]!.row.count).toBeGreaterThan(1);
    expect(parts[1]!.row.lines[1]!.length).toBe(2);
    expect(parts[2]!.row.red).toBe(true);
    expect(parts.at(-1)!.row.lines.map((l) => l[0])).toEqual(['合计', '', '', '-12.00']);
    // Each page within its room (the first one smaller), the later ones full but for less than a row.
    const room = (i: number) => (i === 0 ? 300 : 700);
    plan.pages.forEach((p, i) => expect(p.height, `page ${i}`).toBeLessThanOrEqual(room(i)));
    expect(plan.pages.length).toBeGreaterThan(2);
    expect(plan.pages[1]!.height).toBeGreaterThan(700 - 2 * plan.lineHeight - 2 * PAD_Y);
  });

  it('splits only a row taller than a whole page, between its lines', () => {
    const huge = '社区主题活动场地租金'.repeat(400);
    const drawn = drawnTableOf(table([['2015-00001', '社区', huge, '1.00']]))!;
    const plan = planTable(drawn, { width: 515, firstHeight: 700, height: 700 });
    const parts = plan.pages.flatMap((p) => p.parts).filter((p) => p.index === 0);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.reduce((s, p) => s + p.count, 0)).toBe(parts[0]!.row.count);
    plan.pages.forEach((p) => expect(p.height).toBeLessThanOrEqual(700));
  });

  it('is read back for the .xlsx like any report table: amounts as fen, the total below', () => {
    const node = table([
      ['2015-00001', '社区居民委员会', '租金', '100.00'],
      ['2015-00002', '社区居民委员会', '冲销', { text: '-112.00', red: true }],
    ]);
    const definition: TDocumentDefinitions = { content: [{ text: '五、支出明细', style: 'h1' }, node] };
    const [read] = reportTables(definition, 'zh');
    expect(read!.headers).toEqual(['凭证号', '收款方', '摘要', '金额（元）']);
    expect(read!.rows.map((r) => r[3])).toEqual([{ fen: 10000 }, { fen: -11200 }]);
    expect(read!.after[0]).toEqual(['金额 合计', { fen: -1200 }, '大写：负人民币壹拾贰元整']);
  });
});
