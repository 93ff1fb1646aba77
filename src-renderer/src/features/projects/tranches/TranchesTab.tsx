import { Empty, Timeline } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../../api/hooks';
import { useLocale } from '../../../app/i18n';
import { QueryState } from '../../../components/QueryState';
import { STATE_COLORS } from '../display';
import type { ProjectTabProps } from '../projectTabs';
import { TrancheCard } from './TrancheCard';

/** 资金拨付: the agreement's tranches in order, each with its conditions, records and what may be done now. */
export function TranchesTab({ applicationId }: ProjectTabProps) {
  const { t } = useTranslation();
  const plan = useOp('tranches.list', { applicationId });
  useRefetchOnLocale(plan.refetch);
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

/**
 * Main words each gate in the caller's language, and the cache key does not hold the language: ask again
 * when the user switches, so the conditions never show in the language just left.
 */
function useRefetchOnLocale(refetch: () => Promise<unknown>) {
  const locale = useLocale();
  const shown = useRef(locale);
  useEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    void refetch();
  }, [locale, refetch]);
}
