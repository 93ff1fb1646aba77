import { amountInWords, formatFen, type FundProgramView } from '@contract';
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { formatPeriod, formatTimestamp } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { AllocationSummary } from './AllocationSummary';
import { ReportActions } from '../reports/ReportActions';

export function FundProgramDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const program = useOp('fundPrograms.get', { id });
  const p = program.data;
  return (
    <>
      <PageHeader
        title={p?.name ?? t('fundPrograms.title')}
        sub={p?.code}
        onBack={() => navigate({ name: 'list', area: 'fundPrograms' })}
        extra={
          p ? (
            <>
              <ReportActions subject={{ kind: 'program', programId: id }} />
              {can('fundPrograms.manage') ? (
                <Button
                  type="primary"
                  icon={<EditOutlined aria-hidden="true" />}
                  onClick={() => navigate({ name: 'edit', area: 'fundPrograms', id })}
                >
                  {t('common.edit')}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      {p ? <ProgramDetail p={p} /> : <QueryState pending={program.isPending} error={program.error} />}
    </>
  );
}

function ProgramDetail({ p }: { p: FundProgramView }) {
  const { t } = useTranslation();
  const rs = p.ruleSet;
  return (
    <div className="detail-stack">
      <Card size="small" title={t('fundPrograms.basics')}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
          <Descriptions.Item label={t('fundPrograms.code')}>{p.code}</Descriptions.Item>
          <Descriptions.Item label={t('fundPrograms.name')}>{p.name}</Descriptions.Item>
          <Descriptions.Item label={t('fundPrograms.source')}>{t(`sources.${p.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('fundPrograms.year')}>{p.year}</Descriptions.Item>
          <Descriptions.Item label={t('fundPrograms.total')}>
            <div className="amount-figure">{formatFen(p.totalAllocationFen)}</div>
            <div className="amount-words">{amountInWords(p.totalAllocationFen)}</div>
          </Descriptions.Item>
          <Descriptions.Item label={t('fundPrograms.period')}>
            {formatPeriod(p.applicationStart, p.applicationEnd, t('common.to'))}
          </Descriptions.Item>
          <Descriptions.Item label={t('fundPrograms.notes')} span="filled">
            {p.notes || t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('common.createdAt')}>{formatTimestamp(p.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('common.updatedAt')}>{formatTimestamp(p.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('allocation.title')}>
        <AllocationSummary programId={p.id} />
      </Card>
      <Card size="small" title={t('ruleSet.title')}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
          <Descriptions.Item label={t('ruleSet.managementFeeCap')}>{rs.managementFeeCapPercent}%</Descriptions.Item>
          <Descriptions.Item label={t('ruleSet.matchingShare')}>{rs.matchingSharePercent}%</Descriptions.Item>
          <Descriptions.Item label={t('ruleSet.budgetTolerance')}>{rs.budgetTolerancePercent}%</Descriptions.Item>
          <Descriptions.Item label={t('ruleSet.forbidden')} span="filled">
            {rs.forbiddenCostTypes.length === 0
              ? t('common.none')
              : rs.forbiddenCostTypes.map((k) => (
                  <Tag key={k} color="red" variant="outlined">
                    {t(`costTypes.${k}`)}
                  </Tag>
                ))}
          </Descriptions.Item>
        </Descriptions>
        <h2 className="detail-subtitle">{t('ruleSet.categories')}</h2>
        <Table
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={rs.categories}
          columns={[
            { title: t('ruleSet.categoryCode'), dataIndex: 'code', width: 160 },
            { title: t('ruleSet.categoryName'), dataIndex: 'name' },
            {
              title: t('ruleSet.categoryCap'),
              dataIndex: 'capPercent',
              align: 'right',
              width: 140,
              render: (v: number | null) => (v === null ? t('ruleSet.noCap') : `${v}%`),
            },
          ]}
        />
        <h2 className="detail-subtitle">{t('ruleSet.classCaps')}</h2>
        <Table
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={rs.classCaps}
          columns={[
            { title: t('ruleSet.classCode'), dataIndex: 'code', width: 160 },
            { title: t('ruleSet.className'), dataIndex: 'name' },
            {
              title: t('ruleSet.classCap'),
              dataIndex: 'capFen',
              align: 'right',
              width: 200,
              render: (v: number) => formatFen(v),
            },
          ]}
        />
        <h2 className="detail-subtitle">{t('ruleSet.tranches')}</h2>
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={rs.tranchePlan}
          columns={[
            {
              title: '#',
              width: 100,
              render: (_: unknown, __: unknown, i: number) => t('ruleSet.trancheN', { n: i + 1 }),
            },
            {
              title: t('ruleSet.tranchePercent'),
              dataIndex: 'percent',
              width: 140,
              align: 'right',
              render: (v: number) => `${v}%`,
            },
            {
              title: t('ruleSet.trancheCondition'),
              dataIndex: 'condition',
              render: (v: 'on_signing') => t(`conditions.${v}`),
            },
            {
              title: t('ruleSet.milestoneName'),
              dataIndex: 'milestoneName',
              render: (v?: string) => v || t('common.none'),
            },
          ]}
        />
        <h2 className="detail-subtitle">{t('rubric.title')}</h2>
        <Table
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={rs.rubric}
          columns={[
            { title: t('rubric.code'), dataIndex: 'code', width: 160 },
            { title: t('rubric.name'), dataIndex: 'name' },
            { title: t('rubric.maxPoints'), dataIndex: 'maxPoints', align: 'right', width: 140 },
          ]}
          summary={() => (
            <Table.Summary.Row className="table-total">
              <Table.Summary.Cell index={0} colSpan={2}>
                {t('detail.total')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {rs.rubric.reduce((s, c) => s + c.maxPoints, 0)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
        <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered className="rubric-settings">
          <Descriptions.Item label={t('rubric.outlierDistance')}>
            {rs.scoreOutlierDistance} {t('rubric.points')}
          </Descriptions.Item>
          <Descriptions.Item label={t('rubric.noticeMinDays')}>
            {rs.noticeMinDays} {t('rubric.days')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </div>
  );
}
