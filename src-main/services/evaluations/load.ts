import type { AgreementView } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import { decimal, decimalText } from '../../core/decimal';
import { getAgreementByApplication } from '../../db/agreements-repo';
import type { ApplicationRecord } from '../../db/applications-repo';
import { getEvaluation, type EvaluationRow } from '../../db/evaluations-repo';
import { isProjectClosed } from '../../db/project-status-repo';
import { AppError } from '../app-error';
import { loadApplication } from '../applications/load';
import type { ServiceContext } from '../context';
import { throwIfAnyEvaluation } from './present';

/** A project that can be evaluated: approved, with its agreement, and whether it is closed (结项). */
export interface EvaluatedProject {
  application: ApplicationRecord;
  agreement: AgreementView;
  closed: boolean;
}

export function loadEvaluatedProject(ctx: ServiceContext, applicationId: number, field = 'applicationId') {
  const application = loadApplication(ctx, applicationId, field);
  if (application.state !== 'approved')
    throwIfAnyEvaluation([{ rule: 'evaluation.notApproved', params: { state: application.state } }], field);
  const agreement = getAgreementByApplication(ctx.db, application.id);
  if (!agreement) throw new AppError('NotFound', 'agreement.notFound', { id: application.code }, field);
  return { application, agreement, closed: isProjectClosed(ctx.db, agreement.id) } satisfies EvaluatedProject;
}

export function loadEvaluation(ctx: ServiceContext, id: number, field = 'evaluationId'): EvaluationRow {
  const e = getEvaluation(ctx.db, id);
  if (!e) throw new AppError('NotFound', 'evaluation.notFound', { id }, field);
  return e;
}

export function scoreText(centi: number | null): string | null {
  return centi === null ? null : decimalText(decimal(centi, 2));
}

/** A finalized evaluation never changes: every write to it is refused naming its result. */
export function refuseIfFinalized(e: EvaluationRow, field = 'evaluationId'): void {
  if (e.state === 'finalized')
    throwIfAnyEvaluation(
      [
        {
          rule: 'evaluation.finalized',
          params: { date: shanghaiDate(new Date(e.finalizedAt!)), score: scoreText(e.scoreCenti)!, grade: e.grade! },
        },
      ],
      field,
    );
}
