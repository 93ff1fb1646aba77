import type { TrancheView } from '@contract';
import { fieldMessage, formatFen } from '@contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/i18n';
import { formatTimestamp } from '../../../components/format';

const KIND_COLORS = { release: 'success', reversal: 'error', cancellation: 'default' } as const;

/**
 * Every release, reversal and cancellation recorded for the tranche, oldest first. Posted records never
 * change; a reversal is its own negative entry, shown in red with its reason.
 */
export function TrancheHistory({ tranche }: { tranche: TrancheView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (tranche.history.length === 0) return null;
  return (
    <ol className="tranche-history" aria-label={t('tranches.historyOfN', { n: tranche.seq })}>
      {tranche.history.map((h, i) => (
        <li key={`${h.kind}-${h.at}-${i}`} className={`history-${h.kind}`}>
          <Tag color={KIND_COLORS[h.kind]} variant="filled">
            {t(`tranches.kinds.${h.kind}`)}
          </Tag>
          <span className="history-date">{h.date}</span>
          {h.kind === 'cancellation' ? null : (
            <span className="amount-figure history-amount">{formatFen(h.amountFen)}</span>
          )}
          {h.voucherNo ? (
            <span>
              {t('tranches.voucherNo')} <span className="mono">{h.voucherNo}</span>
            </span>
          ) : null}
          <span className="muted">{t('tranches.byAt', { name: h.by.displayName, at: formatTimestamp(h.at) })}</span>
          {h.reason ? (
            <span className="history-reason">{fieldMessage(t('tranches.reason'), h.reason, locale)}</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
