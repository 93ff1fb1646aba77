import type { AgreementView, ApplicationDetail } from '@contract';
import type { ProjectTab } from '../../app/router';

/**
 * What every tab of the finance page receives. Each tab fetches its own data by `applicationId` (ops address
 * projects by their application, like tranches.list), so a tab can be built without touching the page.
 */
export interface ProjectTabProps {
  applicationId: number;
  /** The approved application (organization, program, budget lines as approved, indicators). */
  application: ApplicationDetail;
  /** Its agreement: 项目编号, period, approved amount, signing date and tranche plan. */
  agreement: AgreementView;
}

/** The tab a bare #/projects/:id opens on: the tranche timeline, the first tab whose backend is done. */
export const DEFAULT_PROJECT_TAB: ProjectTab = 'tranches';
