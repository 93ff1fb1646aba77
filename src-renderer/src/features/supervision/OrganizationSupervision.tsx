import type { RectificationRow } from '@contract';
import { Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { routeHash } from '../../app/router';
import { ReportActions } from '../reports/ReportActions';
import { RectificationStateTag, SeverityTag } from './labels';
import { InspectionList } from './SupervisionPage';

/** An organization's history under supervision: the inspections of its projects and every finding's rectification. */
export function OrganizationSupervision({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const items = useOp('rectifications.list', {
    page: 1,
    pageSize: 200,
    sort: [{ id: 'deadline', desc: true }],
    search: '',
    filters: { organizationId },
  });
  // The notice lists the items not yet verified; with none open there is nothing to notify.
  const open = items.data?.rows.filter((r) => r.state !== 'verified').length ?? 0;
  const unavailable = items.data
    ? open === 0
      ? t('reports.generate.noOpenItems')
      : undefined
    : items.isPending
      ? t('common.loading')
      : undefined;
  return (
    <>
      <Card size="small" title={t('supervision.orgHistory.inspections')}>
        <InspectionList organizationId={organizationId} />
      </Card>
      <Card
        size="small"
        title={t('supervision.orgHistory.findings', { count: items.data?.total ?? 0 })}
        extra={
          <Space size={8} wrap>
            <ReportActions
              size="small"
              subject={{ kind: 'rectificationNotice', organizationId }}
              unavailable={unavailable}
            />
          </Space>
        }
      >
        <Table<RectificationRow>
          size="small"
          rowKey="id"
          aria-label={t('supervision.orgHistory.findingsLabel')}
          loading={items.isPending}
          dataSource={items.data?.rows ?? []}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          locale={{ emptyText: items.error ? items.error.message : t('supervision.orgHistory.noFindings') }}
          columns={[
            {
              title: t('supervision.agreementNumber'),
              key: 'project',
              width: 170,
              render: (_, r) => (
                <a href={routeHash({ name: 'project', id: r.applicationId, tab: 'inspections' })}>
                  {r.agreementNumber}
                </a>
              ),
            },
            { title: t('supervision.description'), dataIndex: 'ref' },
            {
              title: t('supervision.severityLabel'),
              key: 'severity',
              width: 90,
              render: (_, r) => <SeverityTag severity={r.severity} />,
            },
            { title: t('supervision.inspectionDate'), dataIndex: 'inspectionDate', width: 110 },
            { title: t('supervision.deadline'), dataIndex: 'deadline', width: 110 },
            {
              title: t('supervision.status'),
              key: 'state',
              width: 170,
              render: (_, r) => (
                <>
                  <RectificationStateTag state={r.state} />
                  {r.overdue ? <Tag color="red">{t('supervision.overdue')}</Tag> : null}
                </>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
