import type { BudgetView } from '@contract';
import { formatFen } from '@contract';
import { Tooltip } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { signedWords } from './words';

type Tone = 'normal' | 'negative' | 'warning';

function MoneyCard({ label, fen, hint, tone }: { label: string; fen: number; hint?: string; tone: Tone }) {
  const { t } = useTranslation();
  const labelId = useId();
  const words = signedWords(fen, (w) => t('budget.overspentWords', { words: w }));
  return (
    <div className={`budget-card budget-card-${tone}`} role="group" aria-labelledby={labelId}>
      <div className="budget-card-label" id={labelId}>
        {hint ? (
          <Tooltip title={hint}>
            <span className="budget-card-hinted">{label}</span>
          </Tooltip>
        ) : (
          label
        )}
      </div>
      <div className="budget-card-figure amount-figure">{formatFen(fen)}</div>
      <div className="amount-words" title={words}>
        {words}
      </div>
    </div>
  );
}

/**
 * The project's money in six figures: what was approved, what arrived (到位资金) and what of it was paid back
 * (when any was), what the grant and the matching funds paid, what of the grant may still be spent (the figure
 * the posting rule judges by), and any 垫支 not yet covered by money received.
 */
export function BudgetSummary({ view }: { view: BudgetView }) {
  const { t } = useTranslation();
  return (
    <section className="budget-cards" aria-label={t('budget.summaryLabel')}>
      <MoneyCard label={t('budget.cards.approved')} fen={view.approvedFen} tone="normal" />
      <MoneyCard
        label={t('budget.cards.received')}
        hint={t('budget.cardHints.received')}
        fen={view.grantReceivedFen}
        tone="normal"
      />
      {view.recoveredFen > 0 ? (
        <MoneyCard
          label={t('budget.cards.recovered')}
          hint={t('budget.cardHints.recovered')}
          fen={view.recoveredFen}
          tone="normal"
        />
      ) : null}
      <MoneyCard label={t('budget.cards.grantSpent')} fen={view.grantSpentFen} tone="normal" />
      <MoneyCard label={t('budget.cards.matchingSpent')} fen={view.matchingSpentFen} tone="normal" />
      <MoneyCard
        label={t('budget.cards.grantBalance')}
        hint={t('budget.cardHints.grantBalance')}
        fen={view.grantBalanceFen}
        tone={view.grantBalanceFen < 0 ? 'negative' : 'normal'}
      />
      <MoneyCard
        label={t('budget.cards.advanceOpen')}
        hint={t('budget.cardHints.advanceOpen')}
        fen={view.advanceOpenFen}
        tone={view.advanceOpenFen > 0 ? 'warning' : 'normal'}
      />
    </section>
  );
}
