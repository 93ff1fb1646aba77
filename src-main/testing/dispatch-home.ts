import type { OpInput } from '../contract/index';

/** Valid inputs for the home page and worklist ops. */
export function homeSamples() {
  return {
    'home.summary': {},
    'home.checkChain': {},
    'worklists.notices': { pageSize: 20, sort: [{ id: 'endDate', desc: false }], search: '', filters: { ended: true } },
    'worklists.tranches': { sort: [{ id: 'preparedAt', desc: false }], filters: { preparedByOthers: true } },
    'worklists.adjustments': { sort: [{ id: 'requestedAt', desc: true }], filters: { requestedByOthers: true } },
    'worklists.advances': { sort: [{ id: 'openFen', desc: true }] },
    'worklists.milestones': { search: '渝民发', filters: { overdue: true } },
  } satisfies { [N in HomeOp]: OpInput<N> };
}

type HomeOp =
  | 'home.summary'
  | 'home.checkChain'
  | 'worklists.notices'
  | 'worklists.tranches'
  | 'worklists.adjustments'
  | 'worklists.advances'
  | 'worklists.milestones';
