import type { ApplicationRow } from '@contract';
import { formatFen } from '@contract';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/router';
import { gridColumnHelper, type GridColumn } from '../../components/DataTable/columns';
import { formatPeriod } from '../../components/format';

const helper = gridColumnHelper<ApplicationRow>();

/** The project list's columns: an approved application seen as the project its agreement made it. */
export function useProjectColumns(): GridColumn<ApplicationRow>[] {
  const { t, i18n } = useTranslation();
  return useMemo(
    () =>
      helper.columns([
        helper.accessor('agreementNumber', {
          header: t('projects.number'),
          meta: { label: t('projects.number'), width: 160 },
          cell: (c) => <span className="mono">{c.getValue() ?? t('common.none')}</span>,
        }),
        helper.accessor('name', {
          header: t('projects.name'),
          enableHiding: false,
          meta: { label: t('projects.name'), width: 220 },
          cell: (c) => (
            <a href={routeHash({ name: 'project', id: c.row.original.id })} tabIndex={-1}>
              {c.getValue()}
            </a>
          ),
        }),
        helper.accessor('organizationName', {
          header: t('projects.organization'),
          meta: { label: t('projects.organization'), width: 220 },
        }),
        helper.accessor('programCode', {
          header: t('projects.program'),
          meta: { label: t('projects.program'), width: 120 },
        }),
        helper.accessor('year', {
          header: t('projects.year'),
          meta: { label: t('projects.year'), width: 80, align: 'center' },
        }),
        helper.accessor('approvedFen', {
          header: t('projects.approvedColumn'),
          meta: { label: t('projects.approvedColumn'), width: 150, amount: true },
          cell: (c) => {
            const v = c.getValue();
            return v === null ? t('common.none') : formatFen(v);
          },
        }),
        helper.display({
          id: 'period',
          header: t('projects.period'),
          meta: { label: t('projects.period'), width: 190, align: 'center' },
          cell: (c) => formatPeriod(c.row.original.periodStart, c.row.original.periodEnd, t('common.to')),
        }),
      ]),
    // The labels follow the language; i18n.language makes the switch rebuild them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
}
