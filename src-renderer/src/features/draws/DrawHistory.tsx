import type { DrawVerification, OpOutput } from '@contract';
import { Alert, Button, Card, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/errors';
import { useLocale } from '../../app/i18n';
import { formatTimestamp } from '../../components/format';
import { DrawResult, PickTable } from './DrawResult';

type Summary = OpOutput<'draws.list'>['draws'][number];

/** What re-running a draw from its seed found: 一致 or not, and what the operation log says. */
function Verification({ v }: { v: DrawVerification }) {
  const { t } = useTranslation();
  return (
    <div className="draw-verification" role="status">
      <Alert
        type={v.consistent ? 'success' : 'error'}
        showIcon
        title={
          <>
            <Tag color={v.samePicks ? 'green' : 'red'}>{v.samePicks ? t('draws.same') : t('draws.different')}</Tag>
            {v.samePicks
              ? t('draws.verifySame', { seed: v.draw.seed })
              : t('draws.verifyDifferent', { seed: v.draw.seed })}
          </>
        }
        description={t(`draws.log.${v.log}`)}
      />
      <DrawResult draw={v.draw} />
      {v.samePicks ? null : (
        <Card size="small" title={t('draws.recomputed')}>
          <PickTable picks={v.recomputed} label={t('draws.recomputed')} />
        </Card>
      )}
    </div>
  );
}

/** Every draw so far, newest first; each can be re-run from its seed by anyone. */
export function DrawHistory({ draws }: { draws: readonly Summary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [checking, setChecking] = useState<number | null>(null);
  const [checked, setChecked] = useState<DrawVerification | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const verify = async (id: number) => {
    setChecking(id);
    setError(null);
    try {
      setChecked(await call('draws.verify', { id }));
    } catch (e) {
      setChecked(null);
      setError(toApiError(e, locale));
    } finally {
      setChecking(null);
    }
  };
  return (
    <Card size="small" title={t('draws.history')} className="draw-history">
      {draws.length === 0 ? (
        <Empty description={t('draws.none')} />
      ) : (
        <Table
          aria-label={t('draws.history')}
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={[...draws]}
          columns={[
            { title: t('draws.drawNumber'), dataIndex: 'drawNumber' },
            {
              title: t('draws.program'),
              key: 'program',
              render: (_: unknown, d: Summary) => `${d.programCode} ${d.programName}`,
            },
            { title: t('draws.year'), dataIndex: 'year' },
            { title: t('draws.seed'), dataIndex: 'seed' },
            { title: t('draws.projects'), dataIndex: 'pickCount' },
            { title: t('draws.drawnBy'), dataIndex: 'drawnBy', render: (v: string | null) => v ?? '—' },
            { title: t('draws.drawnAt'), dataIndex: 'drawnAt', render: (v: string) => formatTimestamp(v) },
            {
              title: '',
              key: 'verify',
              render: (_: unknown, d: Summary) => (
                <Button size="small" loading={checking === d.id} onClick={() => void verify(d.id)}>
                  {t('draws.verify')}
                </Button>
              ),
            },
          ]}
        />
      )}
      {error ? <Alert type="error" showIcon role="alert" title={error.message} /> : null}
      {checked ? <Verification v={checked} /> : null}
    </Card>
  );
}
