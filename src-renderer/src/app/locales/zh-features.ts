/**
 * The text of the screens behind sign-in, loaded with them (i18n.ts) so the sign-in screen loads only
 * zh-core's text.
 */
import { zhApplications } from './zh-applications';
import { zhCloseout } from './zh-closeout';
import { zhFinance } from './zh-finance';
import { zhLog } from './zh-log';
import { zhMilestones } from './zh-milestones';
import { zhProjects } from './zh-projects';
import { zhReview } from './zh-review';
import { zhAllocation } from './zh-allocation';
import { zhHome } from './zh-home';
import { zhDraws } from './zh-draws';
import { zhPacks } from './zh-packs';
import { zhIndicatorSystems } from './zh-indicator-systems';
import { zhSupervision } from './zh-supervision';
import { zhEvaluations } from './zh-evaluations';
import { zhReports } from './zh-reports';

export const zhFeatures = {
  ...zhApplications,
  ...zhReview,
  ...zhLog,
  ...zhProjects,
  ...zhMilestones,
  ...zhFinance,
  ...zhCloseout,
  ...zhAllocation,
  ...zhHome,
  ...zhDraws,
  ...zhSupervision,
  ...zhEvaluations,
  ...zhReports,
  ...zhPacks,
  ...zhIndicatorSystems,
};
