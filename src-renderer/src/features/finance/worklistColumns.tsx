import type { AdjustmentQueueRow, AdvanceRow, MilestoneQueueRow, NoticeRow, TrancheQueueRow } from '@contract';
import { formatFen } from '@contract';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash, type ProjectTab } from '../../app/router';
import { gridColumnHelper, type GridColumn } from '../../components/DataTable/columns';
import { formatTimestamp } from '../../components/format';

/** The columns of the cross-project worklists: the project first, then what is waiting and why. */

type ProjectRow = { applicationId: number; agreementNumber: string; projectName: string; organizationName: string };

function projectColumns<R extends ProjectRow>(t: TFunction, tab: ProjectTab, sortNumber: boolean) {
  const helper = gridColumnHelper<R>();
  return [
    helper.accessor((r) => r.agreementNumber, {
      id: 'agreementNumber',
      header: t('worklists.columns.agreementNumber'),
      enableSorting: sortNumber,
      meta: { label: t('worklists.columns.agreementNumber'), width: 150 },
      cell: (c) => <span className="mono">{c.getValue()}</span>,
    }),
    helper.accessor((r) => r.projectName, {
      id: 'projectName',
      header: t('worklists.columns.project'),
      enableSorting: false,
      enableHiding: false,
      meta: { label: t('worklists.columns.project'), width: 190 },
      cell: (c) => (
        <a href={routeHash({ name: 'project', id: c.row.original.applicationId, tab })} tabIndex={-1}>
          {c.getValue()}
        </a>
      ),
    }),
    helper.accessor((r) => r.organizationName, {
      id: 'organizationName',
      header: t('worklists.columns.organization'),
      enableSorting: false,
      meta: { label: t('worklists.columns.organization'), width: 160 },
    }),
  ];
}

const amount = (label: string) => ({ label, width: 120, amount: true as const });

export function useNoticeColumns(): GridColumn<NoticeRow>[] {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const h = gridColumnHelper<NoticeRow>();
    return h.columns([
      h.accessor('code', {
        header: t('applications.code'),
        meta: { label: t('applications.code'), width: 130 },
        cell: (c) => <span className="mono">{c.getValue()}</span>,
      }),
      h.accessor('name', {
        header: t('applications.name'),
        enableSorting: false,
        enableHiding: false,
        meta: { label: t('applications.name'), width: 220 },
        cell: (c) => (
          <a href={routeHash({ name: 'detail', area: 'applications', id: c.row.original.id })} tabIndex={-1}>
            {c.getValue()}
          </a>
        ),
      }),
      h.accessor('organizationName', {
        header: t('applications.organization'),
        enableSorting: false,
        meta: { label: t('applications.organization'), width: 190 },
      }),
      h.accessor('reviewedFen', {
        header: t('worklists.columns.reviewed'),
        enableSorting: false,
        meta: amount(t('worklists.columns.reviewed')),
        cell: (c) => (c.getValue() === null ? '—' : formatFen(c.getValue()!)),
      }),
      h.accessor('startDate', {
        header: t('worklists.columns.noticeStart'),
        enableSorting: false,
        meta: { label: t('worklists.columns.noticeStart'), width: 110, align: 'center' },
      }),
      h.accessor('endDate', {
        header: t('worklists.columns.noticeEnd'),
        meta: { label: t('worklists.columns.noticeEnd'), width: 110, align: 'center' },
      }),
      h.accessor('ended', {
        header: t('worklists.columns.noticeState'),
        enableSorting: false,
        meta: { label: t('worklists.columns.noticeState'), width: 220 },
        cell: (c) =>
          c.getValue() ? (
            <Tag color="green">{t('worklists.noticeEnded')}</Tag>
          ) : (
            <Tag color="blue">{t('worklists.noticeRunning')}</Tag>
          ),
      }),
    ]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, i18n.language]);
}

