import { useOp } from '../../api/hooks';

/**
 * The project behind a finance page: the approved application with its agreement, the tranche plan (for the
 * released amount) and the program's name. The application is the same cache entry the project list's
 * 项目编号 cells and the application detail read, so opening a project from either is immediate.
 */
export function useProject(applicationId: number) {
  const application = useOp('applications.get', { id: applicationId });
  const a = application.data;
  const isProject = a?.agreement != null;
  const plan = useOp('tranches.list', { applicationId }, { enabled: isProject });
  const program = useOp('fundPrograms.get', { id: a?.fundProgramId ?? 1 }, { enabled: a !== undefined });
  return { application, plan, program, isProject };
}
