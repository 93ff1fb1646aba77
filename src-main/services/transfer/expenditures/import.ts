import { ruleMessage, type ImportRowError, type Locale } from '../../../contract/index';
import { findAgreementNumber } from '../../../db/agreements-repo';
import { AppError } from '../../app-error';
import { recordChange } from '../../audit';
import type { ServiceContext } from '../../context';
import { loadPostingContext } from '../../ledger/index';
import { SpreadsheetError, spreadsheetFormat, type SheetStream } from '../../spreadsheet/read';
import { uploadStream, type ReadOutcome } from '../../spreadsheet/uploads';
import {
  columnName,
  EXPENDITURE_COLUMNS,
  mapExpenditureHeader,
  type ExpenditureColumnKey,
  type ExpenditureMapping,
} from './columns';
import { ProjectPosting, type ProjectOutcome } from './post';
import {
  parseExpenditureRow,
  reversalPlans,
  RowMemo,
  type ExpenditureIssue,
  type ProjectLookup,
  type ReversalPlan,
} from './rows';

/** A ledger import may carry a large project's whole history (100,000+ lines); beyond this it is a mistake. */
export const EXPENDITURE_IMPORT_MAX_ROWS = 1_000_000;

/**
 * Rows read, checked and posted at a time. The file is posted batch by batch inside the one transaction, so
 * its rows never all live at once: held whole, 100,000 parsed rows outlived the collector's young generation
 * and were copied and marked again and again while the lines were written.
 */
export const EXPENDITURE_IMPORT_BATCH_ROWS = 1024;

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

/** A file that cannot be read as a table, in the words of the import (which names its required columns). */
function refusal(e: SpreadsheetError): FileRefused {
  const columns = EXPENDITURE_COLUMNS.filter((c) => c.required).map((c) => c.zh);
  return new FileRefused(e.rule, e.rule === 'import.empty' ? { columns } : e.params);
}

function openSheet(upload: ExpenditureUpload): SheetStream {
  const format = spreadsheetFormat(upload.fileName);
  if (!format) throw new FileRefused('import.fileType');
  try {
    return uploadStream(upload.read, () => upload.bytes, format);
  } catch (e) {
    if (!(e instanceof SpreadsheetError)) throw e;
    throw refusal(e);
  }
}

