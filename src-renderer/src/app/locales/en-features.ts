/**
 * The text of the screens behind sign-in, loaded with them (i18n.ts) so the sign-in screen loads only
 * en-core's text.
 */
import { enApplications } from './en-applications';
import { enCloseout } from './en-closeout';
import { enFinance } from './en-finance';
import { enLog } from './en-log';
import { enMilestones } from './en-milestones';
import { enProjects } from './en-projects';
import { enReview } from './en-review';
import { enAllocation } from './en-allocation';
import { enHome } from './en-home';
import { enDraws } from './en-draws';
import { enPacks } from './en-packs';
import { enIndicatorSystems } from './en-indicator-systems';
import { enSupervision } from './en-supervision';
import { enEvaluations } from './en-evaluations';
import { enReports } from './en-reports';

export const enFeatures = {
  ...enApplications,
  ...enReview,
  ...enLog,
  ...enProjects,
  ...enMilestones,
  ...enFinance,
  ...enCloseout,
  ...enAllocation,
  ...enHome,
  ...enDraws,
  ...enSupervision,
  ...enEvaluations,
  ...enReports,
  ...enPacks,
  ...enIndicatorSystems,
};
