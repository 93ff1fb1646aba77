import { fenText } from '../../../core/violations';
import { listAllLedgerLines, type LedgerRecord } from '../../../db/ledger-repo';
import { AppError } from '../../app-error';
import { presentParams } from '../../violations';
import type { ServiceContext } from '../../context';
import {
  postExpenditures,
  resolveBudgetLine,
  reverse,
  type LedgerContext,
  type RowViolation,
} from '../../ledger/index';
import type { ExpenditureColumnKey, ExpenditureMapping } from './columns';
import type { ExpenditureIssue, LineEntry, ParsedEntry, ProjectRef, ReversalEntry } from './rows';

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

/**
 * Posts one project's rows, in file order, through the ledger's own services: runs of ordinary rows through
 * postExpenditures (checked row by row against the rows before them, one summary log entry per run), and each
 * 红字冲销 row through reverse(), as the UI posts a reversal. Failures become issues at the rows' numbers;
 * nothing here decides whether to keep the writes (the caller rolls everything back on any issue).
 *
 * `write` false lets a project without reversals be checked without writing (postExpenditures' dry run); a
 * project with reversals is always written, because a reversal is checked against the line it reverses.
 */
export function postProject(
  ctx: ServiceContext,
  project: ProjectRef,
  entries: readonly ParsedEntry[],
  mapping: ExpenditureMapping,
  write: boolean,
): { issues: ExpenditureIssue[]; outcome: ProjectOutcome } {
  const issues: ExpenditureIssue[] = [];
  const outcome: ProjectOutcome = {
    code: project.code,
    applicationId: project.applicationId,
    lines: 0,
    reversals: 0,
    sumFen: 0,
    firstVoucher: null,
    lastVoucher: null,
  };
  const inFile = new Map<string, Target>();
  // Only the vouchers a reversal in the file names are kept as they are written: the other 100,000 lines of a
  // large import need no record of theirs kept until the end.
  const targets = new Set<string>();
  for (const e of entries) if (e.kind === 'reversal') targets.add(e.reverses);
  const hasReversals = targets.size > 0;
  // A voucher (记账凭证) may have several lines, so a file may repeat a 凭证号; a reversal cannot name one such.
  const fileVouchers = new Map<string, number[]>();
  for (const e of entries) {
    if (e.voucherNo === '') continue;
    const rows = fileVouchers.get(e.voucherNo);
    if (rows) rows.push(e.row);
    else fileVouchers.set(e.voucherNo, [e.row]);
  }
  // Vouchers already in the ledger, read before this import writes, only when a reversal names one.
  const existing = entries.some((e) => e.kind === 'reversal' && !fileVouchers.has(e.reverses))
    ? existingLines(ctx, project)
    : new Map<string, Original>();
  // Loaded once for the project when its rows were read (nothing of it written since) and moved on by every
  // posting, rather than re-read here, per run and per reversal.
  const lc = write || hasReversals ? project.lc : undefined;
  const costColumn: ExpenditureColumnKey = mapping.index.costType === undefined ? 'budgetLine' : 'costType';
  const voucher = (v: string) => {
    outcome.firstVoucher ??= v;
    outcome.lastVoucher = v;
  };

  // Each line written gives its voucher (the first and last are reported) and, when the file numbers its
  // own vouchers, what a reversal later in the file may point at; nothing else of it is kept.
  let current: LineEntry[] = [];
  const onWritten = (l: LedgerRecord, i: number) => {
    voucher(l.voucherNo);
    const e = current[i]!;
    if (targets.has(e.voucherNo)) inFile.set(e.voucherNo, { posted: original(l) });
  };
  const postRun = (run: LineEntry[]) => {
    current = run;
    const r = postExpenditures(
      ctx,
      project.applicationId,
      run.map((e) => e.expenditure),
      { dryRun: !write && !hasReversals, audit: 'summary', result: 'records', context: lc, onWritten },
    );
    if (!r.ok) {
      for (const f of r.failures) {
        const column = f.field === 'costType' ? costColumn : FIELD_COLUMN[f.field];
        issues.push({ row: run[f.index]!.row, column, rule: f.rule, params: presentParams(f.params) });
      }
      for (const e of run) if (targets.has(e.voucherNo)) inFile.set(e.voucherNo, { failedRow: e.row });
      return;
    }
    outcome.lines += run.length;
    outcome.sumFen += r.sumFen;
  };

  let run: LineEntry[] = [];
  for (const e of entries) {
    if (e.kind === 'line') {
      run.push(e);
      continue;
    }
    if (run.length > 0) postRun(run);
    run = [];
    const rows = fileVouchers.get(e.reverses) ?? [];
    if (rows.length > 1) {
      issues.push({
        row: e.row,
        column: 'reverses',
        rule: 'ledgerImport.reversalTargetAmbiguous',
        params: { voucherNo: e.reverses, rows: rows.join('、') },
      });
      continue;
    }
    const posted = postReversal(ctx, project, e, inFile.get(e.reverses) ?? lookup(existing, e.reverses), issues, lc);
    if (posted) {
      outcome.reversals++;
      outcome.sumFen += posted.amountFen;
      voucher(posted.voucherNo);
      if (targets.has(e.voucherNo)) inFile.set(e.voucherNo, { posted });
    }
  }
  if (run.length > 0) postRun(run);
  return { issues, outcome };
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
