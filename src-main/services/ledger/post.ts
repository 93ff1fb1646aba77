import type { expenditureInput, LedgerRow, OpOutput, OpParsedInput } from '../../contract/index';
import type { Violation, ViolationParams } from '../../core/violations';
import { fiscalYear, nextVoucherNumber } from '../../core/ledger';
import {
  applyPosting,
  checkPosting,
  runningContext,
  type PostingContext,
  type PostingInput,
} from '../../core/ledger-rules';
import type { z } from 'zod';
import { insertLedgerLine, lastVoucherSeq, type LedgerRecord } from '../../db/ledger-repo';
import { nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext, SessionUser } from '../context';
import { loadPostingContext, type LedgerContext } from './context';
import { ledgerRowView } from './present';

/** One expenditure as ledger.post takes it (parsed: costType null = the budget line's, advance false by default). */
export type Expenditure = z.output<typeof expenditureInput>;
export type ExpenditureField = keyof Expenditure | 'applicationId';

/** A broken posting rule of one row of a batch, with the field (import column) it belongs to. */
export interface RowViolation extends Violation {
  /** 0-based position of the row in the batch. */
  index: number;
  field: ExpenditureField;
}

export type PostResult =
  | { ok: true; count: number; sumFen: number; lines: LedgerRow[]; records: LedgerRecord[] }
  | { ok: false; failures: RowViolation[] };

export interface PostOptions {
  /** Check every row and write nothing. */
  dryRun?: boolean;
  /**
   * 'each' (default): one operation-log entry per posted line; 'summary': one entry for the whole batch;
   * 'none': the caller logs (an import whose run of lines spans several batches logs one summary for the run,
   * through logPostedRun).
   */
  audit?: 'each' | 'summary' | 'none';
  /** 'records': return only the stored records (an import of 100,000 lines needs no display rows). */
  result?: 'rows' | 'records';
  /**
   * The project's posting context, loaded once by a caller that posts many batches (an import with
   * reversals), instead of reading the project's totals again for each; moved on past every line written.
   */
  context?: LedgerContext;
  /**
   * Called with each line as it is written; the lines are then not kept (records and lines come back
   * empty): an import of 100,000 lines keeps only what it needs of each, not 100,000 records until the end.
   */
  onWritten?: (record: LedgerRecord, index: number) => void;
  /**
   * Move `context` past the rows that pass even when nothing is written (a dry run, or a batch with a failing
   * row): a caller posting a long file in batches then checks each batch as if the rows before it were
   * posted, as one call with every row would.
   */
  carryOn?: boolean;
}

const FIELDS: Record<string, ExpenditureField> = {
  'ledger.projectClosed': 'applicationId',
  'ledger.dateInvalid': 'date',
  'ledger.periodLocked': 'date',
  'ledger.dateOutsidePeriod': 'date',
  'ledger.amountInvalid': 'amountFen',
  'ledger.overBudget': 'amountFen',
  'ledger.grantExceedsReceived': 'amountFen',
  'ledger.unknownBudgetLine': 'lineCode',
  'ledger.categoryNotAllowed': 'lineCode',
  'ledger.forbiddenCostType': 'costType',
  'ledger.advanceNotGrant': 'advance',
};

export function fieldOfRule(rule: string): ExpenditureField {
  return FIELDS[rule] ?? 'lineCode';
}

/** The cost type of a budget line of the current version (null for none, or for no such line). */
function lineCostType(lc: LedgerContext, lineCode: string): PostingInput['costType'] {
  const lines = lc.project.current.lines;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.lineCode === lineCode) return lines[i]!.costType ?? null;
  return null;
}

/** The posting rules' input for a row: the cost type is the budget line's unless the row names one. */
export function postingInput(lc: LedgerContext, row: Expenditure): PostingInput {
  return {
    date: row.date,
    lineCode: row.lineCode,
    share: row.share,
    costType: row.costType ?? lineCostType(lc, row.lineCode),
    amountFen: row.amountFen,
    advance: row.advance,
  };
}

/**
 * Checks each row against the context as the rows before it left it (core afterPosting). A failed row does
 * not move the context, so each failure is reported as if the rows before it were posted.
 */
export function checkRows(
  lc: LedgerContext,
  rows: readonly Expenditure[],
  start: PostingContext = lc.posting,
): { failures: RowViolation[]; posting: PostingContext } {
  const posting = runningContext(start);
  const failures: RowViolation[] = [];
  rows.forEach((row, index) => {
    const p = postingInput(lc, row);
    const v = checkPosting(p, posting);
    if (v.length > 0) for (const x of v) failures.push({ ...x, index, field: fieldOfRule(x.rule) });
    else applyPosting(posting, p);
  });
  return { failures, posting };
}

/** The next voucher of the line's fiscal year, from the database once per year and then counted here. */
function allocateVoucher(ctx: ServiceContext, lc: LedgerContext, date: string) {
  const year = fiscalYear(date);
  const last = lc.lastSeq.get(year) ?? lastVoucherSeq(ctx.db, lc.project.agreement.id, year);
  lc.lastSeq.set(year, last + 1);
  return { year, seq: last + 1, voucherNo: nextVoucherNumber(year, last) };
}

export interface LineToWrite {
  date: string;
  invoiceNo: string;
  lineCode: string;
  share: PostingInput['share'];
  costType: PostingInput['costType'];
  payee: string;
  summary: string;
  amountFen: number;
  advance: boolean;
  reversesId: number | null;
  reason: string;
}

