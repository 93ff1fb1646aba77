import type { BudgetExecutionRow } from '@contract';
import { LEDGER_REVERSAL_FILTERS } from '@contract';
import { Button, Checkbox, DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FilterValue } from '../../../components/DataTable/listQuery';
import type { ListController } from '../../../components/DataTable/useListState';
import { SHARES, type Share } from './expenditure';

export type ReversalFilter = (typeof LEDGER_REVERSAL_FILTERS)[number];

export interface LedgerFilterState {
  lineCode: string | undefined;
  share: Share | undefined;
  dateFrom: string | undefined;
  dateTo: string | undefined;
  reversals: ReversalFilter | undefined;
  advance: boolean | undefined;
  [key: string]: FilterValue;
}

export const hasFilters = (f: LedgerFilterState, search: string) =>
  search !== '' || Object.values(f).some((v) => v !== undefined);

/** The ledger's filters, each a question ledger.list answers in SQL: budget line, funds, dates, reversals, 垫支. */
export function LedgerFilters({
  list,
  lines,
}: {
  list: ListController<LedgerFilterState>;
  lines: readonly BudgetExecutionRow[];
}) {
  const { t } = useTranslation();
  const f = list.state.filters;
  return (
    <>
      <Select<string>
        aria-label={t('ledger.filters.line')}
        placeholder={t('ledger.filters.allLines')}
        allowClear
        style={{ width: 170 }}
        popupMatchSelectWidth={false}
        value={f.lineCode}
        onChange={(v?: string) => list.setFilter('lineCode', v)}
        options={lines.map((l) => ({ value: l.lineCode, label: `${l.lineCode} ${l.categoryName}` }))}
      />
      <Select<Share>
        aria-label={t('ledger.filters.share')}
        placeholder={t('ledger.filters.allShares')}
        allowClear
        style={{ width: 130 }}
        value={f.share}
        onChange={(v?: Share) => list.setFilter('share', v)}
        options={SHARES.map((s) => ({ value: s, label: t(`ledger.shares.${s}`) }))}
      />
      <DatePicker.RangePicker
        aria-label={t('ledger.filters.dateRange')}
        placeholder={[t('ledger.filters.dateFrom'), t('ledger.filters.dateTo')]}
        allowEmpty={[true, true]}
        style={{ width: 250 }}
        value={[f.dateFrom ? dayjs(f.dateFrom) : null, f.dateTo ? dayjs(f.dateTo) : null]}
        onChange={(range) => {
          list.setFilter('dateFrom', range?.[0]?.format('YYYY-MM-DD'));
          list.setFilter('dateTo', range?.[1]?.format('YYYY-MM-DD'));
        }}
      />
      <Select<ReversalFilter>
        aria-label={t('ledger.filters.reversals')}
        style={{ width: 130 }}
        value={f.reversals ?? 'all'}
        onChange={(v) => list.setFilter('reversals', v === 'all' ? undefined : v)}
        options={LEDGER_REVERSAL_FILTERS.map((r) => ({ value: r, label: t(`ledger.reversalFilter.${r}`) }))}
      />
      <Checkbox checked={f.advance === true} onChange={(e) => list.setFilter('advance', e.target.checked || undefined)}>
        {t('ledger.filters.advanceOnly')}
      </Checkbox>
      {hasFilters(f, list.state.search) ? (
        <Button type="link" onClick={list.resetFilters}>
          {t('ledger.filters.reset')}
        </Button>
      ) : null}
    </>
  );
}
