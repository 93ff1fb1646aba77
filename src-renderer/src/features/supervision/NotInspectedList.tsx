import type { NotInspectedRow } from '@contract';
import { districtName } from '@contract';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHash } from '../../app/router';
import { DataTable } from '../../components/DataTable/DataTable';
import { gridColumnHelper, type GridColumn } from '../../components/DataTable/columns';
import { useListState } from '../../components/DataTable/useListState';
import { RemoteSelect } from '../../components/RemoteSelect';
import { Select } from 'antd';

function useColumns(): GridColumn<NotInspectedRow>[] {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const h = gridColumnHelper<NotInspectedRow>();
    const locale = i18n.language === 'en' ? 'en' : 'zh';
    return h.columns([
      h.accessor('agreementNumber', {
        header: t('supervision.agreementNumber'),
        meta: { label: t('supervision.agreementNumber'), width: 160 },
        cell: (c) => <span className="mono">{c.getValue()}</span>,
      }),
      h.accessor('projectName', {
        header: t('supervision.project'),
        enableSorting: false,
        meta: { label: t('supervision.project'), width: 220 },
        cell: (c) => (
          <a href={routeHash({ name: 'project', id: c.row.original.applicationId, tab: 'inspections' })} tabIndex={-1}>
            {c.getValue()}
          </a>
        ),
      }),
      h.accessor('organizationName', {
        header: t('supervision.organization'),
        enableSorting: false,
        meta: { label: t('supervision.organization'), width: 200 },
      }),
      h.accessor('districtCode', {
        header: t('supervision.dash.district'),
        enableSorting: false,
        meta: { label: t('supervision.dash.district'), width: 100 },
        cell: (c) => districtName(c.getValue(), locale) ?? c.getValue(),
      }),
      h.accessor('programName', {
        header: t('supervision.dash.program'),
        enableSorting: false,
        meta: { label: t('supervision.dash.program'), width: 220 },
      }),
      h.accessor('periodEnd', {
        header: t('supervision.dash.period'),
        meta: { label: t('supervision.dash.period'), width: 190 },
        cell: (c) => `${c.row.original.periodStart} — ${c.getValue()}`,
      }),
      h.accessor('lastInspected', {
        header: t('supervision.dash.lastInspected'),
        meta: { label: t('supervision.dash.lastInspected'), width: 120 },
        cell: (c) => c.getValue() ?? t('supervision.dash.never'),
      }),
    ]);
  }, [t, i18n.language]);
}

type Filters = { year: number; fundProgramId: number | undefined };

/** 未检查项目: the projects running in a year that no inspection has visited in it. */
export function NotInspectedList({
  linked,
  years,
  defaultYear,
}: {
  linked: Partial<Filters> | null;
  years: readonly number[];
  defaultYear: number;
}) {
  const { t } = useTranslation();
  const list = useListState<Filters>('supervision.notInspected', {
    filters: { year: defaultYear, fundProgramId: undefined },
    sorting: [],
    linked,
  });
  const columns = useColumns();
  const { filters } = list.state;
  return (
    <DataTable
      op="supervision.notInspected"
      list={list}
      columns={columns}
      label={t('supervision.dash.notInspectedList')}
      tableKey="supervision.notInspected"
      searchPlaceholder={t('supervision.searchInspections')}
      onOpen={(row) => navigate({ name: 'project', id: row.applicationId, tab: 'inspections' })}
      filters={
        <>
          <Select
            aria-label={t('supervision.dash.year')}
            style={{ width: 110 }}
            value={filters.year}
            onChange={(v: number) => list.setFilter('year', v)}
            options={(years.includes(filters.year) ? years : [filters.year, ...years]).map((y) => ({
              value: y,
              label: t('supervision.dash.yearOption', { year: y }),
            }))}
          />
          <RemoteSelect
            op="fundPrograms.list"
            aria-label={t('supervision.dash.program')}
            placeholder={t('projects.allPrograms')}
            allowClear
            style={{ width: 240 }}
            toOption={(p) => ({ value: p.id, label: `${p.code} ${p.name}` })}
            value={filters.fundProgramId}
            onChange={(v) => list.setFilter('fundProgramId', v)}
          />
        </>
      }
    />
  );
}
