import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../contract/errors';
import { shanghaiTime } from '../contract/log-values';
import { amountInWords, formatFen } from '../core/money';
import { pick, tx } from './text';
import type { ReportMeta } from './types';

/**
 * The page frame every report shares: A4, Noto Sans SC, a cover, a header with title, program and year, the
 * footer "第 X 页 共 Y 页" with the report number and short fingerprint, a 草稿 watermark while the data is not
 * final, tables whose header rows repeat and whose rows never split, totals in figures and 大写, and the
 * signature blocks. Pure: data in, a pdfmake document definition out (no fonts, no I/O), so Node and a Web
 * Worker run the same code.
 */
export const REPORT_FONT = 'NotoSansSC';

/** 人民币大写 with a sign: 大写 itself has none, so a negative balance is written 负人民币…. */
export function inWords(fen: number): string {
  return fen < 0 ? `负${amountInWords(-fen)}` : amountInWords(fen);
}

export const yuan = formatFen;

export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 16);
}

/** What the cover's QR code holds: the number and the full fingerprint, separated by a space. */
export function qrPayload(meta: Pick<ReportMeta, 'number' | 'fingerprint'>): string {
  return `${meta.number} ${meta.fingerprint}`;
}

export function beijingTime(iso: string | null): string {
  return iso ? shanghaiTime(iso) : '—';
}

