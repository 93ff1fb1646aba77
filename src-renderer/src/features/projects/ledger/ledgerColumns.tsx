import type { LedgerRow } from '@contract';
import { formatFen } from '@contract';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { gridColumnHelper, type GridColumn } from '../../../components/DataTable/columns';

const helper = gridColumnHelper<LedgerRow>();

export interface LedgerColumnOptions {
  /** The row may be reversed by this user now (main offers 'reverse' and the row is neither reversed nor a reversal). */
  canReverse: (row: LedgerRow) => boolean;
  onReverse: (row: LedgerRow) => void;
  /** Shows a voucher in the grid (a reversal's original, or a reversed line's reversal). */
  onFind: (voucherNo: string) => void;
}

/** A small mark in a cell (红字, 已冲销, 垫支); plain elements, as the grid re-renders its visible rows on scroll. */
function Mark({ tone, children }: { tone: 'red' | 'grey' | 'warn'; children: string }) {
  return <span className={`ledger-mark ledger-mark-${tone}`}>{children}</span>;
}

/** 红字 in red with the mark and, on hover, the original voucher and the reason; a reversed line says 已冲销. */
function AmountCell({ row }: { row: LedgerRow }) {
  const { t } = useTranslation();
  if (row.reversesId !== null)
    return (
      <span
        className="ledger-red"
        title={t('ledger.reversalTip', { voucherNo: row.reversesVoucherNo ?? '', reason: row.reason })}
      >
        <Mark tone="red">{t('ledger.red')}</Mark>
        <span className="amount-figure">{formatFen(row.amountFen)}</span>
      </span>
    );
  if (row.reversedById !== null)
    return (
      <span className="ledger-reversed" title={t('ledger.reversedBy', { voucherNo: row.reversedByVoucherNo ?? '' })}>
        <Mark tone="grey">{t('ledger.reversed')}</Mark>
        <span className="amount-figure">{formatFen(row.amountFen)}</span>
      </span>
    );
  return <span className="amount-figure">{formatFen(row.amountFen)}</span>;
}

/** The voucher a reversal negates, or the reversal of a reversed line: a link that shows it in the grid. */
function LinkCell({ row, onFind }: { row: LedgerRow; onFind: (voucherNo: string) => void }) {
  const { t } = useTranslation();
  const target = row.reversesVoucherNo ?? row.reversedByVoucherNo;
  if (!target) return null;
  const red = row.reversesVoucherNo !== null;
  return (
    <button
      type="button"
      className={`ledger-link${red ? ' ledger-red' : ''}`}
      title={
        red
          ? t('ledger.reversalTip', { voucherNo: target, reason: row.reason })
          : t('ledger.showVoucher', { voucherNo: target })
      }
      onClick={(e) => {
        e.stopPropagation();
        onFind(target);
      }}
    >
      {red ? t('ledger.reverses', { voucherNo: target }) : t('ledger.reversedBy', { voucherNo: target })}
    </button>
  );
}

/**
 * The ledger's columns; sortable ones are those ledger.list sorts by (LEDGER_SORTABLE). Their least widths add
 * up to what a 1440 px window leaves beside the menu, so 金额 is in view without scrolling sideways; wider
 * windows share the spare room, most of it to 收款方 and 摘要, which show their whole text on hover.
 */
export function useLedgerColumns({ canReverse, onReverse, onFind }: LedgerColumnOptions): GridColumn<LedgerRow>[] {
  const { t, i18n } = useTranslation();
  return useMemo(
    () =>
      helper.columns([
        helper.accessor('voucherNo', {
          header: t('ledger.columns.voucherNo'),
          enableHiding: false,
          meta: { label: t('ledger.columns.voucherNo'), width: 100 },
          cell: (c) => <span className="mono">{c.getValue()}</span>,
        }),
        helper.accessor('date', {
          header: t('ledger.columns.date'),
          meta: { label: t('ledger.columns.date'), width: 96 },
        }),
        helper.accessor('invoiceNo', {
          header: t('ledger.columns.invoiceNo'),
          enableSorting: false,
          meta: { label: t('ledger.columns.invoiceNo'), width: 104 },
          cell: (c) => c.getValue() || <span className="muted">{t('common.none')}</span>,
        }),
        helper.accessor('lineCode', {
          header: t('ledger.columns.line'),
          meta: { label: t('ledger.columns.line'), width: 116 },
          cell: (c) => (
            <span title={`${c.row.original.lineCode} ${c.row.original.categoryName}`}>
              <span className="mono">{c.getValue()}</span> {c.row.original.categoryName}
            </span>
          ),
        }),
        helper.accessor('share', {
          header: t('ledger.columns.share'),
          enableSorting: false,
          meta: { label: t('ledger.columns.share'), width: 80 },
          cell: (c) => t(`ledger.shares.${c.row.original.share}`),
        }),
        helper.accessor('payee', {
          header: t('ledger.columns.payee'),
          meta: { label: t('ledger.columns.payee'), width: 135 },
        }),
        helper.accessor('summary', {
          header: t('ledger.columns.summary'),
          enableSorting: false,
          meta: { label: t('ledger.columns.summary'), width: 150 },
        }),
        helper.accessor('amountFen', {
          header: t('ledger.columns.amount'),
          meta: { label: t('ledger.columns.amount'), width: 140, amount: true },
          cell: (c) => <AmountCell row={c.row.original} />,
        }),
        helper.accessor('advance', {
          header: t('ledger.columns.advance'),
          enableSorting: false,
          meta: { label: t('ledger.columns.advance'), width: 56, align: 'center' },
          cell: (c) => (c.getValue() ? <Mark tone="warn">{t('ledger.advanceMark')}</Mark> : null),
        }),
        helper.display({
          id: 'link',
          header: t('ledger.columns.link'),
          meta: { label: t('ledger.columns.link'), width: 115 },
          cell: (c) => <LinkCell row={c.row.original} onFind={onFind} />,
        }),
        helper.display({
          id: 'actions',
          header: t('ledger.columns.actions'),
          meta: { label: t('ledger.columns.actions'), width: 64, align: 'center', exportable: false },
          cell: (c) =>
            canReverse(c.row.original) ? (
              <button
                type="button"
                className="ledger-action"
                aria-label={t('ledger.reverseN', { voucherNo: c.row.original.voucherNo })}
                onClick={(e) => {
                  e.stopPropagation();
                  onReverse(c.row.original);
                }}
              >
                {t('ledger.reverse')}
              </button>
            ) : null,
        }),
      ]),
    // The labels follow the language; i18n.language makes the switch rebuild them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language, canReverse, onReverse, onFind],
  );
}
