import { QueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { opKey } from '../../../api/hooks';
import { listRequest } from '../../../components/DataTable/askFirstPage';
import { useListState } from '../../../components/DataTable/useListState';
import type { LedgerFilterState } from './LedgerFilters';
import { askLedgerAhead, LEDGER_OPENING, ledgerListKey, ledgerRequest } from './query';

// No service here: the questions are sent and fail; what matters is the cache entry each is filed under.
const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** The request the tab's grid (DataTable) and its footer (ledgerRequest) make for a list state. */
function tabRequests(applicationId: number, filters: Partial<LedgerFilterState> = {}) {
  const state = { page: 1, pageSize: 50, sorting: LEDGER_OPENING.sorting, search: '', filters };
  return [
    opKey('ledger.list', listRequest(state, { applicationId }) as never),
    opKey(
      'ledger.list',
      ledgerRequest({ ...state, filters: { ...LEDGER_OPENING.filters, ...filters } }, applicationId),
    ),
  ];
}

describe('askLedgerAhead', () => {
  it('asks, under the keys the tab will read, for the budget view and the page the ledger opens on', () => {
    const c = client();
    askLedgerAhead(c, 7);
    expect(c.getQueryState(opKey('budgets.view', { applicationId: 7 }))).toBeDefined();
    const [grid, footer] = tabRequests(7);
    expect(c.getQueryState(grid!)).toBeDefined();
    expect(c.getQueryState(footer!)).toBeDefined();
    // One question, not two: the grid and the footer share it.
    expect(c.getQueryCache().findAll({ queryKey: ['ledger.list'] })).toHaveLength(1);
  });

  it('asks for the list where the user left it, not its first page', () => {
    // A list opened from a link remembers its question for the session, as any change by the user does.
    function Opened() {
      useListState<LedgerFilterState>(ledgerListKey(8), { ...LEDGER_OPENING, linked: { reversals: 'reversalsOnly' } });
      return null;
    }
    renderToString(createElement(Opened));
    const c = client();
    askLedgerAhead(c, 8);
    const [remembered] = tabRequests(8, { reversals: 'reversalsOnly' });
    const [first] = tabRequests(8);
    expect(c.getQueryState(remembered!)).toBeDefined();
    expect(c.getQueryState(first!)).toBeUndefined();
  });
});
