import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from './app';
import { dispatch } from './dispatch';
import { warmUpSoon } from './warm-up';
import { caller } from '../testing/dispatch';
import { addUser, openTestApp, type TestApp } from '../testing/services';
import { warmUpFirstScreens } from '../services/home/warm-up';

let t: TestApp;
beforeEach(() => {
  t = openTestApp();
});
afterEach(() => {
  vi.useRealTimers();
  t.close();
});

/** The SQL texts the app's connection compiles while `fn` runs. */
async function compiledDuring(app: AppContext, fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const prepare = app.db.prepare.bind(app.db);
  const spy = vi.spyOn(app.db, 'prepare').mockImplementation((sql: string) => {
    seen.push(sql);
    return prepare(sql);
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return seen;
}

/** A finance officer's first home page, after another user's call has compiled the session checks. */
async function firstHome(app: AppContext, warmUp: boolean): Promise<string[]> {
  const finance = addUser(app, 'finance', ['finance', 'project', 'evaluator']);
  const other = addUser(app, 'auditor', ['auditor']);
  const home = (token: string) => async () => {
    const r = await dispatch(app, 'home.summary', {}, caller(token));
    expect(r.ok).toBe(true);
  };
  await home(other.token)();
  if (warmUp) warmUpFirstScreens(app);
  return compiledDuring(app, home(finance.token));
}

describe('warming up the first screens', () => {
  it('leaves the first home page nothing of its own to compile', async () => {
    expect((await firstHome(t.app, false)).length).toBeGreaterThan(5);
    const warm = openTestApp();
    try {
      expect(await firstHome(warm.app, true)).toEqual([]);
    } finally {
      warm.close();
    }
  });

  it('writes nothing', () => {
    addUser(t.app, 'finance', ['finance']);
    const before = t.app.db.prepare('SELECT total_changes()').pluck().get();
    const log = t.app.db.prepare('SELECT count(*) FROM operation_log').pluck().get();
    warmUpFirstScreens(t.app);
    expect(t.app.db.prepare('SELECT total_changes()').pluck().get()).toBe(before);
    expect(t.app.db.prepare('SELECT count(*) FROM operation_log').pluck().get()).toBe(log);
  });

  it('runs once in the background after the delay, and a database closed meanwhile costs only the head start', () => {
    vi.useFakeTimers();
    warmUpSoon(t.app, 1_000);
    t.app.db.close();
    expect(() => vi.advanceTimersByTime(1_000)).not.toThrow();
  });
});
