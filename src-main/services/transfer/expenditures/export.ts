import { valueLabel } from '../../../contract/index';
import type { FundingShare } from '../../../core/ledger';
import { amountInWords, fenToDecimalString, formatFen } from '../../../core/money';
import { eachLedgerExportRow, type LedgerExportRow } from '../../../db/ledger-export-repo';
import { recordChange } from '../../audit';
import { categoryName, loadProject, type Project } from '../../budgets/project';
import type { ServiceContext } from '../../context';
import type { SpreadsheetFormat } from '../../spreadsheet/read';
import { writeSpreadsheet, type Cell } from '../../spreadsheet/write';
import { fileStamp } from '../export';
import { expenditureColumn, type ExpenditureColumnKey } from './columns';

export const SHARE_NAMES: Record<FundingShare, string> = { grant: '财政资金', matching: '配套资金' };

/**
 * The export's columns: the import's headers (so the file imports again as it is: 凭证号 and 冲销凭证号 tie
 * each reversal to the line it reverses), then what a reader needs and the import ignores: the category
 * name, the voucher that reversed a line, who posted it and when.
 */
const IMPORT_KEYS: readonly ExpenditureColumnKey[] = [
  'project',
  'voucherNo',
  'date',
  'invoiceNo',
  'budgetLine',
] as const;
const AFTER_LINE: readonly ExpenditureColumnKey[] = [
  'share',
  'payee',
  'summary',
  'amount',
  'advance',
  'costType',
  'reverses',
  'reason',
];
const CATEGORY = { header: '科目名称', width: 14 };
const EXTRA = [
  { header: '被冲销凭证号', width: 12 },
  { header: '登记人', width: 10 },
  { header: '登记时间（UTC）', width: 22 },
];
export const EXPENDITURE_EXPORT_HEADERS: readonly string[] = [
  ...IMPORT_KEYS.map((k) => expenditureColumn(k).zh),
  CATEGORY.header,
  ...AFTER_LINE.map((k) => expenditureColumn(k).zh),
  ...EXTRA.map((c) => c.header),
];
const WIDTHS = [
  ...IMPORT_KEYS.map((k) => expenditureColumn(k).width),
  CATEGORY.width,
  ...AFTER_LINE.map((k) => expenditureColumn(k).width),
  ...EXTRA.map((c) => c.width),
];

/**
 * One line as exported. Amounts are decimal yuan text from fen ("-1200.00" for a reversal), never numbers, so
 * no spreadsheet program turns them into binary fractions; dates stay ISO text.
 */
export function expenditureCells(code: string, names: ReadonlyMap<string, string>, l: LedgerExportRow): Cell[] {
  const [voucherNo, date, invoiceNo, lineCode, share, payee, summary, amountFen, advance, costType] = l;
  return [
    code,
    voucherNo,
    date,
    invoiceNo,
    lineCode,
    names.get(lineCode) ?? '',
    SHARE_NAMES[share],
    payee,
    summary,
    fenToDecimalString(amountFen),
    advance ? '是' : '否',
    costType ? valueLabel(`costType.${costType}`, 'zh') : '',
    l[10] ?? '',
    l[11],
    l[12] ?? '',
    l[13],
    l[14],
  ];
}

/** Each budget line's category name, the current version's first, then lines only older versions had. */
function categoryNames(project: Project): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of [...project.current.lines, ...project.versions.flatMap((v) => v.lines)]) {
    if (!names.has(line.lineCode)) names.set(line.lineCode, categoryName(project.program, line.categoryCode));
  }
  return names;
}

export interface ExpenditureExportFile {
  fileName: string;
  mimeType: string;
  buffer: Buffer;
  rowCount: number;
  sumFen: number;
}

function safeFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_');
}

/**
 * One project's ledger in voucher order (each year's vouchers in sequence), reversals as negative lines with
 * the voucher they reverse, as .xlsx (with a 说明 sheet) or .csv. An export is a logged act
 * (财会〔2024〕12号 第三十二条): recorded with the project, format, row count and sum.
 */
export function exportExpenditures(
  ctx: ServiceContext,
  input: { applicationId: number; format: SpreadsheetFormat },
): ExpenditureExportFile {
  const project = loadProject(ctx, input.applicationId);
  const names = categoryNames(project);
  const code = project.agreement.agreementNumber;
  // Lines are written as they are read; the count and sum, needed only after them, are kept on the way.
  let rowCount = 0;
  let sumFen = 0;
  function* rows(): Generator<Cell[]> {
    for (const l of eachLedgerExportRow(ctx.db, project.agreement.id)) {
      rowCount++;
      sumFen += l[7];
      yield expenditureCells(code, names, l);
    }
  }
  // The 说明 sheet comes after the ledger's, so its rows are made once the count and sum are known.
  function* about(): Generator<Cell[]> {
    yield* [
      ['项目编号', code],
      ['项目名称', project.application.name],
      ['资金计划', `${project.program.code}（${project.program.name}）`],
      ['导出时间（UTC）', ctx.now.toISOString()],
      ['导出人', ctx.user?.username ?? ''],
      ['行数', rowCount],
      ['合计（元）', formatFen(sumFen)],
      ['合计（大写）', sumFen >= 0 ? amountInWords(sumFen) : `负${amountInWords(-sumFen)}`],
      ['金额单位', '元（精确到分）；红字冲销为负数，“冲销凭证号”为被冲销的原凭证'],
      [
        '再次导入',
        '可直接用 grants import expenditures 导入（凭证号由系统重新编号；科目名称、被冲销凭证号、登记人、登记时间列导入时忽略）',
      ],
    ] satisfies Cell[][];
  }
  const fileName = `支出台账_${safeFileName(code)}_${fileStamp(ctx.now)}.${input.format}`;
  const file = writeSpreadsheet(
    input.format,
    { name: '支出台账', headers: EXPENDITURE_EXPORT_HEADERS, rows: rows(), widths: WIDTHS },
    { name: '说明', headers: ['项目', '内容'], rows: about(), widths: [16, 90] },
  );
  recordChange(ctx, 'export', 'expenditures', null, {
    applicationId: input.applicationId,
    project: code,
    format: input.format,
    rows: rowCount,
    sumFen,
    fileName,
  });
  return { fileName, mimeType: file.mimeType, buffer: file.buffer, rowCount, sumFen };
}
