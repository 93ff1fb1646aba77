import { fenText } from '../../../core/violations';
import { listAllLedgerLines, type LedgerRecord } from '../../../db/ledger-repo';
import { AppError } from '../../app-error';
import { presentParams } from '../../violations';
import type { ServiceContext } from '../../context';
import {
  logPostedRun,
  postExpenditures,
  resolveBudgetLine,
  reverse,
  type LedgerContext,
  type PostedRef,
  type RowViolation,
} from '../../ledger/index';
import type { ExpenditureColumnKey, ExpenditureMapping } from './columns';
import type { ExpenditureIssue, LineEntry, ParsedEntry, ProjectRef, ReversalEntry, ReversalPlan } from './rows';

/** What one project's rows did (or, in a dry run, would do). */
export interface ProjectOutcome {
  code: string;
  applicationId: number;
  lines: number;
  reversals: number;
  /** Net amount of the rows, reversals included. */
  sumFen: number;
  /** Voucher numbers the app gave (null in a dry run that wrote nothing). */
  firstVoucher: string | null;
  lastVoucher: string | null;
}

/** A line this import posted or found, as a reversal in the file needs it. */
interface Original {
  id: number;
  voucherNo: string;
  amountFen: number;
  lineCode: string;
  share: string;
}

type Target = { posted: Original } | { failedRow: number };

const FIELD_COLUMN: Record<RowViolation['field'], ExpenditureColumnKey> = {
  applicationId: 'project',
  date: 'date',
  invoiceNo: 'invoiceNo',
  lineCode: 'budgetLine',
  share: 'share',
  payee: 'payee',
  summary: 'summary',
  amountFen: 'amount',
  advance: 'advance',
  costType: 'costType',
};

const NO_REVERSALS: ReversalPlan = { targets: new Set(), fileVouchers: new Map() };

/**
 * Posts one project's rows, in file order and in as many batches as the file is read in, through the ledger's
 * own services: runs of ordinary rows through postExpenditures (checked row by row against the rows before
 * them, in this batch and the ones before; one summary log entry per run, however many batches it spans), and
 * each 红字冲销 row through reverse(), as the UI posts a reversal. Failures become issues at the rows' numbers;
 * nothing here decides whether to keep the writes (the caller rolls everything back on any issue).
 *
 * A batch posted with `write` false is checked without writing (postExpenditures' dry run), unless the project
 * has reversals: those are always written, because a reversal is checked against the line it reverses.
 */
export class ProjectPosting {
  readonly outcome: ProjectOutcome;
  private readonly inFile = new Map<string, Target>();
  private readonly existing: Map<string, Original>;
  private readonly hasReversals: boolean;
  private readonly costColumn: ExpenditureColumnKey;
  private pending: ParsedEntry[] = [];
  private current: LineEntry[] = [];
  /** The run of ordinary lines being written (continued by the next batch until a reversal or the end). */
  private run: { posted: number; sumFen: number; first: PostedRef; last: PostedRef } | null = null;
  private readonly onWritten = (l: LedgerRecord, i: number) => {
    this.voucher(l.voucherNo);
    if (this.run) this.run.last = l;
    else this.run = { posted: 0, sumFen: 0, first: l, last: l };
    const e = this.current[i]!;
    if (this.plan.targets.has(e.voucherNo)) this.inFile.set(e.voucherNo, { posted: original(l) });
  };

  constructor(
    private readonly ctx: ServiceContext,
    private readonly project: ProjectRef,
    mapping: ExpenditureMapping,
    private readonly issues: ExpenditureIssue[],
    private readonly plan: ReversalPlan = NO_REVERSALS,
  ) {
    this.outcome = {
      code: project.code,
      applicationId: project.applicationId,
      lines: 0,
      reversals: 0,
      sumFen: 0,
      firstVoucher: null,
      lastVoucher: null,
    };
    this.hasReversals = plan.targets.size > 0;
    // Vouchers already in the ledger, read before this import writes, only when a reversal names one.
    let outside = false;
    for (const t of plan.targets) if (!plan.fileVouchers.has(t)) outside = true;
    this.existing = outside ? existingLines(ctx, project) : new Map<string, Original>();
    this.costColumn = mapping.index.costType === undefined ? 'budgetLine' : 'costType';
  }

  /** Keeps a row of this project until the next post(). */
  add(entry: ParsedEntry): void {
    this.pending.push(entry);
  }

  /** Posts the rows added since the last call, in file order. */
  post(write: boolean): void {
    const entries = this.pending;
    this.pending = [];
    let run: LineEntry[] = [];
    for (const e of entries) {
      if (e.kind === 'line') {
        run.push(e);
        continue;
      }
      if (run.length > 0) this.postLines(run, write);
      run = [];
      this.endRun();
      this.postReversalRow(e);
    }
    if (run.length > 0) this.postLines(run, write);
  }

  /** Logs the run of lines still open: call once every row has been posted. */
  finish(): void {
    this.endRun();
  }

  private voucher(v: string): void {
    this.outcome.firstVoucher ??= v;
    this.outcome.lastVoucher = v;
  }

