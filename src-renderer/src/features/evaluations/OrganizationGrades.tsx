import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { useEvaluationColumns } from './labels';

/** On an organization: the grades its projects' finalized evaluations gave (the bars are listed beside). */
export function OrganizationGrades({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const list = useOp('evaluations.list', { organizationId, state: 'finalized' });
  const columns = useEvaluationColumns(true).filter(
    (c) => c.key !== 'organization' && !('dataIndex' in c && c.dataIndex === 'organizationName'),
  );
  return (
    <Card size="small" title={<h2 className="card-title">{t('evaluations.orgTitle')}</h2>}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        aria-label={t('evaluations.orgTitle')}
        loading={list.isPending}
        dataSource={list.data?.rows ?? []}
        columns={columns}
        locale={{ emptyText: list.error ? list.error.message : t('evaluations.orgNone') }}
      />
    </Card>
  );
}
