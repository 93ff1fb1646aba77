import { valueLabel } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import { isOverdue } from '../../core/rectification';
import { listFindings } from '../../db/findings-repo';
import { getInspection, listInspectors, projectInspectionIds } from '../../db/inspections-repo';
import { projectRectifications, rectificationVerification } from '../../db/rectifications-repo';
import type { EvaluationRow, InspectionRow, RectificationRow } from '../../reports/index';
import { getAgreementByApplication } from '../../db/agreements-repo';
import type { ServiceContext } from '../context';
import { projectEvaluations } from './load-evaluations';

export interface SupervisionRecords {
  inspections: InspectionRow[];
  rectifications: RectificationRow[];
  evaluations: EvaluationRow[];
}

function inspections(ctx: ServiceContext, applicationId: number): InspectionRow[] {
  const loc = ctx.locale ?? 'zh';
  return projectInspectionIds(ctx.db, applicationId).map((id) => {
    const i = getInspection(ctx.db, id)!;
    return {
      kind: valueLabel(`inspectionKind.${i.kind}`, loc),
      date: i.date,
      inspectors: listInspectors(ctx.db, id)
        .map((p) => (!p.unit ? p.name : loc === 'zh' ? `${p.name}（${p.unit}）` : `${p.name} (${p.unit})`))
        .join(loc === 'zh' ? '、' : ', '),
      findings: listFindings(ctx.db, id).map((f) => ({
        seq: f.seq,
        severity: valueLabel(`severity.${f.severity}`, loc),
        description: f.description,
      })),
      signedOffBy: i.signedOff?.by.displayName ?? null,
      signedOffAt: i.signedOff?.at ?? null,
    };
  });
}

function rectifications(ctx: ServiceContext, applicationId: number): RectificationRow[] {
  const loc = ctx.locale ?? 'zh';
  // Overdue is judged on the generation day, so verifying later reads the same label.
  const today = shanghaiDate(ctx.now);
  return projectRectifications(ctx.db, applicationId).map((r) => {
    const verified = rectificationVerification(ctx.db, r.id);
    const state = valueLabel(`rectificationState.${r.state}`, loc);
    return {
      seq: r.seq,
      severity: valueLabel(`severity.${r.severity}`, loc),
      requirement: r.requirement,
      owner: r.responsiblePerson,
      deadline: r.deadline,
      state: isOverdue(r, today) ? `${state}${loc === 'zh' ? '（已逾期）' : ' (overdue)'}` : state,
      verifiedBy: verified?.by.displayName ?? null,
      verifiedAt: verified?.at ?? null,
    };
  });
}

/**
 * Inspections (实地检查) and rectification items (整改) of a project, as the project audit report shows them,
 * read from their repositories; overdue is judged as of `ctx.now`, so a later verification recomputes the same
 * rows. Evaluations (中期/结项评估) come with every evaluator's points, the result and what it changed.
 */
export function loadSupervision(ctx: ServiceContext, applicationId: number): SupervisionRecords {
  const agreement = getAgreementByApplication(ctx.db, applicationId);
  return {
    inspections: inspections(ctx, applicationId),
    rectifications: rectifications(ctx, applicationId),
    evaluations: agreement ? projectEvaluations(ctx, agreement.id) : [],
  };
}
