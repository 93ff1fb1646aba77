import type { Violation } from '../../core/violations';
import type { FundingShare } from '../../core/ledger';
import { checkLedgerOpen, checkPosting, type PostingContext, type PostingInput } from '../../core/ledger-rules';
import type { CostType, FundSource, RuleSet } from '../../core/rule-set';
import type { DemoBudgetLineRow, DemoLedgerRow } from '../../db/demo-finance-repo';
import type { Receipt } from './tranche-writer';

/**
 * One demo project's ledger while it is being written: the posting context the core rules judge each line
 * by (current budget version, actual per line, grant received so far, grant spent), kept up to date line by
 * line, and the voucher sequence. A line is written only when checkPosting accepts it; refusals the plan
 * cannot rule out (an activity bought ahead of the adjustment that would cover it, grant money that has not
 * arrived) drop the line or mark it 垫支 where the project spends ahead of its grant; any other refusal is a
 * bug in the generator and throws.
 */

/** Refusals a plan may run into, and that make the generator leave the line out. */
const EXPECTED = new Set(['ledger.grantExceedsReceived', 'ledger.overBudget']);
const isUnexpected = (v: Violation) => !EXPECTED.has(v.rule);
const onlyShortOfGrant = (refused: readonly Violation[]) =>
  refused.every((v) => v.rule === 'ledger.grantExceedsReceived');
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export interface BooksProject {
  agreementId: number;
  periodStart: string;
  periodEnd: string;
  source: FundSource;
  ruleSet: RuleSet;
  /** Version 1. */
  lines: readonly DemoBudgetLineRow[];
  /** Sorted by instant. */
  receipts: readonly Receipt[];
  /** Grant spending beyond the funds received is posted as an advance (垫支) instead of being left out. */
  advances: boolean;
}

/** A line as written, with its id (what a reversal points at). */
export interface PostedLine extends DemoLedgerRow {
  id: number;
}

export type LineText = Pick<DemoLedgerRow, 'invoiceNo' | 'payee' | 'summary'>;

export class DemoBooks {
  readonly actual = { grant: new Map<string, number>(), matching: new Map<string, number>() };
  readonly posting: PostingContext;
  version = 1;
  budgetLines: DemoBudgetLineRow[];
  lineCount = 0;
  private readonly lastSeq = new Map<number, number>();
  private receiptIndex = 0;
  private day = '';
  private secondOfDay = 0;

  constructor(
    readonly project: BooksProject,
    private readonly write: (r: DemoLedgerRow) => number,
    private readonly people: { poster: number; reverser: number },
  ) {
    this.budgetLines = [...project.lines];
    this.posting = {
      periodStart: project.periodStart,
      periodEnd: project.periodEnd,
      projectClosed: false,
      source: project.source,
      ruleSet: project.ruleSet,
      budgetVersion: 1,
      budgetLines: this.budgetLines,
      actual: this.actual,
      grantReceivedFen: 0,
      grantSpentFen: 0,
      lockedYears: [],
    };
  }

  get grantReceivedFen(): number {
    return this.posting.grantReceivedFen;
  }

  get grantSpentFen(): number {
    return this.posting.grantSpentFen;
  }

  /** A new approved version: later lines are judged by it and carry its number. */
  useVersion(version: number, lines: DemoBudgetLineRow[]): void {
    this.version = version;
    this.budgetLines = lines;
    this.posting.budgetVersion = version;
    this.posting.budgetLines = lines;
  }

  /** The instant of the next line of the day, one second apart, after the day's tranche and budget events. */
  instant(date: string): string {
    if (date !== this.day) {
      this.day = date;
      this.secondOfDay = 0;
    }
    const k = this.secondOfDay++;
    const posted = `${date}T${pad2(2 + Math.floor(k / 3600))}:${pad2(Math.floor(k / 60) % 60)}:${pad2(k % 60)}.000Z`;
    // Funds released before this instant count as received.
    const receipts = this.project.receipts;
    while (this.receiptIndex < receipts.length && receipts[this.receiptIndex]!.at <= posted)
      this.posting.grantReceivedFen += receipts[this.receiptIndex++]!.amountFen;
    return posted;
  }

  private costType(lineCode: string): CostType | null {
    for (const l of this.budgetLines) if (l.lineCode === lineCode) return l.costType;
    return null;
  }

  /** Checks an expenditure and posts it (as an advance when that is the only way); null when left out. */
  post(date: string, lineCode: string, share: FundingShare, amountFen: number, text: LineText): PostedLine | null {
    const postedAt = this.instant(date);
    const costType = this.costType(lineCode);
    const p: PostingInput = { date, lineCode, share, costType, amountFen, advance: false };
    let refused = checkPosting(p, this.posting);
    if (refused.length > 0 && this.project.advances && onlyShortOfGrant(refused)) {
      p.advance = true;
      refused = checkPosting(p, this.posting);
    }
    if (refused.length > 0) {
      const unexpected = refused.filter(isUnexpected);
      if (unexpected.length > 0)
        throw new Error(`demo ledger line breaks ${unexpected.map((v) => v.rule).join(', ')}: ${JSON.stringify(p)}`);
      return null;
    }
    return this.record(
      date,
      lineCode,
      share,
      costType,
      amountFen,
      p.advance,
      text,
      null,
      '',
      postedAt,
      this.people.poster,
    );
  }

  /** The red-ink reversal (红字冲销) of a posted line: same line, share and advance mark, negated amount. */
  reverse(original: PostedLine, date: string, reason: string): PostedLine {
    const postedAt = this.instant(date);
    const refused = checkLedgerOpen(date, this.posting);
    if (refused.length > 0 || date < original.date) throw new Error(`demo reversal refused on ${date}`);
    const text = {
      invoiceNo: original.invoiceNo,
      payee: original.payee,
      summary: `冲销${original.voucherNo}：${original.summary}`,
    };
    const { lineCode, share, advance } = original;
    const costType = this.costType(lineCode);
    const amount = -original.amountFen;
    return this.record(
      date,
      lineCode,
      share,
      costType,
      amount,
      advance,
      text,
      original.id,
      reason,
      postedAt,
      this.people.reverser,
    );
  }

  /** Writes the line with the next voucher number of its year and counts it into the context. */
  private record(
    date: string,
    lineCode: string,
    share: FundingShare,
    costType: CostType | null,
    amountFen: number,
    advance: boolean,
    text: LineText,
    reversesId: number | null,
    reason: string,
    postedAt: string,
    by: number,
  ): PostedLine {
    const year = Number(date.slice(0, 4));
    const seq = (this.lastSeq.get(year) ?? 0) + 1;
    this.lastSeq.set(year, seq);
    const line: PostedLine = {
      id: 0,
      agreementId: this.project.agreementId,
      year,
      seq,
      voucherNo: `${year}-${seq < 10_000 ? String(seq + 10_000).slice(1) : String(seq)}`,
      date,
      invoiceNo: text.invoiceNo,
      lineCode,
      share,
      costType,
      payee: text.payee,
      summary: text.summary,
      amountFen,
      advance,
      reversesId,
      reason,
      budgetVersion: this.version,
      postedBy: by,
      postedAt,
    };
    line.id = this.write(line);
    const byLine = this.actual[share];
    byLine.set(lineCode, (byLine.get(lineCode) ?? 0) + amountFen);
    if (share === 'grant') this.posting.grantSpentFen += amountFen;
    this.lineCount++;
    return line;
  }
}
