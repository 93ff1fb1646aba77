import type { ExportColumn, Locale } from '../../contract/index';
import { fieldLabel } from '../../contract/index';
import { EXPORT_VIEW_NAMES } from '../../contract/messages/exports';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';
import {
  csvLine,
  isAmountCell,
  MIME_TYPES,
  toCsv,
  toXlsx,
  type Cell,
  type SpreadsheetFormat,
} from '../spreadsheet/write';
import { beijingTime, conventionalCell, localeOf, totalText, withNote, word } from './cells';

export type ViewName = keyof typeof EXPORT_VIEW_NAMES;
export type ColumnValue<Row> = (row: Row, locale: Locale) => Cell;

/** What an export op is given: the grid's question without the page, and the columns it shows. */
export interface ShownQuery {
  format: SpreadsheetFormat;
  columns: readonly ExportColumn[];
  search?: string;
  filters?: Record<string, unknown>;
  sort?: readonly { id: string; desc: boolean }[];
}

/** One exportable view: where its rows come from and how each of its columns is written. */
export interface ExportView<I extends ShownQuery, Row> {
  name: ViewName;
  /** Label scope of its filter fields (as the list op's validation names them). */
  scope: string;
  columns: Readonly<Record<string, ColumnValue<Row>>>;
  /** Columns not listed are exported by their row field (budget against actual grows new ones). */
  fieldColumns?: boolean;
  rows(ctx: ServiceContext, input: I): Iterable<Row>;
  /** Rows shown as a total line: exported, but not added into the totals again. */
  isTotalRow?(row: Row): boolean;
  /** The project (or other subject) a per-project view belongs to, for the file name and the 说明 sheet. */
  subject?(ctx: ServiceContext, input: I): string;
  /** How a filter value reads, where the value is an id or a code (default: the value's catalogue name). */
  filterText?: Readonly<Record<string, (ctx: ServiceContext, value: unknown) => string>>;
}

/**
 * The one export mechanism: the view's rows for the question, streamed into .xlsx (with a 说明 sheet) or .csv
 * (UTF-8 with BOM, the 说明 as leading # lines and a blank line before the header), the amount columns
 * totalled in figures and 大写, and the export logged with its question.
 */
export function exportView<I extends ShownQuery, Row>(
  ctx: ServiceContext,
  view: ExportView<I, Row>,
  input: I,
): { fileName: string; mimeType: string; base64: string; rowCount: number } {
  const locale = localeOf(ctx);
  const getters = resolveColumns(view, input.columns, locale);
  const headers = input.columns.map((c) => c.label);
  const totals = new Map<number, number>();
  let rowCount = 0;
  function* cells(): Generator<Cell[]> {
    for (const row of view.rows(ctx, input)) {
      const out = getters.map((get) => get(row, locale));
      rowCount++;
      if (!view.isTotalRow?.(row))
        out.forEach((cell, i) => {
          if (isAmountCell(cell)) totals.set(i, (totals.get(i) ?? 0) + cell.fen);
        });
      yield out;
    }
  }
  const subject = view.subject?.(ctx, input) ?? '';
  const viewName = EXPORT_VIEW_NAMES[view.name][locale];
  const fileName = `${safeName([viewName, subject].filter(Boolean).join('_'))}_${fileStamp(ctx.now)}.${input.format}`;
  // Read after the rows were written: the totals and the count are known by then.
  const about = (): Cell[][] => [
    [word('view', locale), viewName],
    ...(subject ? [[word('subject', locale), subject]] : []),
    [word('search', locale), input.search || word('none', locale)],
    [word('filters', locale), filtersText(ctx, view, input.filters ?? {})],
    [word('sort', locale), sortText(input, locale, view.scope)],
    [word('exportedBy', locale), ctx.user ? withNote(ctx.user.displayName, ctx.user.username, locale) : ''],
    [word('exportedAt', locale), withNote(beijingTime(ctx.now.toISOString()), 'UTC+08:00', locale)],
    [word('timeZone', locale), word('timeZoneText', locale)],
    [word('unit', locale), word('unitText', locale)],
    [word('rows', locale), rowCount],
    ...[...totals].map(([i, fen]) => [
      `${word('total', locale)}${locale === 'zh' ? '：' : ': '}${headers[i]}`,
      totalText(fen, locale),
    ]),
  ];
  let buffer: Buffer;
  if (input.format === 'xlsx') {
    const widths = input.columns.map((c) => Math.max(10, Math.min(40, c.label.length * 2 + 4)));
    buffer = toXlsx([
      { name: viewName, headers, rows: cells(), widths },
      { name: word('about', locale), headers: [word('item', locale), word('content', locale)], rows: lazy(about) },
    ]);
  } else {
    const body = toCsv(headers, cells(), { bom: false });
    const note = [...about(), [word('about', locale), word('csvNote', locale)]];
    const preface = '\uFEFF' + note.map(([k, v]) => csvLine([`#${String(k)}`, v])).join('') + '\r\n';
    buffer = Buffer.concat([Buffer.from(preface, 'utf8'), body]);
  }
  ctx.changes.push({
    entityType: 'export',
    entityId: null,
    before: null,
    after: {
      view: view.name,
      subject: subject || undefined,
      format: input.format,
      search: input.search,
      filters: input.filters,
      sort: input.sort,
      columns: input.columns.map((c) => c.id),
      rowCount,
      fileName,
    },
  });
  return { fileName, mimeType: MIME_TYPES[input.format], base64: buffer.toString('base64'), rowCount };
}

