import { demoFinanceCounts, largestLedgers, type DemoFinanceCounts } from '../../db/demo-finance-repo';
import type { Db } from '../../db/statements';
import { DEMO_LEDGER_SCALE } from './project-finance';

/** What the sample's money side holds, for `grants init --demo` to report (counted, so any database works). */
export function demoFinanceSummary(db: Db): DemoFinanceCounts {
  return demoFinanceCounts(db);
}

/**
 * The projects with ledgers of at least a tenth of a big demo ledger, largest first: where a benchmark
 * finds its 100,000-line project (by 项目编号, which the CLI and the UI address projects by).
 */
export function largestDemoLedgers(db: Db): { agreementNumber: string; lines: number }[] {
  return largestLedgers(db, DEMO_LEDGER_SCALE.bigLedgerLines / 10);
}
