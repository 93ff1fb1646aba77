import type { OpName } from '@contract';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * Marks cached reads of other areas stale after a mutation whose effects reach them (useOpMutation only
 * refreshes its own area): a verification opens a tranche gate, a reading changes the milestone board.
 */
export function useAlsoStale(...ops: OpName[]): () => Promise<void> {
  const client = useQueryClient();
  const key = ops.join(',');
  return useCallback(async () => {
    await Promise.all(key.split(',').map((op) => client.invalidateQueries({ queryKey: [op] })));
  }, [client, key]);
}
