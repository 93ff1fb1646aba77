import type { PostingContext } from '../../core/ledger-rules';
import { lockedYears } from '../../db/project-status-repo';
import type { ServiceContext } from '../context';
import { actualByShare, moneyFacts, type MoneyFacts } from '../budgets/facts';
import { loadProject, type Project } from '../budgets/project';

/** Everything a posting to one project is judged by, loaded once per operation (or per import batch). */
export interface LedgerContext {
  project: Project;
  facts: MoneyFacts;
  /** The core rules' view: period, rule set and source, current version, actual so far, grant received… */
  posting: PostingContext;
  /** Last voucher sequence number used per fiscal year, filled as years are met. */
  lastSeq: Map<number, number>;
}

/**
 * The posting context of a project: period from the agreement, rule set and source from the program, the
 * current budget version, actual per line and share, grant available (received net of recoveries) and grant
 * spent, the locked years and whether the project is closed.
 */
export function loadPostingContext(ctx: ServiceContext, applicationId: number, field = 'applicationId'): LedgerContext {
  const project = loadProject(ctx, applicationId, field);
  const facts = moneyFacts(ctx, project.agreement.id);
  return {
    project,
    facts,
    posting: {
      periodStart: project.agreement.periodStart,
      periodEnd: project.agreement.periodEnd,
      projectClosed: project.closed,
      source: project.program.source,
      ruleSet: project.program.ruleSet,
      budgetVersion: project.current.version,
      budgetLines: project.current.lines.map((l) => ({
        lineCode: l.lineCode,
        categoryCode: l.categoryCode,
        amountFen: l.amountFen,
        matchingFen: l.matchingFen,
      })),
      actual: actualByShare(facts),
      // The same figure the budget tab shows as available: received net of every recovery.
      grantReceivedFen: facts.grantAvailableFen,
      grantSpentFen: facts.grantSpentFen,
      lockedYears: lockedYears(ctx.db),
    },
    lastSeq: new Map(),
  };
}
