/** The home page of each role and the cross-project worklists its counts open. */
export { checkChain } from './chain';
export { summary } from './summary';
export { adjustments, advances, milestones, notices, tranches } from './worklists';
