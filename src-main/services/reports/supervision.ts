import type { EvaluationRow, InspectionRow, RectificationRow } from '../../reports/index';
import type { ServiceContext } from '../context';

export interface SupervisionRecords {
  inspections: InspectionRow[];
  rectifications: RectificationRow[];
  evaluations: EvaluationRow[];
}

/**
 * Inspections (实地检查), rectification items (整改) and evaluations (中期/结项评估) of a project, as the
 * project audit report shows them. Supervision is not recorded yet, so every list is empty and the report says
 * 无检查记录 / 无整改事项 / 无评估记录; once it is, read its repositories here (as of `ctx.now`, so a later
 * verification recomputes the same rows) and nothing else in the report changes.
 */
export function loadSupervision(_ctx: ServiceContext, _applicationId: number): SupervisionRecords {
  return { inspections: [], rectifications: [], evaluations: [] };
}
