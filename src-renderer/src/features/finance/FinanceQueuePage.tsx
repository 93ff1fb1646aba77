import type { ApplicationRow, ApplicationState } from '@contract';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { DataTable } from '../../components/DataTable/DataTable';
import { useListState } from '../../components/DataTable/useListState';
import { PageHeader } from '../../components/PageHeader';
import { useApplicationColumns } from '../applications/columns';

const STAGES = ['finance_review', 'finance_reviewed', 'in_notice'] as const satisfies readonly ApplicationState[];
type Stage = (typeof STAGES)[number];
const COLUMNS = [
  'code',
  'name',
  'organizationName',
  'programCode',
  'requestedFen',
  'meanScore',
  'state',
  'submittedAt',
] as const satisfies readonly (keyof ApplicationRow)[];

/**
 * 待财务审核: the applications waiting for finance — to review, to put on notice, or in notice (to approve
 * once it ends). Each opens on its detail page, where the review and approval happen.
 */
export function FinanceQueuePage() {
  const { t } = useTranslation();
  const list = useListState<{ state: Stage }>('finance', {
    filters: { state: 'finance_review' },
    sorting: [{ id: 'submittedAt', desc: false }],
  });
  const columns = useApplicationColumns(COLUMNS);
  return (
    <>
      <PageHeader title={t('finance.queueTitle')} />
      <DataTable
        op="applications.list"
        list={list}
        columns={columns}
        label={t('finance.gridLabel')}
        tableKey="finance"
        exportOp="exports.financeQueue"
        searchPlaceholder={t('applications.searchPlaceholder')}
        onOpen={(row) => navigate({ name: 'detail', area: 'applications', id: row.id })}
        filters={
          <Segmented<Stage>
            aria-label={t('finance.stage')}
            value={list.state.filters.state}
            onChange={(v) => list.setFilter('state', v)}
            options={STAGES.map((s) => ({ value: s, label: t(`finance.stages.${s}`) }))}
          />
        }
      />
    </>
  );
}
