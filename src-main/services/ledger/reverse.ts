import type { OpOutput, OpParsedInput } from '../../contract/index';
import { checkReversal, type LedgerLine } from '../../core/ledger';
import { afterPosting, checkLedgerOpen } from '../../core/ledger-rules';
import { applicationOfLedgerLine, getLedgerLine, reversalOf, type LedgerRecord } from '../../db/ledger-repo';
import { AppError, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import type { ServiceContext } from '../context';
import { loadPostingContext, type LedgerContext } from './context';
import { auditLine, checkRows, postingInput, throwRowFailures, writeLine } from './post';
import { ledgerRowView } from './present';

const core = (r: LedgerRecord): LedgerLine => ({
  id: r.id,
  voucherNo: r.voucherNo,
  date: r.date,
  lineCode: r.lineCode,
  share: r.share,
  amountFen: r.amountFen,
  advance: r.advance,
  reversesId: r.reversesId,
});

/**
 * 红字冲销: a line is never edited; its reversal (the negated amount, same budget line, share and advance mark)
 * points at it, and the corrected line, if given, is posted after it under the usual rules, both in this
 * one transaction. A reversal is refused in a closed project or a locked year, for a reversal, for a line
 * already reversed, and when dated before the line it reverses.
 */
export function reverse(
  ctx: ServiceContext,
  input: OpParsedInput<'ledger.reverse'>,
  /** The project's posting context when the caller posts many (see PostOptions.context); moved on here. */
  context?: LedgerContext,
): OpOutput<'ledger.reverse'> {
  const user = requireUser(ctx);
  const applicationId = applicationOfLedgerLine(ctx.db, input.lineId);
  if (applicationId === null)
    throw new AppError('NotFound', 'ledger.reversal.notFound', { id: input.lineId }, 'lineId');
  const lc = context ?? loadPostingContext(ctx, applicationId, 'lineId');
  const original = getLedgerLine(ctx.db, input.lineId)!;
  const earlier = reversalOf(ctx.db, original);
  // checkReversal looks only at the line and what reverses it, so those two stand for the whole ledger.
  const ledger = earlier ? [core(original), core(earlier)] : [core(original)];
  const refusals = [...checkLedgerOpen(input.date, lc.posting), ...checkReversal(ledger, original.id, input.date)];
  const field = refusals.some((v) => v.rule === 'ledger.reversal.ofReversal' || v.rule === 'ledger.reversal.already')
    ? 'lineId'
    : 'date';
  throwIfAny(refusals, field);

  const replacement = input.replacement;
  if (replacement) {
    const after = afterPosting(lc.posting, {
      lineCode: original.lineCode,
      share: original.share,
      amountFen: -original.amountFen,
    });
    throwRowFailures(checkRows(lc, [replacement], after).failures, 'replacement.');
  }
  const reversal = writeLine(ctx, lc, user, {
    date: input.date,
    invoiceNo: original.invoiceNo,
    lineCode: original.lineCode,
    share: original.share,
    costType: original.costType,
    payee: original.payee,
    summary: original.summary,
    amountFen: -original.amountFen,
    advance: original.advance,
    reversesId: original.id,
    reason: input.reason,
  });
  auditLine(ctx, reversal);
  lc.posting = afterPosting(lc.posting, reversal);
  const shown = { ...reversal, reversesVoucherNo: original.voucherNo };
  if (!replacement) return { reversal: ledgerRowView(lc.project, shown), replacement: null };
  const next = writeLine(ctx, lc, user, {
    ...replacement,
    costType: postingInput(lc, replacement).costType,
    reversesId: null,
    reason: '',
  });
  auditLine(ctx, next);
  lc.posting = afterPosting(lc.posting, next);
  return { reversal: ledgerRowView(lc.project, shown), replacement: ledgerRowView(lc.project, next) };
}
