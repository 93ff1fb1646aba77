import type { IndicatorView, MilestoneBoard } from '@contract';
import { Button, Empty, Progress, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { barPercent, isOver, missingRate } from './display';
import { IndicatorHistory } from './IndicatorHistory';
import { RecordDialog } from './RecordDialog';

function RateCell({ indicator: i }: { indicator: IndicatorView }) {
  const { t } = useTranslation();
  const missing = missingRate(i);
  if (missing) return <span className="muted">{t(`indicators.${missing}`)}</span>;
  const over = isOver(i);
  return (
    <div className="indicator-rate">
      <Progress
        className="indicator-bar"
        percent={barPercent(i.rateBasisPoints)}
        status={i.met ? 'success' : 'normal'}
        size="small"
        showInfo={false}
        aria-label={t('indicators.rateOf', { name: i.name })}
        aria-valuetext={i.rate ?? undefined}
      />
      <span className={`indicator-rate-text${over ? ' indicator-over' : ''}`}>{i.rate}</span>
      {over ? (
        <Tag color="green" className="indicator-tag">
          {t('indicators.over')}
        </Tag>
      ) : i.met ? (
        <Tag color="success" className="indicator-tag">
          {t('indicators.met')}
        </Tag>
      ) : null}
    </div>
  );
}

/**
 * 绩效指标: each indicator's target, latest achieved value and 完成率 (a bar, with the exact rate beside it, also
 * above 100%), and its readings over time in an expandable row.
 */
export function IndicatorTable({ board }: { board: MilestoneBoard }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState<IndicatorView | null>(null);
  const mayRecord = board.availableActions.includes('record');

  const columns: ColumnsType<IndicatorView> = [
    { key: 'name', title: t('indicators.name'), dataIndex: 'name' },
    { key: 'unit', title: t('indicators.unit'), dataIndex: 'unit', width: 90 },
    { key: 'target', title: t('indicators.target'), dataIndex: 'target', align: 'right', width: 110 },
    {
      key: 'latest',
      title: t('indicators.latest'),
      align: 'right',
      width: 150,
      render: (_, i) =>
        i.latest ? (
          <div className="indicator-latest">
            <span>{i.latest.value}</span>
            <span className="muted indicator-asof">{t('indicators.asOf', { date: i.latest.date })}</span>
          </div>
        ) : (
          <span className="muted">{t('indicators.noReading')}</span>
        ),
    },
    { key: 'rate', title: t('indicators.rate'), width: 300, render: (_, i) => <RateCell indicator={i} /> },
  ];
  if (mayRecord)
    columns.push({
      key: 'actions',
      title: t('indicators.actions'),
      width: 130,
      render: (_, i) => (
        <Button size="small" onClick={() => setRecording(i)}>
          {t('indicators.record')}
        </Button>
      ),
    });

  return (
    <section className="indicator-section" aria-labelledby="indicator-title">
      <div className="milestones-section-head">
        <h3 id="indicator-title" className="milestones-section-title">
          {t('indicators.title')}
        </h3>
      </div>
      {board.indicators.length === 0 ? (
        <Empty description={t('indicators.none')} />
      ) : (
        <Table<IndicatorView>
          className="indicator-table"
          aria-label={t('indicators.tableLabel')}
          size="small"
          rowKey="indicatorId"
          pagination={false}
          columns={columns}
          dataSource={board.indicators}
          expandable={{
            rowExpandable: (i) => i.readings.length > 0,
            expandedRowRender: (i) => <IndicatorHistory indicator={i} />,
          }}
        />
      )}
      {recording ? <RecordDialog indicator={recording} onClose={() => setRecording(null)} /> : null}
    </section>
  );
}
