import type { OpOutput } from '@contract';
import { Checkbox, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { linkValue, useLinkQuery } from '../../app/linkQuery';
import { navigate, routeHash } from '../../app/router';
import { gridColumnHelper } from '../../components/DataTable/columns';
import { DataTable } from '../../components/DataTable/DataTable';
import { useListState } from '../../components/DataTable/useListState';
import { formatTimestamp } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';

type QueueRow = OpOutput<'reviews.queue'>['rows'][number];
const helper = gridColumnHelper<QueueRow>();

const DECLARATION_COLORS = { pending: 'default', no_conflict: 'green', conflict: 'orange' } as const;

/** 评审工作台: the applications this evaluator is assigned to; opening one starts with the declaration. */
export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  const linked = useLinkQuery((q) => (linkValue.bool(q, 'pendingOnly') ? { pendingOnly: true } : null));
  const list = useListState<{ pendingOnly: boolean | undefined }>('reviews', {
    filters: { pendingOnly: true },
    sorting: [{ id: 'submittedAt', desc: false }],
    linked,
  });
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('code', {
          header: t('applications.code'),
          meta: { label: t('applications.code'), width: 130 },
          cell: (c) => <span className="mono">{c.getValue()}</span>,
        }),
        helper.accessor('name', {
          header: t('applications.name'),
          enableHiding: false,
          meta: { label: t('applications.name'), width: 260 },
          cell: (c) => (
            <a href={routeHash({ name: 'review', id: c.row.original.id })} tabIndex={-1}>
              {c.getValue()}
            </a>
          ),
        }),
        helper.accessor('organizationName', {
          header: t('applications.organization'),
          enableSorting: false,
          meta: { label: t('applications.organization'), width: 220 },
        }),
        helper.accessor('programCode', {
          header: t('applications.program'),
          enableSorting: false,
          meta: { label: t('applications.program'), width: 130 },
        }),
        helper.accessor('declaration', {
          header: t('reviews.declaration'),
          enableSorting: false,
          meta: { label: t('reviews.declaration'), width: 150, align: 'center' },
          cell: (c) => <Tag color={DECLARATION_COLORS[c.getValue()]}>{t(`declarations.${c.getValue()}`)}</Tag>,
        }),
        helper.accessor('scored', {
          header: t('reviews.scored'),
          enableSorting: false,
          meta: { label: t('reviews.scored'), width: 80, align: 'center' },
          cell: (c) => (c.getValue() ? t('common.yes') : t('common.no')),
        }),
        helper.accessor('submittedAt', {
          header: t('applications.submittedAt'),
          meta: { label: t('applications.submittedAt'), width: 140, align: 'center' },
          cell: (c) => formatTimestamp(c.getValue()),
        }),
      ]),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
  return (
    <>
      <PageHeader title={t('reviews.title')} />
      <DataTable
        op="reviews.queue"
        list={list}
        columns={columns}
        label={t('reviews.gridLabel')}
        tableKey="reviews"
        searchPlaceholder={t('applications.searchPlaceholder')}
        onOpen={(row) => navigate({ name: 'review', id: row.id })}
        filters={
          <Checkbox
            checked={list.state.filters.pendingOnly === true}
            onChange={(e) => list.setFilter('pendingOnly', e.target.checked ? true : undefined)}
          >
            {t('reviews.pendingOnly')}
          </Checkbox>
        }
      />
    </>
  );
}
