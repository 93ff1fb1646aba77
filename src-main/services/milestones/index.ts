export { list } from './list';
export { plan } from './plan';
export { complete } from './complete';
export { verify } from './verify';
export { record } from './record';
export { milestoneActions } from './view';
export { ensureAgreementMilestones } from '../../db/milestones-repo';
