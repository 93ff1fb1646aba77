import type { InspectionRow } from '@contract';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Tabs, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackTarget } from '../../app/backTo';
import { navigate, routeHash } from '../../app/router';
import { useSession } from '../../app/session';
import { DataTable } from '../../components/DataTable/DataTable';
import { gridColumnHelper, type GridColumn } from '../../components/DataTable/columns';
import { useListState } from '../../components/DataTable/useListState';
import { PageHeader } from '../../components/PageHeader';
import { NewInspectionDialog } from './NewInspectionDialog';
import { OverdueSummary, RectificationBoard } from './RectificationBoard';
import './supervision.css';

function useInspectionColumns(): GridColumn<InspectionRow>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const h = gridColumnHelper<InspectionRow>();
    return h.columns([
      h.accessor('date', { header: t('supervision.date'), meta: { label: t('supervision.date'), width: 110 } }),
      h.accessor('agreementNumber', {
        header: t('supervision.agreementNumber'),
        meta: { label: t('supervision.agreementNumber'), width: 160 },
        cell: (c) => <span className="mono">{c.getValue()}</span>,
      }),
      h.accessor('projectName', {
        header: t('supervision.project'),
        enableSorting: false,
        meta: { label: t('supervision.project'), width: 200 },
        cell: (c) => (
          <a href={routeHash({ name: 'inspection', id: c.row.original.id })} tabIndex={-1}>
            {c.getValue()}
          </a>
        ),
      }),
      h.accessor('organizationName', {
        header: t('supervision.organization'),
        enableSorting: false,
        meta: { label: t('supervision.organization'), width: 180 },
      }),
      h.accessor('kind', {
        header: t('supervision.kind'),
        meta: { label: t('supervision.kind'), width: 100 },
        cell: (c) => t(`supervision.kinds.${c.getValue() as InspectionRow['kind']}`),
      }),
      h.accessor('inspectors', {
        header: t('supervision.inspectors'),
        enableSorting: false,
        meta: { label: t('supervision.inspectors'), width: 150 },
      }),
      h.accessor('findingCount', {
        header: t('supervision.findingCount'),
        enableSorting: false,
        meta: { label: t('supervision.findingCount'), width: 110 },
        cell: (c) => (
          <span>
            {c.getValue()}
            {c.row.original.severeCount > 0 ? (
              <Tag color="red" style={{ marginInlineStart: 6 }}>
                {t('supervision.severeCount', { count: c.row.original.severeCount })}
              </Tag>
            ) : null}
          </span>
        ),
      }),
      h.accessor('signedOff', {
        header: t('supervision.status'),
        enableSorting: false,
        meta: { label: t('supervision.status'), width: 100 },
        cell: (c) =>
          c.getValue() ? (
            <Tag color="green">{t('supervision.signed')}</Tag>
          ) : (
            <Tag color="gold">{t('supervision.draft')}</Tag>
          ),
      }),
    ]);
  }, [t]);
}

type InspectionFilters = { kind: InspectionRow['kind'] | undefined; signedOff: boolean | undefined };

/** The inspection list, paged and sorted by main; a project tab passes its applicationId. */
export function InspectionList({ applicationId }: { applicationId?: number }) {
  const { t } = useTranslation();
  const list = useListState<InspectionFilters & { applicationId: number | undefined }>(
    applicationId ? `inspections.list.${applicationId}` : 'inspections.list',
    { filters: { kind: undefined, signedOff: undefined, applicationId }, sorting: [{ id: 'date', desc: true }] },
  );
  const columns = useInspectionColumns();
  return (
    <DataTable
      op="inspections.list"
      list={list}
      columns={columns}
      label={t('supervision.inspectionList')}
      tableKey="inspections.list"
      searchPlaceholder={t('supervision.searchInspections')}
      height={applicationId ? 320 : undefined}
      onOpen={(row) => navigate({ name: 'inspection', id: row.id })}
      filters={
        <>
          <Select
            aria-label={t('supervision.kind')}
            placeholder={t('supervision.kind')}
            allowClear
            style={{ width: 130 }}
            value={list.state.filters.kind}
            onChange={(v) => list.setFilter('kind', v)}
            options={(['field', 'special', 'finance', 'random'] as const).map((k) => ({
              value: k,
              label: t(`supervision.kinds.${k}`),
            }))}
          />
          <Select
            aria-label={t('supervision.status')}
            placeholder={t('supervision.status')}
            allowClear
            style={{ width: 120 }}
            value={list.state.filters.signedOff}
            onChange={(v) => list.setFilter('signedOff', v)}
            options={[
              { value: false, label: t('supervision.draft') },
              { value: true, label: t('supervision.signed') },
            ]}
          />
        </>
      }
    />
  );
}

/** #/supervision: 监督检查 — the inspections and the rectification board with its overdue counts. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [tab, setTab] = useState<'inspections' | 'board'>('inspections');
  const [creating, setCreating] = useState(false);
  useBackTarget({ name: 'supervision' });
  return (
    <>
      <PageHeader
        title={t('supervision.title')}
        extra={
          can('inspections.record') ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
              {t('supervision.newInspection')}
            </Button>
          ) : null
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as 'inspections' | 'board')}
        items={[
          { key: 'inspections', label: t('supervision.tabs.inspections'), children: <InspectionList /> },
          {
            key: 'board',
            label: t('supervision.tabs.board'),
            children: (
              <div className="supervision-stack">
                <OverdueSummary />
                <RectificationBoard />
              </div>
            ),
          },
        ]}
      />
      {creating ? <NewInspectionDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}
