import type { OpOutput, OpParsedInput } from '../../contract/index';
import { fenText, type Violation } from '../../core/violations';
import { shanghaiDate } from '../../core/calendar';
import { checkRecovery } from '../../core/close-out';
import { insertRecovery } from '../../db/closeout-repo';
import { isYearLocked } from '../../db/project-status-repo';
import { nowIso, requireUser } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadCloseOut } from './load';
import { throwIfAnyCloseOut } from './present';
import { closeOutView } from './view';

const FIELDS: Record<string, string> = {
  'recovery.projectClosed': 'applicationId',
  'recovery.amountInvalid': 'amountFen',
  'recovery.overReceived': 'amountFen',
  'recovery.disallowedOverSpent': 'amountFen',
  'recovery.voucherRequired': 'voucherNo',
  'recovery.dateInvalid': 'date',
  'recovery.dateInFuture': 'date',
  'recovery.periodLocked': 'date',
  'recovery.reasonRequired': 'reason',
};

/**
 * 资金收回, posted as entered with the bureau's receipt voucher. Core checkRecovery: a valid amount, voucher and
 * date, never beyond the grant received. Here: not for a closed project, not into a locked year, and
 * disallowed money needs its reason and cannot exceed what was spent from the grant (it is spending found
 * ineligible, recorded together with its repayment; see migration 0014).
 */
export function recordRecovery(
  ctx: ServiceContext,
  input: OpParsedInput<'closeOut.recordRecovery'>,
): OpOutput<'closeOut.recordRecovery'> {
  const user = requireUser(ctx);
  const p = loadCloseOut(ctx, input.applicationId);
  const project = p.agreement.agreementNumber;
  throwIfAnyCloseOut(p.closeout ? [{ rule: 'recovery.projectClosed', params: { project } }] : [], 'applicationId');

  const voucherNo = input.voucherNo.trim();
  const reason = input.reason.trim();
  const v: Violation[] = checkRecovery(
    { amountFen: input.amountFen, voucherNo, date: input.date },
    p.money,
    shanghaiDate(ctx.now),
  );
  const year = Number(input.date.slice(0, 4));
  if (isYearLocked(ctx.db, year)) v.push({ rule: 'recovery.periodLocked', params: { date: input.date, year } });
  if (input.kind === 'disallowed') {
    if (reason === '') v.push({ rule: 'recovery.reasonRequired', params: {} });
    if (p.money.disallowedFen + input.amountFen > p.money.grantSpentFen)
      v.push({
        rule: 'recovery.disallowedOverSpent',
        params: {
          amount: fenText(input.amountFen),
          disallowed: fenText(p.money.disallowedFen),
          spent: fenText(p.money.grantSpentFen),
        },
      });
  }
  throwIfAnyCloseOut(v, FIELDS[v[0]?.rule ?? ''] ?? 'amountFen');

  const fields = { kind: input.kind, amountFen: input.amountFen, voucherNo, date: input.date, reason };
  const id = insertRecovery(ctx.db, { agreementId: p.agreement.id, ...fields, by: user.id, at: nowIso(ctx) });
  recordChange(ctx, 'recovery', id, null, { applicationId: p.application.id, project, ...fields });
  return closeOutView(ctx, loadCloseOut(ctx, input.applicationId));
}
