import type { ApplicationDetail } from '@contract';
import { Descriptions, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { AmountText } from '../../components/AmountInput/AmountInput';
import { formatTimestamp } from '../../components/format';
import { formatScore } from './labels';

type Assignment = ApplicationDetail['assignments'][number];

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="review-section" aria-label={title}>
      <h2 className="detail-subtitle">{title}</h2>
      {children}
    </section>
  );
}

/** 评审: the formal check, every expert's scores (outliers flagged), finance opinion, notice, decision. */
export function ReviewTab({ a }: { a: ApplicationDetail }) {
  const { t } = useTranslation();
  const program = useOp('fundPrograms.get', { id: a.fundProgramId });
  const distance = program.data?.ruleSet.scoreOutlierDistance;
  const none = <span className="muted">{t('review.none')}</span>;
  const f = a.formalReview;

  const scoreColumns: ColumnsType<Assignment> = [
    { title: t('review.evaluator'), width: 110, render: (_, r) => r.evaluator.displayName },
    {
      title: t('review.declaration'),
      width: 150,
      render: (_, r) => (
        <Tag color={r.declaration === 'conflict' ? 'orange' : r.declaration === 'no_conflict' ? 'green' : 'default'}>
          {t(`declarations.${r.declaration}`)}
        </Tag>
      ),
    },
    ...a.rubric.map((c) => ({
      key: c.code,
      title: t('review.criterionHeader', { name: c.name, max: c.maxPoints }),
      width: 96,
      align: 'right' as const,
      render: (_: unknown, r: Assignment) => {
        const s = r.scores?.find((x) => x.criterionCode === c.code);
        return s ? formatScore(s.points) : '—';
      },
    })),
    {
      title: t('review.totalPoints'),
      width: 120,
      align: 'right',
      render: (_, r) =>
        r.totalPoints !== null ? (
          <span className="score-total">
            <strong>{formatScore(r.totalPoints)}</strong>
            {r.outlier ? (
              <Tag color="red" variant="solid" className="outlier-tag">
                {t('review.outlier')}
              </Tag>
            ) : null}
          </span>
        ) : r.scores === null && r.scoredAt !== null ? (
          <span className="muted">{t('review.hiddenScores')}</span>
        ) : (
          <span className="muted">{t('review.notScored')}</span>
        ),
    },
    {
      title: t('review.comment'),
      // The one column without a width takes what is left and wraps, so the table fits its card.
      render: (_, r) => r.comment || r.conflictReason || '—',
    },
    {
      title: t('review.scoredAt'),
      width: 140,
      // Only a score has a scoring time; the declaration's time is not one.
      render: (_, r) =>
        r.scoredAt ? formatTimestamp(r.scoredAt) : <span className="muted">{t('review.notScored')}</span>,
    },
  ];
  // Fixed columns plus room for a comment: narrower than this, the table scrolls inside its card.
  const minWidth = scoreColumns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0) + 160;

  return (
    <div className="review-tab">
      <Section title={t('review.formal')}>
        {f ? (
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('review.formalDecision')}>
              <Tag color={f.decision === 'pass' ? 'green' : 'orange'}>{t(`review.${f.decision}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('review.by')}>
              {f.by.displayName} · {formatTimestamp(f.at)}
            </Descriptions.Item>
            <Descriptions.Item label={t('review.reason')} span="filled">
              {f.reason || t('common.none')}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          none
        )}
      </Section>
      <Section title={t('review.experts')}>
        <Table
          size="small"
          aria-label={t('review.expertsLabel')}
          pagination={false}
          rowKey="id"
          rowClassName={(r) => (r.outlier ? 'row-outlier' : '')}
          dataSource={a.assignments}
          columns={scoreColumns}
          tableLayout="fixed"
          scroll={{ x: minWidth }}
          locale={{ emptyText: t('review.none') }}
        />
        <div className="score-summary" role="status">
          <strong>{t('review.meanIs', { score: formatScore(a.meanScore) })}</strong>
          <strong>{t('review.medianIs', { score: formatScore(a.medianScore) })}</strong>
          {distance !== undefined && a.assignments.some((x) => x.outlier) ? (
            <span className="muted">{t('review.outlierLegend', { distance })}</span>
          ) : null}
        </div>
      </Section>
      <Section title={t('review.finance')}>
        {a.financeReview ? (
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('review.reviewedTotal')}>
              <AmountText fen={a.financeReview.reviewedFen} />
            </Descriptions.Item>
            <Descriptions.Item label={t('review.by')}>
              {a.financeReview.by.displayName} · {formatTimestamp(a.financeReview.at)}
            </Descriptions.Item>
            <Descriptions.Item label={t('review.opinion')} span="filled">
              {a.financeReview.opinion || t('common.none')}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          none
        )}
      </Section>
      <Section title={t('review.notice')}>
        {a.notice ? (
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('review.noticePeriod')}>
              {a.notice.startDate} {t('common.to')} {a.notice.endDate}
            </Descriptions.Item>
            <Descriptions.Item label={t('review.by')}>{a.notice.by.displayName}</Descriptions.Item>
          </Descriptions>
        ) : (
          none
        )}
      </Section>
      <Section title={t('review.decision')}>
        {a.decision ? (
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('review.decision')}>
              <Tag color={a.decision.kind === 'approved' ? 'green' : 'red'}>{t(`decisions.${a.decision.kind}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('review.approvalNumber')}>
              {a.decision.approvalNumber ?? t('common.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('review.by')}>
              {a.decision.by.displayName} · {formatTimestamp(a.decision.at)}
            </Descriptions.Item>
            <Descriptions.Item label={t('review.reason')}>{a.decision.reason || t('common.none')}</Descriptions.Item>
          </Descriptions>
        ) : (
          none
        )}
      </Section>
    </div>
  );
}
