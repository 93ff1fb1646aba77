import type { TrancheView } from '@contract';
import { Descriptions, Tag } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/errors';
import { useLocale } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { AmountText } from '../../../components/AmountInput/AmountInput';
import { ErrorAlert } from '../../../components/FormErrors/FormAlert';
import { formatTimestamp } from '../../../components/format';
import { STATE_COLORS, type TrancheAction } from '../display';
import { TrancheActions } from './TrancheActions';
import { TrancheGates } from './TrancheGates';
import { TrancheHistory } from './TrancheHistory';

const TAG_COLORS = { gray: 'default', blue: 'processing', green: 'success', red: 'error' } as const;

export function TrancheStateTag({ state }: { state: TrancheView['state'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={TAG_COLORS[STATE_COLORS[state]]} variant="filled">
      {t(`tranches.states.${state}`)}
    </Tag>
  );
}

function Person({ who, at }: { who: TrancheView['preparedBy']; at: string | null }) {
  const { t } = useTranslation();
  if (!who) return <>{t('common.none')}</>;
  return <>{t('tranches.byAt', { name: who.displayName, at: formatTimestamp(at) })}</>;
}

/** One tranche: amount, condition and state; the voucher and who did what; every gate; the records; actions. */
export function TrancheCard({ tranche: tr }: { tranche: TrancheView }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const titleId = useId();
  const locale = useLocale();
  // A refusal is main's answer in the language of the moment; after a switch it would read as stale.
  const [refusal, setRefusal] = useState<{ action: TrancheAction; error: ApiError; locale: string } | null>(null);
  const none = t('common.none');
  const condition = t(`conditions.${tr.condition}`);
  const failing = tr.gates.some((g) => !g.ok);
  // Maker–checker: whoever prepared it waits for a colleague; say so instead of leaving them looking for the button.
  const maker = tr.state === 'prepared' && tr.preparedBy?.id === user.id;

  return (
    <article className={`tranche-card tranche-${tr.state}`} aria-labelledby={titleId}>
      <header className="tranche-head">
        <h3 id={titleId} className="tranche-title">
          {t('tranches.trancheN', { n: tr.seq })}
        </h3>
        <TrancheStateTag state={tr.state} />
        <span className="tranche-percent">{tr.percent}%</span>
        <span className="tranche-amount">
          <AmountText fen={tr.amountFen} />
        </span>
      </header>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} className="tranche-facts">
        <Descriptions.Item label={t('tranches.condition')}>
          {tr.milestoneName
            ? t('agreement.conditionWithMilestone', { condition, milestone: tr.milestoneName })
            : condition}
        </Descriptions.Item>
        <Descriptions.Item label={t('tranches.voucherNo')}>
          {tr.voucherNo ? <span className="mono">{tr.voucherNo}</span> : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('tranches.voucherDate')}>{tr.voucherDate ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('tranches.preparedBy')}>
          <Person who={tr.preparedBy} at={tr.preparedAt} />
        </Descriptions.Item>
        <Descriptions.Item label={t('tranches.releasedBy')}>
          <Person who={tr.releasedBy} at={tr.releasedAt} />
        </Descriptions.Item>
      </Descriptions>
      <div className="tranche-section-title">{t('tranches.gates')}</div>
      <TrancheGates tranche={tr} />
      {tr.history.length > 0 ? <div className="tranche-section-title">{t('tranches.history')}</div> : null}
      <TrancheHistory tranche={tr} />
      {refusal && refusal.locale === locale ? (
        <ErrorAlert
          className="tranche-alert"
          error={refusal.error}
          title={t('tranches.refused', { n: tr.seq, action: t(`tranches.actions.${refusal.action}`) })}
        />
      ) : null}
      {maker ? <p className="muted tranche-note">{t('tranches.makerNote')}</p> : null}
      {tr.availableActions.includes('release') && failing ? (
        <p className="tranche-warning">{t('tranches.gatesBlock')}</p>
      ) : null}
      <TrancheActions tranche={tr} onError={(r) => setRefusal(r && { ...r, locale })} />
    </article>
  );
}
