import { amountInWords, formatFen, MAX_FEN, type FundProgramMoney } from '@contract';
import { Tooltip } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import './allocation.css';

/** 大写 of an amount that may be negative (a balance while advances are open): the words of its size. */
function words(fen: number, negative: (w: string) => string): string {
  const size = Math.abs(fen);
  if (!Number.isSafeInteger(size) || size > MAX_FEN) return String(fen);
  return fen < 0 ? negative(amountInWords(size)) : amountInWords(size);
}

function Figure(props: { label: string; fen: number; hint?: string; note?: string; tone?: 'warning' | 'negative' }) {
  const { t } = useTranslation();
  const labelId = useId();
  const text = words(props.fen, (w) => t('allocation.negativeWords', { words: w }));
  return (
    <div
      className={`allocation-card${props.tone ? ` allocation-card-${props.tone}` : ''}`}
      role="group"
      aria-labelledby={labelId}
    >
      <div className="allocation-card-label" id={labelId}>
        {props.hint ? (
          <Tooltip title={props.hint}>
            <span className="allocation-card-hinted" tabIndex={0}>
              {props.label}
            </span>
          </Tooltip>
        ) : (
          props.label
        )}
        {props.note ? <span className="allocation-card-note">{props.note}</span> : null}
      </div>
      <div className="allocation-card-figure amount-figure">{formatFen(props.fen)}</div>
      <div className="amount-words" title={text}>
        {text}
      </div>
    </div>
  );
}

/** allocated / approved / remaining / released / spent / recovered / balance, in figures and 大写. */
export function AllocationCards({ m }: { m: FundProgramMoney }) {
  const { t } = useTranslation();
  return (
    <section className="allocation-cards" aria-label={t('allocation.summaryLabel')}>
      <Figure label={t('allocation.allocated')} fen={m.allocatedFen} />
      <Figure
        label={t('allocation.committed')}
        fen={m.committedFen}
        hint={t('allocation.hints.committed')}
        note={t('allocation.projects', { count: m.approvedCount })}
      />
      <Figure
        label={t('allocation.remaining')}
        fen={m.remainingFen}
        hint={t('allocation.hints.remaining')}
        tone={m.remainingFen === 0 ? 'warning' : undefined}
      />
      <Figure label={t('allocation.released')} fen={m.releasedFen} hint={t('allocation.hints.released')} />
      <Figure label={t('allocation.spent')} fen={m.spentFen} hint={t('allocation.hints.spent')} />
      <Figure label={t('allocation.recovered')} fen={m.recoveredFen} hint={t('allocation.hints.recovered')} />
      <Figure
        label={t('allocation.balance')}
        fen={m.balanceFen}
        hint={t('allocation.hints.balance')}
        tone={m.balanceFen < 0 ? 'negative' : undefined}
      />
    </section>
  );
}

/** The program page's card: the money of a fund program against its allocation, read fresh each time. */
export function AllocationSummary({ programId }: { programId: number }) {
  const money = useOp('fundPrograms.money', { id: programId }, { fresh: true });
  return money.data ? <AllocationCards m={money.data} /> : <QueryState pending={money.isPending} error={money.error} />;
}
