import type { DrawPickView, DrawView } from '@contract';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../components/format';

/** The drawn projects in the order drawn, each with its two inspectors. */
export function PickTable({ picks, label }: { picks: readonly DrawPickView[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table
      aria-label={label}
      size="small"
      pagination={false}
      rowKey="seq"
      dataSource={[...picks]}
      columns={[
        { title: t('draws.seq'), dataIndex: 'seq', width: 64 },
        { title: t('draws.agreementNumber'), dataIndex: 'agreementNumber' },
        { title: t('draws.projectName'), dataIndex: 'projectName' },
        { title: t('draws.organization'), dataIndex: 'organizationName' },
        {
          title: t('draws.inspectors'),
          key: 'inspectors',
          render: (_: unknown, p: DrawPickView) => p.inspectors.map((i) => i.displayName).join('、'),
        },
      ]}
    />
  );
}

/** One draw as kept: what it drew from, whom it kept away and why, and what it drew. */
export function DrawResult({ draw }: { draw: DrawView }) {
  const { t } = useTranslation();
  return (
    <Card size="small" className="draw-result" title={t('draws.result', { number: draw.drawNumber })}>
      <p className="muted">
        {t('draws.meta', {
          code: draw.programCode,
          year: draw.year,
          seed: draw.seed,
          candidates: draw.candidateCount,
          pool: draw.pool.length,
          by: draw.drawnBy ?? '—',
          at: formatTimestamp(draw.drawnAt),
        })}
      </p>
      <PickTable picks={draw.picks} label={t('draws.result', { number: draw.drawNumber })} />
      {draw.exclusions.length > 0 ? (
        <section className="draw-notes">
          <Typography.Title level={3}>{t('draws.exclusions')}</Typography.Title>
          <ul>
            {draw.exclusions.map((x) => (
              <li key={`${x.inspector.id}-${x.organizationName}-${x.source}`}>
                {t('draws.exclusionLine', {
                  inspector: x.inspector.displayName,
                  organization: x.organizationName,
                  why: t(`draws.conflict.${x.source}`),
                })}
                {x.reason ? t('draws.reasonNote', { reason: x.reason }) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {draw.unstaffable.length > 0 ? (
        <section className="draw-notes">
          <Typography.Title level={3}>{t('draws.unstaffable')}</Typography.Title>
          <ul>
            {draw.unstaffable.map((p) => (
              <li key={p.applicationId}>
                {t('draws.projectLine', {
                  agreement: p.agreementNumber,
                  project: p.projectName,
                  organization: p.organizationName,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Card>
  );
}
