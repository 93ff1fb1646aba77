import type { ApplicationDetail } from '@contract';
import { amountInWords, formatFen, PROJECT_KIND_NAMES } from '@contract';
import { Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n';
import { AmountText } from '../../components/AmountInput/AmountInput';
import { formatPeriod, formatTimestamp } from '../../components/format';
import { districtLabel } from '../organizations/labels';
import { lineTotals } from './budget';
import { serviceAreaName, StateTag } from './labels';

export function BasicTab({ a }: { a: ApplicationDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const none = t('common.none');
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
      <Descriptions.Item label={t('applications.code')}>
        <span className="mono">{a.code}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.name')}>{a.name}</Descriptions.Item>
      <Descriptions.Item label={t('applications.state')}>
        <StateTag state={a.state} />
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.program')}>{a.programCode}</Descriptions.Item>
      <Descriptions.Item label={t('applications.year')}>{a.year}</Descriptions.Item>
      <Descriptions.Item label={t('applications.organization')}>{a.organizationName}</Descriptions.Item>
      <Descriptions.Item label={t('applications.classCode')}>{a.classCode}</Descriptions.Item>
      <Descriptions.Item label={t('applications.projectKind')}>
        {PROJECT_KIND_NAMES[a.projectKind][locale]}
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.serviceArea')}>
        {serviceAreaName(a.serviceArea, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.district')}>
        {districtLabel(a.districtCode, t, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.beneficiaries')}>{a.beneficiaries || none}</Descriptions.Item>
      <Descriptions.Item label={t('applications.beneficiaryCount')}>{a.beneficiaryCount}</Descriptions.Item>
      <Descriptions.Item label={t('applications.period')}>
        {formatPeriod(a.periodStart, a.periodEnd, t('common.to'))}
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.requested')}>
        <AmountText fen={a.requestedFen} />
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.matching')}>
        <AmountText fen={a.matchingFen} />
      </Descriptions.Item>
      <Descriptions.Item label={t('agreement.approvedAmount')}>
        <AmountText fen={a.approvedFen} />
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.objectives')} span="filled">
        <div className="pre-wrap">{a.objectives || none}</div>
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.createdBy')}>{a.createdBy.displayName}</Descriptions.Item>
      <Descriptions.Item label={t('applications.submittedBy')}>{a.submittedBy?.displayName ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('applications.submittedAt')}>{formatTimestamp(a.submittedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('common.createdAt')}>{formatTimestamp(a.createdAt)}</Descriptions.Item>
      <Descriptions.Item label={t('common.updatedAt')}>{formatTimestamp(a.updatedAt)}</Descriptions.Item>
    </Descriptions>
  );
}

export function IndicatorsTab({ a }: { a: ApplicationDetail }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      aria-label={t('detail.tabIndicators')}
      pagination={false}
      rowKey="id"
      dataSource={a.indicators}
      locale={{ emptyText: t('detail.noIndicators') }}
      columns={[
        { title: '#', width: 60, render: (_: unknown, __: unknown, i: number) => i + 1 },
        { title: t('applications.indicatorName'), dataIndex: 'name' },
        { title: t('applications.indicatorUnit'), dataIndex: 'unit', width: 140 },
        { title: t('applications.indicatorTarget'), dataIndex: 'target', width: 160, align: 'right' },
      ]}
    />
  );
}

/** Budget lines with the finance review's cuts; totals in figures and 大写. */
export function BudgetTab({ a }: { a: ApplicationDetail }) {
  const { t } = useTranslation();
  const totals = lineTotals(a.budgetLines);
  const matchingSum = a.budgetLines.reduce((s, l) => s + l.matchingFen, 0);
  const none = t('common.none');
  return (
    <>
      <Table
        size="small"
        aria-label={t('detail.tabBudget')}
        pagination={false}
        rowKey="id"
        dataSource={a.budgetLines}
        locale={{ emptyText: t('detail.noBudget') }}
        columns={[
          { title: t('applications.category'), render: (_, l) => `${l.categoryCode} ${l.categoryName}` },
          {
            title: t('applications.costType'),
            width: 130,
            render: (_, l) => (l.costType ? t(`costTypes.${l.costType}`) : t('applications.ordinary')),
          },
          {
            title: t('detail.requestedAmount'),
            dataIndex: 'amountFen',
            width: 150,
            align: 'right',
            className: 'amount-figure',
            render: (v: number) => formatFen(v),
          },
          {
            title: t('detail.approvedAmount'),
            dataIndex: 'approvedFen',
            width: 150,
            align: 'right',
            className: 'amount-figure',
            render: (v: number | null) => (v === null ? none : formatFen(v)),
          },
          {
            // The finance review cuts the grant only: the matching share stands as the organization budgeted it.
            title: t('applications.lineMatching'),
            dataIndex: 'matchingFen',
            width: 150,
            align: 'right',
            className: 'amount-figure',
            render: (v: number) => formatFen(v),
          },
          { title: t('detail.cutReason'), dataIndex: 'cutReason', render: (v: string | null) => v || none },
          { title: t('applications.note'), dataIndex: 'note', render: (v: string) => v || none },
        ]}
        summary={() =>
          a.budgetLines.length === 0 ? null : (
            <Table.Summary.Row className="table-total">
              <Table.Summary.Cell index={0} colSpan={2}>
                {t('detail.total')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right" className="amount-figure">
                {formatFen(totals.requested)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right" className="amount-figure">
                {totals.approved === null ? none : formatFen(totals.approved)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right" className="amount-figure">
                {formatFen(matchingSum)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} colSpan={2} />
            </Table.Summary.Row>
          )
        }
      />
      <Descriptions size="small" bordered column={1} className="totals-words">
        <Descriptions.Item label={t('detail.requestedTotal')}>{amountInWords(totals.requested)}</Descriptions.Item>
        {totals.approved !== null ? (
          <Descriptions.Item label={t('detail.approvedTotal')}>{amountInWords(totals.approved)}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('applications.matchingTotal')}>{amountInWords(matchingSum)}</Descriptions.Item>
      </Descriptions>
    </>
  );
}
