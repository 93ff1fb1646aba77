import type { OpOutput, OpParsedInput } from '../../contract/index';
import { fenText } from '../../core/violations';
import { failedGates } from '../../core/tranche-gates';
import { checkMakerChecker, grantReceivedFen } from '../../core/tranche-state';
import { insertTrancheRecord } from '../../db/tranches-repo';
import { nowIso, requireUser } from '../app-error';
import type { ServiceContext } from '../context';
import { gatesOf } from './gates';
import { loadTranche } from './load';
import { throwIfAnyTranche } from './present';
import { nextTrancheState, saveState } from './step';

/**
 * Checker: a finance user other than the maker releases a prepared tranche, only while every gate holds; a
 * refusal lists each failed gate. The release is posted as an immutable record.
 */
export function release(ctx: ServiceContext, input: OpParsedInput<'tranches.release'>): OpOutput<'tranches.release'> {
  const user = requireUser(ctx);
  const { plan, tranche } = loadTranche(ctx, input.trancheId);
  const state = nextTrancheState(tranche, 'release');
  const maker = tranche.preparedBy!;
  throwIfAnyTranche(checkMakerChecker(maker.id, user.id), 'trancheId');
  throwIfAnyTranche(failedGates(gatesOf(plan, tranche)), 'trancheId');
  // The gate reads tranche states; the posted records are the money itself, so check them too.
  const received = grantReceivedFen(
    plan.records.filter((r) => r.kind === 'release'),
    plan.records.filter((r) => r.kind === 'reversal'),
  );
  const approved = plan.agreement.approvedFen;
  if (received + tranche.amountFen > approved)
    throwIfAnyTranche(
      [
        {
          rule: 'tranche.gate.overApproved',
          params: {
            released: fenText(received),
            amount: fenText(tranche.amountFen),
            approved: fenText(approved),
            excess: fenText(received + tranche.amountFen - approved),
          },
        },
      ],
      'trancheId',
    );
  const at = nowIso(ctx);
  const recordId = insertTrancheRecord(ctx.db, {
    trancheId: tranche.id,
    kind: 'release',
    amountFen: tranche.amountFen,
    voucherNo: tranche.voucherNo,
    date: tranche.voucherDate!,
    reason: '',
    reversesId: null,
    preparedBy: maker.id,
    by: user.id,
    at,
  });
  return saveState(
    ctx,
    tranche,
    {
      state,
      voucherNo: tranche.voucherNo,
      voucherDate: tranche.voucherDate,
      preparedBy: maker.id,
      preparedAt: tranche.preparedAt,
      releasedBy: user.id,
      releasedAt: at,
    },
    { recordId, amountFen: tranche.amountFen },
  );
}
