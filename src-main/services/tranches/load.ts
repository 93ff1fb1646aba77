import type { AgreementView } from '../../contract/index';
import type { EvaluationFacts, MilestoneFacts } from '../../core/tranche-gates';
import { getAgreementByApplication } from '../../db/agreements-repo';
import type { ApplicationRecord } from '../../db/applications-repo';
import { milestoneFacts } from '../../db/milestones-repo';
import { isProjectClosed } from '../../db/project-status-repo';
import {
  applicationOfTranche,
  listTrancheRecords,
  listTranches,
  type TrancheRecordRow,
  type TrancheRow,
} from '../../db/tranches-repo';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';
import { loadApplication } from '../applications/load';
import { rectificationFactsOf, type RectificationItemFacts } from '../rectifications/facts';
import { evaluationFacts } from '../evaluations/facts';
import { trancheViolation } from './present';

/** Everything one agreement's tranches are judged by: the plan, where each stands, and every posted record. */
export interface TranchePlan {
  application: ApplicationRecord;
  agreement: AgreementView;
  tranches: TrancheRow[];
  records: TrancheRecordRow[];
  /** The project's milestones (name, verified), for 'milestone_verified' tranches. */
  milestones: MilestoneFacts[];
  /** The project's rectification items (整改): an open 严重 one holds back every unreleased tranche. */
  rectifications: RectificationItemFacts[];
  /** The project's finalized evaluations, for 'midterm_passed' tranches. */
  evaluations: EvaluationFacts[];
  /** 结项: a closed project's tranches are read-only. */
  closed: boolean;
}

/** Only an approved application has an agreement, and only an agreement has tranches. */
export function loadPlan(ctx: ServiceContext, applicationId: number, field = 'applicationId'): TranchePlan {
  const application = loadApplication(ctx, applicationId, field);
  if (application.state !== 'approved')
    throw trancheViolation([{ rule: 'tranche.notApproved', params: { state: application.state } }], field);
  const agreement = getAgreementByApplication(ctx.db, application.id);
  if (!agreement) throw new AppError('NotFound', 'agreement.notFound', { id: application.code }, field);
  return {
    application,
    agreement,
    tranches: listTranches(ctx.db, agreement.id),
    records: listTrancheRecords(ctx.db, agreement.id),
    milestones: milestoneFacts(ctx.db, agreement.id),
    rectifications: rectificationFactsOf(ctx.db, application.id),
    evaluations: evaluationFacts(ctx.db, agreement.id),
    closed: isProjectClosed(ctx.db, agreement.id),
  };
}

export function loadTranche(ctx: ServiceContext, trancheId: number): { plan: TranchePlan; tranche: TrancheRow } {
  const applicationId = applicationOfTranche(ctx.db, trancheId);
  if (applicationId === null) throw new AppError('NotFound', 'tranche.notFound', { id: trancheId }, 'trancheId');
  const plan = loadPlan(ctx, applicationId, 'trancheId');
  // Every tranche mutation starts here, and a closed project (结项) is read-only.
  if (plan.closed)
    throw trancheViolation(
      [{ rule: 'tranche.projectClosed', params: { project: plan.agreement.agreementNumber } }],
      'trancheId',
    );
  return { plan, tranche: plan.tranches.find((t) => t.id === trancheId)! };
}
