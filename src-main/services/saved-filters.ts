import type { OpOutput, OpParsedInput } from '../contract/index';
import {
  deleteSavedFilter,
  findSavedFilterByName,
  getSavedFilter,
  insertSavedFilter,
  listSavedFilters,
  updateSavedFilterQuery,
  type SavedFilterRecord,
} from '../db/saved-filters-repo';
import { AppError, nowIso, requireUser } from './app-error';
import { recordChange } from './audit';
import type { ServiceContext } from './context';

type SavedFilterView = OpOutput<'savedFilters.save'>;

function toView(f: SavedFilterRecord): SavedFilterView {
  return { id: f.id, list: f.list, name: f.name, query: f.query, createdAt: f.createdAt };
}

/** A user sees only their own saved filters. */
export function list(ctx: ServiceContext, input: OpParsedInput<'savedFilters.list'>): OpOutput<'savedFilters.list'> {
  return listSavedFilters(ctx.db, requireUser(ctx).id, input.list).map(toView);
}

/** Saving under a name the user already has for that list replaces that filter's query. */
export function save(ctx: ServiceContext, input: OpParsedInput<'savedFilters.save'>): OpOutput<'savedFilters.save'> {
  const user = requireUser(ctx);
  const now = nowIso(ctx);
  const existing = findSavedFilterByName(ctx.db, user.id, input.list, input.name);
  if (existing) {
    updateSavedFilterQuery(ctx.db, existing.id, input.query, now);
    recordChange(ctx, 'savedFilter', existing.id, toView(existing), { ...toView(existing), query: input.query });
    return toView(getSavedFilter(ctx.db, existing.id)!);
  }
  const id = insertSavedFilter(ctx.db, {
    userId: user.id,
    list: input.list,
    name: input.name,
    query: input.query,
    now,
  });
  const saved = getSavedFilter(ctx.db, id)!;
  recordChange(ctx, 'savedFilter', id, null, toView(saved));
  return toView(saved);
}

/** Someone else's filter is as good as absent: the answer does not reveal that it exists. */
export function remove(
  ctx: ServiceContext,
  input: OpParsedInput<'savedFilters.delete'>,
): OpOutput<'savedFilters.delete'> {
  const user = requireUser(ctx);
  const f = getSavedFilter(ctx.db, input.id);
  if (!f || f.userId !== user.id) throw new AppError('NotFound', 'savedFilter.notFound', { id: input.id });
  deleteSavedFilter(ctx.db, f.id);
  recordChange(ctx, 'savedFilter', f.id, toView(f), null);
  return { done: true };
}
