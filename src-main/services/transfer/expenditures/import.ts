import { ruleMessage, type ImportRowError, type Locale } from '../../../contract/index';
import { findAgreementNumber } from '../../../db/agreements-repo';
import { AppError } from '../../app-error';
import { recordChange } from '../../audit';
import type { ServiceContext } from '../../context';
import { loadPostingContext } from '../../ledger/index';
import { SpreadsheetError, spreadsheetFormat, type SheetTable } from '../../spreadsheet/read';
import { uploadTable, type ReadOutcome } from '../../spreadsheet/uploads';
import {
  columnName,
  EXPENDITURE_COLUMNS,
  mapExpenditureHeader,
  type ExpenditureColumnKey,
  type ExpenditureMapping,
} from './columns';
import { postProject, type ProjectOutcome } from './post';
import { parseExpenditureRow, RowMemo, type ExpenditureIssue, type ParsedEntry, type ProjectLookup } from './rows';

/** A ledger import may carry a large project's whole history (100,000+ lines); beyond this it is a mistake. */
export const EXPENDITURE_IMPORT_MAX_ROWS = 1_000_000;

export interface ExpenditureUpload {
  fileName: string;
  bytes: Uint8Array;
  /** The file as the host already read it off its main thread, when it did. */
  read?: ReadOutcome;
}

export interface ExpenditureImportResult {
  /** Data rows in the file. */
  rows: number;
  /** Lines posted (ordinary lines and reversals); 0 in a dry run. */
  imported: number;
  sumFen: number;
  dryRun: boolean;
  projects: ProjectOutcome[];
}

class FileRefused extends Error {
  constructor(
    readonly rule: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(rule);
  }
}

/** Thrown inside the savepoint of a dry run with reversals to undo it; never leaves this module. */
class Rollback extends Error {}

function readTable(upload: ExpenditureUpload): SheetTable {
  const format = spreadsheetFormat(upload.fileName);
  if (!format) throw new FileRefused('import.fileType');
  try {
    return uploadTable(upload.read, () => upload.bytes, format);
  } catch (e) {
    if (!(e instanceof SpreadsheetError)) throw e;
    const columns = EXPENDITURE_COLUMNS.filter((c) => c.required).map((c) => c.zh);
    throw new FileRefused(e.rule, e.rule === 'import.empty' ? { columns } : e.params);
  }
}

function checkHeader(table: SheetTable, locale: Locale): ExpenditureMapping {
  const mapping = mapExpenditureHeader(table.header);
  if (mapping.duplicate)
    throw new FileRefused('import.duplicateColumn', { row: table.headerRow, ...mapping.duplicate });
  if (mapping.missing.length > 0)
    throw new FileRefused('import.missingColumns', {
      columns: mapping.missing.map((c) => c[locale]),
      row: table.headerRow,
    });
  const rows = table.rows.length;
  if (rows === 0) throw new FileRefused('import.noRows', { row: table.headerRow });
  if (rows > EXPENDITURE_IMPORT_MAX_ROWS)
    throw new FileRefused('import.tooManyRows', { max: EXPENDITURE_IMPORT_MAX_ROWS, rows });
  return mapping;
}

/** Each project is looked up and loaded once, however many rows name it; the code is the 项目编号. */
function projectLookup(ctx: ServiceContext): ProjectLookup {
  const cache = new Map<string, ReturnType<ProjectLookup>>();
  const load = (code: string): ReturnType<ProjectLookup> => {
    const applicationId = findAgreementNumber(ctx.db, code) ?? findAgreementNumber(ctx.db, code.normalize('NFKC'));
    if (applicationId === null)
      return { ok: false, problem: { rule: 'ledgerImport.projectNotFound', params: { code } } };
    try {
      const lc = loadPostingContext(ctx, applicationId);
      return { ok: true, project: { applicationId, code: lc.project.agreement.agreementNumber, lc } };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      return { ok: false, problem: { rule: e.rule, params: e.params } };
    }
  };
  return (code) => {
    let r = cache.get(code);
    if (!r) cache.set(code, (r = load(code)));
    return r;
  };
}

const COLUMN_ORDER = new Map(EXPENDITURE_COLUMNS.map((c, i) => [c.key, i]));

/** Every issue as 第N行 列名: 原因, by row and then by column, naming each column as the file does. */
export function expenditureRowErrors(
  issues: ExpenditureIssue[],
  mapping: ExpenditureMapping,
  locale: Locale,
): ImportRowError[] {
  const order = (k: ExpenditureColumnKey) => COLUMN_ORDER.get(k) ?? 0;
  return [...issues]
    .sort((a, b) => a.row - b.row || order(a.column) - order(b.column))
    .map((i) => ({
      row: i.row,
      column: columnName(mapping, i.column, locale),
      message: ruleMessage(i.rule, locale, i.params),
    }));
}

