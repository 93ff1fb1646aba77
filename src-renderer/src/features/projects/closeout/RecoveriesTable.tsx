import type { CloseOutView } from '@contract';
import { formatFen } from '@contract';
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../../components/format';

type Recovery = CloseOutView['recoveries'][number];

/** Every recovery (资金收回) recorded for the project, oldest first; posted recoveries never change. */
export function RecoveriesTable({ recoveries }: { recoveries: Recovery[] }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const columns: ColumnsType<Recovery> = [
    {
      key: 'date',
      title: t('closeOut.recoveryColumns.date'),
      dataIndex: 'date',
      width: 120,
    },
    {
      key: 'kind',
      title: t('closeOut.recoveryColumns.kind'),
      width: 130,
      render: (_, r) => (
        <Tag color={r.kind === 'disallowed' ? 'volcano' : 'blue'} variant="filled">
          {t(`closeOut.kinds.${r.kind}`)}
        </Tag>
      ),
    },
    {
      key: 'amount',
      title: t('closeOut.recoveryColumns.amount'),
      align: 'right',
      width: 150,
      render: (_, r) => <span className="amount-figure">{formatFen(r.amountFen)}</span>,
    },
    {
      key: 'voucherNo',
      title: t('closeOut.recoveryColumns.voucherNo'),
      width: 150,
      render: (_, r) => <span className="mono">{r.voucherNo}</span>,
    },
    {
      key: 'reason',
      title: t('closeOut.recoveryColumns.reason'),
      render: (_, r) => (r.reason ? <span className="pre-wrap">{r.reason}</span> : none),
    },
    {
      key: 'by',
      title: t('closeOut.recoveryColumns.by'),
      width: 200,
      render: (_, r) => t('closeOut.byAt', { name: r.by.displayName, at: formatTimestamp(r.at) }),
    },
  ];
  return (
    <Table<Recovery>
      className="closeout-recoveries"
      size="small"
      rowKey="id"
      pagination={false}
      columns={columns}
      dataSource={recoveries}
      locale={{ emptyText: t('closeOut.noRecoveries') }}
    />
  );
}
