import type { ExportOpName, OpInput } from '../contract/index';
import { FIXTURE_APPS } from './dispatch-applications';

/** Valid inputs for the view exports: each view's question as its grid sends it, with some of its columns. */
export function exportSamples() {
  const cols = (...ids: string[]) => ids.map((id) => ({ id, label: `列${id}` }));
  return {
    'exports.projects': {
      format: 'xlsx',
      search: '',
      filters: { state: 'approved' },
      sort: [{ id: 'code', desc: true }],
      columns: cols('agreementNumber', 'name', 'approvedFen', 'period'),
    },
    'exports.financeQueue': {
      format: 'csv',
      search: '',
      filters: { state: 'finance_review' },
      sort: [{ id: 'submittedAt', desc: false }],
      columns: cols('code', 'name', 'requestedFen', 'meanScore', 'state', 'submittedAt'),
    },
    'exports.ledger': {
      applicationId: FIXTURE_APPS.approved,
      format: 'xlsx',
      search: '',
      filters: { share: 'matching' },
      sort: [{ id: 'date', desc: true }],
      columns: cols('voucherNo', 'date', 'lineCode', 'share', 'amountFen', 'link'),
    },
    'exports.budgetExecution': {
      applicationId: FIXTURE_APPS.approved,
      format: 'xlsx',
      columns: cols(
        'line',
        'grant-original',
        'grant-current',
        'grant-actual',
        'grant-rate',
        'matching-actual',
        'total-actual',
      ),
    },
    'exports.tranches': {
      applicationId: FIXTURE_APPS.approved,
      format: 'csv',
      columns: cols('seq', 'percent', 'amountFen', 'condition', 'state', 'releasedAt'),
    },
    'exports.organizations': {
      format: 'csv',
      search: '',
      filters: {},
      sort: [{ id: 'name', desc: false }],
      columns: cols('name', 'creditCode', 'kind', 'registration', 'districtCode'),
    },
    'exports.users': {
      format: 'xlsx',
      search: '',
      filters: {},
      sort: [{ id: 'username', desc: false }],
      columns: cols('username', 'displayName', 'roles', 'status', 'lastSignInAt'),
    },
    'exports.fundPrograms': {
      format: 'xlsx',
      search: '',
      filters: {},
      sort: [{ id: 'year', desc: true }],
      columns: cols('code', 'name', 'source', 'totalAllocationFen', 'period'),
    },
    'exports.notices': {
      format: 'xlsx',
      search: '',
      filters: { ended: true },
      sort: [{ id: 'endDate', desc: false }],
      columns: cols('code', 'name', 'organizationName', 'reviewedFen', 'startDate', 'endDate', 'ended'),
    },
    'exports.trancheQueue': {
      format: 'csv',
      search: '',
      filters: { preparedByOthers: true },
      sort: [{ id: 'preparedAt', desc: false }],
      columns: cols('agreementNumber', 'projectName', 'seq', 'amountFen', 'preparedAt', 'preparedByViewer'),
    },
    'exports.adjustmentQueue': {
      format: 'xlsx',
      search: '',
      filters: { requestedByOthers: true },
      sort: [{ id: 'requestedAt', desc: false }],
      columns: cols('agreementNumber', 'projectName', 'reason', 'requestedBy', 'requestedAt', 'requestedByViewer'),
    },
    'exports.advances': {
      format: 'csv',
      search: '',
      filters: {},
      sort: [{ id: 'openFen', desc: true }],
      columns: cols('agreementNumber', 'projectName', 'grantSpentFen', 'grantReceivedFen', 'openFen'),
    },
    'exports.milestones': {
      format: 'xlsx',
      search: '',
      filters: { overdue: true },
      sort: [{ id: 'plannedDate', desc: false }],
      columns: cols('agreementNumber', 'projectName', 'name', 'plannedDate', 'overdue'),
    },
  } satisfies { [N in ExportOpName]: OpInput<N> };
}
