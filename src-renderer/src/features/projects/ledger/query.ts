import type { OpInput } from '@contract';
import type { QueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { opKey } from '../../../api/hooks';
import { askFirstPage } from '../../../components/DataTable/askFirstPage';
import { toListInput, type ListState } from '../../../components/DataTable/listQuery';
import { openingListState } from '../../../components/DataTable/useListState';
import type { LedgerFilterState } from './LedgerFilters';

export const NO_FILTERS: LedgerFilterState = {
  lineCode: undefined,
  share: undefined,
  dateFrom: undefined,
  dateTo: undefined,
  reversals: undefined,
  advance: undefined,
};

/** Where a project's ledger opens: unfiltered, newest first (what an officer just entered is what they look for). */
export const LEDGER_OPENING = { filters: NO_FILTERS, sorting: [{ id: 'voucherNo', desc: true }] };

/** The ledger's list state is remembered per project. */
export const ledgerListKey = (applicationId: number) => `ledger-${applicationId}`;

/**
 * The request the DataTable sends for the ledger (its list query plus the project), built the same way so
 * the tab's footer reads the same cache entry instead of asking again. The grid state only ever holds the
 * ledger's own sort ids and filters; main validates the request anyway.
 */
export function ledgerRequest(state: ListState<LedgerFilterState>, applicationId: number): OpInput<'ledger.list'> {
  return { ...toListInput(state), applicationId } as unknown as OpInput<'ledger.list'>;
}

/**
 * The tab's two questions (the budget view, the ledger page it opens on), sent by the click on the tab so both
 * are under way while the tab is drawn, not one after the other from inside the drawing.
 */
export function askLedgerAhead(client: QueryClient, applicationId: number): void {
  const view = { applicationId };
  void client.prefetchQuery({ queryKey: opKey('budgets.view', view), queryFn: () => call('budgets.view', view) });
  const state = openingListState(ledgerListKey(applicationId), LEDGER_OPENING);
  askFirstPage(client, 'ledger.list', state, { applicationId });
}
