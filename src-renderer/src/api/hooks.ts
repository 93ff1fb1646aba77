import type { OpInput, OpName, OpOutput } from '@contract';
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type Query,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { call } from './client';
import type { ApiError } from './errors';

/** Query keys are [op, input]: one cache entry per distinct request, shared by every screen asking it. */
export function opKey<N extends OpName>(op: N, input: OpInput<N>): readonly [N, OpInput<N>] {
  return [op, input] as const;
}

/** "organizations.create" → "organizations": the area whose cached reads a mutation makes stale. */
export function areaOf(op: string): string {
  const dot = op.indexOf('.');
  return dot < 0 ? op : op.slice(0, dot);
}

/**
 * The areas of a project's money read each other's facts: a released tranche raises the grant received that
 * the budget tab and the posting rules show, a posting moves the close-out checklist, a verified milestone
 * opens a tranche gate, a reading or a re-uploaded evidence file changes the milestone board. A change in one
 * makes all of them stale.
 */
const PROJECT_MONEY = new Set([
  'tranches',
  'ledger',
  'budgets',
  'milestones',
  'indicators',
  'attachments',
  'closeOut',
  'periods',
  // An open 严重 rectification holds tranches and close-out; a confirmed 核减 is a recovery.
  'inspections',
  'findings',
  'rectifications',
]);

/** True for cached reads of the same area as the mutation (lists, details), which must be refetched. */
export function isStaleAfter(mutationOp: string, queryKey: readonly unknown[]): boolean {
  const head = queryKey[0];
  if (typeof head !== 'string') return false;
  const [read, changed] = [areaOf(head), areaOf(mutationOp)];
  // The home page and the worklists count work across every area, so any change can move them.
  if (read === 'home' || read === 'worklists') return true;
  return read === changed || (PROJECT_MONEY.has(read) && PROJECT_MONEY.has(changed));
}

export function useOp<N extends OpName>(
  op: N,
  input: OpInput<N>,
  opts: { enabled?: boolean; keepPrevious?: boolean; fresh?: boolean } = {},
) {
  return useQuery<OpOutput<N>, ApiError>({
    queryKey: opKey(op, input),
    queryFn: () => call(op, input),
    enabled: opts.enabled ?? true,
    placeholderData: opts.keepPrevious ? keepPreviousData : undefined,
    // Figures someone decides on (what is left of an allocation) are read again whenever they are shown.
    ...(opts.fresh ? { staleTime: 0 } : {}),
  });
}

type MutationOpts<N extends OpName> = Omit<
  UseMutationOptions<OpOutput<N>, ApiError, OpInput<N>>,
  'mutationFn' | 'mutationKey'
>;

/** A mutation op; on success every cached read of the same area is invalidated (and so refetched). */
export function useOpMutation<N extends OpName>(op: N, opts: MutationOpts<N> = {}) {
  const client = useQueryClient();
  const { onSuccess, ...rest } = opts;
  return useMutation<OpOutput<N>, ApiError, OpInput<N>>({
    ...rest,
    mutationKey: [op],
    mutationFn: (input) => call(op, input),
    onSuccess: async (...args) => {
      await client.invalidateQueries({ predicate: (q: Query) => isStaleAfter(op, q.queryKey) });
      await onSuccess?.(...args);
    },
  });
}
