/**
 * Close-out (结项) and recovery (资金收回). The checklist returns every item with its state
 * so the project page can show what is still missing; a project closes only when every applicable item is ok.
 * Supervision (inspections, rectifications, evaluations) arrives with a later issue: until the service passes
 * it in, its items are "not applicable" rather than silently passed. The fiscal period lock (结账) is at the end.
 */
import { fenText, type Violation, type ViolationParams } from './violations';
import { isCalendarDate, yearEnd } from './calendar';
import { decimalText } from './decimal';
import { gradeOf } from './grading';
import { latestEvaluation, type EvaluationFacts, type RectificationFacts } from './tranche-gates';
import { isSettled, type TrancheState } from './tranche-state';

export interface SupervisionFacts {
  rectifications: readonly RectificationFacts[];
  /** Null while evaluations are not recorded: 结项评估 is then not applicable rather than missing. */
  evaluations: readonly EvaluationFacts[] | null;
}

export interface MoneyFacts {
  /** Released tranches net of reversals. */
  grantReceivedFen: number;
  /** Net grant-share spending in the ledger. */
  grantSpentFen: number;
  /** Grant spending found ineligible (by inspection or audit) that must be paid back. */
  disallowedFen: number;
  /** Recoveries already recorded with a voucher. */
  recoveredFen: number;
}

export interface CloseOutFacts extends MoneyFacts {
  tranches: readonly { seq: number; state: TrancheState }[];
  /** Null while the app has no supervision records for projects; then lists, possibly empty. */
  supervision: SupervisionFacts | null;
  /** Expenditures, tranches or recoveries entered but not yet posted. */
  unpostedCount: number;
}

export const CLOSE_OUT_ITEMS = [
  'tranches_settled',
  'ledger_posted',
  'no_open_advances',
  'recovery_settled',
  'rectifications_closed',
  'final_evaluation',
] as const;
export type CloseOutItem = (typeof CLOSE_OUT_ITEMS)[number];

export interface ChecklistEntry {
  item: CloseOutItem;
  applicable: boolean;
  /** True for an item that is not applicable. */
  ok: boolean;
  rule: string;
  params: ViolationParams;
}

const entry = (item: CloseOutItem, ok: boolean, rule: string, params: ViolationParams = {}): ChecklistEntry => ({
  item,
  applicable: true,
  ok,
  rule,
  params,
});
const notApplicable = (item: CloseOutItem): ChecklistEntry => ({
  item,
  applicable: false,
  ok: true,
  rule: 'closeOut.notApplicable',
  params: {},
});

export interface RecoveryDue {
  /** Grant received − grant spent, when positive. */
  unspentFen: number;
  disallowedFen: number;
  /** What should be paid back: received − eligible spending (spent − disallowed), never below 0. */
  dueFen: number;
  /** Due − already recovered, never below 0. */
  outstandingFen: number;
}

export function recoveryDue(f: MoneyFacts): RecoveryDue {
  const eligible = f.grantSpentFen - f.disallowedFen;
  const dueFen = Math.max(0, f.grantReceivedFen - eligible);
  return {
    unspentFen: Math.max(0, f.grantReceivedFen - f.grantSpentFen),
    disallowedFen: f.disallowedFen,
    dueFen,
    outstandingFen: Math.max(0, dueFen - f.recoveredFen),
  };
}

export interface RecoveryInput {
  amountFen: number;
  voucherNo: string;
  date: string;
}

/**
 * A recovery (资金收回) recorded with a voucher. It may go beyond what recoveryDue suggests (a 不合格 evaluation
 * can lead to recovering eligible spending too) but never beyond the grant received.
 */
export function checkRecovery(input: RecoveryInput, f: MoneyFacts, today: string): Violation[] {
  const out: Violation[] = [];
  const amountOk = Number.isSafeInteger(input.amountFen) && input.amountFen > 0;
  if (!amountOk) out.push({ rule: 'recovery.amountInvalid', params: { amount: String(input.amountFen) } });
  if (input.voucherNo.trim() === '') out.push({ rule: 'recovery.voucherRequired', params: {} });
  if (!isCalendarDate(input.date)) out.push({ rule: 'recovery.dateInvalid', params: { date: input.date } });
  else if (input.date > today) out.push({ rule: 'recovery.dateInFuture', params: { date: input.date, today } });
  if (amountOk && f.recoveredFen + input.amountFen > f.grantReceivedFen)
    out.push({
      rule: 'recovery.overReceived',
      params: {
        amount: fenText(input.amountFen),
        recovered: fenText(f.recoveredFen),
        received: fenText(f.grantReceivedFen),
      },
    });
  return out;
}

