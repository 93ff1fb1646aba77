import { Alert, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { useLinkQuery } from '../../app/linkQuery';
import { formatTimestamp } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RemoteSelect } from '../../components/RemoteSelect';
import { IndicatorSystemEditor } from './system/IndicatorSystemEditor';
import './system/indicator-system.css';

const parseLink = (q: URLSearchParams) => {
  const id = q.get('fundProgramId') ?? '';
  return /^[1-9]\d{0,9}$/.test(id) ? Number(id) : null;
};

/** #/indicator-systems — 评估指标体系 of a fund program (so of its year): the tree, the weights and the grades. */
export function IndicatorSystemPage() {
  const { t } = useTranslation();
  const linked = useLinkQuery(parseLink);
  const [programId, setProgramId] = useState<number | undefined>(linked ?? undefined);
  return (
    <>
      <PageHeader title={t('indicatorSystems.title')} />
      <Card size="small" className="isys-pick">
        <Space align="center" wrap>
          <label htmlFor="isys-program">{t('indicatorSystems.program')}</label>
          <RemoteSelect
            id="isys-program"
            op="fundPrograms.list"
            placeholder={t('indicatorSystems.pickProgram')}
            style={{ width: 360 }}
            toOption={(p) => ({ value: p.id, label: `${p.year} ${p.code} ${p.name}` })}
            value={programId}
            onChange={(v) => setProgramId(v)}
          />
        </Space>
      </Card>
      {programId === undefined ? (
        <Typography.Paragraph type="secondary" className="isys-empty">
          {t('indicatorSystems.pickFirst')}
        </Typography.Paragraph>
      ) : (
        <ProgramSystem key={programId} fundProgramId={programId} />
      )}
    </>
  );
}

function ProgramSystem({ fundProgramId }: { fundProgramId: number }) {
  const { t } = useTranslation();
  const system = useOp('indicatorSystems.get', { fundProgramId });
  const view = system.data;
  if (!view)
    return <QueryState pending={system.isPending} error={system.error} onRetry={() => void system.refetch()} />;
  const { total, open } = view.evaluationsUsing;
  return (
    <>
      <Descriptions size="small" column={2} className="isys-meta">
        <Descriptions.Item label={t('indicatorSystems.versionLabel')}>
          {view.version === 0
            ? t('indicatorSystems.seedVersion')
            : t('indicatorSystems.version', { version: view.version })}
        </Descriptions.Item>
        <Descriptions.Item label={t('indicatorSystems.updated')}>
          {view.updatedBy && view.updatedAt ? `${view.updatedBy.displayName} ${formatTimestamp(view.updatedAt)}` : '—'}
        </Descriptions.Item>
      </Descriptions>
      {total > 0 ? (
        <Alert
          className="isys-in-use"
          type="info"
          showIcon
          title={t('indicatorSystems.inUse', {
            total,
            openText: open > 0 ? t('indicatorSystems.inUseOpen', { open }) : '',
            next: view.version + 1,
          })}
        />
      ) : null}
      {/* A save brings a new version: the form starts again from what main now holds. */}
      <IndicatorSystemEditor key={view.version} view={view} />
    </>
  );
}
