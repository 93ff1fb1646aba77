import type { FundingShare } from '../../../core/ledger';
import type { SheetRow, SheetStream } from '../../spreadsheet/read';
import { resolveBudgetLine, type Expenditure, type LedgerContext } from '../../ledger/index';
import type { CellProblem } from '../cells';
import { parseAdvance, parseCostType, parseLedgerDate, parseShare, parseSignedAmount } from './cells';
import type { ExpenditureColumnKey, ExpenditureMapping } from './columns';

/** One failing cell, before it is put into words. */
export interface ExpenditureIssue extends CellProblem {
  row: number;
  column: ExpenditureColumnKey;
}

/** A project the file names, loaded once however many rows name it. */
export interface ProjectRef {
  applicationId: number;
  code: string;
  /** The posting context as the import found it: for the 预算科目 column and the rules' messages. */
  lc: LedgerContext;
}

export type ProjectLookup = (code: string) => { ok: true; project: ProjectRef } | { ok: false; problem: CellProblem };

interface EntryBase {
  /** Spreadsheet row number, as the user sees it. */
  row: number;
  project: ProjectRef;
  /** The file's own 凭证号, if any: only what a reversal in the same file may point at (the app numbers lines). */
  voucherNo: string;
}
export interface LineEntry extends EntryBase {
  kind: 'line';
  expenditure: Expenditure;
}
/** A 红字冲销 row: negative amount, naming the voucher it reverses; the ledger's own reverse() posts it. */
export interface ReversalEntry extends EntryBase {
  kind: 'reversal';
  reverses: string;
  date: string;
  reason: string;
  amountFen: number;
  lineText: string;
  share: FundingShare;
}
export type ParsedEntry = LineEntry | ReversalEntry;

/** The limits of the ledger.post schema (contract/ops/ledger.ts), checked here without a zod parse per row. */
export const TEXT_LIMITS = { invoiceNo: 50, payee: 100, summary: 200, reason: 500 } as const;

