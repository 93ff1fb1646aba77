import type { OpInput } from '@contract';
import type { QueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { opKey } from '../../api/hooks';
import type { ListOpName } from './DataTable';
import { toListInput, type ListState } from './listQuery';

/** The request a DataTable sends for its state: the list query, with the op's own fields (a project's id). */
export function listRequest(state: ListState, params?: Readonly<Record<string, string | number | boolean>>) {
  return { ...toListInput(state), ...params };
}

/**
 * Sends the question a DataTable will ask for `state` (see openingListState) before it is drawn: from a click
 * that opens it. The table then finds the request under way and waits for it rather than asking again.
 */
export function askFirstPage<N extends ListOpName>(
  client: QueryClient,
  op: N,
  state: ListState,
  params?: Readonly<Record<string, string | number | boolean>>,
): void {
  const input = listRequest(state, params) as unknown as OpInput<N>;
  void client.prefetchQuery({ queryKey: opKey(op, input), queryFn: () => call(op, input) });
}
