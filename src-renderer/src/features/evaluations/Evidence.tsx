import type { EvaluationDetail } from '@contract';
import { formatFen } from '@contract';
import { Card, Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';

/** Beside the form: the project's indicator readings (完成值/目标值/完成率) and its budget execution. */
export function Evidence({ e }: { e: EvaluationDetail }) {
  const { t } = useTranslation();
  const ev = e.evidence;
  return (
    <Card size="small" title={<h2 className="card-title">{t('evaluations.evidenceTitle')}</h2>}>
      <Table
        size="small"
        rowKey="indicatorId"
        pagination={false}
        aria-label={t('evaluations.indicatorName')}
        dataSource={ev.indicators}
        columns={[
          { title: t('evaluations.indicatorName'), dataIndex: 'name' },
          { title: t('evaluations.target'), key: 'target', render: (_, i) => `${i.target} ${i.unit}` },
          {
            title: t('evaluations.achieved'),
            key: 'latest',
            render: (_, i) =>
              i.latest ? `${i.latest.value} ${i.unit}（${i.latest.date}）` : t('evaluations.noReading'),
          },
          { title: t('evaluations.rate'), dataIndex: 'rate', render: (r: string | null) => r ?? '—' },
        ]}
      />
      <Descriptions size="small" column={2} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('evaluations.approved')}>{formatFen(ev.approvedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.received')}>{formatFen(ev.grantReceivedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.spent')}>{formatFen(ev.grantSpentFen)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.execution')}>
          {ev.execution.total.total.executionRate.text}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="lineCode"
        pagination={false}
        aria-label={t('evaluations.execution')}
        dataSource={ev.execution.rows}
        columns={[
          { title: t('evaluations.budgetLine'), dataIndex: 'categoryName' },
          {
            title: t('evaluations.currentBudget'),
            key: 'current',
            align: 'right',
            render: (_, r) => formatFen(r.total.currentFen),
          },
          {
            title: t('evaluations.actual'),
            key: 'actual',
            align: 'right',
            render: (_, r) => formatFen(r.total.actualFen),
          },
          {
            title: t('evaluations.execution'),
            key: 'rate',
            align: 'right',
            render: (_, r) => r.total.executionRate.text,
          },
        ]}
      />
    </Card>
  );
}
