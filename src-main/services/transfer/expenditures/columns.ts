import type { Locale } from '../../../contract/index';
import { headerMapper, type HeaderMappingOf } from '../columns';

/**
 * The expenditure import: the eight columns finance keeps, Chinese headers with English aliases,
 * plus optional ones an officer may need: 垫支 and 费用类型 (posting rules depend on them), and 凭证号 /
 * 冲销凭证号 / 冲销原因, so a ledger exported with its reversals (红字冲销) imports again as it was. The export
 * writes these same headers first, so its file imports unchanged (its extra columns are ignored).
 */
export type ExpenditureColumnKey =
  | 'project'
  | 'date'
  | 'invoiceNo'
  | 'budgetLine'
  | 'share'
  | 'payee'
  | 'summary'
  | 'amount'
  | 'advance'
  | 'costType'
  | 'voucherNo'
  | 'reverses'
  | 'reason';

export interface ExpenditureColumn {
  key: ExpenditureColumnKey;
  zh: string;
  en: string;
  /** A file without this header is refused; an optional column may be left out (its cells read as blank). */
  required: boolean;
  aliases: readonly string[];
  /** Width in characters for the .xlsx export. */
  width: number;
}

export const EXPENDITURE_COLUMNS: readonly ExpenditureColumn[] = [
  {
    key: 'project',
    zh: '项目编号',
    en: 'Project code',
    required: true,
    aliases: ['项目代码', '立项批准文号', '批准文号', '协议编号', 'Project number', 'Approval number', 'Project'],
    width: 22,
  },
  {
    key: 'date',
    zh: '日期',
    en: 'Date',
    required: true,
    aliases: ['支出日期', '记账日期', '凭证日期', '发生日期', 'Expenditure date'],
    width: 12,
  },
  {
    key: 'invoiceNo',
    zh: '发票号',
    en: 'Invoice number',
    required: true,
    aliases: ['发票号码', '发票编号', '票据号', 'Invoice no', 'Invoice no.', 'Invoice'],
    width: 16,
  },
  {
    key: 'budgetLine',
    zh: '预算科目',
    en: 'Budget line',
    required: true,
    aliases: ['预算行', '预算行编号', '科目', '预算科目编号', 'Line code', 'Budget category'],
    width: 10,
  },
  {
    key: 'share',
    zh: '资金性质',
    en: 'Funding share',
    required: true,
    aliases: ['资金来源', '资金类型', 'Share', 'Fund type'],
    width: 10,
  },
  { key: 'payee', zh: '收款方', en: 'Payee', required: true, aliases: ['收款单位', '收款人'], width: 28 },
  {
    key: 'summary',
    zh: '摘要',
    en: 'Summary',
    required: true,
    aliases: ['用途', '事由', 'Description'],
    width: 32,
  },
  {
    key: 'amount',
    zh: '金额(元)',
    en: 'Amount (yuan)',
    required: true,
    // Deliberately no "(万元)" alias: an amount in another unit must be refused, not read as yuan.
    aliases: ['金额', '支出金额', '支出金额(元)', 'Amount'],
    width: 16,
  },
  { key: 'advance', zh: '垫支', en: 'Advance', required: false, aliases: ['是否垫支'], width: 6 },
  { key: 'costType', zh: '费用类型', en: 'Cost type', required: false, aliases: [], width: 14 },
  {
    key: 'voucherNo',
    zh: '凭证号',
    en: 'Voucher number',
    required: false,
    aliases: ['凭证编号', 'Voucher no', 'Voucher no.', 'Voucher'],
    width: 12,
  },
  {
    key: 'reverses',
    zh: '冲销凭证号',
    en: 'Reverses voucher',
    required: false,
    aliases: ['原凭证号', '冲销原凭证号', 'Reverses'],
    width: 12,
  },
  {
    key: 'reason',
    zh: '冲销原因',
    en: 'Reversal reason',
    required: false,
    aliases: ['Reason'],
    width: 24,
  },
];

const expenditureHeaders = headerMapper<ExpenditureColumnKey, ExpenditureColumn>(EXPENDITURE_COLUMNS);

export function expenditureColumnFor(header: string): ExpenditureColumn | undefined {
  return expenditureHeaders.columnFor(header);
}

export function expenditureColumn(key: ExpenditureColumnKey): ExpenditureColumn {
  return EXPENDITURE_COLUMNS.find((c) => c.key === key)!;
}

export type ExpenditureMapping = HeaderMappingOf<ExpenditureColumnKey, ExpenditureColumn>;

/** The expenditure import's columns; unknown headers (科目名称, 登记人 … of the export) are ignored. */
export function mapExpenditureHeader(header: readonly string[]): ExpenditureMapping {
  return expenditureHeaders.map(header);
}

/** The column's name in a row error: as the file's header writes it, else in the caller's language. */
export function columnName(mapping: ExpenditureMapping, key: ExpenditureColumnKey, locale: Locale): string {
  return mapping.label[key] ?? expenditureColumn(key)[locale];
}