/** A CSV export puts an apostrophe before text a spreadsheet would run as a formula ("'-300.00"); drop it. */
function unneutralise(text: string): string {
  return text.charCodeAt(0) === 39 && /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/**
 * One row's cells and the problems found so far. Plain functions over it rather than closures made per row:
 * an import may have 100,000 rows, and the posting, not the reading, should be what takes the time.
 */
interface RowReader {
  row: number;
  cells: readonly string[];
  mapping: ExpenditureMapping;
  issues: ExpenditureIssue[];
}

/** A cell's text as the checks read it: trimmed, without a spreadsheet's formula-guard apostrophe. */
export function cellText(cells: readonly string[], mapping: ExpenditureMapping, k: ExpenditureColumnKey): string {
  const i = mapping.index[k];
  return i === undefined ? '' : unneutralise((cells[i] ?? '').trim());
}

function cell(r: RowReader, k: ExpenditureColumnKey): string {
  return cellText(r.cells, r.mapping, k);
}

function fail(r: RowReader, column: ExpenditureColumnKey, p: CellProblem): void {
  r.issues.push({ row: r.row, column, rule: p.rule, params: p.params });
}

function textCell(r: RowReader, k: keyof typeof TEXT_LIMITS, required: boolean): string {
  const v = cell(r, k);
  if (v === '' && required) fail(r, k, { rule: 'schema.required', params: {} });
  else if (v.length > TEXT_LIMITS[k]) fail(r, k, { rule: 'schema.maxLength', params: { max: TEXT_LIMITS[k] } });
  return v;
}

const REQUIRED: CellProblem = { rule: 'schema.required', params: {} };

/**
 * Answers already worked out for a file: a ledger repeats the same few hundred dates and budget lines over
 * thousands of rows, so each distinct text is parsed or resolved once.
 */
export class RowMemo {
  private readonly dates = new Map<string, ReturnType<typeof parseLedgerDate>>();
  private readonly amounts = new Map<string, ReturnType<typeof parseSignedAmount>>();
  private readonly lines = new Map<LedgerContext, Map<string, ReturnType<typeof resolveBudgetLine>>>();

  date(text: string): ReturnType<typeof parseLedgerDate> {
    let r = this.dates.get(text);
    if (!r) this.dates.set(text, (r = parseLedgerDate(text)));
    return r;
  }

  /** Amounts repeat too (a project's standing costs, per-person rates); bounded, since they need not. */
  amount(text: string): ReturnType<typeof parseSignedAmount> {
    let r = this.amounts.get(text);
    if (!r) {
      if (this.amounts.size >= 100_000) this.amounts.clear();
      this.amounts.set(text, (r = parseSignedAmount(text)));
    }
    return r;
  }

  line(lc: LedgerContext, text: string): ReturnType<typeof resolveBudgetLine> {
    let byText = this.lines.get(lc);
    if (!byText) this.lines.set(lc, (byText = new Map()));
    let r = byText.get(text);
    if (!r) byText.set(text, (r = resolveBudgetLine(lc, text)));
    return r;
  }
}

/**
 * Checks every cell of one row and collects every problem. The posting rules (period, budget, grant received,
 * forbidden costs, locked year, closed project) are the ledger's and run later, per project, on the rows that
 * pass here.
 */
export function parseExpenditureRow(
  sheetRow: SheetRow,
  mapping: ExpenditureMapping,
  projectOf: ProjectLookup,
  memo: RowMemo = new RowMemo(),
  issues: ExpenditureIssue[] = [],
): { issues: ExpenditureIssue[]; entry?: ParsedEntry } {
  const r: RowReader = { row: sheetRow.rowNumber, cells: sheetRow.cells, mapping, issues };
  const { row } = r;
  // The caller may pass the list of the whole file: this row failed if it grew.
  const before = issues.length;

  let project: ProjectRef | undefined;
  const code = cell(r, 'project');
  if (code === '') fail(r, 'project', REQUIRED);
  else {
    const p = projectOf(code);
    if (p.ok) project = p.project;
    else fail(r, 'project', p.problem);
  }

  const dateText = cell(r, 'date');
  const dateR = memo.date(dateText);
  if (!dateR.ok) fail(r, 'date', dateText === '' ? REQUIRED : dateR.error);
  const invoiceNo = textCell(r, 'invoiceNo', false);
  const lineText = cell(r, 'budgetLine');
  const shareR = parseShare(cell(r, 'share'));
  if (!shareR.ok) fail(r, 'share', shareR.error);
  const payee = textCell(r, 'payee', true);
  const summary = textCell(r, 'summary', true);
  const amountR = memo.amount(cell(r, 'amount'));
  if (!amountR.ok) fail(r, 'amount', amountR.error);
  const reverses = cell(r, 'reverses');
  const voucherNo = cell(r, 'voucherNo');

  if (reverses !== '') {
    const reason = textCell(r, 'reason', true);
    if (lineText === '') fail(r, 'budgetLine', REQUIRED);
    if (amountR.ok && amountR.value > 0)
      fail(r, 'amount', { rule: 'ledgerImport.reversalPositive', params: { voucherNo: reverses } });
    if (issues.length > before || !project || !dateR.ok || !shareR.ok || !amountR.ok) return { issues };
    const entry: ReversalEntry = {
      kind: 'reversal',
      row,
      project,
      voucherNo,
      reverses,
      date: dateR.value,
      reason,
      amountFen: amountR.value,
      lineText,
      share: shareR.value,
    };
    return { issues, entry };
  }

  let lineCode: string | undefined;
  if (lineText === '') fail(r, 'budgetLine', REQUIRED);
  else if (project) {
    const line = memo.line(project.lc, lineText);
    if (line.ok) lineCode = line.lineCode;
    else fail(r, 'budgetLine', line.violation);
  }
  if (amountR.ok && amountR.value < 0) fail(r, 'amount', { rule: 'ledgerImport.negativeWithoutReversal', params: {} });
  const advanceR = parseAdvance(cell(r, 'advance'));
  if (!advanceR.ok) fail(r, 'advance', advanceR.error);
  const costR = parseCostType(cell(r, 'costType'));
  if (!costR.ok) fail(r, 'costType', costR.error);
  if (cell(r, 'reason') !== '') fail(r, 'reason', { rule: 'ledgerImport.reasonWithoutReversal', params: {} });

  if (issues.length > before || !project || lineCode === undefined) return { issues };
  if (!dateR.ok || !shareR.ok || !amountR.ok || !advanceR.ok || !costR.ok) return { issues };
  const expenditure: Expenditure = {
    date: dateR.value,
    invoiceNo,
    lineCode,
    share: shareR.value,
    payee,
    summary,
    amountFen: amountR.value,
    advance: advanceR.value,
    costType: costR.value,
  };
  return { issues, entry: { kind: 'line', row, project, voucherNo, expenditure } };
}

/**
 * What the whole file says about one project's reversals, read before any of its rows is posted: a file is
 * posted in batches as it is read, and a reversal may name a voucher of any row of the file.
 */
export interface ReversalPlan {
  /** The 凭证号 the file's 红字冲销 rows name. */
  targets: Set<string>;
  /**
   * The rows giving each of those 凭证号 (a 记账凭证 may have several lines; a reversal cannot name one such);
   * a target the file does not give is not here.
   */
  fileVouchers: Map<string, number[]>;
}

/**
 * Per project, the vouchers the file's reversals name and the rows that give each of them: read from the cells
 * alone before anything is posted, and only when the file has a 冲销凭证号 column. Every row's 凭证号 is kept
 * as a number until the targets are known (an array per row made a 100,000-line file slow to collect).
 */
export function reversalPlans(
  sheet: SheetStream,
  mapping: ExpenditureMapping,
  projectOf: ProjectLookup,
): Map<number, ReversalPlan> {
  const plans = new Map<number, ReversalPlan>();
  if (mapping.index.reverses === undefined) return plans;
  const seen = new Map<number, { first: Map<string, number>; more: Map<string, number[]> }>();
  for (const { rowNumber, cells } of sheet.rows()) {
    const voucherNo = cellText(cells, mapping, 'voucherNo');
    const reverses = cellText(cells, mapping, 'reverses');
    if (voucherNo === '' && reverses === '') continue;
    const code = cellText(cells, mapping, 'project');
    const p = code === '' ? null : projectOf(code);
    if (!p?.ok) continue;
    const id = p.project.applicationId;
    let plan = plans.get(id);
    let vouchers = seen.get(id);
    if (!plan || !vouchers) {
      plans.set(id, (plan = { targets: new Set(), fileVouchers: new Map() }));
      seen.set(id, (vouchers = { first: new Map(), more: new Map() }));
    }
    if (reverses !== '') plan.targets.add(reverses);
    if (voucherNo === '') continue;
    const first = vouchers.first.get(voucherNo);
    if (first === undefined) vouchers.first.set(voucherNo, rowNumber);
    else {
      const more = vouchers.more.get(voucherNo);
      if (more) more.push(rowNumber);
      else vouchers.more.set(voucherNo, [rowNumber]);
    }
  }
  for (const [id, plan] of plans) {
    const { first, more } = seen.get(id)!;
    for (const t of plan.targets) {
      const row = first.get(t);
      if (row !== undefined) plan.fileVouchers.set(t, [row, ...(more.get(t) ?? [])]);
    }
  }
  return plans;
}
