import type { ApplicationRow } from '@contract';
import { formatFen } from '@contract';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/router';
import { gridColumnHelper, type GridColumn } from '../../components/DataTable/columns';
import { formatTimestamp } from '../../components/format';
import { formatScore, StateBadge } from './labels';

const helper = gridColumnHelper<ApplicationRow>();

/**
 * Minimum widths per language, fitted so that every column shows whole at 1440 px beside the menu (English labels
 * and states run longer; the names give way).
 */
const WIDTHS = {
  zh: {
    code: 130,
    name: 130,
    state: 96,
    organizationName: 116,
    programCode: 120,
    year: 76,
    classCode: 60,
    requestedFen: 108,
    approvedFen: 108,
    meanScore: 104,
    submittedAt: 140,
  },
  en: {
    code: 130,
    name: 100,
    state: 140,
    organizationName: 110,
    programCode: 110,
    year: 76,
    classCode: 60,
    requestedFen: 112,
    approvedFen: 108,
    meanScore: 90,
    submittedAt: 140,
  },
} satisfies Record<string, Partial<Record<keyof ApplicationRow, number>>>;

/**
 * The application list's columns, narrow enough that all of them, 状态 and 提交时间 too, fit a 1440 px window
 * beside the menu; 状态 comes next to the name it qualifies. Codes, states and times get their full width (they
 * are what an officer reads and searches by); names give way, ending in … with the whole text on hover. The
 * amount headers leave their unit to the toolbar's 单位：元 (the column settings and exports keep it). `only` picks
 * some of them (by accessor key) for a narrower list.
 */
export function useApplicationColumns(only?: readonly (keyof ApplicationRow)[]): GridColumn<ApplicationRow>[] {
  const { t, i18n } = useTranslation();
  const all = useMemo(() => {
    const w = i18n.language === 'en' ? WIDTHS.en : WIDTHS.zh;
    return helper.columns([
      helper.accessor('code', {
        header: t('applications.code'),
        meta: { label: t('applications.code'), width: w.code },
        cell: (c) => <span className="mono">{c.getValue()}</span>,
      }),
      helper.accessor('name', {
        header: t('applications.name'),
        enableHiding: false,
        meta: { label: t('applications.name'), header: t('applications.nameHeader'), width: w.name },
        cell: (c) => (
          <a href={routeHash({ name: 'detail', area: 'applications', id: c.row.original.id })} tabIndex={-1}>
            {c.getValue()}
          </a>
        ),
      }),
      helper.accessor('state', {
        header: t('applications.state'),
        meta: { label: t('applications.state'), width: w.state, align: 'center' },
        cell: (c) => <StateBadge state={c.getValue()} />,
      }),
      helper.accessor('organizationName', {
        header: t('applications.organization'),
        meta: {
          label: t('applications.organization'),
          header: t('applications.organizationHeader'),
          width: w.organizationName,
        },
      }),
      helper.accessor('programCode', {
        header: t('applications.program'),
        meta: { label: t('applications.program'), header: t('applications.programHeader'), width: w.programCode },
      }),
      helper.accessor('year', {
        header: t('applications.year'),
        meta: { label: t('applications.year'), width: w.year, align: 'center' },
      }),
      helper.accessor('classCode', {
        header: t('applications.classCode'),
        enableSorting: false,
        meta: {
          label: t('applications.classCode'),
          header: t('applications.classHeader'),
          width: w.classCode,
          align: 'center',
        },
      }),
      helper.accessor('requestedFen', {
        header: t('applications.requestedHeader'),
        meta: {
          label: t('applications.requestedColumn'),
          header: t('applications.requestedHeader'),
          width: w.requestedFen,
          amount: true,
        },
        cell: (c) => formatFen(c.getValue()),
      }),
      helper.accessor('approvedFen', {
        header: t('applications.approvedHeader'),
        meta: {
          label: t('applications.approvedColumn'),
          header: t('applications.approvedHeader'),
          width: w.approvedFen,
          amount: true,
        },
        cell: (c) => {
          const v = c.getValue();
          return v === null ? t('common.none') : formatFen(v);
        },
      }),
      helper.accessor('meanScore', {
        header: t('applications.meanScoreHeader'),
        meta: {
          label: t('applications.meanScore'),
          header: t('applications.meanScoreHeader'),
          width: w.meanScore,
          align: 'end',
        },
        cell: (c) => formatScore(c.getValue()),
      }),
      helper.accessor('submittedAt', {
        header: t('applications.submittedAt'),
        meta: { label: t('applications.submittedAt'), width: w.submittedAt, align: 'center' },
        cell: (c) => formatTimestamp(c.getValue()),
      }),
    ]);
    // The labels and widths follow the language (i18n.language rebuilds them on a switch).
  }, [t, i18n.language]);
  return useMemo(
    () => (only ? all.filter((c) => 'accessorKey' in c && only.includes(c.accessorKey as keyof ApplicationRow)) : all),
    [all, only],
  );
}