function checkHeader(sheet: SheetStream, locale: Locale): ExpenditureMapping {
  const mapping = mapExpenditureHeader(sheet.header);
  if (mapping.duplicate)
    throw new FileRefused('import.duplicateColumn', { row: sheet.headerRow, ...mapping.duplicate });
  if (mapping.missing.length > 0)
    throw new FileRefused('import.missingColumns', {
      columns: mapping.missing.map((c) => c[locale]),
      row: sheet.headerRow,
    });
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
 * Reads the file, checks every row's cells and posts the rows that pass, project by project in file order,
 * a batch at a time as the file is read (see EXPENDITURE_IMPORT_BATCH_ROWS). Once any row has failed, later batches are only
 * checked: the import will be refused, and the caller's transaction rolls back what earlier batches wrote.
 */
function postRows(
  ctx: ServiceContext,
  sheet: SheetStream,
  mapping: ExpenditureMapping,
  issues: ExpenditureIssue[],
  opts: { dryRun: boolean; plans: Map<number, ReversalPlan>; projectOf: ProjectLookup },
): { rowCount: number; projects: ProjectOutcome[] } {
  const postings = new Map<number, ProjectPosting>();
  const memo = new RowMemo();
  let count = 0;
  let held = 0;
  const post = () => {
    const write = !opts.dryRun && issues.length === 0;
    for (const p of postings.values()) p.post(write);
    held = 0;
  };
  const rows = sheet.rows()[Symbol.iterator]();
  for (let r = rows.next(); !r.done; r = rows.next()) {
    // Past the limit the rest is only counted (the message gives the total); what was posted is rolled back.
    if (++count > EXPENDITURE_IMPORT_MAX_ROWS) {
      while (!rows.next().done) count++;
      throw new FileRefused('import.tooManyRows', { max: EXPENDITURE_IMPORT_MAX_ROWS, rows: count });
    }
    const sheetRow = r.value;
    const { entry } = parseExpenditureRow(sheetRow, mapping, opts.projectOf, memo, issues);
    if (!entry) continue;
    const id = entry.project.applicationId;
    let posting = postings.get(id);
    if (!posting)
      postings.set(id, (posting = new ProjectPosting(ctx, entry.project, mapping, issues, opts.plans.get(id))));
    posting.add(entry);
    if (++held >= EXPENDITURE_IMPORT_BATCH_ROWS) post();
  }
  if (count === 0) throw new FileRefused('import.noRows', { row: sheet.headerRow });
  post();
  for (const p of postings.values()) p.finish();
  return { rowCount: count, projects: [...postings.values()].map((p) => p.outcome) };
}

/**
 * `grants import expenditures`: all or nothing across the whole file. Every cell is checked and the rows that
 * pass are posted per project (in file order) with the ledger's own rules, a batch at a time as the file is
 * read; voucher numbers are the app's, gap-free per project and year. Any failure anywhere is thrown as one
 * RuleViolation whose params.rowErrors lists every failing cell (a file that cannot be read as a ledger, as a
 * Validation error on the file), so the caller's transaction (dispatch's, the CLI's; one of its own when
 * called outside any) rolls back whatever was posted before it. A dry run writes nothing (see the savepoint
 * below for reversals).
 *
 * The log gets, per project, one summary entry per run of ordinary lines (count, sum, first and last voucher;
 * a line-by-line entry for 100,000 lines would double the import's work and tell an auditor nothing the
 * ledger does not), one entry per reversal (each correction stays visible on its own, as in the UI), and one
 * entry for the file as a whole.
 */
export function importExpenditures(
  ctx: ServiceContext,
  upload: ExpenditureUpload,
  opts: { dryRun?: boolean } = {},
): ExpenditureImportResult {
  const locale = ctx.locale ?? 'zh';
  const dryRun = opts.dryRun ?? false;
  const changesBefore = ctx.changes.length;
  const issues: ExpenditureIssue[] = [];
  const projectOf = projectLookup(ctx);
  let sheet: SheetStream;
  let mapping: ExpenditureMapping;
  let plans: Map<number, ReversalPlan>;
  const asFileError = (e: unknown) => {
    if (e instanceof SpreadsheetError) e = refusal(e);
    if (!(e instanceof FileRefused)) return e;
    ctx.changes.length = changesBefore;
    return new AppError('Validation', e.rule, e.params, 'fileName');
  };
  try {
    sheet = openSheet(upload);
    mapping = checkHeader(sheet, locale);
    plans = reversalPlans(sheet, mapping, projectOf);
  } catch (e) {
    throw asFileError(e);
  }

  let read = { rowCount: 0, projects: [] as ProjectOutcome[] };
  const refuseIfAny = () => {
    if (issues.length === 0) return;
    ctx.changes.length = changesBefore;
    const rowErrors = expenditureRowErrors(issues, mapping, locale);
    throw new AppError('RuleViolation', 'import.rowErrors', {
      rows: read.rowCount,
      badRows: new Set(rowErrors.map((e) => e.row)).size,
      count: rowErrors.length,
      rowErrors,
    });
  };
  const postAll = () => {
    try {
      read = postRows(ctx, sheet, mapping, issues, { dryRun, plans, projectOf });
    } catch (e) {
      throw asFileError(e);
    }
  };
  const reversals = [...plans.values()].some((p) => p.targets.size > 0);
  if (dryRun && reversals) {
    // A reversal is checked against the line it reverses, so a dry run with reversals writes and then undoes
    // it in a savepoint. Only then: with a savepoint open, SQLite journals every page an insert touches, which
    // makes a 100,000-line import several times slower.
    try {
      ctx.db.transaction(() => {
        postAll();
        throw new Rollback();
      })();
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
      ctx.changes.length = changesBefore;
    }
    refuseIfAny();
  } else {
    const all = () => {
      postAll();
      refuseIfAny();
    };
    if (ctx.db.inTransaction) all();
    else ctx.db.transaction(all)();
  }

  const { rowCount, projects } = read;
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