/**
 * Reads the file and checks every row's cells; the rows that pass are grouped by project, in the order the
 * file first names each. The sheet itself is not kept: a 100,000-row table need not stay in memory while the
 * rows are posted.
 */
function readRows(ctx: ServiceContext, upload: ExpenditureUpload, locale: Locale) {
  let table: SheetTable;
  let mapping: ExpenditureMapping;
  try {
    table = readTable(upload);
    mapping = checkHeader(table, locale);
  } catch (e) {
    if (e instanceof FileRefused) throw new AppError('Validation', e.rule, e.params, 'fileName');
    throw e;
  }
  const issues: ExpenditureIssue[] = [];
  const byProject = new Map<number, ParsedEntry[]>();
  const projectOf = projectLookup(ctx);
  const memo = new RowMemo();
  for (const sheetRow of table.rows) {
    const { entry } = parseExpenditureRow(sheetRow, mapping, projectOf, memo, issues);
    if (!entry) continue;
    const list = byProject.get(entry.project.applicationId);
    if (list) list.push(entry);
    else byProject.set(entry.project.applicationId, [entry]);
  }
  return { rowCount: table.rows.length, mapping, issues, byProject };
}

/**
 * `grants import expenditures`: all or nothing across the whole file. Every cell is checked first; the rows
 * that pass are grouped by project (in the order the file first names each) and posted with the ledger's own
 * rules; voucher numbers are the app's, gap-free per project and year. Any failure anywhere is thrown as one
 * RuleViolation whose params.rowErrors lists every failing cell, so the caller's transaction (dispatch's, the
 * CLI's; one of its own when called outside any) rolls back whatever was posted before it. Once a row has
 * failed, later projects are only checked. A dry run writes nothing (see the savepoint below for reversals).
 *
 * The log gets, per project, one summary entry per run of ordinary lines (postExpenditures' 'summary' mode:
 * count, sum, first and last voucher; a line-by-line entry for 100,000 lines would double the import's work
 * and tell an auditor nothing the ledger does not), one entry per reversal (each correction stays visible on
 * its own, as in the UI), and one entry for the file as a whole.
 */
export function importExpenditures(
  ctx: ServiceContext,
  upload: ExpenditureUpload,
  opts: { dryRun?: boolean } = {},
): ExpenditureImportResult {
  const locale = ctx.locale ?? 'zh';
  const dryRun = opts.dryRun ?? false;
  const { rowCount, mapping, issues, byProject } = readRows(ctx, upload, locale);

  const projects: ProjectOutcome[] = [];
  const changesBefore = ctx.changes.length;
  const refuseIfAny = () => {
    if (issues.length === 0) return;
    ctx.changes.length = changesBefore;
    const rowErrors = expenditureRowErrors(issues, mapping, locale);
    throw new AppError('RuleViolation', 'import.rowErrors', {
      rows: rowCount,
      badRows: new Set(rowErrors.map((e) => e.row)).size,
      count: rowErrors.length,
      rowErrors,
    });
  };
  const post = () => {
    for (const entries of byProject.values()) {
      const write = !dryRun && issues.length === 0;
      const r = postProject(ctx, entries[0]!.project, entries, mapping, write);
      for (const i of r.issues) issues.push(i);
      projects.push(r.outcome);
    }
  };
  const reversals = [...byProject.values()].some((list) => list.some((e) => e.kind === 'reversal'));
  if (dryRun && reversals) {
    // A reversal is checked against the line it reverses, so a dry run with reversals writes and then undoes
    // it in a savepoint. Only then: with a savepoint open, SQLite journals every page an insert touches, which
    // makes a 100,000-line import several times slower.
    try {
      ctx.db.transaction(() => {
        post();
        throw new Rollback();
      })();
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
      ctx.changes.length = changesBefore;
    }
    refuseIfAny();
  } else {
    const postAll = () => {
      post();
      refuseIfAny();
    };
    if (ctx.db.inTransaction) postAll();
    else ctx.db.transaction(postAll)();
  }

  const count = projects.reduce((s, p) => s + p.lines + p.reversals, 0);
  const sumFen = projects.reduce((s, p) => s + p.sumFen, 0);
  if (dryRun) {
    for (const p of projects) [p.firstVoucher, p.lastVoucher] = [null, null];
    return { rows: rowCount, imported: 0, sumFen, dryRun, projects };
  }
  recordChange(ctx, 'import', 'expenditures', null, {
    fileName: upload.fileName,
    rows: rowCount,
    imported: count,
    sumFen,
    projects: projects.map(({ code, lines, reversals, sumFen: s, firstVoucher, lastVoucher }) => ({
      code,
      lines,
      reversals,
      sumFen: s,
      firstVoucher,
      lastVoucher,
    })),
  });
  return { rows: rowCount, imported: count, sumFen, dryRun, projects };
}
