import type { Content, TableCell, TableLayout } from 'pdfmake/interfaces';
import type { Locale } from '../contract/errors';
import { tx } from './text';
import { textWidthBound } from './text-width';

/**
 * A long table (the expenditure ledger, tens of thousands of lines) laid out for speed with the same rules as
 * every report table: the 单位：元 and column header rows repeat on each page, rows never split, a total row.
 * pdfmake's cost is per word and per ruled line: a Chinese text is one word per character, and a full grid is
 * ten lines per row. So every column gets a width computed here from the text (a safe upper bound), each cell
 * that fits is one unbreakable word (the table's noWrap), only a cell that may not fit wraps, and the rows are
 * ruled by one horizontal line each.
 */

/** The A4 width between the report's side margins (layout.ts: 595.28 pt less 40 pt each side). */
export const CONTENT_WIDTH = 595.28 - 80;
const PADDING_X = 3;
const PADDING_Y = 1;
const RED = '#c00000';

export interface CompactColumn {
  header: string;
  /** A fixed width in points, or '*' for the rest of the page; absent: as wide as its widest text. */
  width?: number | '*';
  /** Amounts, as formatted text, right aligned; the total row shows this column's total. */
  money?: boolean;
}

/** A cell's text; a money cell may be red (a reversal). */
export type CompactCell = string | { text: string; red: true };

const LAYOUT: TableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0,
  hLineColor: () => '#888888',
  paddingLeft: () => PADDING_X,
  paddingRight: () => PADDING_X,
  paddingTop: () => PADDING_Y,
  paddingBottom: () => PADDING_Y,
};

const cellText = (c: CompactCell): string => (typeof c === 'string' ? c : c.text);

/**
 * The table, or null when some text has a character the width bound does not cover or the columns leave the
 * '*' column too narrow: the caller then uses the general table, which measures every cell with the font.
 */
export function compactTable(
  columns: CompactColumn[],
  rows: CompactCell[][],
  locale: Locale,
  opts: { fontSize: number; totalLabel: string; total: string },
): Content | null {
  const size = opts.fontSize;
  const widths: (number | '*')[] = [];
  for (const [i, col] of columns.entries()) {
    if (col.width !== undefined) {
      widths.push(col.width);
      continue;
    }
    const texts = [col.header, ...(i === 0 ? [opts.totalLabel] : []), ...(col.money ? [opts.total] : [])];
    let widest = 0;
    for (const t of texts) {
      const w = textWidthBound(t, size, true);
      if (w === null) return null;
      widest = Math.max(widest, w);
    }
    for (const r of rows) {
      const w = textWidthBound(cellText(r[i] ?? ''), size);
      if (w === null) return null;
      widest = Math.max(widest, w);
    }
    widths.push(Math.ceil(widest));
  }
  const fixed = widths.reduce<number>((s, w) => s + (w === '*' ? 0 : w), 0);
  const rest = CONTENT_WIDTH - columns.length * 2 * PADDING_X - fixed;
  const stars = widths.filter((w) => w === '*').length;
  if (rest < 40 * Math.max(1, stars)) return null;
  // Wrap columns: a cell whose bound exceeds the column (less a hair for rounding) may break into lines.
  const room = widths.map((w) => (w === '*' ? rest / stars : w) - 0.5);
  const wraps = columns.map((c) => c.width !== undefined);
  const body: TableCell[][] = [
    [
      { text: tx('unit', locale), colSpan: columns.length, alignment: 'right', border: [false, false, false, true] },
      ...columns.slice(1).map(() => ({})),
    ],
    columns.map((c) => ({ text: c.header, bold: true, fillColor: '#eeeeee' })),
  ];
  for (const r of rows) {
    body.push(
      columns.map((c, i): TableCell => {
        const cell = r[i] ?? '';
        const t = cellText(cell);
        if (c.money)
          return { text: t, alignment: 'right', noWrap: true, ...(typeof cell === 'string' ? {} : { color: RED }) };
        if (wraps[i]) {
          const w = textWidthBound(t, size);
          if (w === null || w > room[i]!) return { text: t, noWrap: false };
        }
        return t;
      }),
    );
  }
  body.push(
    columns.map((c, i): TableCell => {
      if (i === 0) return { text: opts.totalLabel, bold: true };
      return c.money ? { text: opts.total, bold: true, alignment: 'right', noWrap: true } : '';
    }),
  );
  return {
    table: { headerRows: 2, dontBreakRows: true, widths, body },
    layout: LAYOUT,
    fontSize: size,
    lineHeight: 1,
    noWrap: true,
    margin: [0, 2, 0, 4],
  };
}
