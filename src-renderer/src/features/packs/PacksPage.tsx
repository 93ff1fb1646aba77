import type { PackRowView } from '@contract';
import { ExportOutlined, ImportOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { formatTimestamp } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ExportPackDialog } from './ExportPackDialog';
import { FieldWorkList } from './FieldWorkList';
import { ImportResultsDialog } from './ImportResultsDialog';
import './packs.css';

const STATE_COLORS = { exported: 'blue', conflict: 'orange', imported: 'green' } as const;

/**
 * 检查包: the register of packs sent to the field, exporting a new one, and importing results back. On a field
 * database the same menu entry holds the pack's inspections, to be recorded there.
 */
export function PacksPage() {
  const field = useOp('packs.field', {});
  if (!field.isSuccess) return <QueryState pending={field.isPending} error={field.error} />;
  return field.data ? <FieldWorkList pack={field.data} /> : <OfficePacks />;
}

function OfficePacks() {
  const { t } = useTranslation();
  const query = useOp('packs.list', {});
  const [dialog, setDialog] = useState<'export' | 'import' | null>(null);
  return (
    <>
      <PageHeader title={t('packs.title')} />
      <div className="packs-page">
        <p className="packs-intro">{t('packs.intro')}</p>
        <Space>
          <Button type="primary" icon={<ExportOutlined />} onClick={() => setDialog('export')}>
            {t('packs.export')}
          </Button>
          <Button icon={<ImportOutlined />} onClick={() => setDialog('import')}>
            {t('packs.import')}
          </Button>
        </Space>
        {!query.data ? (
          <QueryState pending={query.isPending} error={query.error} />
        ) : (
          <Table<PackRowView>
            size="small"
            rowKey="packNo"
            pagination={false}
            dataSource={query.data.packs}
            locale={{ emptyText: t('packs.none') }}
            columns={[
              { key: 'packNo', title: t('packs.packNo'), dataIndex: 'packNo', width: 140 },
              {
                key: 'exportedAt',
                title: t('packs.exportedAt'),
                render: (_, p) => formatTimestamp(p.exportedAt),
                width: 170,
              },
              { key: 'exportedBy', title: t('packs.exportedBy'), dataIndex: 'exportedBy', width: 100 },
              { key: 'projects', title: t('packs.projects'), render: (_, p) => p.projects.join('、') },
              {
                key: 'inspectors',
                title: t('packs.inspectors'),
                render: (_, p) =>
                  p.inspectors
                    .map((u) => query.data.inspectorPool.find((x) => x.username === u)?.displayName ?? u)
                    .join('、'),
              },
              {
                key: 'state',
                title: t('packs.state'),
                render: (_, p) => <Tag color={STATE_COLORS[p.state]}>{t(`packs.states.${p.state}`)}</Tag>,
                width: 140,
              },
              {
                key: 'lastImportAt',
                title: t('packs.lastImportAt'),
                render: (_, p) => (p.lastImportAt ? formatTimestamp(p.lastImportAt) : '—'),
                width: 170,
              },
            ]}
          />
        )}
      </div>
      {dialog === 'export' && query.data ? (
        <ExportPackDialog pool={query.data.inspectorPool} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'import' ? <ImportResultsDialog onClose={() => setDialog(null)} /> : null}
    </>
  );
}
