import type { PostingContext } from '../../core/ledger-rules';
import { listRecoveries } from '../../db/closeout-repo';
import { lockedYears } from '../../db/project-status-repo';
import type { ServiceContext } from '../context';
import { moneyFacts, type MoneyFacts } from '../budgets/facts';
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
 * current budget version, actual per line, grant received (released tranches net of reversals) and grant
 * spent, the locked years and whether the project is closed.
 */
export function loadPostingContext(ctx: ServiceContext, applicationId: number, field = 'applicationId'): LedgerContext {
  const project = loadProject(ctx, applicationId, field);
  const facts = moneyFacts(ctx, project);
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
      })),
      actual: facts.actual,
      // Money paid back (资金收回) is no longer the organization's to spend: the limit for grant spending is
      // what was received net of every recovery.
      grantReceivedFen:
        facts.grantReceivedFen - listRecoveries(ctx.db, project.agreement.id).reduce((sum, r) => sum + r.amountFen, 0),
      grantSpentFen: facts.grantSpentFen,
      lockedYears: lockedYears(ctx.db),
    },
    lastSeq: new Map(),
  };
}
