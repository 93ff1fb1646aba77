import type { AgreementView } from '../../contract/index';
import { closingBalance, type ClosingBalance, type CloseOutFacts, type MoneyFacts } from '../../core/close-out';
import type { EvaluationFacts } from '../../core/tranche-gates';
import { getAgreementByApplication } from '../../db/agreements-repo';
import type { ApplicationRecord } from '../../db/applications-repo';
import { getCloseout, pendingAdjustmentCount, type CloseoutRow, type RecoveryRow } from '../../db/closeout-repo';
import { listTranches, type TrancheRow } from '../../db/tranches-repo';
import { AppError } from '../app-error';
import { loadApplication } from '../applications/load';
import { moneyFacts } from '../budgets/facts';
import { evaluationFacts } from '../evaluations/facts';
import type { ServiceContext } from '../context';
import { rectificationFactsOf } from '../rectifications/facts';
import type { RectificationFacts } from '../../core/tranche-gates';
import { closeOutViolation } from './present';

/** A project as close-out judges it: its tranches, the money received, spent and recovered, and its close-out. */
export interface CloseOutProject {
  application: ApplicationRecord;
  agreement: AgreementView;
  tranches: TrancheRow[];
  recoveries: RecoveryRow[];
  money: MoneyFacts;
  matchingSpentFen: number;
  pendingAdjustments: number;
  closeout: CloseoutRow | null;
  /** The project's rectification items (整改): 整改已闭环 needs every one verified. */
  rectifications: RectificationFacts[];
  /** Finalized evaluations: the final one is a close-out item. */
  evaluations: EvaluationFacts[];
}

/** Only an approved application has an agreement, and so something to close. */
export function loadCloseOut(ctx: ServiceContext, applicationId: number, field = 'applicationId'): CloseOutProject {
  const application = loadApplication(ctx, applicationId, field);
  if (application.state !== 'approved')
    throw closeOutViolation([{ rule: 'closeOut.notApproved', params: { state: application.state } }], field);
  const agreement = getAgreementByApplication(ctx.db, application.id);
  if (!agreement) throw new AppError('NotFound', 'agreement.notFound', { id: application.code }, field);
  // The same loader as the budget tab and the posting rules, so close-out judges the balance they show.
  const facts = moneyFacts(ctx, agreement.id);
  return {
    application,
    agreement,
    tranches: listTranches(ctx.db, agreement.id),
    recoveries: facts.recoveries,
    money: {
      grantReceivedFen: facts.grantReceivedFen,
      grantSpentFen: facts.grantSpentFen,
      disallowedFen: facts.disallowedFen,
      recoveredFen: facts.recoveredFen,
    },
    matchingSpentFen: facts.matchingSpentFen,
    pendingAdjustments: pendingAdjustmentCount(ctx.db, agreement.id),
    closeout: getCloseout(ctx.db, agreement.id),
    rectifications: rectificationFactsOf(ctx.db, application.id),
    evaluations: evaluationFacts(ctx.db, agreement.id),
  };
}

/**
 * What the checklist reads. Expenditures and recoveries are posted as they are entered; a tranche prepared by
 * the maker is not posted until the checker releases it, so prepared tranches are unposted entries. So is a
 * budget adjustment still awaiting its decision: once the project is closed nobody could decide it. Rectification
 * items count (整改已闭环, not applicable without any), and the final evaluation (结项评估) is required.
 */
export function closeOutFacts(p: CloseOutProject): CloseOutFacts {
  return {
    ...p.money,
    tranches: p.tranches.map((t) => ({ seq: t.seq, state: t.state })),
    supervision: { rectifications: p.rectifications, evaluations: p.evaluations },
    unpostedCount: p.tranches.filter((t) => t.state === 'prepared').length + p.pendingAdjustments,
  };
}

export function balanceOf(p: CloseOutProject): ClosingBalance {
  return closingBalance({
    ...p.money,
    matchingCommittedFen: p.application.matchingFen,
    matchingSpentFen: p.matchingSpentFen,
  });
}
