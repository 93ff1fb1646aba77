import {
  approveAdjustment,
  checkAdjustment,
  type AdjustmentRequest,
  type BudgetVersion,
} from '../../core/budget-versions';
import { addDays, dayNumber } from '../../core/calendar';
import { toleranceAllowanceFen } from '../../core/ledger-rules';
import { decideAdjustment, insertAdjustment, insertBudgetVersion } from '../../db/budgets-repo';
import type { DemoBudgetLineRow, DemoLedgerRow } from '../../db/demo-finance-repo';
import type { Db } from '../../db/statements';
import {
  ADJUSTMENT_PENDING_REASON,
  ADJUSTMENT_REASONS,
  ADJUSTMENT_REJECTIONS,
  LEDGER_REVERSAL_REASONS,
  LEDGER_TEXT,
  SMALL_ITEMS,
} from './finance-text';
import { DemoBooks, type BooksProject, type LineText, type PostedLine } from './ledger-books';
import { adjustedBudgets, type LedgerPlan, type PlannedAdjustment } from './ledger-plan';
import type { Prng } from './prng';
import { at } from './tranche-writer';

export interface DemoLedgerInput extends BooksProject {
  approvedFen: number;
  plan: LedgerPlan;
  lastDate: string;
  /** Grant spending must end equal to the grant received (nothing to recover at close-out). */
  closing: boolean;
  /** A large volunteer project: many small receipts. */
  small: boolean;
  /** A budget adjustment request still open, or turned down, at the end. */
  request: 'pending' | 'rejected' | null;
}

export interface LedgerPeople {
  project: number;
  finance: number;
  finance2: number;
}

const dates = new Map<number, string>();
function dateOf(day: number): string {
  let d = dates.get(day);
  if (d === undefined) {
    d = new Date(day * 86_400_000).toISOString().slice(0, 10);
    dates.set(day, d);
  }
  return d;
}

function text(rng: Prng, categoryCode: string, small: boolean): LineText {
  const invoiceNo = rng.digits(8);
  if (small) {
    const [payee, summary] = rng.pick(SMALL_ITEMS);
    return { invoiceNo, payee, summary };
  }
  const pool = LEDGER_TEXT[categoryCode] ?? LEDGER_TEXT.ACTIVITY!;
  return { invoiceNo, payee: rng.pick(pool.payees), summary: rng.pick(pool.summaries) };
}

function coreVersion(version: number, lines: readonly DemoBudgetLineRow[]): BudgetVersion {
  return { version, lines, reason: null, requestedBy: null, approvedBy: null };
}

/**
 * Posts a planned ledger in day order through DemoBooks (every line checked by the core posting rules),
 * with the approved adjustment written as version 2 part-way through, corrections as reversal plus new
 * line, the closing remainder for a project about to close, and an open or rejected request at the end.
 */
export function writeDemoLedger(
  db: Db,
  write: (r: DemoLedgerRow) => number,
  input: DemoLedgerInput,
  people: LedgerPeople,
  rng: Prng,
): { lines: number; adjusted: boolean } {
  const books = new DemoBooks(input, write, { poster: people.project, reverser: people.finance });
  const { plan } = input;
  const category = new Map(input.lines.map((l) => [l.lineCode, l.categoryCode]));
  let adjustDay = Infinity;
  let requestDate = '';
  if (plan.adjustment && plan.events.length > 0) {
    adjustDay = plan.events[Math.floor(plan.events.length * (0.35 + 0.2 * rng.next()))]!.day;
    requestDate = dateOf(Math.max(dayNumber(input.periodStart), adjustDay - rng.int(3, 8)));
  }
  const posted: (PostedLine | null)[] = new Array(plan.pieces.length).fill(null);
  const reversed = new Set<number>();
  for (const ev of plan.events) {
    if (ev.day >= adjustDay) {
      approve(db, books, input, plan.adjustment!, requestDate, dateOf(adjustDay), people, rng);
      adjustDay = Infinity;
    }
    const piece = plan.pieces[ev.piece]!;
    const date = dateOf(ev.day);
    const cat = category.get(piece.lineCode)!;
    if (ev.kind === 'post') {
      posted[ev.piece] = books.post(date, piece.lineCode, piece.share, piece.amountFen, text(rng, cat, input.small));
    } else if (ev.kind === 'reverse') {
      const original = posted[ev.piece];
      if (!original) continue;
      books.reverse(original, date, LEDGER_REVERSAL_REASONS[ev.mistake]);
      reversed.add(ev.piece);
    } else if (reversed.has(ev.piece)) {
      const original = posted[ev.piece]!;
      const corrected = text(rng, cat, input.small);
      if (ev.mistake !== 'invoice') corrected.invoiceNo = original.invoiceNo;
      if (ev.mistake !== 'payee') corrected.payee = original.payee;
      corrected.summary = original.summary;
      books.post(date, piece.lineCode, piece.share, ev.amountFen, corrected);
    }
  }
  if (input.closing) spendRemainder(books, input, rng);
  if (input.request) openRequest(db, books, input, people);
  return { lines: books.lineCount, adjusted: plan.adjustment !== null && books.version > 1 };
}

