import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { DataTable } from '../../components/DataTable/DataTable';
import { useListState } from '../../components/DataTable/useListState';
import {
  useAdjustmentQueueColumns,
  useAdvanceColumns,
  useNoticeColumns,
  useTrancheQueueColumns,
} from './worklistColumns';

/**
 * The finance worklists that are not plain application lists. Each opens its record where the work is done
 * (the application for 立项, the project's tranches, budget or ledger tab). Their default filters are the
 * ones the home page counts with.
 */

export function NoticeQueue({ ended, label }: { ended: boolean; label: string }) {
  const { t } = useTranslation();
  const list = useListState<{ ended: boolean }>(ended ? 'finance.noticeEnded' : 'finance.noticeRunning', {
    filters: { ended },
    sorting: [{ id: 'endDate', desc: false }],
  });
  const columns = useNoticeColumns();
  return (
    <DataTable
      op="worklists.notices"
      exportOp="exports.notices"
      list={list}
      columns={columns}
      label={label}
      tableKey="worklists.notices"
      searchPlaceholder={t('applications.searchPlaceholder')}
      onOpen={(row) => navigate({ name: 'detail', area: 'applications', id: row.id })}
    />
  );
}

export function TrancheQueue({ label, linked }: { label: string; linked: boolean }) {
  const { t } = useTranslation();
  const list = useListState<{ preparedByOthers: boolean | undefined }>('finance.tranches', {
    filters: { preparedByOthers: true },
    sorting: [{ id: 'preparedAt', desc: false }],
    linked: linked ? { preparedByOthers: true } : null,
  });
  const columns = useTrancheQueueColumns();
  return (
    <DataTable
      op="worklists.tranches"
      exportOp="exports.trancheQueue"
      list={list}
      columns={columns}
      label={label}
      tableKey="worklists.tranches"
      searchPlaceholder={t('worklists.searchProject')}
      onOpen={(row) => navigate({ name: 'project', id: row.applicationId, tab: 'tranches' })}
      filters={
        <Checkbox
          checked={list.state.filters.preparedByOthers === true}
          onChange={(e) => list.setFilter('preparedByOthers', e.target.checked ? true : undefined)}
        >
          {t('worklists.preparedByOthers')}
        </Checkbox>
      }
    />
  );
}

export function AdjustmentQueue({ label, linked }: { label: string; linked: boolean }) {
  const { t } = useTranslation();
  const list = useListState<{ requestedByOthers: boolean | undefined }>('finance.adjustments', {
    filters: { requestedByOthers: true },
    sorting: [{ id: 'requestedAt', desc: false }],
    linked: linked ? { requestedByOthers: true } : null,
  });
  const columns = useAdjustmentQueueColumns();
  return (
    <DataTable
      op="worklists.adjustments"
      exportOp="exports.adjustmentQueue"
      list={list}
      columns={columns}
      label={label}
      tableKey="worklists.adjustments"
      searchPlaceholder={t('worklists.searchProject')}
      onOpen={(row) => navigate({ name: 'project', id: row.applicationId, tab: 'budget' })}
      filters={
        <Checkbox
          checked={list.state.filters.requestedByOthers === true}
          onChange={(e) => list.setFilter('requestedByOthers', e.target.checked ? true : undefined)}
        >
          {t('worklists.requestedByOthers')}
        </Checkbox>
      }
    />
  );
}

export function AdvanceQueue({ label }: { label: string }) {
  const { t } = useTranslation();
  const list = useListState<Record<string, never>>('finance.advances', {
    filters: {},
    sorting: [{ id: 'openFen', desc: true }],
  });
  const columns = useAdvanceColumns();
  return (
    <DataTable
      op="worklists.advances"
      exportOp="exports.advances"
      list={list}
      columns={columns}
      label={label}
      tableKey="worklists.advances"
      searchPlaceholder={t('worklists.searchProject')}
      onOpen={(row) => navigate({ name: 'project', id: row.applicationId, tab: 'ledger' })}
    />
  );
}