export function closeOutChecklist(f: CloseOutFacts): ChecklistEntry[] {
  const out: ChecklistEntry[] = [];
  const open = [...f.tranches].sort((a, b) => a.seq - b.seq).filter((t) => !isSettled(t.state));
  out.push(
    open.length === 0
      ? entry('tranches_settled', true, 'closeOut.tranchesSettled', { count: f.tranches.length })
      : entry('tranches_settled', false, 'closeOut.tranchesUnsettled', {
          count: open.length,
          seqs: open.map((t) => t.seq).join('、'),
        }),
  );
  out.push(
    f.unpostedCount === 0
      ? entry('ledger_posted', true, 'closeOut.allPosted')
      : entry('ledger_posted', false, 'closeOut.unposted', { count: f.unpostedCount }),
  );
  const advance = f.grantSpentFen - f.grantReceivedFen;
  out.push(
    advance <= 0
      ? entry('no_open_advances', true, 'closeOut.noOpenAdvances')
      : entry('no_open_advances', false, 'closeOut.openAdvances', {
          open: fenText(advance),
          spent: fenText(f.grantSpentFen),
          received: fenText(f.grantReceivedFen),
        }),
  );
  const due = recoveryDue(f);
  out.push(
    due.outstandingFen === 0
      ? entry('recovery_settled', true, 'closeOut.recoverySettled', { recovered: fenText(f.recoveredFen) })
      : entry('recovery_settled', false, 'closeOut.recoveryOutstanding', {
          outstanding: fenText(due.outstandingFen),
          due: fenText(due.dueFen),
          recovered: fenText(f.recoveredFen),
        }),
  );
  out.push(...supervisionItems(f.supervision));
  return out;
}

function supervisionItems(s: SupervisionFacts | null): ChecklistEntry[] {
  if (s === null) return [notApplicable('rectifications_closed'), notApplicable('final_evaluation')];
  const open = s.rectifications.filter((r) => !r.closed);
  const rectifications =
    s.rectifications.length === 0
      ? notApplicable('rectifications_closed')
      : open.length === 0
        ? entry('rectifications_closed', true, 'closeOut.rectificationsClosed', { count: s.rectifications.length })
        : entry('rectifications_closed', false, 'closeOut.rectificationsOpen', {
            count: open.length,
            refs: open.map((r) => r.ref).join('、'),
          });
  if (s.evaluations === null) return [rectifications, notApplicable('final_evaluation')];
  const final = latestEvaluation(s.evaluations, 'final');
  const evaluation = final
    ? entry('final_evaluation', true, 'closeOut.finalEvaluationPresent', {
        score: decimalText(final.score),
        grade: final.grade ?? gradeOf(final.score),
        date: final.date,
      })
    : entry('final_evaluation', false, 'closeOut.finalEvaluationMissing');
  return [rectifications, evaluation];
}

export function mayClose(checklist: readonly ChecklistEntry[]): boolean {
  return checklist.every((c) => c.ok);
}

export function failedItems(checklist: readonly ChecklistEntry[]): Violation[] {
  return checklist.filter((c) => !c.ok).map((c) => ({ rule: c.rule, params: c.params }));
}

export interface ClosingBalance {
  grantReceivedFen: number;
  grantSpentFen: number;
  /** received − spent: what is left of the grant (negative while an advance is open). */
  grantBalanceFen: number;
  grantRecoveredFen: number;
  /** received − spent − recovered: 0 once everything unspent was paid back. */
  grantBalanceAfterRecoveryFen: number;
  /** Matching funds are accounted separately: committed in the agreement against spent. */
  matchingCommittedFen: number;
  matchingSpentFen: number;
  matchingBalanceFen: number;
}

export function closingBalance(
  f: MoneyFacts & { matchingCommittedFen: number; matchingSpentFen: number },
): ClosingBalance {
  const grantBalanceFen = f.grantReceivedFen - f.grantSpentFen;
  return {
    grantReceivedFen: f.grantReceivedFen,
    grantSpentFen: f.grantSpentFen,
    grantBalanceFen,
    grantRecoveredFen: f.recoveredFen,
    grantBalanceAfterRecoveryFen: grantBalanceFen - f.recoveredFen,
    matchingCommittedFen: f.matchingCommittedFen,
    matchingSpentFen: f.matchingSpentFen,
    matchingBalanceFen: f.matchingCommittedFen - f.matchingSpentFen,
  };
}

/*
 * Fiscal period lock (结账) per calendar year (财会〔2024〕12号 第二十四条): a year closes only after it has
 * ended and when everything dated in it is posted; once locked, nothing more is posted into it
 * (checkLedgerOpen in ledger-rules.ts refuses it). A lock is final: a locked year is not reopened.
 */

/** Something entered but not yet posted: an expenditure draft, a prepared tranche, a recovery awaiting posting. */
export interface PendingEntry {
  kind: string;
  date: string;
}

export interface PeriodLockFacts {
  /** Today in Shanghai ('YYYY-MM-DD'). */
  today: string;
  lockedYears: readonly number[];
  /** Everything not yet posted; entries of other years are ignored. */
  pending: readonly PendingEntry[];
}

export function isYearLocked(date: string, lockedYears: readonly number[]): boolean {
  return isCalendarDate(date) && lockedYears.includes(Number(date.slice(0, 4)));
}

export function checkPeriodLock(year: number, f: PeriodLockFacts): Violation[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a fiscal year: ${year}`);
  const out: Violation[] = [];
  if (f.lockedYears.includes(year)) out.push({ rule: 'period.alreadyLocked', params: { year } });
  if (f.today <= yearEnd(year)) out.push({ rule: 'period.notEnded', params: { year, today: f.today } });
  const prefix = `${year}-`;
  const inYear = f.pending.filter((p) => p.date.startsWith(prefix));
  if (inYear.length > 0) {
    const kinds = [...new Set(inYear.map((p) => p.kind))].sort();
    out.push({ rule: 'period.unposted', params: { year, count: inYear.length, kinds: kinds.join('、') } });
  }
  return out;
}
