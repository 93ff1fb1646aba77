import type { AgreementView, ApplicationDetail, OpOutput } from '@contract';
import { Alert, Descriptions, Progress } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';
import { AmountText } from '../../components/AmountInput/AmountInput';
import { formatPeriod } from '../../components/format';
import { releasedPercent } from './display';

interface Props {
  application: ApplicationDetail;
  agreement: AgreementView;
  /** The tranche plan, for the released amount; undefined while it loads. */
  plan: OpOutput<'tranches.list'> | undefined;
  planError: ApiError | null;
  programName: string | undefined;
}

/**
 * The project at a glance: who, what, when, and the money — approved and released, each in figures and
 * 大写, as officers compare them with the paper agreement.
 */
/** Memoised: switching tabs draws the page again, and the figures here do not change with the tab. */
export const ProjectHeader = memo(function ProjectHeader({
  application: a,
  agreement: g,
  plan,
  planError,
  programName,
}: Props) {
  const { t } = useTranslation();
  const released = plan?.releasedFen;
  return (
    <section aria-label={t('projects.summaryLabel')} className="project-summary">
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('projects.number')}>
          <span className="mono">{g.agreementNumber}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.name')}>{a.name}</Descriptions.Item>
        <Descriptions.Item label={t('projects.organization')}>{a.organizationName}</Descriptions.Item>
        <Descriptions.Item label={t('projects.program')}>
          {programName ? `${a.programCode} ${programName}` : a.programCode}
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.period')}>
          {formatPeriod(g.periodStart, g.periodEnd, t('common.to'))}
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.signedDate')}>
          {g.signedDate ?? t('projects.notSigned')}
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.approved')}>
          <AmountText fen={g.approvedFen} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.released')}>
          <AmountText fen={released} />
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.remaining')}>
          <AmountText fen={released === undefined ? undefined : g.approvedFen - released} />
        </Descriptions.Item>
      </Descriptions>
      {released !== undefined ? (
        <div className="project-progress">
          <span className="muted">{t('projects.releasedShare')}</span>
          <Progress
            percent={releasedPercent(released, g.approvedFen)}
            format={(p) => `${(p ?? 0).toFixed(1)}%`}
            size="small"
            aria-label={t('projects.releasedShare')}
          />
        </div>
      ) : null}
      {planError ? <Alert type="error" showIcon role="alert" title={planError.message} /> : null}
    </section>
  );
});
