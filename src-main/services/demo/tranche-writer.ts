import { addDays, dayNumber } from '../../core/calendar';
import type { DemoTrancheRow } from '../../db/demo-finance-repo';
import { insertTrancheRecord, setTrancheState } from '../../db/tranches-repo';
import type { Db } from '../../db/statements';
import { TRANCHE_CANCEL_REASON, TRANCHE_REVERSAL_REASONS } from './finance-text';
import type { Prng } from './prng';

/** An instant on a date (UTC; 09:00 and later in Shanghai, so the Shanghai date is the same). */
export function at(date: string, hour: number, minute = 0, second = 0): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date}T${p(hour)}:${p(minute)}:${p(second)}.000Z`;
}

/**
 * The dates a project that is ready to close runs through at the end of its year: its mid-term tranche was
 * released half-way through the year after a passed mid-term evaluation (evaluation-writer.ts records it three
 * days before the voucher date), and (lottery) the last one once the final evaluation milestone is verified
 * (milestone-writer.ts records that verification on these dates); anything else is cancelled.
 */
export const CLOSING = {
  finalCompleted: '12-05',
  finalVerified: '12-08',
  finalPrepared: '12-10',
  finalReleased: '12-12',
  cancelled: '12-20',
} as const;

export type TrancheStage = 'planned' | 'prepared' | 'released';

export interface DemoTranchePlan {
  year: number;
  signedDate: string;
  tranches: readonly DemoTrancheRow[];
  stage: TrancheStage;
  /** The first release is reversed (wrong account, say) and released again. */
  reversed: boolean;
  closing: boolean;
  /**
   * When closing, a milestone tranche is released (its milestone is verified by then); false where no
   * evidence can be stored to complete the milestone, and then it is cancelled like the others.
   */
  milestoneVerified: boolean;
}

/** Grant funds received over time: +release, −reversal, at the instant the record was posted. */
export interface Receipt {
  at: string;
  amountFen: number;
}

export interface TrancheOutcome {
  receipts: Receipt[];
  /** The day the first tranche (finally) arrived; spending starts after it. Null when nothing was released. */
  releasedDate: string | null;
}

export interface TranchePeople {
  finance: number;
  finance2: number;
}

/** Bureau-wide voucher numbers of the disbursements (记账凭证), per year. */
export class TrancheVouchers {
  private readonly next = new Map<number, number>();
  take(year: number): string {
    const n = (this.next.get(year) ?? 0) + 1;
    this.next.set(year, n);
    return `记-${year}-${String(n).padStart(4, '0')}`;
  }
}

/**
 * Writes one project's disbursements as the tranche services would have: prepared by finance (maker) and
 * released by finance2 (checker) with a voucher; a reversed release is a record of its own with a reason,
 * after which the tranche is prepared and released again. Later tranches stay planned unless the project is
 * ready to close (evaluation-writer.ts records mid-term evaluations that let finance release some of them).
 */
export function writeDemoTranches(
  db: Db,
  plan: DemoTranchePlan,
  people: TranchePeople,
  vouchers: TrancheVouchers,
  rng: Prng,
): TrancheOutcome {
  const receipts: Receipt[] = [];
  const [first, ...later] = plan.tranches;
  if (!first || plan.stage === 'planned') return { receipts, releasedDate: null };
  const y = plan.year;
  let prepDate = addDays(plan.signedDate, rng.int(2, 10));
  if (plan.stage === 'prepared') {
    setTrancheState(db, first.id, preparedState(vouchers.take(y), prepDate, people), at(prepDate, 1));
    return { receipts, releasedDate: null };
  }
  let released = release(db, first, vouchers.take(y), prepDate, addDays(prepDate, rng.int(0, 2)), people, receipts);
  if (plan.reversed) {
    const reversedOn = addDays(released.date, rng.int(1, 6));
    const reversalAt = at(reversedOn, 1, 40);
    insertTrancheRecord(db, {
      trancheId: first.id,
      kind: 'reversal',
      amountFen: -first.amountFen,
      voucherNo: released.voucherNo,
      date: reversedOn,
      reason: rng.pick(TRANCHE_REVERSAL_REASONS),
      reversesId: released.recordId,
      preparedBy: null,
      by: people.finance2,
      at: reversalAt,
    });
    receipts.push({ at: reversalAt, amountFen: -first.amountFen });
    prepDate = addDays(reversedOn, rng.int(1, 4));
    released = release(db, first, vouchers.take(y), prepDate, addDays(prepDate, rng.int(0, 2)), people, receipts);
  }
  if (plan.closing)
    closeTranches(
      db,
      y,
      later,
      { milestoneVerified: plan.milestoneVerified, since: released.date },
      people,
      vouchers,
      receipts,
    );
  return { receipts, releasedDate: released.date };
}

function preparedState(voucherNo: string, date: string, people: TranchePeople) {
  return {
    state: 'prepared' as const,
    voucherNo,
    voucherDate: date,
    preparedBy: people.finance,
    preparedAt: at(date, 1),
    releasedBy: null,
    releasedAt: null,
  };
}

/** Prepared on one day, released on another (or the same): the record carries the voucher date. */
function release(
  db: Db,
  t: DemoTrancheRow,
  voucherNo: string,
  prepDate: string,
  releaseDate: string,
  people: TranchePeople,
  receipts: Receipt[],
): { recordId: number; voucherNo: string; date: string } {
  const releasedAt = at(releaseDate, 1, 20);
  const recordId = insertTrancheRecord(db, {
    trancheId: t.id,
    kind: 'release',
    amountFen: t.amountFen,
    voucherNo,
    date: prepDate,
    reason: '',
    reversesId: null,
    preparedBy: people.finance,
    by: people.finance2,
    at: releasedAt,
  });
  setTrancheState(
    db,
    t.id,
    { ...preparedState(voucherNo, prepDate, people), state: 'released', releasedBy: people.finance2, releasedAt },
    releasedAt,
  );
  receipts.push({ at: releasedAt, amountFen: t.amountFen });
  return { recordId, voucherNo, date: releaseDate };
}

function cancel(db: Db, t: DemoTrancheRow, date: string, reason: string, by: number): void {
  const when = at(date, 1, 10);
  insertTrancheRecord(db, {
    trancheId: t.id,
    kind: 'cancellation',
    amountFen: 0,
    voucherNo: null,
    date,
    reason,
    reversesId: null,
    preparedBy: null,
    by,
    at: when,
  });
  const cleared = { voucherNo: null, voucherDate: null, preparedBy: null, preparedAt: null };
  setTrancheState(db, t.id, { state: 'cancelled', ...cleared, releasedBy: null, releasedAt: null }, when);
}

/**
 * Settles the later tranches of a project about to close: the mid-term tranche is released half-way between
 * the first release and the end of November (its mid-term evaluation passed), a milestone tranche is released
 * (its milestone is verified by then); anything else is cancelled with the reason.
 */
function closeTranches(
  db: Db,
  y: number,
  later: readonly DemoTrancheRow[],
  opts: { milestoneVerified: boolean; since: string },
  people: TranchePeople,
  vouchers: TrancheVouchers,
  receipts: Receipt[],
): void {
  const hasMilestoneStep = opts.milestoneVerified && later.some((t) => t.condition === 'milestone_verified');
  const midterm = addDays(opts.since, Math.floor((dayNumber(`${y}-11-30`) - dayNumber(opts.since)) / 2));
  for (const t of later) {
    if (t.condition === 'midterm_passed')
      release(db, t, vouchers.take(y), midterm, addDays(midterm, 2), people, receipts);
    else if (hasMilestoneStep && t.condition === 'milestone_verified')
      release(
        db,
        t,
        vouchers.take(y),
        `${y}-${CLOSING.finalPrepared}`,
        `${y}-${CLOSING.finalReleased}`,
        people,
        receipts,
      );
    else cancel(db, t, `${y}-${CLOSING.cancelled}`, TRANCHE_CANCEL_REASON, people.finance);
  }
}
