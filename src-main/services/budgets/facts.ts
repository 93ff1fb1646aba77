import { actualByLine, spentFen } from '../../core/ledger';
import { grantReceivedFen } from '../../core/tranche-state';
import { ledgerTotals } from '../../db/ledger-repo';
import { listTrancheRecords } from '../../db/tranches-repo';
import type { ServiceContext } from '../context';
import type { Project } from './project';

/** What a project's money stands at: the ledger folded per line and share, and the grant funds received. */
export interface MoneyFacts {
  /** Net actual per budget line, both shares, reversals included. */
  actual: Map<string, number>;
  grantActual: Map<string, number>;
  matchingActual: Map<string, number>;
  grantSpentFen: number;
  matchingSpentFen: number;
  /** Released tranches net of reversals (到位资金). */
  grantReceivedFen: number;
  ledgerLineCount: number;
}

export function moneyFacts(ctx: ServiceContext, project: Project): MoneyFacts {
  const totals = ledgerTotals(ctx.db, project.agreement.id);
  const records = listTrancheRecords(ctx.db, project.agreement.id);
  return {
    actual: actualByLine(totals),
    grantActual: actualByLine(totals, 'grant'),
    matchingActual: actualByLine(totals, 'matching'),
    grantSpentFen: spentFen(totals, 'grant'),
    matchingSpentFen: spentFen(totals, 'matching'),
    grantReceivedFen: grantReceivedFen(
      records.filter((r) => r.kind === 'release'),
      records.filter((r) => r.kind === 'reversal'),
    ),
    ledgerLineCount: totals.reduce((n, t) => n + t.count, 0),
  };
}
