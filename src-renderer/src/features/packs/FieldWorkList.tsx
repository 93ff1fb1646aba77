import type { FieldPackView } from '@contract';
import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/router';
import { formatTimestamp } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';

type Row = NonNullable<FieldPackView>['inspections'][number];

/** On a field database: the pack's inspections, each opened to be recorded. */
export function FieldWorkList({ pack }: { pack: NonNullable<FieldPackView> }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('packs.fieldWork.title')} sub={pack.packNo} />
      <div className="packs-page">
        <p className="packs-intro">{t('packs.fieldWork.intro', { packNo: pack.packNo })}</p>
        <Table<Row>
          size="small"
          rowKey="inspectionId"
          pagination={false}
          dataSource={pack.inspections}
          columns={[
            {
              key: 'agreementNumber',
              title: t('packs.fieldWork.agreementNumber'),
              dataIndex: 'agreementNumber',
              width: 180,
            },
            { key: 'projectName', title: t('packs.fieldWork.project'), dataIndex: 'projectName' },
            { key: 'organizationName', title: t('packs.fieldWork.organization'), dataIndex: 'organizationName' },
            {
              key: 'status',
              title: t('packs.fieldWork.status'),
              width: 220,
              render: (_, r) =>
                r.recordedAt ? (
                  <Tag color="green">{t('packs.fieldWork.recordedAt', { at: formatTimestamp(r.recordedAt) })}</Tag>
                ) : (
                  <Tag>{t('packs.fieldWork.notRecorded')}</Tag>
                ),
            },
            {
              key: 'open',
              title: '',
              width: 100,
              render: (_, r) => (
                <Button
                  type={r.recordedAt ? 'default' : 'primary'}
                  href={routeHash({ name: 'fieldInspection', id: r.inspectionId })}
                  aria-label={`${t('packs.fieldWork.record')} ${r.agreementNumber}`}
                >
                  {t('packs.fieldWork.record')}
                </Button>
              ),
            },
          ]}
        />
      </div>
    </>
  );
}