function* lazy<T>(make: () => Iterable<T>): Generator<T> {
  yield* make();
}

function resolveColumns<I extends ShownQuery, Row>(
  view: ExportView<I, Row>,
  columns: readonly ExportColumn[],
  locale: Locale,
): ColumnValue<Row>[] {
  const seen = new Set<string>();
  return columns.map((c, i) => {
    if (seen.has(c.id)) throw new AppError('Validation', 'export.duplicateColumn', { column: c.label }, `columns.${i}`);
    seen.add(c.id);
    const own = view.columns[c.id];
    if (own) return own;
    if (view.fieldColumns && /^[a-z][A-Za-z]*$/.test(c.id)) return fieldColumn<Row>(c, view, locale);
    throw unknownColumn(view, c, locale);
  });
}

function unknownColumn(view: { name: ViewName; columns: object }, c: ExportColumn, locale: Locale): AppError {
  return new AppError('Validation', 'export.unknownColumn', {
    column: c.label,
    view: EXPORT_VIEW_NAMES[view.name][locale],
    allowed: Object.keys(view.columns).join(locale === 'zh' ? '、' : ', '),
  });
}

function fieldColumn<Row>(
  c: ExportColumn,
  view: { name: ViewName; columns: object },
  locale: Locale,
): ColumnValue<Row> {
  return (row) => {
    if (typeof row !== 'object' || row === null || !(c.id in row)) throw unknownColumn(view, c, locale);
    return conventionalCell(c.id, (row as Record<string, unknown>)[c.id], locale);
  };
}

function filtersText<I extends ShownQuery, Row>(
  ctx: ServiceContext,
  view: ExportView<I, Row>,
  filters: Record<string, unknown>,
): string {
  const locale = localeOf(ctx);
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    const name = fieldLabel([key], locale, view.scope);
    const own = view.filterText?.[key];
    const text = own
      ? own(ctx, value)
      : typeof value === 'boolean'
        ? word(value ? 'yes' : 'no', locale)
        : String(value);
    parts.push(locale === 'zh' ? `${name}：${text}` : `${name}: ${text}`);
  }
  return parts.length ? parts.join(locale === 'zh' ? '；' : '; ') : word('none', locale);
}

function sortText(input: ShownQuery, locale: Locale, scope: string): string {
  const sort = input.sort ?? [];
  if (sort.length === 0) return word('defaultSort', locale);
  return sort
    .map((s) => {
      const name = input.columns.find((c) => c.id === s.id)?.label ?? fieldLabel([s.id], locale, scope);
      const dir = word(s.desc ? 'descending' : 'ascending', locale);
      return locale === 'zh' ? `${name}${dir}` : `${name} ${dir}`;
    })
    .join(locale === 'zh' ? '，' : ', ');
}

/** Characters no file system takes in a name. */
function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '_');
}

/** "20240501-080000" (UTC) for file names, as the other exports name theirs. */
function fileStamp(d: Date): string {
  return d.toISOString().slice(0, 19).replace(/-/g, '').replace('T', '-').replace(/:/g, '');
}
