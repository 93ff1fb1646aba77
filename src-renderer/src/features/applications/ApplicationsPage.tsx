import type { ApplicationState, ServiceArea } from '@contract';
import { APPLICATION_STATES, SERVICE_AREAS } from '@contract';
import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n';
import { linkValue, useLinkQuery } from '../../app/linkQuery';
import { registerFirstQuestion } from '../../app/askAhead';
import { navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { askFirstPage } from '../../components/DataTable/askFirstPage';
import { DataTable } from '../../components/DataTable/DataTable';
import { savedQuery } from '../../components/DataTable/listQuery';
import { openingListState, useListState } from '../../components/DataTable/useListState';
import { PageHeader } from '../../components/PageHeader';
import { RemoteSelect } from '../../components/RemoteSelect';
import { SavedFilters } from '../../components/SavedFilters';
import { districtOptions } from '../organizations/labels';
import { useApplicationColumns } from './columns';
import { ExportMenu, useTemplateDownload } from './ExportMenu';
import { ImportDialog } from './ImportDialog';
import { serviceAreaName, yearOptions } from './labels';

interface Filters {
  state: ApplicationState | undefined;
  fundProgramId: number | undefined;
  districtCode: string | undefined;
  serviceArea: ServiceArea | undefined;
  year: number | undefined;
  [key: string]: string | number | undefined;
}

const NO_FILTERS: Filters = {
  state: undefined,
  fundProgramId: undefined,
  districtCode: undefined,
  serviceArea: undefined,
  year: undefined,
};

const OPENING = { filters: NO_FILTERS, sorting: [{ id: 'code', desc: true }] };

registerFirstQuestion('applications', (client) =>
  askFirstPage(client, 'applications.list', openingListState('applications', OPENING)),
);

/** 申报项目: the list with filters, saved filters, import, export and the template. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { can } = useSession();
  const linked = useLinkQuery((q) => {
    const state = linkValue.oneOf(q, 'state', APPLICATION_STATES);
    return state ? { state } : null;
  });
  const list = useListState<Filters>('applications', { ...OPENING, linked });
  const columns = useApplicationColumns();
  const [importing, setImporting] = useState(false);
  const template = useTemplateDownload();
  const { filters } = list.state;

  const select = <K extends keyof Filters & string>(
    key: K,
    label: string,
    all: string,
    options: { value: string | number; label: string }[],
    width: number,
  ) => (
    <Select
      aria-label={label}
      placeholder={all}
      allowClear
      showSearch={options.length > 10 ? { optionFilterProp: 'label' } : undefined}
      style={{ width }}
      value={filters[key]}
      onChange={(v?: Filters[K]) => list.setFilter(key, v as Filters[K])}
      options={options}
    />
  );

  return (
    <>
      <PageHeader
        title={t('applications.title')}
        extra={
          <>
            {can('applications.edit') ? (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden="true" />}
                onClick={() => navigate({ name: 'new', area: 'applications' })}
              >
                {t('applications.create')}
              </Button>
            ) : null}
            {can('applications.import') ? (
              <Button icon={<ImportOutlined aria-hidden="true" />} onClick={() => setImporting(true)}>
                {t('applications.import')}
              </Button>
            ) : null}
            {can('applications.export') ? <ExportMenu state={list.state} /> : null}
            <Button icon={<DownloadOutlined aria-hidden="true" />} loading={template.pending} onClick={template.run}>
              {t('applications.template')}
            </Button>
          </>
        }
      />
      <DataTable
        op="applications.list"
        list={list}
        columns={columns}
        label={t('applications.gridLabel')}
        tableKey="applications"
        searchPlaceholder={t('applications.searchPlaceholder')}
        onOpen={(row) => navigate({ name: 'detail', area: 'applications', id: row.id })}
        filters={
          <>
            {select(
              'state',
              t('applications.filterState'),
              t('applications.allStates'),
              APPLICATION_STATES.map((s) => ({ value: s, label: t(`appStates.${s}`) })),
              140,
            )}
            <RemoteSelect
              op="fundPrograms.list"
              aria-label={t('applications.filterProgram')}
              placeholder={t('applications.allPrograms')}
              allowClear
              style={{ width: 200 }}
              toOption={(p) => ({ value: p.id, label: `${p.code} ${p.name}` })}
              value={filters.fundProgramId}
              onChange={(v) => list.setFilter('fundProgramId', v)}
            />
            {select(
              'districtCode',
              t('applications.filterDistrict'),
              t('applications.allDistricts'),
              districtOptions(t, locale),
              140,
            )}
            {select(
              'serviceArea',
              t('applications.filterServiceArea'),
              t('applications.allServiceAreas'),
              SERVICE_AREAS.map((a) => ({ value: a, label: serviceAreaName(a, locale) })),
              140,
            )}
            {select(
              'year',
              t('applications.filterYear'),
              t('applications.allYears'),
              yearOptions().map((y) => ({ value: y, label: String(y) })),
              110,
            )}
          </>
        }
        actions={<SavedFilters list="applications" query={savedQuery(list.state)} onApply={list.applyQuery} />}
      />
      {importing ? <ImportDialog onClose={() => setImporting(false)} template={template.run} /> : null}
    </>
  );
}