/** 预算调整: requested by the project officer, approved by finance (core approveAdjustment), version 2. */
function approve(
  db: Db,
  books: DemoBooks,
  input: DemoLedgerInput,
  adj: PlannedAdjustment,
  requestDate: string,
  approveDate: string,
  people: LedgerPeople,
  rng: Prng,
): void {
  const budgets = adjustedBudgets(input.lines, adj);
  const byCode = new Map(input.lines.map((l) => [l.lineCode, l]));
  const raised = byCode.get(adj.toLine)!;
  const request: AdjustmentRequest = {
    baseVersion: 1,
    reason: ADJUSTMENT_REASONS[raised.categoryCode] ?? ADJUSTMENT_PENDING_REASON,
    requestedBy: people.project,
    lines: [adj.fromLine, adj.toLine].map((lineCode) => ({ lineCode, amountFen: budgets.get(lineCode)! })),
  };
  const approver = rng.chance(0.5) ? people.finance : people.finance2;
  const r = approveAdjustment(coreVersion(1, input.lines), request, approver, {
    approvedFen: input.approvedFen,
    ruleSet: input.ruleSet,
    actual: books.actual,
  });
  if (!r.ok) throw new Error(`demo adjustment refused: ${r.violations.map((v) => v.rule).join(', ')}`);
  const requestedAt = at(requestDate, 1);
  const approvedAt = at(approveDate, 1, 30);
  const id = insertAdjustment(db, {
    agreementId: input.agreementId,
    baseVersion: 1,
    reason: request.reason,
    requestedBy: people.project,
    requestedAt,
    lines: request.lines.map((l) => ({
      ...l,
      categoryCode: byCode.get(l.lineCode)!.categoryCode,
      costType: byCode.get(l.lineCode)!.costType,
      matchingFen: byCode.get(l.lineCode)!.matchingFen,
    })),
  });
  decideAdjustment(db, id, { state: 'approved', by: approver, at: approvedAt, reason: null });
  const lines = r.version.lines.map((l) => ({ ...byCode.get(l.lineCode)!, amountFen: l.amountFen }));
  insertBudgetVersion(db, {
    agreementId: input.agreementId,
    version: 2,
    reason: r.version.reason,
    adjustmentId: id,
    requestedBy: people.project,
    requestedAt,
    approvedBy: approver,
    approvedAt,
    lines,
  });
  books.useVersion(2, lines);
}

/** A project about to close spends exactly what it received: the rest as final payments on the last day. */
function spendRemainder(books: DemoBooks, input: DemoLedgerInput, rng: Prng): void {
  books.instant(input.lastDate);
  const tolerance = input.ruleSet.budgetTolerancePercent;
  const room = (l: DemoBudgetLineRow) =>
    l.amountFen + toleranceAllowanceFen(l.amountFen, tolerance) - (books.actual.grant.get(l.lineCode) ?? 0);
  for (const line of [...books.budgetLines].sort((a, b) => room(b) - room(a))) {
    const rest = books.grantReceivedFen - books.grantSpentFen;
    const amount = Math.min(rest, room(line));
    if (amount <= 0) continue;
    const t = { ...text(rng, line.categoryCode, input.small), summary: '结项前支付项目尾款' };
    if (!books.post(input.lastDate, line.lineCode, 'grant', amount, t)) throw new Error('demo closing payment refused');
  }
  if (books.grantSpentFen !== books.grantReceivedFen) throw new Error('demo project cannot spend what it received');
}

/**
 * A request to move half of the grant a line has left to activities, valid against the current version (so it
 * can still be approved): left pending near the end of the data, or turned down by finance.
 */
function openRequest(db: Db, books: DemoBooks, input: DemoLedgerInput, people: LedgerPeople): void {
  const to = books.budgetLines.find((l) => l.categoryCode === 'ACTIVITY');
  const from = books.budgetLines.find(
    (l) => l !== to && l.amountFen - (books.actual.grant.get(l.lineCode) ?? 0) >= 200_00 * 2,
  );
  if (!to || !from) return;
  const move = Math.floor((from.amountFen - (books.actual.grant.get(from.lineCode) ?? 0)) / 2 / 100_00) * 100_00;
  const lines = [
    { ...from, amountFen: from.amountFen - move },
    { ...to, amountFen: to.amountFen + move },
  ];
  const request: AdjustmentRequest = {
    baseVersion: books.version,
    reason: ADJUSTMENT_PENDING_REASON,
    requestedBy: people.project,
    lines,
  };
  const refused = checkAdjustment(coreVersion(books.version, books.budgetLines), request, {
    approvedFen: input.approvedFen,
    ruleSet: input.ruleSet,
    actual: books.actual,
  });
  if (refused.length > 0) return;
  const requestedOn = addDays(input.lastDate, input.request === 'pending' ? -3 : -12);
  const id = insertAdjustment(db, {
    agreementId: input.agreementId,
    baseVersion: books.version,
    reason: request.reason,
    requestedBy: people.project,
    requestedAt: at(requestedOn, 3),
    lines,
  });
  if (input.request === 'rejected')
    decideAdjustment(db, id, {
      state: 'rejected',
      by: people.finance,
      at: at(addDays(requestedOn, 6), 3),
      reason: ADJUSTMENT_REJECTIONS[id % ADJUSTMENT_REJECTIONS.length]!,
    });
}
