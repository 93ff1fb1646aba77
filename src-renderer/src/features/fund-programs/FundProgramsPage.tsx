import type { FundProgramRow, FundSource } from '@contract';
import { FUND_SOURCES, formatFen } from '@contract';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHash } from '../../app/router';
import { useSession } from '../../app/session';
import { gridColumnHelper } from '../../components/DataTable/columns';
import { DataTable } from '../../components/DataTable/DataTable';
import { useListState } from '../../components/DataTable/useListState';
import { formatPeriod } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { DisclosureReport } from '../reports/DisclosureReport';

const helper = gridColumnHelper<FundProgramRow>();

/** Widths per language: the English fund-source labels run longer than the Chinese ones. */
const WIDTHS = {
  zh: { code: 130, name: 340, source: 170, year: 80, total: 170, period: 210 },
  en: { code: 130, name: 250, source: 250, year: 80, total: 170, period: 230 },
};

/** Years offered by the filter: from the first year the bureau kept records to next year. */
function yearOptions(): number[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - 2010 + 1 }, (_, i) => last - i);
}

export function FundProgramsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const list = useListState<{ source: FundSource | undefined; year: number | undefined }>('fundPrograms', {
    filters: { source: undefined, year: undefined },
    sorting: [{ id: 'year', desc: true }],
  });

  const columns = useMemo(() => {
    const w = i18n.language === 'en' ? WIDTHS.en : WIDTHS.zh;
    return helper.columns([
      helper.accessor('code', {
        header: t('fundPrograms.code'),
        meta: { label: t('fundPrograms.code'), width: w.code },
      }),
      helper.accessor('name', {
        header: t('fundPrograms.name'),
        enableHiding: false,
        meta: { label: t('fundPrograms.name'), width: w.name },
        cell: (c) => (
          <a href={routeHash({ name: 'detail', area: 'fundPrograms', id: c.row.original.id })} tabIndex={-1}>
            {c.getValue()}
          </a>
        ),
      }),
      helper.accessor('source', {
        header: t('fundPrograms.source'),
        meta: { label: t('fundPrograms.source'), width: w.source },
        cell: (c) => t(`sources.${c.getValue()}`),
      }),
      helper.accessor('year', {
        header: t('fundPrograms.year'),
        meta: { label: t('fundPrograms.year'), width: w.year, align: 'center' },
      }),
      helper.accessor('totalAllocationFen', {
        header: t('fundPrograms.totalHeader'),
        meta: { label: t('fundPrograms.total'), header: t('fundPrograms.totalHeader'), width: w.total, amount: true },
        cell: (c) => formatFen(c.getValue()),
      }),
      helper.accessor((row) => formatPeriod(row.applicationStart, row.applicationEnd, t('common.to')), {
        id: 'period',
        header: t('fundPrograms.period'),
        enableSorting: false,
        meta: { label: t('fundPrograms.period'), width: w.period },
      }),
    ]);
  }, [t, i18n.language]);

  const { filters } = list.state;
  return (
    <>
      <PageHeader title={t('fundPrograms.title')} extra={<DisclosureReport />} />
      <DataTable
        op="fundPrograms.list"
        list={list}
        columns={columns}
        label={t('fundPrograms.gridLabel')}
        tableKey="fundPrograms"
        exportOp="exports.fundPrograms"
        searchPlaceholder={t('fundPrograms.searchPlaceholder')}
        onOpen={(row) => navigate({ name: 'detail', area: 'fundPrograms', id: row.id })}
        filters={
          <>
            <Select
              aria-label={t('fundPrograms.filterSource')}
              placeholder={t('fundPrograms.allSources')}
              allowClear
              style={{ width: 190 }}
              value={filters.source}
              onChange={(v?: FundSource) => list.setFilter('source', v)}
              options={FUND_SOURCES.map((s) => ({ value: s, label: t(`sources.${s}`) }))}
            />
            <Select
              aria-label={t('fundPrograms.filterYear')}
              placeholder={t('fundPrograms.allYears')}
              allowClear
              style={{ width: 120 }}
              value={filters.year}
              onChange={(v?: number) => list.setFilter('year', v)}
              options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
            />
          </>
        }
        actions={
          can('fundPrograms.manage') ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => navigate({ name: 'new', area: 'fundPrograms' })}
            >
              {t('fundPrograms.create')}
            </Button>
          ) : null
        }
      />
    </>
  );
}
