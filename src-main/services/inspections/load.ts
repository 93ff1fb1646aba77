import type { Violation } from '../../core/violations';
import { getInspection, listInspectors, type InspectionRecord } from '../../db/inspections-repo';
import { AppError, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import { deleteSignatures, listSignatures } from '../../db/inspection-signatures-repo';
import type { ServiceContext } from '../context';
import { loadProject, type Project } from '../milestones/load';

/** An inspection with the project it belongs to. */
export interface LoadedInspection {
  inspection: InspectionRecord;
  project: Project;
}

/** Inspections are of approved projects (an agreement exists); the field names where a refusal belongs. */
export function loadInspectionProject(ctx: ServiceContext, applicationId: number, field = 'applicationId'): Project {
  try {
    return loadProject(ctx, applicationId, field);
  } catch (e) {
    // The milestone loader names its own area; an inspection of an unapproved application says so in its words.
    if (e instanceof AppError && e.rule === 'milestone.notApproved')
      throw new AppError(e.kind, 'inspection.notApproved', e.params, field);
    throw e;
  }
}

export function loadInspection(ctx: ServiceContext, inspectionId: number, field = 'inspectionId'): LoadedInspection {
  const inspection = getInspection(ctx.db, inspectionId);
  if (!inspection) throw new AppError('NotFound', 'inspection.notFound', { id: inspectionId }, field);
  return { inspection, project: loadInspectionProject(ctx, inspection.applicationId, field) };
}

/** What editing a draft needs: the project open, the inspection not signed off, the caller one of its inspectors. */
export function draftViolations(ctx: ServiceContext, l: LoadedInspection): Violation[] {
  const user = requireUser(ctx);
  const out: Violation[] = [];
  if (l.project.closed)
    out.push({ rule: 'inspection.projectClosed', params: { project: l.project.agreement.agreementNumber } });
  if (l.inspection.signedOff)
    out.push({ rule: 'inspection.signedOff', params: { date: l.inspection.signedOff.at.slice(0, 10) } });
  if (!isInspector(ctx, l.inspection.id, user.id))
    out.push({ rule: 'inspection.notInspector', params: { user: user.displayName } });
  return out;
}

export function refuseUnlessDraft(ctx: ServiceContext, l: LoadedInspection, field = 'inspectionId'): void {
  throwIfAny(draftViolations(ctx, l).slice(0, 1), field);
}

/**
 * A change to a draft: refused unless the caller may edit it, and any signatures already given are withdrawn,
 * since they were given to the record as it was.
 */
export function beginDraftChange(ctx: ServiceContext, l: LoadedInspection, field = 'inspectionId'): void {
  refuseUnlessDraft(ctx, l, field);
  const given = listSignatures(ctx.db, l.inspection.id);
  if (given.length === 0) return;
  const names = new Map(listInspectors(ctx.db, l.inspection.id).map((i) => [i.seq, i.name]));
  deleteSignatures(ctx.db, l.inspection.id);
  recordChange(
    ctx,
    'inspection',
    l.inspection.id,
    { signatures: given.map((g) => names.get(g.inspectorSeq) ?? g.recordedBy.displayName).join('、') },
    { signatures: '' },
  );
}

export function isInspector(ctx: ServiceContext, inspectionId: number, userId: number): boolean {
  return listInspectors(ctx.db, inspectionId).some((i) => i.user?.id === userId);
}