/** Writes one checked line with the next voucher number; returns it as stored. */
export function writeLine(
  ctx: ServiceContext,
  lc: LedgerContext,
  user: SessionUser,
  l: LineToWrite,
  postedAt = nowIso(ctx),
): LedgerRecord {
  const voucher = allocateVoucher(ctx, lc, l.date);
  const agreementId = lc.project.agreement.id;
  const budgetVersion = lc.project.current.version;
  // Written out rather than spread: an import calls this 100,000 times, and each spread was another object.
  const id = insertLedgerLine(ctx.db, {
    agreementId,
    year: voucher.year,
    seq: voucher.seq,
    voucherNo: voucher.voucherNo,
    date: l.date,
    invoiceNo: l.invoiceNo,
    lineCode: l.lineCode,
    share: l.share,
    costType: l.costType,
    payee: l.payee,
    summary: l.summary,
    amountFen: l.amountFen,
    advance: l.advance,
    reversesId: l.reversesId,
    reason: l.reason,
    budgetVersion,
    postedBy: user.id,
    postedAt,
  });
  return {
    id,
    agreementId,
    voucherNo: voucher.voucherNo,
    date: l.date,
    invoiceNo: l.invoiceNo,
    lineCode: l.lineCode,
    share: l.share,
    costType: l.costType,
    payee: l.payee,
    summary: l.summary,
    amountFen: l.amountFen,
    advance: l.advance,
    reversesId: l.reversesId,
    reason: l.reason,
    reversesVoucherNo: null,
    reversedById: null,
    reversedByVoucherNo: null,
    budgetVersion,
    postedBy: { id: user.id, displayName: user.displayName },
    postedAt,
  };
}

function auditEntry(r: LedgerRecord) {
  const { postedBy: _p, postedAt: _t, reversesVoucherNo: _r, reversedById: _b, reversedByVoucherNo: _v, ...rest } = r;
  return rest;
}

export function auditLine(ctx: ServiceContext, r: LedgerRecord): void {
  recordChange(ctx, 'ledgerLine', r.id, null, auditEntry(r));
}

/** A line as a run's log entry names it. */
export type PostedRef = Pick<LedgerRecord, 'id' | 'voucherNo'>;

/** The log's one entry for a run of lines posted together: how many, their sum, the first and last voucher. */
export function logPostedRun(
  ctx: ServiceContext,
  lc: LedgerContext,
  applicationId: number,
  run: { posted: number; sumFen: number; first: PostedRef; last: PostedRef },
): void {
  recordChange(ctx, 'ledger', lc.project.agreement.id, null, {
    applicationId,
    posted: run.posted,
    sumFen: run.sumFen,
    firstVoucher: run.first.voucherNo,
    lastVoucher: run.last.voucherNo,
    ids: [run.first.id, run.last.id],
  });
}

/**
 * Posts a batch of expenditures to one project, all or nothing: every row is checked against the rows before
 * it, and when any row breaks a rule nothing is written and every broken rule of every row is returned.
 * Used by ledger.post (one row) and by `grants import expenditures` (one call per project, inside the
 * import's transaction).
 */
export function postExpenditures(
  ctx: ServiceContext,
  applicationId: number,
  rows: readonly Expenditure[],
  opts: PostOptions = {},
): PostResult {
  const user = requireUser(ctx);
  const lc = opts.context ?? loadPostingContext(ctx, applicationId);
  const { failures, posting } = checkRows(lc, rows);
  if (opts.carryOn && (failures.length > 0 || opts.dryRun)) lc.posting = posting;
  if (failures.length > 0) return { ok: false, failures };
  const sumFen = rows.reduce((s, r) => s + r.amountFen, 0);
  if (opts.dryRun) return { ok: true, count: rows.length, sumFen, lines: [], records: [] };
  const postedAt = nowIso(ctx);
  const keep = !opts.onWritten;
  const written: LedgerRecord[] = keep ? new Array<LedgerRecord>(rows.length) : [];
  let first: LedgerRecord | null = null;
  let last: LedgerRecord | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const record = writeLine(
      ctx,
      lc,
      user,
      {
        date: row.date,
        invoiceNo: row.invoiceNo,
        lineCode: row.lineCode,
        share: row.share,
        costType: row.costType ?? lineCostType(lc, row.lineCode),
        payee: row.payee,
        summary: row.summary,
        amountFen: row.amountFen,
        advance: row.advance,
        reversesId: null,
        reason: '',
      },
      postedAt,
    );
    first ??= record;
    last = record;
    if (keep) written[i] = record;
    else opts.onWritten!(record, i);
  }
  // The check already moved a copy of the context past every row; copying it again per line written made
  // an import of 100,000 lines allocate 100,000 contexts.
  lc.posting = posting;
  if (opts.audit === 'summary' && first && last)
    logPostedRun(ctx, lc, applicationId, { posted: rows.length, sumFen, first, last });
  else if (opts.audit === undefined || opts.audit === 'each') {
    if (!keep) throw new Error('postExpenditures: a line-by-line log needs the lines kept');
    for (const r of written) auditLine(ctx, r);
  }
  const lines = opts.result === 'records' ? [] : written.map((r) => ledgerRowView(lc.project, r));
  return { ok: true, count: rows.length, sumFen, lines, records: written };
}

/** Violations of one row as a RuleViolation naming the first broken rule's field (prefixed for a nested row). */
export function throwRowFailures(failures: readonly RowViolation[], prefix = ''): void {
  const violations = failures.map(({ rule, params }) => ({ rule, params: params as ViolationParams }));
  if (violations.length > 0) throwIfAny(violations, `${prefix}${failures[0]!.field}`);
}

export function post(ctx: ServiceContext, input: OpParsedInput<'ledger.post'>): OpOutput<'ledger.post'> {
  const { applicationId, ...row } = input;
  const r = postExpenditures(ctx, applicationId, [row]);
  if (!r.ok) {
    throwRowFailures(r.failures);
    throw new Error('unreachable');
  }
  return r.lines[0]!;
}
