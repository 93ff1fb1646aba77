import { Card, Segmented, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { useSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useEvaluationColumns } from './labels';

/** #/evaluations — the 监督检查 area's evaluations, an evaluator's own first. */
export function EvaluationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const scorer = can('evaluations.score');
  const [mine, setMine] = useState(scorer);
  const list = useOp('evaluations.list', mine ? { mine: true } : {});
  const columns = useEvaluationColumns(true);
  return (
    <>
      <PageHeader title={t('evaluations.title')} />
      <Card size="small">
        {scorer ? (
          <Segmented
            className="evaluations-filter"
            value={mine ? 'mine' : 'all'}
            onChange={(v) => setMine(v === 'mine')}
            options={[
              { value: 'mine', label: t('evaluations.mine') },
              { value: 'all', label: t('evaluations.all') },
            ]}
          />
        ) : null}
        <Table
          size="small"
          rowKey="id"
          aria-label={t('evaluations.listLabel')}
          loading={list.isPending}
          dataSource={list.data?.rows ?? []}
          columns={columns}
          pagination={{ pageSize: 50, showSizeChanger: false }}
          locale={{ emptyText: list.error ? list.error.message : t('evaluations.none') }}
        />
      </Card>
    </>
  );
}