export function text(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

/** A remark in brackets: full-width in Chinese, ASCII in English. */
export function paren(locale: Locale, inner: string): string {
  return locale === 'zh' ? `（${inner}）` : ` (${inner})`;
}

export function sectionTitle(title: string): Content {
  return { text: title, style: 'h1', margin: [0, 14, 0, 6] };
}

export function subTitle(title: string): Content {
  return { text: title, style: 'h2', margin: [0, 8, 0, 4] };
}

export function note(value: string): Content {
  return { text: value, margin: [0, 2, 0, 4] };
}

/** The total of an amount in figures and in words, on one line so a reader (or a test) pairs them. */
export function totalLine(label: string, fen: number, locale: Locale): Content {
  const figure = yuan(fen);
  const body = pick(
    locale,
    `${label}：${figure} 元\u3000大写：${inWords(fen)}`,
    `${label}: ${figure} yuan, in words: ${inWords(fen)}`,
  );
  return { text: body, bold: true, margin: [0, 3, 0, 3] };
}

export interface Column {
  header: string;
  /** Short codes that must stay on one line. */
  noWrap?: boolean;
  width?: number | '*' | 'auto';
  /** Amount in fen, shown in yuan and right aligned; the total row sums it. */
  money?: boolean;
  align?: 'left' | 'center' | 'right';
}

export type Cell = string | number | null | { text: string; bold?: boolean; color?: string };

function bodyCell(value: Cell, col: Column): TableCell {
  if (value !== null && typeof value === 'object') return { ...value, alignment: col.align ?? 'left' };
  if (col.money && typeof value === 'number') return { text: yuan(value), alignment: 'right', noWrap: true };
  return { text: text(value), alignment: col.align ?? 'left', ...(col.noWrap ? { noWrap: true } : {}) };
}

export interface TableOptions {
  /** Amount columns: add the 单位：元 row to the repeated header and a total row. */
  totalLabel?: string;
  /** Per column, the total to show (else the money columns are summed). */
  totals?: (number | null)[];
  fontSize?: number;
}

/**
 * A table whose header rows repeat on every page and whose rows never split. With money columns the first
 * header row says 单位：元 and the last row holds the totals.
 */
/** The columns of a money record (a recovery, a tranche's release or reversal): kind, amount, voucher, who, why. */
export function moneyRecordColumns(locale: Locale): Column[] {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  return [
    { header: p('类型', 'Kind') },
    { header: p('金额', 'Amount'), money: true },
    { header: p('凭证号', 'Voucher') },
    { header: p('日期', 'Date') },
    { header: p('经办人', 'By') },
    { header: p('原因', 'Reason'), width: '*' },
  ];
}

export function dataTable(columns: Column[], rows: Cell[][], locale: Locale, opts: TableOptions = {}): Content {
  const hasMoney = columns.some((c) => c.money);
  const header: TableCell[] = columns.map((c) => ({
    text: c.header,
    bold: true,
    fillColor: '#eeeeee',
    ...(c.noWrap ? { noWrap: true } : {}),
  }));
  const body: TableCell[][] = [];
  if (hasMoney) {
    const unitRow: TableCell[] = columns.map(() => ({}));
    unitRow[0] = {
      text: tx('unit', locale),
      colSpan: columns.length,
      alignment: 'right',
      border: [false, false, false, true],
    };
    body.push(unitRow);
  }
  body.push(header);
  for (const r of rows) body.push(columns.map((c, i) => bodyCell(r[i] ?? null, c)));
  if (hasMoney && opts.totalLabel !== undefined) {
    body.push(
      columns.map((c, i): TableCell => {
        if (i === 0) return { text: opts.totalLabel ?? tx('total', locale), bold: true };
        if (!c.money) return { text: '' };
        const total =
          opts.totals?.[i] ?? rows.reduce((s, r) => s + (typeof r[i] === 'number' ? (r[i] as number) : 0), 0);
        return { text: yuan(total), bold: true, alignment: 'right', noWrap: true };
      }),
    );
  }
  return {
    table: {
      headerRows: hasMoney ? 2 : 1,
      dontBreakRows: true,
      widths: columns.map((c) => c.width ?? 'auto'),
      body,
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#888888', vLineColor: () => '#888888' },
    fontSize: opts.fontSize ?? 8,
    margin: [0, 2, 0, 4],
  };
}

/** Label–value pairs in two columns (the cover, the project facts, the form's fields). */
export function factsTable(pairs: [string, string][]): Content {
  return {
    table: {
      widths: [130, '*'],
      dontBreakRows: true,
      body: pairs.map(([k, v]) => [{ text: k, bold: true, fillColor: '#f4f4f4' }, { text: v }]),
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#888888', vLineColor: () => '#888888' },
    margin: [0, 2, 0, 6],
  };
}

/** 编制人 / 审核人 / 负责人, each with room to sign and date, kept on one page. */
export function signatureBlock(locale: Locale): Content {
  const box = (label: string): Content => ({
    stack: [
      { text: `${label}${pick(locale, '：', ':')}`, bold: true },
      { text: ' ', margin: [0, 18, 0, 0] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 140, y2: 0, lineWidth: 0.5 }] },
      { text: `${tx('sign.date', locale)}${pick(locale, '：', ':')}`, margin: [0, 6, 0, 0] },
    ],
  });
  return {
    unbreakable: true,
    stack: [
      sectionTitle(tx('sign.title', locale)),
      { columns: [box(tx('sign.preparer', locale)), box(tx('sign.reviewer', locale)), box(tx('sign.head', locale))] },
    ],
  };
}

export interface FrameSpec {
  meta: ReportMeta;
  title: string;
  /** The header's second part: the program and the year. */
  program: string;
  year: number;
  cover: [string, string][];
  content: Content[];
}

export function coverPage(spec: FrameSpec): Content[] {
  const { meta } = spec;
  const locale = meta.locale;
  const pairs: [string, string][] = [
    [tx('cover.number', locale), meta.number],
    ...spec.cover,
    [tx('cover.preparedBy', locale), meta.generatedBy],
    [tx('cover.generatedAt', locale), beijingTime(meta.generatedAt)],
    [tx('cover.fingerprint', locale), meta.fingerprint],
  ];
  return [
    { text: spec.title, style: 'title', alignment: 'center', margin: [0, 60, 0, 8] },
    { text: meta.number, alignment: 'center', fontSize: 12, margin: [0, 0, 0, 24] },
    factsTable(pairs),
    { qr: qrPayload(meta), fit: 130, eccLevel: 'M', alignment: 'center', margin: [0, 16, 0, 6] },
    { text: tx('cover.qr', locale), alignment: 'center', fontSize: 8, color: '#555555' },
    ...(meta.draft
      ? [
          {
            text: tx('cover.draftNote', locale),
            alignment: 'center',
            color: '#aa0000',
            margin: [0, 12, 0, 0],
          } as Content,
        ]
      : []),
    { text: '', pageBreak: 'after' },
  ];
}

export function reportDocument(spec: FrameSpec): TDocumentDefinitions {
  const { meta } = spec;
  const locale = meta.locale;
  const info = {
    title: `${spec.title} ${meta.number}`,
    author: meta.generatedBy,
    subject: spec.title,
    keywords: `${meta.number} ${meta.fingerprint}`,
    creator: 'Grants',
    producer: 'Grants (pdfmake)',
    creationDate: new Date(meta.generatedAt),
    // Custom entries: verify-report reads the number and the full fingerprint from here.
    GrantsReportNo: meta.number,
    GrantsFingerprint: meta.fingerprint,
  };
  return {
    pageSize: 'A4',
    pageMargins: [40, 56, 40, 50],
    info: info as TDocumentDefinitions['info'],
    defaultStyle: { font: REPORT_FONT, fontSize: 9, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 22, bold: true },
      h1: { fontSize: 13, bold: true },
      h2: { fontSize: 10.5, bold: true },
    },
    ...(meta.draft ? { watermark: { text: tx('draft', locale), color: '#999999', opacity: 0.15, bold: true } } : {}),
    header: () => ({
      columns: [
        { text: spec.title, bold: true, width: 'auto' },
        {
          text: pick(locale, `${spec.program} · ${spec.year} 年度`, `${spec.program} · ${spec.year}`),
          alignment: 'right',
          width: '*',
        },
      ],
      columnGap: 12,
      margin: [40, 24, 40, 0],
      fontSize: 8,
      color: '#444444',
    }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: tx('footerId', locale, { number: meta.number, short: shortFingerprint(meta.fingerprint) }) },
        { text: tx('page', locale, { page, pages }), alignment: 'right' },
      ],
      margin: [40, 16, 40, 0],
      fontSize: 8,
      color: '#444444',
    }),
    content: [...coverPage(spec), ...spec.content],
  };
}
