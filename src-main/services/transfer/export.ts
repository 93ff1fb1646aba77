import type { ApplicationState, OpOutput, OpParsedInput } from '../../contract/index';
import { APPLICATION_VALUE_LABELS } from '../../contract/messages/applications';
import { PROJECT_KIND_NAMES, SERVICE_AREA_NAMES } from '../../core/application-vocabulary';
import { districtName } from '../../core/districts';
import { fenToDecimalString } from '../../core/money';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { iterateApplicationsForExportRows, type ApplicationExportRow } from '../applications/index';
import { writeSpreadsheet, type Cell } from '../spreadsheet/write';
import { IMPORT_COLUMNS, TEMPLATE_COLUMNS } from './columns';

/**
 * The export: the template's ten columns first (so the file imports again as it is), then what the office
 * needs to read it: project kind, application number, state, organization, approved amount, mean score and
 * submission time. Headers and names are Chinese, as in the template.
 */
const KIND_COLUMN = IMPORT_COLUMNS.find((c) => c.key === 'projectKind')!;
const EXTRA_COLUMNS = [
  { header: '申报编号', width: 14 },
  { header: '状态', width: 12 },
  { header: '机构名称', width: 32 },
  { header: '批准金额(元)', width: 16 },
  { header: '评审均分', width: 10 },
  { header: '提交时间', width: 22 },
] as const;

export const EXPORT_HEADERS: readonly string[] = [
  ...TEMPLATE_COLUMNS.map((c) => c.zh),
  KIND_COLUMN.zh,
  ...EXTRA_COLUMNS.map((c) => c.header),
];
const EXPORT_WIDTHS = [
  ...TEMPLATE_COLUMNS.map((c) => c.width),
  KIND_COLUMN.width,
  ...EXTRA_COLUMNS.map((c) => c.width),
];

export function stateName(state: ApplicationState): string {
  return APPLICATION_VALUE_LABELS[`applicationState.${state}`]?.zh ?? state;
}

/**
 * Amounts are decimal yuan text computed from fen ("12000.50"), never numbers, so no spreadsheet program
 * turns them into binary fractions; dates stay ISO text.
 */
export function exportCells(a: ApplicationExportRow): Cell[] {
  return [
    a.name,
    a.organizationCreditCode ?? '',
    a.programCode,
    a.classCode,
    SERVICE_AREA_NAMES[a.serviceArea].zh,
    districtName(a.districtCode) ?? a.districtCode,
    a.periodStart,
    a.periodEnd,
    fenToDecimalString(a.requestedFen),
    fenToDecimalString(a.matchingFen),
    PROJECT_KIND_NAMES[a.projectKind].zh,
    a.code,
    stateName(a.state),
    a.organizationName,
    a.approvedFen === null ? '' : fenToDecimalString(a.approvedFen),
    a.meanScore,
    a.submittedAt ?? '',
  ];
}

/** "20240501-080000" (UTC) for file names. */
export function fileStamp(d: Date): string {
  return d.toISOString().slice(0, 19).replace(/-/g, '').replace('T', '-').replace(/:/g, '');
}

/**
 * applications.export: every application the list shows for the same search, filters and sort, without
 * paging. An export is a logged act (财会〔2024〕12号 第三十二条), recorded with its filters and row count.
 */
export function exportApplications(
  ctx: ServiceContext,
  input: OpParsedInput<'applications.export'>,
): OpOutput<'applications.export'> {
  let rowCount = 0;
  const query = { search: input.search, filters: input.filters, sort: input.sort };
  function* rows(): Generator<Cell[]> {
    for (const a of iterateApplicationsForExportRows(ctx, query)) {
      rowCount++;
      yield exportCells(a);
    }
  }
  const fileName = `申报项目_${fileStamp(ctx.now)}.${input.format}`;
  const about: Cell[][] = [
    ['导出时间（UTC）', ctx.now.toISOString()],
    ['导出人', ctx.user?.username ?? ''],
    ['搜索', input.search],
    ['筛选条件', JSON.stringify(input.filters)],
    ['排序', JSON.stringify(input.sort)],
    ['金额单位', '元（精确到分）'],
    ['再次导入', '前十列即导入模板的列，可直接用“导入申报”再次导入（其余列导入时忽略）'],
  ];
  const file = writeSpreadsheet(
    input.format,
    { name: '申报项目', headers: EXPORT_HEADERS, rows: rows(), widths: EXPORT_WIDTHS },
    { name: '说明', headers: ['项目', '内容'], rows: about, widths: [16, 80] },
  );
  recordChange(ctx, 'export', 'applications', null, {
    format: input.format,
    search: input.search,
    filters: input.filters,
    sort: input.sort,
    rows: rowCount,
    fileName,
  });
  return { fileName, mimeType: file.mimeType, base64: file.buffer.toString('base64'), rowCount };
}
