import { Empty, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../../api/hooks';
import { QueryState } from '../../../components/QueryState';
import { STATE_COLORS } from '../display';
import type { ProjectTabProps } from '../projectTabs';
import { TrancheCard } from './TrancheCard';

/** 资金拨付: the agreement's tranches in order, each with its conditions, records and what may be done now. */
export function TranchesTab({ applicationId }: ProjectTabProps) {
  const { t } = useTranslation();
  const plan = useOp('tranches.list', { applicationId });
  if (!plan.data) return <QueryState pending={plan.isPending} error={plan.error} />;
  const tranches = [...plan.data.tranches].sort((a, b) => a.seq - b.seq);
  if (tranches.length === 0) return <Empty description={t('tranches.none')} />;
  return (
    <section aria-label={t('tranches.timelineLabel')} className="tranche-timeline">
      <Timeline
        items={tranches.map((tr) => ({
          key: tr.id,
          color: STATE_COLORS[tr.state],
          content: <TrancheCard tranche={tr} />,
        }))}
      />
    </section>
  );
}
