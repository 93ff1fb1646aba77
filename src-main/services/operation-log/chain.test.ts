import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { payloadOf, type LogRow } from '../../db/operation-log-repo';
import { openTestApp, type TestApp } from '../../testing/services';
import { chainPayload, entryHash, wellFormed, ZERO_HASH } from './chain';

let t: TestApp;
beforeEach(() => {
  t = openTestApp();
});
afterEach(() => t.close());

const base: Omit<LogRow, 'hash'> = {
  id: 1,
  at: '2024-05-01T08:00:00.000Z',
  userId: 3,
  username: 'finance',
  roles: '["finance"]',
  op: 'organizations.update',
  entityType: 'organization',
  entityId: '12',
  beforeJson: '{"rating":"3A"}',
  afterJson: '{"rating":"4A"}',
  prevHash: ZERO_HASH,
};

const values = (r: Omit<LogRow, 'hash'>) => [
  r.id,
  r.at,
  r.userId,
  r.username,
  r.roles,
  r.op,
  r.entityType,
  r.entityId,
  r.beforeJson,
  r.afterJson,
  r.prevHash,
];

describe('the hashed payload', () => {
  it('is length-prefixed text, NULL written as a bare ":" and the empty string as "0:"', () => {
    expect(chainPayload({ ...base, userId: null, entityType: null, entityId: '', beforeJson: null })).toBe(
      '1:124:2024-05-01T08:00:00.000Z:7:finance11:["finance"]20:organizations.update:0::' +
        `15:{"rating":"4A"}64:${ZERO_HASH}`,
    );
  });

  it('counts UTF-8 bytes, so Chinese and emoji are unambiguous', () => {
    expect(chainPayload({ ...base, username: '王芳😀' })).toContain('10:王芳😀');
  });

  it('is the same text SQLite builds from the stored values, for any content', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 }).map(wellFormed);
    const nullable = fc.option(text, { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          id: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
          userId: fc.option(fc.integer({ min: 1, max: 2 ** 40 }), { nil: null }),
          username: text,
          op: text,
          entityType: nullable,
          entityId: nullable,
          beforeJson: nullable,
          afterJson: nullable,
        }),
        (r) => {
          const row = { ...base, ...r };
          expect(payloadOf(t.app.db, values(row))).toBe(chainPayload(row));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('can be recomputed with any sqlite3 shell, as the doc comment in chain.ts shows', () => {
    const row = { ...base, userId: null, entityId: null, username: '王芳' };
    const fields = [
      'id',
      'at',
      'user_id',
      'username',
      'roles',
      'op',
      'entity_type',
      'entity_id',
      'before_json',
      'after_json',
      'prev_hash',
    ];
    const portable = fields.map((c) => `ifnull(length(CAST(${c} AS BLOB)) || ':' || ${c}, ':')`).join(' || ');
    const params = fields.map((c) => (c === 'id' || c === 'user_id' ? `CAST(? AS INTEGER) AS ${c}` : `? AS ${c}`));
    const sql = `SELECT ${portable} FROM (SELECT ${params.join(', ')})`;
    expect(
      t.app.db
        .prepare(sql)
        .pluck()
        .get(...values(row)),
    ).toBe(chainPayload(row));
  });

  it('gives a different hash for a different split of the same characters', () => {
    const a = entryHash({ ...base, entityType: 'ab', entityId: 'c' });
    const b = entryHash({ ...base, entityType: 'a', entityId: 'bc' });
    const c = entryHash({ ...base, entityType: null, entityId: 'abc' });
    const d = entryHash({ ...base, entityType: '', entityId: 'abc' });
    expect(new Set([a, b, c, d]).size).toBe(4);
  });

  it('is plain SHA-256 hex of the payload, which anyone can recompute', () => {
    expect(entryHash(base)).toBe(createHash('sha256').update(chainPayload(base), 'utf8').digest('hex'));
    expect(entryHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('replaces lone surrogates, which UTF-8 storage could not keep', () => {
    expect(wellFormed('a\ud800b\udc00😀')).toBe('a\ufffdb\ufffd😀');
  });
});
