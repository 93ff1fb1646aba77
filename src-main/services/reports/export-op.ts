import type { OpOutput, OpParsedInput } from '../../contract/index';
import {
  reportDefinition,
  reportTables,
  reportTitle,
  tx,
  type ReportData,
  type ReportMeta,
  type TableValue,
} from '../../reports/index';
import type { ServiceContext } from '../context';
import { beijingTime, localeOf, withNote, word } from '../exports/cells';
import { logHead } from '../operation-log/head';
import { ZERO_HASH } from '../operation-log/index';
import { MIME_TYPES, toXlsx, type Cell, type SheetSpec } from '../spreadsheet/write';
import { generateReport, loadReportData, type ReportSubject } from './generate';

/** The subject as the register stores it: only the fields of its kind (the schema made sure they are there). */
export function subjectOf(input: OpParsedInput<'reports.export'>): ReportSubject {
  switch (input.kind) {
    case 'project':
      return { kind: 'project', applicationId: input.applicationId! };
    case 'tranche':
      return { kind: 'tranche', applicationId: input.applicationId!, seq: input.seq! };
    case 'program':
      return { kind: 'program', programId: input.programId! };
    case 'disclosure':
      return { kind: 'disclosure', year: input.year! };
    case 'inspection':
      return { kind: 'inspection', inspectionId: input.inspectionId! };
    case 'rectificationNotice':
      return { kind: 'rectificationNotice', organizationId: input.organizationId! };
    case 'evaluation':
      return { kind: 'evaluation', evaluationId: input.evaluationId! };
  }
}

/** What the report is about, as its file name says it: the approval number, its tranche, or the program-year. */
function subjectName(report: ReportData, locale: ReportMeta['locale']): string {
  switch (report.kind) {
    case 'project':
      return report.data.project.agreementNumber;
    case 'tranche':
      return locale === 'zh'
        ? `${report.data.project.agreementNumber}-第${report.data.tranche.seq}期`
        : `${report.data.project.agreementNumber}-tranche-${report.data.tranche.seq}`;
    case 'program':
      return `${report.data.program.code}-${report.data.program.year}`;
    case 'disclosure':
      return String(report.data.year);
    case 'inspection':
      return `${report.data.project.agreementNumber}-${report.data.date}`;
    case 'rectificationNotice':
      return report.data.organization.name;
    case 'evaluation':
      return `${report.data.project.agreementNumber}-${report.data.evaluation.kind}`;
  }
}

/** 项目审计报告-渝民发〔2015〕76号.pdf: characters a file system refuses become _. */
export function reportFileName(report: ReportData, locale: ReportMeta['locale'], extension: 'pdf' | 'xlsx'): string {
  const base = `${reportTitle(report.kind, locale)}-${subjectName(report, locale)}`;
  return `${base.replace(/[\\/:*?"<>|\s]+/g, '_')}.${extension}`;
}

/**
 * reports.export: numbers, fingerprints, registers and (through dispatch) logs the report, and hands its data
 * to the renderer, whose Web Worker lays out the PDF with the same definitions the CLI uses.
 */
export function exportReport(ctx: ServiceContext, input: OpParsedInput<'reports.export'>): OpOutput<'reports.export'> {
  const { meta, report } = generateReport(ctx, subjectOf(input));
  return {
    meta,
    report: report as unknown as OpOutput<'reports.export'>['report'],
    fileName: reportFileName(report, meta.locale, 'pdf'),
  };
}

const toCell = (v: TableValue): Cell => v;

/**
 * reports.exportTables: the report's tables as one .xlsx — one sheet per table with its header row frozen,
 * amounts as numbers (#,##0.00), dates as dates, rates as percentages, and each amount total in figures and
 * 大写 below the table — plus a 说明 sheet. Logged as an export; no report number is taken.
 */
export function exportTables(
  ctx: ServiceContext,
  input: OpParsedInput<'reports.exportTables'>,
): OpOutput<'reports.exportTables'> {
  const locale = localeOf(ctx);
  const head = logHead(ctx.db) ?? { entries: 0, hash: ZERO_HASH };
  const { report, draft } = loadReportData(ctx, subjectOf(input), head.entries);
  const meta: ReportMeta = {
    kind: report.kind,
    number: '—',
    fingerprint: ZERO_HASH,
    generatedAt: ctx.now.toISOString(),
    generatedBy: ctx.user?.displayName ?? '',
    locale,
    draft,
    logEntries: head.entries,
    logHeadHash: head.hash,
  };
  const tables = reportTables(reportDefinition(report, meta), locale);
  const title = reportTitle(report.kind, locale);
  const sheets: SheetSpec[] = tables.map((t) => ({
    name: t.title,
    headers: t.headers,
    rows: t.rows.map((r) => r.map(toCell)),
    widths: t.headers.map((h) => Math.max(10, Math.min(40, h.length * 2 + 4))),
    after: t.after.map((r) => r.map(toCell)),
  }));
  const yes = locale === 'zh' ? '是（数据尚未最终确定）' : 'yes (the data is not final)';
  const about: Cell[][] = [
    [word('view', locale), title],
    [word('subject', locale), subjectName(report, locale)],
    [word('exportedBy', locale), ctx.user ? withNote(ctx.user.displayName, ctx.user.username, locale) : ''],
    [word('exportedAt', locale), withNote(beijingTime(ctx.now.toISOString()), 'UTC+08:00', locale)],
    [word('unit', locale), word('unitText', locale)],
    [tx('draft', locale), draft ? yes : tx('no', locale)],
    ...tables.map((t, i): Cell[] => [`${locale === 'zh' ? '表' : 'Table '}${i + 1}`, t.title]),
  ];
  sheets.unshift({
    name: word('about', locale),
    headers: [word('item', locale), word('content', locale)],
    rows: about,
  });
  const fileName = reportFileName(report, locale, 'xlsx');
  const buffer = toXlsx(sheets);
  ctx.changes.push({
    entityType: 'export',
    entityId: null,
    before: null,
    after: { view: report.kind, subject: subjectName(report, locale), format: 'xlsx', tables: tables.length, fileName },
  });
  return { fileName, mimeType: MIME_TYPES.xlsx, base64: buffer.toString('base64'), rowCount: tables.length };
}
