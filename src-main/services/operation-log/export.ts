import type { OpOutput, OpParsedInput, Role } from '../../contract/index';
import {
  countLog,
  countLogMatching,
  iterateLogMatching,
  logHead,
  type LogSelection,
} from '../../db/operation-log-repo';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';
import { writeSpreadsheet, type Cell } from '../spreadsheet/write';
import { parseRoles } from './search';

/** One export holds at most this many entries; more is refused with a message asking for narrower filters. */
export const LOG_EXPORT_MAX_ROWS = 200_000;

export const LOG_EXPORT_HEADERS = [
  '序号',
  '时间',
  '操作人',
  '角色',
  '操作',
  '对象类型',
  '对象ID',
  '变更前',
  '变更后',
  '哈希',
] as const;
const WIDTHS = [9, 26, 14, 14, 26, 14, 10, 50, 50, 66];

const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  finance: '财务审核',
  project: '项目管理',
  evaluator: '评估检查',
  auditor: '审计',
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

function* cells(ctx: ServiceContext, sel: LogSelection): Generator<Cell[]> {
  for (const r of iterateLogMatching(ctx.db, sel)) {
    const roles = parseRoles(r.roles)
      .map((role) => ROLE_LABELS[role])
      .join('、');
    yield [r.id, r.at, r.username, roles, r.op, r.entityType, r.entityId, r.beforeJson, r.afterJson, r.hash];
  }
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
  const sel: LogSelection = { search: input.search, filters: input.filters };
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
    ['导出时间（UTC）', ctx.now.toISOString()],
    ['导出人', ctx.user?.username ?? ''],
    ['搜索', input.search],
    ['筛选条件', JSON.stringify(input.filters)],
    ['日期口径', '按 UTC 日期筛选（北京时间 = UTC + 8 小时）'],
    ['导出条数', count],
    ['日志总条数', countLog(ctx.db)],
    ['链头序号', head?.id ?? null],
    ['链头哈希', head?.hash ?? null],
    ['校验方法', 'grants audit verify --anchor <链头哈希>'],
  ];
  const file = writeSpreadsheet(
    input.format,
    { name: '操作日志', headers: LOG_EXPORT_HEADERS, rows: cells(ctx, sel), widths: WIDTHS },
    { name: '说明', headers: ['项目', '内容'], rows: about, widths: [16, 80] },
  );
  recordExport(ctx, { format: input.format, search: input.search, filters: input.filters, rowCount: count, fileName });
  return { fileName, mimeType: file.mimeType, base64: file.buffer.toString('base64'), rowCount: count };
}
