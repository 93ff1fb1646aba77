import type { OrganizationView, OrgKind } from '@contract';
import { ORG_KINDS, RATINGS, REGISTRATIONS } from '@contract';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n';
import { navigate, routeHash } from '../../app/router';
import { useSession } from '../../app/session';
import { gridColumnHelper } from '../../components/DataTable/columns';
import { DataTable } from '../../components/DataTable/DataTable';
import { useListState } from '../../components/DataTable/useListState';
import type { Rating, Registration } from './draft';
import { districtLabel, districtOptions } from './labels';
import { PageHeader } from '../../components/PageHeader';

const helper = gridColumnHelper<OrganizationView>();

interface Filters {
  kind: OrgKind | undefined;
  registration: Registration | undefined;
  districtCode: string | undefined;
  rating: Rating | undefined;
  [key: string]: string | undefined;
}

export function OrganizationsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { can } = useSession();
  const list = useListState<Filters>('organizations', {
    filters: { kind: undefined, registration: undefined, districtCode: undefined, rating: undefined },
    sorting: [{ id: 'name', desc: false }],
  });

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('name', {
          header: t('organizations.name'),
          enableHiding: false,
          meta: { label: t('organizations.name'), width: 260 },
          cell: (c) => (
            <a href={routeHash({ name: 'detail', area: 'organizations', id: c.row.original.id })} tabIndex={-1}>
              {c.getValue()}
            </a>
          ),
        }),
        helper.accessor('creditCode', {
          header: t('organizations.creditCode'),
          meta: { label: t('organizations.creditCode'), width: 190 },
          cell: (c) => <span className="mono">{c.getValue() ?? t('common.none')}</span>,
        }),
        helper.accessor('kind', {
          header: t('organizations.kind'),
          meta: { label: t('organizations.kind'), width: 130 },
          cell: (c) => t(`orgKinds.${c.getValue()}`),
        }),
        helper.accessor('registration', {
          header: t('organizations.registration'),
          meta: { label: t('organizations.registration'), width: 110, align: 'center' },
          cell: (c) => t(`registrations.${c.getValue()}`),
        }),
        helper.accessor('districtCode', {
          header: t('organizations.district'),
          meta: { label: t('organizations.district'), width: 130 },
          cell: (c) => districtLabel(c.getValue(), t, locale),
        }),
        helper.accessor('legalRepresentative', {
          header: t('organizations.legalRepresentative'),
          enableSorting: false,
          meta: { label: t('organizations.legalRepresentative'), width: 110 },
        }),
        helper.accessor('rating', {
          header: t('organizations.rating'),
          meta: { label: t('organizations.rating'), width: 110, align: 'center' },
          cell: (c) => c.getValue() ?? t('common.none'),
        }),
        helper.accessor('foundedDate', {
          header: t('organizations.foundedDate'),
          meta: { label: t('organizations.foundedDate'), width: 120, align: 'center' },
          cell: (c) => c.getValue() ?? t('common.none'),
        }),
      ]),
    [t, locale],
  );

  const { filters } = list.state;
  const filterSelect = <K extends keyof Filters & string>(
    key: K,
    label: string,
    all: string,
    options: { value: string; label: string }[],
    width: number,
  ) => (
    <Select
      aria-label={label}
      placeholder={all}
      allowClear
      showSearch={options.length > 10 ? { optionFilterProp: 'label' } : undefined}
      style={{ width }}
      value={filters[key]}
      onChange={(v?: string) => list.setFilter(key, v as Filters[K])}
      options={options}
    />
  );

  return (
    <>
      <PageHeader title={t('organizations.title')} />
      <DataTable
        op="organizations.list"
        list={list}
        columns={columns}
        label={t('organizations.gridLabel')}
        tableKey="organizations"
        exportOp="exports.organizations"
        searchPlaceholder={t('organizations.searchPlaceholder')}
        onOpen={(row) => navigate({ name: 'detail', area: 'organizations', id: row.id })}
        filters={
          <>
            {filterSelect(
              'kind',
              t('organizations.filterKind'),
              t('organizations.allKinds'),
              ORG_KINDS.map((k) => ({ value: k, label: t(`orgKinds.${k}`) })),
              150,
            )}
            {filterSelect(
              'registration',
              t('organizations.filterRegistration'),
              t('organizations.allRegistrations'),
              REGISTRATIONS.map((k) => ({ value: k, label: t(`registrations.${k}`) })),
              130,
            )}
            {filterSelect(
              'districtCode',
              t('organizations.filterDistrict'),
              t('organizations.allDistricts'),
              districtOptions(t, locale),
              170,
            )}
            {filterSelect(
              'rating',
              t('organizations.filterRating'),
              t('organizations.allRatings'),
              RATINGS.map((r) => ({ value: r, label: r })),
              110,
            )}
          </>
        }
        actions={
          can('organizations.manage') ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => navigate({ name: 'new', area: 'organizations' })}
            >
              {t('organizations.create')}
            </Button>
          ) : null
        }
      />
    </>
  );
}
