import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../contract/errors';
import { inWords } from './layout';
import { pick, tx } from './text';

/**
 * The tables of a report, read back out of its document definition, for the .xlsx beside the PDF. Reading
 * the definition rather than the data means every report kind — the ones to come too — exports exactly the
 * tables it prints, under the same section titles, without a second description of each report. The cells
 * come back typed: amounts (written by formatFen, so the text round-trips to the fen exactly) as fen, dates
 * as dates, rates as fractions.
 */
export type TableValue = string | number | null | { fen: number } | { date: string } | { ratio: number };

export interface ReportTable {
  /** The section title and sub-title the table stands under, e.g. "四、预算执行情况 预算执行". */
  title: string;
  headers: string[];
  rows: TableValue[][];
  /** Lines below the table: each amount column's total in figures and 大写, the report's own total lines. */
  after: TableValue[][];
}

const AMOUNT = /^(-?)(\d{1,3}(?:,\d{3})*)\.(\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?$/;
const RATE = /^-?\d+(?:\.\d+)?%$/;
const INTEGER = /^-?[1-9]\d{0,8}$|^0$/;

/** formatFen's text back to fen ("-1,234.50" → -123450); null when it is not such a text. */
export function amountFen(text: string): number | null {
  const m = AMOUNT.exec(text.trim());
  if (!m) return null;
  const fen = Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3]);
  return m[1] === '-' ? -fen : fen;
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string' || typeof cell === 'number') return String(cell);
  if (Array.isArray(cell)) return cell.map(cellText).join('');
  if (typeof cell === 'object' && 'text' in cell) return cellText((cell as { text: unknown }).text);
  return '';
}

const isObject = (c: unknown): c is Record<string, unknown> => typeof c === 'object' && c !== null;

/** One printed cell as a typed value; `money` when the definitions printed it as an amount. */
function value(cell: TableCell, moneyColumn: boolean): TableValue {
  const text = cellText(cell).trim();
  if (text === '' || text === '—') return null;
  const fen = amountFen(text);
  if (fen !== null && (moneyColumn || (isObject(cell) && cell.alignment === 'right'))) return { fen };
  if (DATE.test(text)) return { date: text };
  if (RATE.test(text)) return { ratio: Number(text.slice(0, -1)) / 100 };
  if (INTEGER.test(text)) return Number(text);
  return text;
}

interface Walk {
  h1: string;
  h2: string;
  tables: ReportTable[];
  locale: Locale;
}

function dataTable(body: TableCell[][], headerRows: number, w: Walk): ReportTable {
  // With amounts the first header row is the 单位：元 line; the unit goes into each amount column's header.
  const hasUnit = headerRows >= 2;
  const headerRow = body[headerRows - 1] ?? [];
  let rows = body.slice(headerRows);
  const last = rows[rows.length - 1];
  const totalRow = hasUnit && last && isObject(last[0]) && last[0].bold === true ? last : null;
  if (totalRow) rows = rows.slice(0, -1);
  const width = headerRow.length;
  const money = Array.from({ length: width }, (_, i) =>
    rows.some((r) => {
      const c = r[i];
      return isObject(c) && c.alignment === 'right' && c.noWrap === true && amountFen(cellText(c)) !== null;
    }),
  );
  const unit = pick(w.locale, '（元）', ' (yuan)');
  const headers = headerRow.map((c, i) => cellText(c) + (hasUnit && money[i] ? unit : ''));
  const after: TableValue[][] = [];
  if (totalRow)
    totalRow.forEach((c, i) => {
      const fen = money[i] ? amountFen(cellText(c)) : null;
      if (fen === null) return;
      const label = `${cellText(headerRow[i])}${pick(w.locale, ' ', ' ')}${tx('total', w.locale)}`;
      after.push([label, { fen }, `${tx('inWords', w.locale)}${pick(w.locale, '：', ': ')}${inWords(fen)}`]);
    });
  return {
    title: [w.h1, w.h2].filter(Boolean).join(' '),
    headers,
    rows: rows.map((r) => headers.map((_, i) => value(r[i] ?? '', money[i] ?? false))),
    after,
  };
}

function factsTable(body: TableCell[][], w: Walk): ReportTable {
  return {
    title: [w.h1, w.h2].filter(Boolean).join(' '),
    headers: [pick(w.locale, '项目', 'Item'), pick(w.locale, '内容', 'Content')],
    rows: body.map((r) => [cellText(r[0]), value(r[1] ?? '', /（元）|\(yuan\)/.test(cellText(r[0])))]),
    after: [],
  };
}

function walk(node: Content | undefined, w: Walk): void {
  if (node === undefined || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((n: Content) => walk(n, w));
    return;
  }
  const n = node as unknown as Record<string, unknown>;
  if (n.style === 'h1') {
    w.h1 = cellText(n);
    w.h2 = '';
    return;
  }
  if (n.style === 'h2') {
    w.h2 = cellText(n);
    return;
  }
  if (isObject(n.table)) {
    // Tables before the first section are the cover's; its facts go to the 说明 sheet instead.
    if (w.h1 === '') return;
    const body = (n.table.body ?? []) as TableCell[][];
    const headerRows = typeof n.table.headerRows === 'number' ? n.table.headerRows : 0;
    w.tables.push(headerRows > 0 ? dataTable(body, headerRows, w) : factsTable(body, w));
    return;
  }
  // A bold line with 大写 after a table is one of the report's total lines: it goes below that table.
  if (
    n.bold === true &&
    typeof n.text === 'string' &&
    n.text.toLowerCase().includes(tx('inWords', w.locale).toLowerCase())
  ) {
    const last = w.tables[w.tables.length - 1];
    if (last && !last.after.some((r) => r[0] === n.text)) last.after.push([n.text]);
    return;
  }
  walk(n.stack as Content | undefined, w);
  walk(n.columns as Content | undefined, w);
}

/** Every table a report prints, in order, with its section title; the cover is left out. */
export function reportTables(definition: TDocumentDefinitions, locale: Locale): ReportTable[] {
  const w: Walk = { h1: '', h2: '', tables: [], locale };
  walk(definition.content, w);
  return w.tables;
}
