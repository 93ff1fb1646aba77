import type { ApplicationDetail } from '@contract';
import { formatFen } from '@contract';
import { Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/router';
import { AmountText } from '../../components/AmountInput/AmountInput';
import { formatPeriod } from '../../components/format';

/** 协议: the project agreement made on approval, with its tranche plan. */
export function AgreementTab({ a }: { a: ApplicationDetail }) {
  const { t } = useTranslation();
  const g = a.agreement;
  if (!g) return <p className="muted">{t('agreement.none')}</p>;
  return (
    <>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('agreement.number')}>{g.agreementNumber}</Descriptions.Item>
        <Descriptions.Item label={t('agreement.period')}>
          {formatPeriod(g.periodStart, g.periodEnd, t('common.to'))}
        </Descriptions.Item>
        <Descriptions.Item label={t('agreement.approvedAmount')}>
          <AmountText fen={g.approvedFen} />
        </Descriptions.Item>
        <Descriptions.Item label={t('agreement.signedDate')}>
          {g.signedDate ?? t('agreement.notSigned')}
        </Descriptions.Item>
      </Descriptions>
      <p className="agreement-finance-link">
        <a href={routeHash({ name: 'project', id: a.id, tab: 'tranches' })}>{t('projects.openFinance')}</a>
      </p>
      <h2 className="detail-subtitle">{t('agreement.tranches')}</h2>
      <Table
        size="small"
        aria-label={t('agreement.tranchesLabel')}
        pagination={false}
        rowKey="seq"
        dataSource={g.tranches}
        columns={[
          {
            title: t('agreement.seq'),
            dataIndex: 'seq',
            width: 100,
            render: (n: number) => t('ruleSet.trancheN', { n }),
          },
          {
            title: t('agreement.percent'),
            dataIndex: 'percent',
            width: 100,
            align: 'right',
            render: (v: number) => `${v}%`,
          },
          {
            title: t('agreement.amount'),
            dataIndex: 'amountFen',
            width: 160,
            align: 'right',
            className: 'amount-figure',
            render: (v: number) => formatFen(v),
          },
          {
            title: t('agreement.condition'),
            render: (_, s) =>
              s.milestoneName
                ? t('agreement.conditionWithMilestone', {
                    condition: t(`conditions.${s.condition}`),
                    milestone: s.milestoneName,
                  })
                : t(`conditions.${s.condition}`),
          },
        ]}
      />
    </>
  );
}
