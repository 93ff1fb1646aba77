import { formatFen } from '@contract';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DUE_ROWS,
  GRANT_ROWS,
  MATCHING_ROWS,
  signedWords,
  type ClosingBalance,
  type MoneyRow,
  type RecoveryDue,
} from './display';

interface TableProps<K extends string> {
  caption: string;
  rows: readonly MoneyRow<K>[];
  values: Record<K, number>;
  label: (key: K) => string;
  /** Rows that need the reader's eye (an outstanding amount, a negative balance). */
  highlight?: (key: K, fen: number) => boolean;
}

/** Label, figure and — for the key totals — the 人民币大写 officers compare with the paper voucher. */
function MoneyTable<K extends string>({ caption, rows, values, label, highlight }: TableProps<K>) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <table className="closeout-money" aria-labelledby={captionId}>
      <caption id={captionId}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('closeOut.itemColumn')}</th>
          <th scope="col" className="end">
            {t('closeOut.amountColumn')}
          </th>
          <th scope="col">{t('closeOut.wordsColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, words }) => {
          const fen = values[key];
          const marked = highlight?.(key, fen) ?? false;
          return (
            <tr key={key} className={marked ? 'closeout-money-marked' : undefined} data-key={key}>
              <th scope="row">{label(key)}</th>
              <td className={`end amount-figure${fen < 0 ? ' closeout-negative' : ''}`}>{formatFen(fen)}</td>
              <td className="amount-words">
                {words ? signedWords(fen, (w) => t('closeOut.negativeWords', { words: w })) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** 结项资金结算: grant funds (received, spent, recovered, what is left) and matching funds, side by side. */
export function ClosingBalanceTables({ balance }: { balance: ClosingBalance }) {
  const { t } = useTranslation();
  const label = (k: keyof ClosingBalance) => t(`closeOut.balance.${k}`);
  return (
    <>
      <MoneyTable
        caption={t('closeOut.grantGroup')}
        rows={GRANT_ROWS}
        values={balance}
        label={label}
        highlight={(_, fen) => fen < 0}
      />
      <MoneyTable
        caption={t('closeOut.matchingGroup')}
        rows={MATCHING_ROWS}
        values={balance}
        label={label}
        highlight={(_, fen) => fen < 0}
      />
    </>
  );
}

/** 应收回资金: unspent and disallowed money, what is due and what of it is still outstanding. */
export function RecoveryDueTable({ due }: { due: RecoveryDue }) {
  const { t } = useTranslation();
  return (
    <MoneyTable
      caption={t('closeOut.dueGroup')}
      rows={DUE_ROWS}
      values={due}
      label={(k) => t(`closeOut.due.${k}`)}
      highlight={(k, fen) => k === 'outstandingFen' && fen > 0}
    />
  );
}
