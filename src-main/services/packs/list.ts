import type { OpOutput } from '../../contract/index';
import { evaluatorAccounts, listPacks } from '../../db/packs-repo';
import type { ServiceContext } from '../context';

/** The pack register, newest first, without keys; and the evaluators a new pack may send. */
export function list(ctx: ServiceContext): OpOutput<'packs.list'> {
  return {
    packs: listPacks(ctx.db, 200).map((p) => ({
      packNo: p.packNo,
      exportedAt: p.exportedAt,
      exportedBy: p.exportedBy.displayName,
      projects: p.projects,
      inspectors: p.inspectors,
      state: p.state,
      lastImportAt: p.lastImportAt,
    })),
    inspectorPool: evaluatorAccounts(ctx.db),
  };
}
