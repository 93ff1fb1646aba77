import type { ApplicationRow } from '@contract';
import { formatFen } from '@contract';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/router';
import { gridColumnHelper, type GridColumn } from '../../components/DataTable/columns';
import { formatPeriod } from '../../components/format';

const helper = gridColumnHelper<ApplicationRow>();

/**
 * Widths per language that fit the whole table in a 1440 px window with the project name given the room:
 * the toolbar states the unit, so the amount header is short, and the year and period take what they need.
 */
const WIDTHS = {
  zh: { number: 164, name: 282, organization: 210, program: 120, year: 80, approved: 118, period: 186 },
  en: { number: 164, name: 250, organization: 200, program: 120, year: 80, approved: 118, period: 216 },
};

/** The project list's columns: an approved application seen as the project its agreement made it. */
export function useProjectColumns(): GridColumn<ApplicationRow>[] {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => {
      const w = i18n.language === 'en' ? WIDTHS.en : WIDTHS.zh;
      return helper.columns([
        helper.accessor('agreementNumber', {
          header: t('projects.number'),
          meta: { label: t('projects.number'), width: w.number },
          cell: (c) => <span className="mono">{c.getValue() ?? t('common.none')}</span>,
        }),
        helper.accessor('name', {
          header: t('projects.name'),
          enableHiding: false,
          meta: { label: t('projects.name'), width: w.name },
          cell: (c) => (
            <a href={routeHash({ name: 'project', id: c.row.original.id })} tabIndex={-1}>
              {c.getValue()}
            </a>
          ),
        }),
        helper.accessor('organizationName', {
          header: t('projects.organization'),
          meta: { label: t('projects.organization'), width: w.organization },
        }),
        helper.accessor('programCode', {
          header: t('projects.program'),
          meta: { label: t('projects.program'), header: t('applications.programHeader'), width: w.program },
        }),
        helper.accessor('year', {
          header: t('projects.year'),
          meta: { label: t('projects.year'), width: w.year, align: 'center' },
        }),
        helper.accessor('approvedFen', {
          header: t('projects.approvedHeader'),
          meta: {
            label: t('projects.approvedColumn'),
            header: t('projects.approvedHeader'),
            width: w.approved,
            amount: true,
          },
          cell: (c) => {
            const v = c.getValue();
            return v === null ? t('common.none') : formatFen(v);
          },
        }),
        helper.display({
          id: 'period',
          header: t('projects.period'),
          meta: { label: t('projects.period'), width: w.period, align: 'center' },
          cell: (c) => formatPeriod(c.row.original.periodStart, c.row.original.periodEnd, t('common.to')),
        }),
      ]);
    },
    // The labels and widths follow the language.
    [t, i18n.language],
  );
}
