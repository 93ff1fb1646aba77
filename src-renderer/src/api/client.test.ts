import type { Envelope } from '@contract';
import { describe, expect, it } from 'vitest';
import { call, configureClient, onUnauthenticated } from './client';
import { ApiError } from './errors';
import { isStaleAfter } from './hooks';

function answer(env: Envelope<unknown>) {
  const seen: string[] = [];
  configureClient({
    transport: async (op, _input, locale) => {
      seen.push(`${op}:${locale}`);
      return env;
    },
    locale: () => 'en',
  });
  return seen;
}

const unauthenticated: Envelope<unknown> = {
  ok: false,
  error: {
    kind: 'Unauthenticated',
    message: 'your session expired, please sign in again',
    details: { rule: 'auth.expired' },
  },
};

describe('call', () => {
  it('returns the value of a successful op and sends the current locale', async () => {
    const seen = answer({ ok: true, value: { done: true } });
    await expect(call('auth.signOut', {})).resolves.toEqual({ done: true });
    expect(seen).toEqual(['auth.signOut:en']);
  });

  it('throws an ApiError carrying kind, message and details', async () => {
    const issues = [{ path: 'creditCode', field: '统一社会信用代码', rule: 'creditCode.check', message: 'm' }];
    answer({ ok: false, error: { kind: 'Validation', message: 'm', details: { issues } } });
    const e = await call('organizations.get', { id: 1 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ kind: 'Validation', message: 'm' });
    expect((e as ApiError).issues).toEqual(issues);
  });

  it('lists every violation of a RuleViolation and skips malformed entries', async () => {
    const violations = [
      { rule: 'application.classCap', message: '申请金额超过上限' },
      { rule: 'application.matchingShare', message: '配套资金不足' },
    ];
    answer({
      ok: false,
      error: { kind: 'RuleViolation', message: 'x', details: { violations: [...violations, { rule: 1 }, null] } },
    });
    const e = (await call('applications.submit', { id: 1 }).catch((x: unknown) => x)) as ApiError;
    expect(e.violations).toEqual(violations);
    expect(new ApiError({ kind: 'Conflict', message: 'm' }).violations).toEqual([]);
  });

  it('lists the row errors of a refused import, in file order, skipping malformed ones', () => {
    const rowErrors = [
      { row: 3, column: '区县', message: '“火星区”不是重庆市的区县' },
      { row: 5, column: '申请金额(元)', message: '不能为负数' },
    ];
    const e = new ApiError({
      kind: 'RuleViolation',
      message: 'm',
      details: { rowErrors: [rowErrors[0], { row: 'x', column: 'a', message: 'b' }, rowErrors[1]] },
    });
    expect(e.rowErrors).toEqual(rowErrors);
    expect(new ApiError({ kind: 'Validation', message: 'm', details: { rowErrors: 'no' } }).rowErrors).toEqual([]);
  });

  it('tells listeners when a session is gone, but not for a failed sign-in', async () => {
    const heard: string[] = [];
    const stop = onUnauthenticated((e) => heard.push(e.message));
    answer(unauthenticated);
    await expect(call('organizations.list', {})).rejects.toBeInstanceOf(ApiError);
    await expect(call('auth.signIn', { username: 'a', password: 'b' })).rejects.toBeInstanceOf(ApiError);
    expect(heard).toEqual(['your session expired, please sign in again']);
    stop();
    await expect(call('organizations.list', {})).rejects.toBeInstanceOf(ApiError);
    expect(heard).toHaveLength(1);
  });
});

describe('cache invalidation after a mutation', () => {
  it('marks reads of the same area stale, and only those', () => {
    expect(isStaleAfter('organizations.create', ['organizations.list', { page: 1 }])).toBe(true);
    expect(isStaleAfter('organizations.update', ['organizations.get', { id: 3 }])).toBe(true);
    expect(isStaleAfter('organizations.create', ['fundPrograms.list', {}])).toBe(false);
    expect(isStaleAfter('users.update', ['auth.status', {}])).toBe(false);
    expect(isStaleAfter('users.create', [42])).toBe(false);
    expect(isStaleAfter('tranches.release', ['budgets.view', { applicationId: 1 }])).toBe(true);
    expect(isStaleAfter('ledger.post', ['closeOut.view', { applicationId: 1 }])).toBe(true);
    expect(isStaleAfter('milestones.verify', ['tranches.list', { applicationId: 1 }])).toBe(true);
    expect(isStaleAfter('indicators.record', ['milestones.list', { applicationId: 1 }])).toBe(true);
    expect(isStaleAfter('attachments.upload', ['milestones.list', { applicationId: 1 }])).toBe(true);
    expect(isStaleAfter('ledger.post', ['organizations.list', {}])).toBe(false);
  });

  it('marks the home counts and the worklists stale after any change', () => {
    expect(isStaleAfter('tranches.release', ['home.summary', {}])).toBe(true);
    expect(isStaleAfter('applications.approve', ['worklists.notices', {}])).toBe(true);
    expect(isStaleAfter('home.checkChain', ['organizations.list', {}])).toBe(false);
  });
});

describe('a busy database', () => {
  it('is the one failure the UI offers to retry', () => {
    const busy = new ApiError({ kind: 'Conflict', message: '数据库正忙', details: { rule: 'db.busy' } });
    const taken = new ApiError({ kind: 'Conflict', message: '已存在', details: { rule: 'user.usernameTaken' } });
    const internal = new ApiError({ kind: 'Internal', message: 'x', details: { rule: 'db.busy' } });
    expect([busy.retryable, taken.retryable, internal.retryable]).toEqual([true, false, false]);
  });
});
