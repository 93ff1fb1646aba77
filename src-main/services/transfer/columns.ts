import type { Locale } from '../../contract/errors';

/**
 * The application template: Chinese headers in this order, English aliases accepted. The
 * same definitions drive the blank template, header matching on import and the export's first columns, so an
 * exported file imports again as it is.
 */
export type ColumnKey =
  | 'name'
  | 'creditCode'
  | 'programCode'
  | 'classCode'
  | 'serviceArea'
  | 'district'
  | 'periodStart'
  | 'periodEnd'
  | 'requested'
  | 'matching'
  | 'projectKind';

export interface ColumnDef {
  key: ColumnKey;
  zh: string;
  en: string;
  /** A file without this column is refused; optional columns take a default when absent or blank. */
  required: boolean;
  aliases: readonly string[];
  /** Width in characters for the .xlsx template and export. */
  width: number;
}

export const IMPORT_COLUMNS: readonly ColumnDef[] = [
  {
    key: 'name',
    zh: '项目名称',
    en: 'Project name',
    required: true,
    aliases: ['项目', 'Name', 'Project'],
    width: 36,
  },
  {
    key: 'creditCode',
    zh: '申报机构统一社会信用代码',
    en: 'Organization credit code',
    required: true,
    aliases: [
      '统一社会信用代码',
      '机构统一社会信用代码',
      '申报单位统一社会信用代码',
      '信用代码',
      'Organisation credit code',
      'Credit code',
      'Unified social credit code',
    ],
    width: 26,
  },
  {
    key: 'programCode',
    zh: '资金计划编号',
    en: 'Fund program code',
    required: true,
    aliases: ['资金计划代码', '计划编号', 'Fund programme code', 'Program code', 'Programme code'],
    width: 16,
  },
  { key: 'classCode', zh: '项目类别', en: 'Class', required: true, aliases: ['类别', 'Project class'], width: 10 },
  { key: 'serviceArea', zh: '服务领域', en: 'Service area', required: true, aliases: ['领域'], width: 14 },
  {
    key: 'district',
    zh: '区县',
    en: 'District',
    required: true,
    aliases: ['所属区县', '区县代码', '实施区县', 'District code'],
    width: 14,
  },
  {
    key: 'periodStart',
    zh: '开始日期',
    en: 'Start date',
    required: true,
    aliases: ['项目开始日期', '起始日期', 'Period start'],
    width: 12,
  },
  {
    key: 'periodEnd',
    zh: '结束日期',
    en: 'End date',
    required: true,
    aliases: ['项目结束日期', '终止日期', 'Period end'],
    width: 12,
  },
  {
    key: 'requested',
    zh: '申请金额(元)',
    en: 'Requested amount (yuan)',
    required: true,
    // Deliberately no "(万元)" alias: amounts in another unit must be refused, not read as yuan.
    aliases: ['申请金额', '申请资金(元)', '申请资金', 'Requested amount', 'Requested (yuan)'],
    width: 16,
  },
  {
    key: 'matching',
    zh: '配套资金(元)',
    en: 'Matching funds (yuan)',
    required: false,
    aliases: ['配套资金', '配套金额(元)', '配套金额', 'Matching funds', 'Matching (yuan)'],
    width: 16,
  },
  {
    key: 'projectKind',
    zh: '项目类型',
    en: 'Project kind',
    required: false,
    aliases: ['Project type'],
    width: 18,
  },
];

/** The ten columns of the blank template, in the bureau's template order; 项目类型 is optional and extra. */
export const TEMPLATE_COLUMNS: readonly ColumnDef[] = IMPORT_COLUMNS.filter((c) => c.key !== 'projectKind');

/**
 * Header text as compared: NFKC folds full-width letters and （） into ASCII, then spaces (also the ideographic
 * space) go, case goes, and a trailing required-marker star goes.
 */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/\*+$/, '').toLowerCase();
}

/** What the header mapper needs of a column: its key, its names in both languages and other spellings. */
export interface HeaderColumn<K extends string> {
  key: K;
  zh: string;
  en: string;
  required: boolean;
  aliases: readonly string[];
}

export interface HeaderMappingOf<K extends string, C> {
  /** Column index in the file for each recognised column. */
  index: Partial<Record<K, number>>;
  /** The header as the user wrote it, to name the column in row errors. */
  label: Partial<Record<K, string>>;
  missing: C[];
  /** Two headers in the file that mean the same column. */
  duplicate: { column: string; other: string } | null;
}

/**
 * Finds an import's columns by their headers (Chinese, English or an alias, compared after normalizeHeader).
 * Unknown headers are ignored, so an export (with extra columns) imports again unchanged.
 */
export function headerMapper<K extends string, C extends HeaderColumn<K>>(columns: readonly C[]) {
  const byHeader = new Map<string, C>();
  for (const col of columns)
    for (const name of [col.zh, col.en, ...col.aliases]) byHeader.set(normalizeHeader(name), col);
  const columnFor = (text: string): C | undefined => byHeader.get(normalizeHeader(text));
  const map = (header: readonly string[]): HeaderMappingOf<K, C> => {
    const index: Partial<Record<K, number>> = {};
    const label: Partial<Record<K, string>> = {};
    let duplicate: HeaderMappingOf<K, C>['duplicate'] = null;
    header.forEach((text, i) => {
      const col = text === '' ? undefined : columnFor(text);
      if (!col) return;
      if (index[col.key] !== undefined) {
        duplicate ??= { column: label[col.key]!, other: text };
        return;
      }
      index[col.key] = i;
      label[col.key] = text;
    });
    const missing = columns.filter((c) => c.required && index[c.key] === undefined);
    return { index, label, missing, duplicate };
  };
  return { columnFor, map };
}

const applicationHeaders = headerMapper<ColumnKey, ColumnDef>(IMPORT_COLUMNS);

export function columnForHeader(text: string): ColumnDef | undefined {
  return applicationHeaders.columnFor(text);
}

export function columnLabel(col: ColumnDef, locale: Locale): string {
  return col[locale];
}

export type HeaderMapping = HeaderMappingOf<ColumnKey, ColumnDef>;

/** The application import's columns, found by their headers. */
export function mapHeader(header: readonly string[]): HeaderMapping {
  return applicationHeaders.map(header);
}