export function useTrancheQueueColumns(): GridColumn<TrancheQueueRow>[] {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const h = gridColumnHelper<TrancheQueueRow>();
    return h.columns([
      ...projectColumns<TrancheQueueRow>(t, 'tranches', true),
      h.accessor('seq', {
        header: t('worklists.columns.seq'),
        enableSorting: false,
        meta: { label: t('worklists.columns.seq'), width: 70, align: 'center' },
        cell: (c) => t('worklists.columns.seqN', { n: c.getValue() }),
      }),
      h.accessor('amountFen', {
        header: t('worklists.columns.amount'),
        meta: amount(t('worklists.columns.amount')),
        cell: (c) => formatFen(c.getValue()),
      }),
      h.accessor('voucherNo', {
        header: t('worklists.columns.voucherNo'),
        enableSorting: false,
        meta: { label: t('worklists.columns.voucherNo'), width: 110 },
      }),
      h.accessor('preparedBy', {
        header: t('worklists.columns.preparedBy'),
        enableSorting: false,
        meta: { label: t('worklists.columns.preparedBy'), width: 80 },
      }),
      h.accessor('preparedAt', {
        header: t('worklists.columns.preparedAt'),
        meta: { label: t('worklists.columns.preparedAt'), width: 135, align: 'center' },
        cell: (c) => formatTimestamp(c.getValue()),
      }),
      h.accessor('preparedByViewer', {
        header: t('worklists.columns.canRelease'),
        enableSorting: false,
        meta: { label: t('worklists.columns.canRelease'), width: 150 },
        cell: (c) =>
          c.getValue() ? <Tag>{t('worklists.preparedByYou')}</Tag> : <Tag color="green">{t('worklists.you')}</Tag>,
      }),
    ]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, i18n.language]);
}

export function useAdjustmentQueueColumns(): GridColumn<AdjustmentQueueRow>[] {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const h = gridColumnHelper<AdjustmentQueueRow>();
    return h.columns([
      ...projectColumns<AdjustmentQueueRow>(t, 'budget', true),
      h.accessor('reason', {
        header: t('worklists.columns.reason'),
        enableSorting: false,
        meta: { label: t('worklists.columns.reason'), width: 220 },
      }),
      h.accessor('requestedBy', {
        header: t('worklists.columns.requestedBy'),
        enableSorting: false,
        meta: { label: t('worklists.columns.requestedBy'), width: 90 },
      }),
      h.accessor('requestedAt', {
        header: t('worklists.columns.requestedAt'),
        meta: { label: t('worklists.columns.requestedAt'), width: 140, align: 'center' },
        cell: (c) => formatTimestamp(c.getValue()),
      }),
      h.accessor('requestedByViewer', {
        header: t('worklists.columns.canApprove'),
        enableSorting: false,
        meta: { label: t('worklists.columns.canApprove'), width: 150 },
        cell: (c) =>
          c.getValue() ? <Tag>{t('worklists.requestedByYou')}</Tag> : <Tag color="green">{t('worklists.you')}</Tag>,
      }),
    ]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, i18n.language]);
}

export function useAdvanceColumns(): GridColumn<AdvanceRow>[] {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const h = gridColumnHelper<AdvanceRow>();
    return h.columns([
      ...projectColumns<AdvanceRow>(t, 'ledger', true),
      h.accessor('grantSpentFen', {
        header: t('worklists.columns.spent'),
        enableSorting: false,
        meta: amount(t('worklists.columns.spent')),
        cell: (c) => formatFen(c.getValue()),
      }),
      h.accessor('grantReceivedFen', {
        header: t('worklists.columns.received'),
        enableSorting: false,
        meta: amount(t('worklists.columns.received')),
        cell: (c) => formatFen(c.getValue()),
      }),
      h.accessor('openFen', {
        header: t('worklists.columns.open'),
        meta: amount(t('worklists.columns.open')),
        cell: (c) => formatFen(c.getValue()),
      }),
    ]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, i18n.language]);
}

export function useMilestoneQueueColumns(): GridColumn<MilestoneQueueRow>[] {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const h = gridColumnHelper<MilestoneQueueRow>();
    return h.columns([
      ...projectColumns<MilestoneQueueRow>(t, 'milestones', true),
      h.accessor('name', {
        header: t('worklists.columns.milestone'),
        enableSorting: false,
        meta: { label: t('worklists.columns.milestone'), width: 200 },
      }),
      h.accessor('plannedDate', {
        header: t('worklists.columns.plannedDate'),
        meta: { label: t('worklists.columns.plannedDate'), width: 120, align: 'center' },
      }),
      h.accessor('overdue', {
        header: t('worklists.columns.overdue'),
        enableSorting: false,
        meta: { label: t('worklists.columns.overdue'), width: 100, align: 'center' },
        cell: (c) =>
          c.getValue() ? <Tag color="red">{t('worklists.overdue')}</Tag> : <Tag>{t('worklists.notOverdue')}</Tag>,
      }),
    ]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, i18n.language]);
}
