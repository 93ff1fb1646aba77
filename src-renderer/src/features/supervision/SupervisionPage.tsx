import type { InspectionRow } from '@contract';
import { PlusOutlined } from '@ant-design/icons';
import { districtName } from '@contract';
import { Button, Checkbox, Select, Tabs, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackTarget } from '../../app/backTo';
import { useOp } from '../../api/hooks';
import { linkValue, useLinkQuery } from '../../app/linkQuery';
import { navigate, routeHash } from '../../app/router';
import { useSession } from '../../app/session';
import { DataTable } from '../../components/DataTable/DataTable';
import { gridColumnHelper, type GridColumn } from '../../components/DataTable/columns';
import { useListState } from '../../components/DataTable/useListState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { SupervisionOverview, type SupervisionLink } from './Dashboard';
import { NotInspectedList } from './NotInspectedList';
import { NewInspectionDialog } from './NewInspectionDialog';
import { RectificationBoard, type BoardFilters } from './RectificationBoard';
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
export function InspectionList({ applicationId, organizationId }: { applicationId?: number; organizationId?: number }) {
  const { t } = useTranslation();
  const list = useListState<
    InspectionFilters & { applicationId: number | undefined; organizationId: number | undefined }
  >(
    applicationId
      ? `inspections.list.${applicationId}`
      : organizationId
        ? `inspections.list.org.${organizationId}`
        : 'inspections.list',
    {
      filters: { kind: undefined, signedOff: undefined, applicationId, organizationId },
      sorting: [{ id: 'date', desc: true }],
    },
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
      height={applicationId || organizationId ? 320 : undefined}
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

type Tab = 'overview' | 'inspections' | 'board' | 'uninspected';
const TABS: readonly Tab[] = ['overview', 'inspections', 'board', 'uninspected'];

/** A link's tab and filters (#/supervision?tab=board&overdue=true&districtCode=500103). */
function parseLink(q: URLSearchParams): SupervisionLink | { tab: Tab } | null {
  const tab = linkValue.oneOf(q, 'tab', TABS);
  if (!tab) return null;
  const id = (key: string) => (/^[1-9]\d{0,9}$/.test(q.get(key) ?? '') ? Number(q.get(key)) : undefined);
  if (tab === 'board' && linkValue.bool(q, 'overdue') === true) {
    const districtCode = /^\d{6}$/.test(q.get('districtCode') ?? '') ? q.get('districtCode')! : undefined;
    return { tab, overdue: true, districtCode, organizationId: id('organizationId') };
  }
  const year = id('year');
  if (tab === 'uninspected' && year !== undefined) return { tab, year, fundProgramId: id('fundProgramId') };
  return { tab };
}

/** #/supervision: 监督检查 — the overview, the inspections, the rectification board and the projects not inspected. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const linked = useLinkQuery(parseLink);
  const [tab, setTab] = useState<Tab>(linked?.tab ?? 'overview');
  const [board, setBoard] = useState<BoardFilters>(linked && 'overdue' in linked ? linked : {});
  const [uninspected, setUninspected] = useState<{ year: number; fundProgramId?: number } | null>(
    linked && 'year' in linked ? linked : null,
  );
  // A number clicked on the overview remounts the list it opens, so the list starts from exactly that question.
  const [opened, setOpened] = useState(0);
  const [creating, setCreating] = useState(false);
  const dash = useOp('supervision.dashboard', { year: null });
  useBackTarget({ name: 'supervision' });
  const open = (l: SupervisionLink | { tab: Tab }) => {
    if ('overdue' in l) setBoard(l);
    if ('year' in l) setUninspected({ year: l.year, fundProgramId: l.fundProgramId });
    setOpened((n) => n + 1);
    setTab(l.tab);
  };
  // A link to this page followed while it is open (the route stays the same, so the page does not remount).
  useEffect(() => {
    const onHash = () => {
      const hash = window.location.hash;
      const at = hash.indexOf('?');
      if (at < 0 || !hash.startsWith('#/supervision?')) return;
      const l = parseLink(new URLSearchParams(hash.slice(at + 1)));
      window.history.replaceState(window.history.state, '', hash.slice(0, at));
      if (l) open(l);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  });
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
        onChange={(k) => setTab(k as Tab)}
        items={[
          { key: 'overview', label: t('supervision.tabs.overview'), children: <SupervisionOverview onOpen={open} /> },
          { key: 'inspections', label: t('supervision.tabs.inspections'), children: <InspectionList /> },
          {
            key: 'board',
            label: t('supervision.tabs.board'),
            children: (
              <div className="supervision-stack">
                <BoardFilterBar filters={board} onChange={setBoard} />
                <RectificationBoard filters={board} />
              </div>
            ),
          },
          {
            key: 'uninspected',
            label: t('supervision.tabs.uninspected'),
            children: dash.data ? (
              <NotInspectedList
                key={opened}
                years={dash.data.years}
                defaultYear={dash.data.year}
                linked={uninspected}
              />
            ) : (
              <QueryState pending={dash.isPending} error={dash.error} />
            ),
          },
        ]}
      />
      {creating ? <NewInspectionDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}

/** The board's narrowing: overdue only, and the district or organization a number of the overview chose. */
function BoardFilterBar({ filters, onChange }: { filters: BoardFilters; onChange: (f: BoardFilters) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh';
  const narrowed = filters.overdue || filters.districtCode || filters.organizationId;
  return (
    <div className="board-filters" role="group" aria-label={t('supervision.boardLabel')}>
      <Checkbox
        checked={filters.overdue === true}
        onChange={(e) => onChange({ ...filters, overdue: e.target.checked || undefined })}
      >
        {t('supervision.boardFilters.overdueOnly')}
      </Checkbox>
      {filters.districtCode ? (
        <Tag closable onClose={() => onChange({ ...filters, districtCode: undefined })}>
          {t('supervision.boardFilters.district', {
            name: districtName(filters.districtCode, locale) ?? filters.districtCode,
          })}
        </Tag>
      ) : null}
      {filters.organizationId ? (
        <Tag closable onClose={() => onChange({ ...filters, organizationId: undefined, organizationName: undefined })}>
          {t('supervision.boardFilters.organization', { name: filters.organizationName ?? filters.organizationId })}
        </Tag>
      ) : null}
      {narrowed ? (
        <Button size="small" type="link" onClick={() => onChange({})}>
          {t('supervision.boardFilters.clear')}
        </Button>
      ) : null}
    </div>
  );
}
