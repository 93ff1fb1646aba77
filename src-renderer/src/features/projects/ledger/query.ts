import type { OpInput } from '@contract';
import { toListInput, type ListState } from '../../../components/DataTable/listQuery';
import type { LedgerFilterState } from './LedgerFilters';

/**
 * The request the DataTable sends for the ledger (its list query plus the project), built the same way so
 * the tab's footer reads the same cache entry instead of asking again. The grid state only ever holds the
 * ledger's own sort ids and filters; main validates the request anyway.
 */
export function ledgerRequest(state: ListState<LedgerFilterState>, applicationId: number): OpInput<'ledger.list'> {
  return { ...toListInput(state), applicationId } as unknown as OpInput<'ledger.list'>;
}
