import type { AgreementView, OpOutput, OpParsedInput } from '../../contract/index';
import { isCalendarDate, shanghaiDate } from '../../core/calendar';
import { splitTranches } from '../../core/tranche-split';
import { getAgreementByApplication, insertAgreement, setAgreementSigned } from '../../db/agreements-repo';
import type { ApplicationRecord } from '../../db/applications-repo';
import { getDecision } from '../../db/decisions-repo';
import { closedDate } from '../../db/project-status-repo';
import { AppError, nowIso } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadApplication, type LoadedProgram } from './load';
import { throwIfAny } from '../violations';

/**
 * 项目协议, made on approval: the application's period, the approved amount, and the program's tranche plan
 * in money (the last tranche takes the rounding so the tranches add up exactly). Signed later.
 */
export function createAgreement(
  ctx: ServiceContext,
  a: ApplicationRecord & { approvedFen: number },
  program: LoadedProgram,
  agreementNumber: string,
): AgreementView {
  const tranches = splitTranches(a.approvedFen, program.ruleSet.tranchePlan);
  const fields = {
    applicationId: a.id,
    agreementNumber,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    approvedFen: a.approvedFen,
    tranches,
  };
  const id = insertAgreement(ctx.db, fields, { now: nowIso(ctx), createdBy: ctx.user?.id ?? null });
  recordChange(ctx, 'agreement', id, null, { ...fields, signedDate: null });
  return getAgreementByApplication(ctx.db, a.id)!;
}

/** Records the signing date: not before the approval, not in the future, and only once. */
export function sign(ctx: ServiceContext, input: OpParsedInput<'agreements.sign'>): OpOutput<'agreements.sign'> {
  const a = loadApplication(ctx, input.applicationId, 'applicationId');
  const agreement = getAgreementByApplication(ctx.db, a.id);
  if (!agreement) throw new AppError('NotFound', 'agreement.notFound', { id: a.code }, 'applicationId');
  const closedOn = closedDate(ctx.db, agreement.id);
  if (closedOn !== null) throwIfAny([{ rule: 'agreement.projectClosed', params: { date: closedOn } }], 'applicationId');
  if (agreement.signedDate !== null)
    throw new AppError('Conflict', 'agreement.alreadySigned', { date: agreement.signedDate }, 'signedDate');
  if (!isCalendarDate(input.signedDate)) throw new AppError('Validation', 'schema.date', {}, 'signedDate');
  const approvedOn = shanghaiDate(new Date(getDecision(ctx.db, a.id)!.at));
  if (input.signedDate < approvedOn)
    throwIfAny([{ rule: 'agreement.beforeApproval', params: { date: approvedOn } }], 'signedDate');
  if (input.signedDate > shanghaiDate(ctx.now)) throwIfAny([{ rule: 'date.future', params: {} }], 'signedDate');
  setAgreementSigned(ctx.db, agreement.id, { signedDate: input.signedDate, by: ctx.user?.id ?? null, at: nowIso(ctx) });
  recordChange(ctx, 'agreement', agreement.id, { signedDate: null }, { signedDate: input.signedDate });
  return getAgreementByApplication(ctx.db, a.id)!;
}
