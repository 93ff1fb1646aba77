import type { OpOutput, OpParsedInput } from '../../contract/index';
import { insertChainCheck, lastChainCheck } from '../../db/home-repo';
import { requireUser } from '../app-error';
import type { ServiceContext } from '../context';
import { verifyChain } from '../operation-log/index';

/**
 * Checks the operation log's hash chain and records the result, so the auditor's home can say when the chain
 * was last checked and whether it held. The check itself is logged like any other operation.
 */
export function checkChain(ctx: ServiceContext, _input: OpParsedInput<'home.checkChain'>): OpOutput<'home.checkChain'> {
  const user = requireUser(ctx);
  const report = verifyChain(ctx.db, { locale: ctx.locale ?? 'zh' });
  const id = insertChainCheck(ctx.db, {
    at: ctx.now.toISOString(),
    by: user.id,
    ok: report.ok,
    entries: report.entries,
    message: report.firstBad?.message ?? null,
  });
  ctx.changes.push({
    entityType: 'chainCheck',
    entityId: String(id),
    before: null,
    after: { ok: report.ok, entries: report.entries, headHash: report.headHash },
  });
  return lastChainCheck(ctx.db)!;
}
