import type { LedgerRow } from '@contract';
import { amountInWords, formatFen } from '@contract';
import { Descriptions, Drawer, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../../components/format';

/** One posted line in full (opened with Enter or a double click): who posted it, when, and its reversal links. */
export function LineDrawer({ row, onClose }: { row: LedgerRow; onClose: () => void }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const red = row.reversesId !== null;
  return (
    <Drawer open size={520} title={t('ledger.detailTitle', { voucherNo: row.voucherNo })} onClose={onClose}>
      <Descriptions size="small" bordered column={1} className="ledger-detail">
        <Descriptions.Item label={t('ledger.columns.voucherNo')}>
          <span className="mono">{row.voucherNo}</span>
          {red ? (
            <Tag color="error" className="ledger-tag">
              {t('ledger.red')}
            </Tag>
          ) : null}
          {row.reversedById !== null ? <Tag className="ledger-tag">{t('ledger.reversed')}</Tag> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('ledger.columns.date')}>{row.date}</Descriptions.Item>
        <Descriptions.Item label={t('ledger.columns.invoiceNo')}>{row.invoiceNo || none}</Descriptions.Item>
        <Descriptions.Item label={t('ledger.columns.line')}>
          <span className="mono">{row.lineCode}</span> {row.categoryName}
        </Descriptions.Item>
        <Descriptions.Item label={t('ledger.columns.share')}>{t(`ledger.shares.${row.share}`)}</Descriptions.Item>
        <Descriptions.Item label={t('ledger.costTypeOfLine')}>
          {row.costType ? t(`costTypes.${row.costType}`) : t('ledger.ordinary')}
        </Descriptions.Item>
        <Descriptions.Item label={t('ledger.columns.payee')}>{row.payee}</Descriptions.Item>
        <Descriptions.Item label={t('ledger.columns.summary')}>{row.summary}</Descriptions.Item>
        <Descriptions.Item label={t('ledger.columns.amount')}>
          <span className={`amount-text${red ? ' ledger-red' : ''}`}>
            <span className="amount-figure">{formatFen(row.amountFen)}</span>
            <span className="amount-words">{amountInWords(Math.abs(row.amountFen))}</span>
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('ledger.columns.advance')}>
          {row.advance ? t('common.yes') : t('common.no')}
        </Descriptions.Item>
        {row.reversesVoucherNo ? (
          <Descriptions.Item label={t('ledger.columns.link')}>
            {t('ledger.reverses', { voucherNo: row.reversesVoucherNo })}
          </Descriptions.Item>
        ) : null}
        {row.reversedByVoucherNo ? (
          <Descriptions.Item label={t('ledger.columns.link')}>
            {t('ledger.reversedBy', { voucherNo: row.reversedByVoucherNo })}
          </Descriptions.Item>
        ) : null}
        {row.reason ? <Descriptions.Item label={t('ledger.reverseReason')}>{row.reason}</Descriptions.Item> : null}
        <Descriptions.Item label={t('ledger.postedBy')}>{row.postedBy.displayName}</Descriptions.Item>
        <Descriptions.Item label={t('ledger.postedAt')}>{formatTimestamp(row.postedAt)}</Descriptions.Item>
      </Descriptions>
    </Drawer>
  );
}
