import { cellText, type DrawnTable } from './compact-table';
import { textWidthUpper } from './text-width';
import { wrapText } from './text-wrap';

/**
 * Paginates a drawn table before any font is opened: column widths and line breaks from the width bound, so
 * every row's height is known, and rows go onto pages whole (the 单位：元 line and the header row first on each
 * page, the total row last). Only a row taller than a whole page is split, between its lines.
 */

export const PAD_X = 3;
export const PAD_Y = 1.5;
/** The narrowest the '*' column may get before the sized columns give way (and wrap). */
const MIN_STAR = 80;

export interface PlannedRow {
  /** Per cell, its lines. */
  lines: string[][];
  /** Lines of the tallest cell. */
  count: number;
  red: boolean;
  bold: boolean;
}

/** A row, or the part of one (from line `first`, `count` lines) that fits on a page. */
export interface RowPart {
  row: PlannedRow;
  /** The row's number in the table (0-based), -1 for the total row. */
  index: number;
  first: number;
  count: number;
}

export interface TablePage {
  parts: RowPart[];
  /** Height used on the page, from the top of the 单位：元 line to the bottom of the last row. */
  height: number;
}

export interface TablePlan {
  table: DrawnTable;
  /** Column edges from the table's left: columns + 1 of them. */
  edges: number[];
  money: boolean[];
  lineHeight: number;
  unitHeight: number;
  header: PlannedRow;
  pages: TablePage[];
}

export interface TableArea {
  width: number;
  /** Room on the first page (below what precedes the table there) and on each page after. */
  firstHeight: number;
  height: number;
}

export const lineHeightOf = (fontSize: number) => Math.round(fontSize * 1.3 * 100) / 100;
export const rowHeight = (lines: number, lineHeight: number) => lines * lineHeight + 2 * PAD_Y;

function columnWidths(t: DrawnTable, width: number): { widths: number[]; wraps: boolean[] } {
  const size = t.fontSize;
  const widths: number[] = [];
  const wraps: boolean[] = [];
  t.columns.forEach((col, i) => {
    if (col.width !== undefined) {
      widths.push(col.width === '*' ? 0 : col.width);
      wraps.push(true);
      return;
    }
    let widest = textWidthUpper(col.header, size, true);
    if (i === 0) widest = Math.max(widest, textWidthUpper(t.totalLabel, size, true));
    if (col.money) widest = Math.max(widest, textWidthUpper(t.total, size, true));
    for (const r of t.rows) {
      const w = textWidthUpper(cellText(r[i] ?? ''), size);
      if (w > widest) widest = w;
    }
    widths.push(Math.ceil(widest + 2 * PAD_X + 0.5));
    wraps.push(false);
  });
  const stars = t.columns.filter((c) => c.width === '*').length;
  let rest = width - widths.reduce((s, w) => s + w, 0);
  if (rest < MIN_STAR * Math.max(stars, 0)) {
    // Too wide: the sized text columns (not the amounts) shrink in proportion and wrap.
    const shrinkable = t.columns.map((c, i) => c.width === undefined && !c.money && widths[i]! > 40);
    const total = widths.reduce((s, w, i) => s + (shrinkable[i] ? w : 0), 0);
    const scale = Math.max(0.2, (total - (MIN_STAR * stars - rest)) / total);
    widths.forEach((w, i) => {
      if (!shrinkable[i]) return;
      widths[i] = Math.floor(w * scale);
      wraps[i] = true;
    });
    rest = width - widths.reduce((s, w) => s + w, 0);
  }
  t.columns.forEach((c, i) => {
    if (c.width === '*') widths[i] = rest / stars;
  });
  return { widths, wraps };
}

function planRow(
  texts: string[],
  inner: number[],
  wraps: boolean[],
  size: number,
  bold: boolean,
  red: boolean,
): PlannedRow {
  let count = 1;
  const lines = texts.map((s, i) => {
    const l = wraps[i] || s.includes('\n') ? wrapText(s, inner[i]!, size, bold) : [s];
    if (l.length > count) count = l.length;
    return l;
  });
  return { lines, count, red, bold };
}

export function planTable(t: DrawnTable, area: TableArea): TablePlan {
  const size = t.fontSize;
  const { widths, wraps } = columnWidths(t, area.width);
  const inner = widths.map((w) => w - 2 * PAD_X - 0.5);
  const edges = [0];
  for (const w of widths) edges.push(edges[edges.length - 1]! + w);
  const lineHeight = lineHeightOf(size);
  const unitHeight = lineHeight + 2;
  const header = planRow(
    t.columns.map((c) => c.header),
    inner,
    t.columns.map(() => true),
    size,
    true,
    false,
  );
  const top = unitHeight + rowHeight(header.count, lineHeight);
  const pages: TablePage[] = [];
  let page: TablePage = { parts: [], height: top };
  let room = area.firstHeight;
  const place = (row: PlannedRow, index: number) => {
    let first = 0;
    while (first < row.count) {
      const left = row.count - first;
      const fits = Math.floor((room - page.height - 2 * PAD_Y) / lineHeight);
      // Whole rows only, unless the row is taller than a page and this page holds nothing else yet.
      const whole = page.height + rowHeight(left, lineHeight) <= room;
      const count = whole ? left : page.parts.length === 0 ? Math.max(1, fits) : 0;
      if (count > 0) {
        page.parts.push({ row, index, first, count });
        page.height += rowHeight(count, lineHeight);
        first += count;
      }
      if (first < row.count) {
        pages.push(page);
        page = { parts: [], height: top };
        room = area.height;
      }
    }
  };
  t.rows.forEach((r, index) =>
    place(
      planRow(
        t.columns.map((_, i) => cellText(r[i] ?? '')),
        inner,
        wraps,
        size,
        false,
        r.some((c) => typeof c !== 'string'),
      ),
      index,
    ),
  );
  const totals = t.columns.map((c, i) => (i === 0 ? t.totalLabel : c.money ? t.total : ''));
  place(planRow(totals, inner, wraps, size, true, false), -1);
  pages.push(page);
  return { table: t, edges, money: t.columns.map((c) => c.money === true), lineHeight, unitHeight, header, pages };
}
