import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/services';
import { appendLogEntries } from './append';
import { ZERO_HASH } from './chain';
import { changedFields, redact } from './values';
import { verifyChain } from './verify';

let t: TestApp;
beforeEach(() => {
  t = openTestApp();
});
afterEach(() => t.close());

const actor = { userId: 7, username: 'wang', roles: ['finance' as const, 'auditor' as const] };
const append = (events: Parameters<typeof appendLogEntries>[3], at = '2024-05-01T08:00:00.000Z') =>
  t.app.db.transaction(() => appendLogEntries(t.app.db, at, actor, events))();

describe('appendLogEntries', () => {
  it('chains entries across calls, the first from 64 zeros', () => {
    const [a, b] = append([
      { op: 'x.create', entityType: 'x', entityId: '1', before: null, after: { v: 1 } },
      { op: 'x.create', entityType: 'x', entityId: '2', before: null, after: { v: 2 } },
    ]);
    const [c] = append([{ op: 'x.update', entityType: 'x', entityId: '1', before: { v: 1 }, after: { v: 3 } }]);
    expect(a).toMatchObject({ id: 1, prevHash: ZERO_HASH, username: 'wang', roles: '["finance","auditor"]' });
    expect(b).toMatchObject({ id: 2, prevHash: a!.hash });
    expect(c).toMatchObject({ id: 3, prevHash: b!.hash, beforeJson: '{"v":1}', afterJson: '{"v":3}' });
    expect(verifyChain(t.app.db)).toMatchObject({ ok: true, entries: 3, headHash: c!.hash });
  });

  it('refuses to run outside a transaction', () => {
    expect(() => appendLogEntries(t.app.db, 'x', actor, [])).toThrow(/inside a transaction/);
  });

  it('keeps only the changed fields of an update, and whole values of a creation or removal', () => {
    const [u, c, r] = append([
      {
        op: 'o.update',
        entityType: 'o',
        entityId: '1',
        before: { name: 'A', rating: '3A', phone: '1', tags: ['a'] },
        after: { name: 'A', rating: '4A', phone: '1', tags: ['a', 'b'], added: true },
      },
      { op: 'o.create', entityType: 'o', entityId: '2', before: null, after: { name: 'B', rating: null } },
      { op: 'o.remove', entityType: 'o', entityId: '3', before: { name: 'C' }, after: null },
    ]);
    expect(JSON.parse(u!.beforeJson!)).toEqual({ rating: '3A', tags: ['a'] });
    expect(JSON.parse(u!.afterJson!)).toEqual({ rating: '4A', tags: ['a', 'b'], added: true });
    expect(c).toMatchObject({ beforeJson: null, afterJson: '{"name":"B","rating":null}' });
    expect(r).toMatchObject({ beforeJson: '{"name":"C"}', afterJson: null });
  });

  it('stores text that cannot be UTF-8 in a form that still verifies', () => {
    const [e] = t.app.db.transaction(() =>
      appendLogEntries(t.app.db, 'now', { userId: null, username: 'x\ud800\u0000y', roles: [] }, [
        { op: 'auth.signInFailed', entityType: null, entityId: null, before: null, after: { s: '\udfff' } },
      ]),
    )();
    expect(e!.username).toBe('x\ufffd\u0000y');
    expect(t.app.db.prepare('SELECT username FROM operation_log').pluck().get()).toBe('x\ufffd\u0000y');
    expect(verifyChain(t.app.db).ok).toBe(true);
  });
});

describe('redact', () => {
  it('drops secret fields at any depth, whatever their spelling', () => {
    const value = {
      username: 'wang',
      password: 'p1',
      Password_Hash: 'h',
      nested: [
        { newPassword: 'p2', currentPassword: 'p3', keep: 1 },
        { token: 't', 'session-token': 's' },
      ],
      deep: { a: { b: { tokenHash: 'th', ok: true } } },
    };
    expect(redact(value)).toEqual({ username: 'wang', nested: [{ keep: 1 }, {}], deep: { a: { b: { ok: true } } } });
  });

  it('turns values JSON cannot hold into ones it can', () => {
    expect(
      redact({
        n: 10n,
        d: new Date(0),
        nan: Number.NaN,
        u: undefined,
        f: () => 1,
        m: new Map([['k', 1]]),
        s: new Set([1]),
      }),
    ).toEqual({ n: '10', d: '1970-01-01T00:00:00.000Z', nan: 'NaN', f: null, m: [['k', 1]], s: [1] });
  });
});

describe('changedFields', () => {
  it('leaves anything but two objects alone', () => {
    expect(changedFields(null, { a: 1 })).toEqual({ before: null, after: { a: 1 } });
    expect(changedFields([1], [2])).toEqual({ before: [1], after: [2] });
  });

  it('is empty on both sides when nothing changed', () => {
    expect(changedFields({ a: 1, b: [1] }, { a: 1, b: [1] })).toEqual({ before: {}, after: {} });
  });
});
