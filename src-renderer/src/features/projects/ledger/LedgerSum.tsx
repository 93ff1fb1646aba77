import { formatFen } from '@contract';
import { useTranslation } from 'react-i18next';
import { signedWords } from '../budget/words';

/**
 * The footer under the ledger: how many lines the filters keep and their sum (sumFen, over every filtered line,
 * not only the page shown), in figures and 大写. Reversals count negative, so a reversed line nets to zero.
 */
export function LedgerSum({ count, sumFen }: { count: number | undefined; sumFen: number | undefined }) {
  const { t } = useTranslation();
  if (count === undefined || sumFen === undefined) return null;
  return (
    <div className="ledger-sum" role="status" aria-label={t('ledger.sumLabel')}>
      <span>{t('ledger.sumOf', { count })}</span>
      <strong className={`amount-figure${sumFen < 0 ? ' ledger-red' : ''}`} data-testid="ledger-sum">
        {formatFen(sumFen)}
      </strong>
      <span>{t('common.yuan')}</span>
      <span className="amount-words ledger-sum-words">
        {t('ledger.sumWords')}：{signedWords(sumFen, (w) => `-${w}`)}
      </span>
    </div>
  );
}
