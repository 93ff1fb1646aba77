import type { Content, TableCell, TableLayout } from 'pdfmake/interfaces';
import type { Locale } from '../contract/errors';
import { tx } from './text';

/**
 * A long table (the expenditure ledger, tens of thousands of lines) that the report draws itself rather than
 * through pdfmake's table layout, whose cost per word and per ruled line was most of a large report's time.
 * The definition holds it twice: as a plain pdfmake table (what the .xlsx export reads back, and what pdfmake
 * would print if handed the definition alone) and as the `drawnTable` description that render.ts paginates by
 * the font-free width bound and draws straight onto the pages pdfmake leaves for it. Same rules as every
 * report table: the 单位：元 and column header rows repeat on each page, rows never split, a total row.
 */

export interface CompactColumn {
  header: string;
  /** A fixed width in points, or '*' for the rest of the page; absent: as wide as its widest text. */
  width?: number | '*';
  /** Amounts, as formatted text, right aligned; the total row shows this column's total. */
  money?: boolean;
}

/** A cell's text; a money cell may be red (a reversal). */
export type CompactCell = string | { text: string; red: true };

/** What render.ts needs to paginate and draw the table. */
export interface DrawnTable {
  columns: CompactColumn[];
  rows: CompactCell[][];
  fontSize: number;
  /** The line above the header: 单位：元. */
  unit: string;
  totalLabel: string;
  /** The money column's total, formatted. */
  total: string;
}

export const RED = '#c00000';

const LAYOUT: TableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#888888',
  vLineColor: () => '#888888',
};

export const cellText = (c: CompactCell): string => (typeof c === 'string' ? c : c.text);

/** The drawn table a definition node carries, if it is one. */
export function drawnTableOf(node: unknown): DrawnTable | null {
  if (typeof node !== 'object' || node === null || !('drawnTable' in node)) return null;
  return (node as { drawnTable: DrawnTable }).drawnTable;
}

export function compactTable(
  columns: CompactColumn[],
  rows: CompactCell[][],
  locale: Locale,
  opts: { fontSize: number; totalLabel: string; total: string },
): Content {
  const body: TableCell[][] = [
    [
      { text: tx('unit', locale), colSpan: columns.length, alignment: 'right', border: [false, false, false, true] },
      ...columns.slice(1).map(() => ({})),
    ],
    columns.map((c) => ({ text: c.header, bold: true, fillColor: '#eeeeee' })),
  ];
  for (const r of rows)
    body.push(
      columns.map((c, i): TableCell => {
        const cell = r[i] ?? '';
        if (!c.money) return cellText(cell);
        return {
          text: cellText(cell),
          alignment: 'right',
          noWrap: true,
          ...(typeof cell === 'string' ? {} : { color: RED }),
        };
      }),
    );
  body.push(
    columns.map((c, i): TableCell => {
      if (i === 0) return { text: opts.totalLabel, bold: true };
      return c.money ? { text: opts.total, bold: true, alignment: 'right', noWrap: true } : '';
    }),
  );
  const drawnTable: DrawnTable = { columns, rows, unit: tx('unit', locale), ...opts };
  return {
    table: {
      headerRows: 2,
      dontBreakRows: true,
      widths: columns.map((c) => c.width ?? 'auto'),
      body,
    },
    layout: LAYOUT,
    fontSize: opts.fontSize,
    margin: [0, 2, 0, 4],
    drawnTable,
  } as Content;
}
