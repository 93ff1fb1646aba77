import {
  changesText,
  describeChanges,
  logEntityTypeName,
  logOpName,
  personIdsIn,
  shanghaiTime,
  type Locale,
  type OpOutput,
  type OpParsedInput,
  type Role,
} from '../../contract/index';
import {
  countLog,
  countLogMatching,
  iterateLogMatching,
  logHead,
  type LogSelection,
} from '../../db/operation-log-repo';
import { displayNamesOf } from '../../db/users-repo';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';
import { writeSpreadsheet, type Cell } from '../spreadsheet/write';
import { parseRoles, searchNames } from './search';

/** One export holds at most this many entries; more is refused with a message asking for narrower filters. */
export const LOG_EXPORT_MAX_ROWS = 200_000;

/**
 * The columns, as the screen names them: times in Beijing time with the stored UTC instant beside it, ops and
 * objects by their names, the object's business key (never its row id), the changed fields by their labels, and
 * the stored JSON and hash exactly as they are chained.
 */
export const LOG_EXPORT_HEADERS = [
  '序号',
  '时间（北京时间）',
  '时间（UTC，原始）',
  '操作人',
  '角色',
  '操作',
  '对象类型',
  '对象',
  '变更前',
  '变更后',
  '变更前（原始JSON）',
  '变更后（原始JSON）',
  '哈希',
] as const;
export const LOG_EXPORT_HEADERS_EN = [
  'No.',
  'Time (Beijing, UTC+8)',
  'Time (UTC, as stored)',
  'Operator',
  'Roles',
  'Operation',
  'Object type',
  'Object',
  'Before',
  'After',
  'Before (stored JSON)',
  'After (stored JSON)',
  'Hash',
] as const;
const WIDTHS = [9, 20, 26, 14, 14, 20, 14, 30, 50, 50, 40, 40, 66];

const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  finance: { zh: '财务审核', en: 'Finance officer' },
  project: { zh: '项目管理', en: 'Project officer' },
  evaluator: { zh: '评估检查', en: 'Evaluator' },
  auditor: { zh: '审计', en: 'Auditor' },
};

/**
 * What any export op records about itself (财会〔2024〕12号 第三十二条: exports are logged): the filters it
 * was given and how many rows it wrote. Dispatch logs it under the op's name in the op's transaction.
 */
export function recordExport(
  ctx: ServiceContext,
  info: { format: string; rowCount: number; search?: string; filters?: unknown; fileName?: string },
): void {
  ctx.changes.push({ entityType: 'export', entityId: null, before: null, after: info });
}

function* cells(ctx: ServiceContext, sel: LogSelection, locale: Locale): Generator<Cell[]> {
  // Names are looked up once per person; the iteration holds the connection, so they are read up front.
  const people = peopleIn(ctx, sel);
  for (const r of iterateLogMatching(ctx.db, sel)) {
    const roles = parseRoles(r.roles)
      .map((role) => ROLE_LABELS[role][locale])
      .join(locale === 'zh' ? '、' : ', ');
    const changes = describeChanges(r.beforeJson, r.afterJson, r.op, locale, people);
    yield [
      r.id,
      shanghaiTime(r.at),
      r.at,
      r.username,
      roles,
      logOpName(r.op, locale),
      r.entityType === null ? null : logEntityTypeName(r.entityType, locale),
      r.entityKey,
      changesText(changes, 'before', locale),
      changesText(changes, 'after', locale),
      r.beforeJson,
      r.afterJson,
      r.hash,
    ];
  }
}

/** Display names of every user the selected entries' *By fields name. */
function peopleIn(ctx: ServiceContext, sel: LogSelection): Record<string, string> {
  const ids = new Set<number>();
  for (const r of iterateLogMatching(ctx.db, sel)) for (const id of personIdsIn(r.beforeJson, r.afterJson)) ids.add(id);
  return displayNamesOf(ctx.db, [...ids]);
}

/** "20240501-080000" from the export time (UTC), for the file name. */
function stamp(d: Date): string {
  return d.toISOString().slice(0, 19).replace(/-/g, '').replace('T', '-').replace(/:/g, '');
}

/**
 * log.export: every entry matching the search, oldest first, as .xlsx or .csv. The .xlsx has a second sheet
 * "说明" with the filters and the chain head at export time (the head hash is an anchor for
 * `grants audit verify --anchor`); every row also carries its own hash.
 */
export function exportLog(ctx: ServiceContext, input: OpParsedInput<'log.export'>): OpOutput<'log.export'> {
  const locale = ctx.locale ?? 'zh';
  const sel: LogSelection = { search: input.search, filters: input.filters, ...searchNames(ctx, input.search) };
  const count = countLogMatching(ctx.db, sel);
  if (count > LOG_EXPORT_MAX_ROWS) {
    throw new AppError('RuleViolation', 'log.exportTooLarge', {
      count: count.toLocaleString('en-US'),
      max: LOG_EXPORT_MAX_ROWS.toLocaleString('en-US'),
    });
  }
  const head = logHead(ctx.db);
  const fileName = `操作日志_${stamp(ctx.now)}.${input.format}`;
  const about: Cell[][] = [
    ['导出时间（北京时间）', shanghaiTime(ctx.now.toISOString())],
    ['导出时间（UTC）', ctx.now.toISOString()],
    ['导出人', ctx.user?.username ?? ''],
    ['搜索', input.search],
    ['筛选条件', JSON.stringify(input.filters)],
    ['日期口径', '按 UTC 日期筛选（北京时间 = UTC + 8 小时）；“时间（北京时间）”列为北京时间，原始列为 UTC'],
    ['导出条数', count],
    ['日志总条数', countLog(ctx.db)],
    ['链头序号', head?.id ?? null],
    ['链头哈希', head?.hash ?? null],
    ['校验方法', 'grants audit verify --anchor <链头哈希>'],
  ];
  const file = writeSpreadsheet(
    input.format,
    {
      name: '操作日志',
      headers: locale === 'zh' ? LOG_EXPORT_HEADERS : LOG_EXPORT_HEADERS_EN,
      rows: cells(ctx, sel, locale),
      widths: WIDTHS,
    },
    { name: '说明', headers: ['项目', '内容'], rows: about, widths: [16, 80] },
  );
  recordExport(ctx, { format: input.format, search: input.search, filters: input.filters, rowCount: count, fileName });
  return { fileName, mimeType: file.mimeType, base64: file.buffer.toString('base64'), rowCount: count };
}
