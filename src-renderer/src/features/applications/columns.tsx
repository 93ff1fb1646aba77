import type { ApplicationRow } from '@contract';
import { formatFen } from '@contract';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/router';
import { gridColumnHelper, type GridColumn } from '../../components/DataTable/columns';
import { formatTimestamp } from '../../components/format';
import { formatScore, StateTag } from './labels';

const helper = gridColumnHelper<ApplicationRow>();

/**
 * The application list's columns, narrow enough that all of them, 状态 and 提交时间 too, fit a 1440 px window
 * beside the menu; 状态 comes next to the name it qualifies. Codes, states and times get their full width (they
 * are what an officer reads and searches by); names give way, ending in … with the whole text on hover. The
 * amount headers leave their unit to the toolbar's 单位：元 (the column settings and exports keep it). `only` picks
 * some of them (by accessor key) for a narrower list.
 */
export function useApplicationColumns(only?: readonly (keyof ApplicationRow)[]): GridColumn<ApplicationRow>[] {
  const { t, i18n } = useTranslation();
  const all = useMemo(
    () =>
      helper.columns([
        helper.accessor('code', {
          header: t('applications.code'),
          meta: { label: t('applications.code'), width: 120 },
          cell: (c) => <span className="mono">{c.getValue()}</span>,
        }),
        helper.accessor('name', {
          header: t('applications.name'),
          enableHiding: false,
          meta: { label: t('applications.name'), width: 140 },
          cell: (c) => (
            <a href={routeHash({ name: 'detail', area: 'applications', id: c.row.original.id })} tabIndex={-1}>
              {c.getValue()}
            </a>
          ),
        }),
        helper.accessor('state', {
          header: t('applications.state'),
          meta: { label: t('applications.state'), width: 96, align: 'center' },
          cell: (c) => <StateTag state={c.getValue()} />,
        }),
        helper.accessor('organizationName', {
          header: t('applications.organization'),
          meta: { label: t('applications.organization'), width: 120 },
        }),
        helper.accessor('programCode', {
          header: t('applications.program'),
          meta: { label: t('applications.program'), width: 122 },
        }),
        helper.accessor('year', {
          header: t('applications.year'),
          meta: { label: t('applications.year'), width: 64, align: 'center' },
        }),
        helper.accessor('classCode', {
          header: t('applications.classCode'),
          enableSorting: false,
          meta: { label: t('applications.classCode'), width: 72, align: 'center' },
        }),
        helper.accessor('requestedFen', {
          header: t('applications.requestedHeader'),
          meta: { label: t('applications.requestedColumn'), width: 108, amount: true },
          cell: (c) => formatFen(c.getValue()),
        }),
        helper.accessor('approvedFen', {
          header: t('applications.approvedHeader'),
          meta: { label: t('applications.approvedColumn'), width: 108, amount: true },
          cell: (c) => {
            const v = c.getValue();
            return v === null ? t('common.none') : formatFen(v);
          },
        }),
        helper.accessor('meanScore', {
          header: t('applications.meanScoreHeader'),
          meta: { label: t('applications.meanScore'), width: 92, align: 'end' },
          cell: (c) => formatScore(c.getValue()),
        }),
        helper.accessor('submittedAt', {
          header: t('applications.submittedAt'),
          meta: { label: t('applications.submittedAt'), width: 140, align: 'center' },
          cell: (c) => formatTimestamp(c.getValue()),
        }),
      ]),
    // The labels follow the language; i18n.language makes the switch rebuild them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
  return useMemo(
    () => (only ? all.filter((c) => 'accessorKey' in c && only.includes(c.accessorKey as keyof ApplicationRow)) : all),
    [all, only],
  );
}
