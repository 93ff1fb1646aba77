import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import * as savedFilters from './saved-filters';
import { addUser, contextFor, openTestApp, type TestApp } from '../testing/services';

let t: TestApp;
let wang: ReturnType<typeof addUser>;
let li: ReturnType<typeof addUser>;
beforeEach(() => {
  t = openTestApp();
  wang = addUser(t.app, 'wang', ['project']);
  li = addUser(t.app, 'li', ['auditor']);
});
afterEach(() => t.close());

const as = (u: typeof wang) => contextFor(t.app, u);
const pending = { search: '', filters: { state: 'submitted', year: 2016 }, sort: [{ id: 'code', desc: false }] };

describe('saved filters', () => {
  it('keeps each user’s named views of a list to themselves', () => {
    const saved = savedFilters.save(as(wang), { list: 'applications', name: '本年度待初审', query: pending });
    expect(saved).toMatchObject({ list: 'applications', name: '本年度待初审', query: pending });
    savedFilters.save(as(li), {
      list: 'applications',
      name: '渝中区已立项',
      query: { filters: { state: 'approved' } },
    });
    savedFilters.save(as(wang), { list: 'organizations', name: '4A以上', query: { filters: { rating: '4A' } } });
    expect(savedFilters.list(as(wang), { list: 'applications' }).map((f) => f.name)).toEqual(['本年度待初审']);
    expect(savedFilters.list(as(li), { list: 'applications' }).map((f) => f.name)).toEqual(['渝中区已立项']);
    expect(savedFilters.list(as(wang), { list: 'organizations' })).toHaveLength(1);
  });

  it('replaces the query when a name is saved again, logging both versions', () => {
    const first = savedFilters.save(as(wang), { list: 'applications', name: '待办', query: pending });
    const ctx = as(wang);
    const second = savedFilters.save(ctx, { list: 'applications', name: '待办', query: { search: '心语' } });
    expect(second).toMatchObject({ id: first.id, query: { search: '心语' } });
    expect(savedFilters.list(as(wang), { list: 'applications' })).toHaveLength(1);
    expect(ctx.changes[0]).toMatchObject({
      entityType: 'savedFilter',
      before: { query: pending },
      after: { query: { search: '心语' } },
    });
  });

  it('deletes only one’s own filter; someone else’s reads as not found', () => {
    const mine = savedFilters.save(as(wang), { list: 'applications', name: '待办', query: pending });
    let error: unknown;
    try {
      savedFilters.remove(as(li), { id: mine.id });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).rule).toBe('savedFilter.notFound');
    expect(savedFilters.remove(as(wang), { id: mine.id })).toEqual({ done: true });
    expect(savedFilters.list(as(wang), { list: 'applications' })).toEqual([]);
  });
});
