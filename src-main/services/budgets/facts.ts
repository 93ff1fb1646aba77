import { actualByLine, spentFen } from '../../core/ledger';
import { grantReceivedFen } from '../../core/tranche-state';
import { listRecoveries, type RecoveryRow } from '../../db/closeout-repo';
import { ledgerTotals } from '../../db/ledger-repo';
import { listTrancheRecords, type TrancheRecordRow } from '../../db/tranches-repo';
import type { ServiceContext } from '../context';

/**
 * What a project's money stands at, loaded in one place for the budget tab, the posting rules and close-out,
 * so the balance one of them shows is the balance the others judge by.
 */
export interface MoneyFacts {
  /** Net actual per budget line and share, reversals included. */
  grantActual: Map<string, number>;
  matchingActual: Map<string, number>;
  grantSpentFen: number;
  matchingSpentFen: number;
  /** Released tranches net of reversals (到位资金). */
  grantReceivedFen: number;
  /** Every recovery (资金收回), both kinds. */
  recoveredFen: number;
  /** The disallowed kind: ineligible spending found and paid back. */
  disallowedFen: number;
  /**
   * The grant the organization may still spend against: received net of every recovery. Money paid back is
   * no longer the organization's to spend, so this is the posting rule's limit and the budget tab's basis.
   */
  grantAvailableFen: number;
  ledgerLineCount: number;
  records: TrancheRecordRow[];
  recoveries: RecoveryRow[];
}

export function moneyFacts(ctx: ServiceContext, agreementId: number): MoneyFacts {
  const totals = ledgerTotals(ctx.db, agreementId);
  const records = listTrancheRecords(ctx.db, agreementId);
  const recoveries = listRecoveries(ctx.db, agreementId);
  const sum = (rows: readonly RecoveryRow[]) => rows.reduce((s, r) => s + r.amountFen, 0);
  const received = grantReceivedFen(
    records.filter((r) => r.kind === 'release'),
    records.filter((r) => r.kind === 'reversal'),
  );
  const recoveredFen = sum(recoveries);
  return {
    grantActual: actualByLine(totals, 'grant'),
    matchingActual: actualByLine(totals, 'matching'),
    grantSpentFen: spentFen(totals, 'grant'),
    matchingSpentFen: spentFen(totals, 'matching'),
    grantReceivedFen: received,
    recoveredFen,
    // Disallowed spending is recorded with its repayment (see migration 0014), so it is also recovered.
    disallowedFen: sum(recoveries.filter((r) => r.kind === 'disallowed')),
    grantAvailableFen: received - recoveredFen,
    ledgerLineCount: totals.reduce((n, t) => n + t.count, 0),
    records,
    recoveries,
  };
}

/** The per-share actual the core rules take. */
export function actualByShare(facts: MoneyFacts): { grant: Map<string, number>; matching: Map<string, number> } {
  return { grant: facts.grantActual, matching: facts.matchingActual };
}
