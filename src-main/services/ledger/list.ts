import type { OpOutput, OpParsedInput } from '../../contract/index';
import { listLedger } from '../../db/ledger-repo';
import { loadProject } from '../budgets/project';
import type { ServiceContext } from '../context';
import { ledgerRowView } from './present';

/** One page of a project's ledger, sorted and filtered by SQL, with the count and sum of all filtered lines. */
export function list(ctx: ServiceContext, input: OpParsedInput<'ledger.list'>): OpOutput<'ledger.list'> {
  const project = loadProject(ctx, input.applicationId);
  const { applicationId: _, ...query } = input;
  const page = listLedger(ctx.db, project.agreement.id, query);
  return { rows: page.rows.map((r) => ledgerRowView(project, r)), total: page.total, sumFen: page.sumFen };
}
