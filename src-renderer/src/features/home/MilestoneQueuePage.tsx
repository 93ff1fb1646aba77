import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBackTarget } from '../../app/backTo';
import { linkValue, useLinkQuery } from '../../app/linkQuery';
import { navigate } from '../../app/router';
import { DataTable } from '../../components/DataTable/DataTable';
import { useListState } from '../../components/DataTable/useListState';
import { PageHeader } from '../../components/PageHeader';
import { useMilestoneQueueColumns } from '../finance/worklistColumns';

/** #/milestones: unfinished milestones across open projects; a link from the home page asks for the overdue. */
export function MilestoneQueuePage() {
  const { t } = useTranslation();
  const linked = useLinkQuery((q) => {
    const overdue = linkValue.bool(q, 'overdue');
    return overdue === undefined ? null : { overdue };
  });
  const list = useListState<{ overdue: boolean | undefined }>('worklists.milestones', {
    filters: { overdue: true },
    sorting: [{ id: 'plannedDate', desc: false }],
    linked,
  });
  const columns = useMilestoneQueueColumns();
  useBackTarget({ name: 'milestones' });
  return (
    <>
      <PageHeader title={t('worklists.milestonesTitle')} />
      <DataTable
        op="worklists.milestones"
        exportOp="exports.milestones"
        list={list}
        columns={columns}
        label={t('worklists.milestonesLabel')}
        tableKey="worklists.milestones"
        searchPlaceholder={t('worklists.searchProject')}
        onOpen={(row) => navigate({ name: 'project', id: row.applicationId, tab: 'milestones' })}
        filters={
          <Checkbox
            checked={list.state.filters.overdue === true}
            onChange={(e) => list.setFilter('overdue', e.target.checked ? true : undefined)}
          >
            {t('worklists.overdueOnly')}
          </Checkbox>
        }
      />
    </>
  );
}