  private endRun(): void {
    if (this.run) logPostedRun(this.ctx, this.project.lc, this.project.applicationId, this.run);
    this.run = null;
  }

  private postLines(lines: LineEntry[], write: boolean): void {
    this.current = lines;
    const dryRun = !write && !this.hasReversals;
    const r = postExpenditures(
      this.ctx,
      this.project.applicationId,
      lines.map((e) => e.expenditure),
      {
        dryRun,
        audit: 'none',
        result: 'records',
        context: this.project.lc,
        onWritten: this.onWritten,
        carryOn: true,
      },
    );
    if (!r.ok) {
      for (const f of r.failures) {
        const column = f.field === 'costType' ? this.costColumn : FIELD_COLUMN[f.field];
        this.issues.push({ row: lines[f.index]!.row, column, rule: f.rule, params: presentParams(f.params) });
      }
      for (const e of lines) if (this.plan.targets.has(e.voucherNo)) this.inFile.set(e.voucherNo, { failedRow: e.row });
      return;
    }
    this.outcome.lines += lines.length;
    this.outcome.sumFen += r.sumFen;
    if (this.run && !dryRun) {
      this.run.posted += lines.length;
      this.run.sumFen += r.sumFen;
    }
  }

  private postReversalRow(e: ReversalEntry): void {
    const rows = this.plan.fileVouchers.get(e.reverses) ?? [];
    if (rows.length > 1) {
      this.issues.push({
        row: e.row,
        column: 'reverses',
        rule: 'ledgerImport.reversalTargetAmbiguous',
        params: { voucherNo: e.reverses, rows: rows.join('、') },
      });
      return;
    }
    const target = this.inFile.get(e.reverses) ?? lookup(this.existing, e.reverses);
    const posted = postReversal(this.ctx, this.project, e, target, this.issues, this.project.lc);
    if (!posted) return;
    this.outcome.reversals++;
    this.outcome.sumFen += posted.amountFen;
    this.voucher(posted.voucherNo);
    if (this.plan.targets.has(e.voucherNo)) this.inFile.set(e.voucherNo, { posted });
  }
}

/** What a reversal needs of a line posted by this import. */
function original(l: LedgerRecord): Original {
  return { id: l.id, voucherNo: l.voucherNo, amountFen: l.amountFen, lineCode: l.lineCode, share: l.share };
}

function lookup(existing: Map<string, Original>, voucherNo: string): Target | undefined {
  const line = existing.get(voucherNo);
  return line ? { posted: line } : undefined;
}

function existingLines(ctx: ServiceContext, project: ProjectRef): Map<string, Original> {
  const map = new Map<string, Original>();
  for (const l of listAllLedgerLines(ctx.db, project.lc.project.agreement.id)) map.set(l.voucherNo, l);
  return map;
}

/**
 * A reversal row must name a line of the same project, by the file's 凭证号 or a voucher already in the
 * ledger, and state its amount negated, its budget line and its share (what a reversal copies): a file that
 * says otherwise is wrong somewhere, and guessing which part is wrong would be worse than refusing.
 */
function postReversal(
  ctx: ServiceContext,
  project: ProjectRef,
  e: ReversalEntry,
  target: Target | undefined,
  issues: ExpenditureIssue[],
  lc: LedgerContext | undefined,
): Original | null {
  const fail = (column: ExpenditureColumnKey, rule: string, params: Record<string, unknown>) =>
    issues.push({ row: e.row, column, rule, params });
  if (!target) {
    fail('reverses', 'ledgerImport.reversalTargetUnknown', { voucherNo: e.reverses, code: project.code });
    return null;
  }
  if ('failedRow' in target) {
    fail('reverses', 'ledgerImport.reversalOfFailedRow', { voucherNo: e.reverses, row: target.failedRow });
    return null;
  }
  const original = target.posted;
  const before = issues.length;
  if (e.amountFen !== -original.amountFen)
    fail('amount', 'ledgerImport.reversalAmount', {
      voucherNo: original.voucherNo,
      expected: fenText(-original.amountFen),
    });
  const line = resolveBudgetLine(project.lc, e.lineText);
  if (e.lineText !== original.lineCode && !(line.ok && line.lineCode === original.lineCode))
    fail('budgetLine', 'ledgerImport.reversalLine', { voucherNo: original.voucherNo, expected: original.lineCode });
  if (e.share !== original.share) fail('share', 'ledgerImport.reversalShare', { voucherNo: original.voucherNo });
  if (issues.length > before) return null;
  try {
    const r = reverse(ctx, { lineId: original.id, date: e.date, reason: e.reason }, lc);
    return r.reversal;
  } catch (x) {
    if (!(x instanceof AppError)) throw x;
    const column: ExpenditureColumnKey = x.field === 'date' ? 'date' : 'reverses';
    const listed = x.params.violations as { rule: string; params: Record<string, unknown> }[] | undefined;
    for (const v of listed ?? [{ rule: x.rule, params: x.params }]) fail(column, v.rule, v.params);
    return null;
  }
}
