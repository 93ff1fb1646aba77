import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogRow } from '../../db/operation-log-repo';
import { openTestApp, type TestApp } from '../../testing/services';
import { entryHash, ZERO_HASH } from './chain';
import { fillLog, insertRaw, shiftIds, tamper } from '../../testing/operation-log';
import { verifyChain } from './verify';

let t: TestApp;
let rows: LogRow[];
beforeEach(() => {
  t = openTestApp();
  rows = fillLog(t.app.db, 12);
});
afterEach(() => t.close());

const check = (opts = {}) => verifyChain(t.app.db, opts);
const edit = (fn: Parameters<typeof tamper>[1]) => tamper(t.app.dbPath, fn);

function forged(id: number, prevHash: string, over: Partial<LogRow> = {}): LogRow {
  const unsigned = { ...rows[0]!, id, prevHash, op: 'users.create', afterJson: '{"username":"mallory"}', ...over };
  return { ...unsigned, hash: entryHash(unsigned) };
}

describe('verifyChain', () => {
  it('passes an intact chain and names its length and head', () => {
    expect(check()).toEqual({ ok: true, entries: 12, headHash: rows[11]!.hash, firstBad: null });
  });

  it('passes an empty log', () => {
    const empty = openTestApp();
    try {
      expect(verifyChain(empty.app.db)).toEqual({ ok: true, entries: 0, headHash: null, firstBad: null });
    } finally {
      empty.close();
    }
  });

  it.each<[string, (db: Parameters<Parameters<typeof tamper>[1]>[0]) => void, number, string]>([
    [
      'an edited value',
      (db) => db.exec(`UPDATE operation_log SET after_json = '{"rating":"5A"}' WHERE id = 5`),
      5,
      'edited',
    ],
    ['an edited operator', (db) => db.exec(`UPDATE operation_log SET username = 'root' WHERE id = 1`), 1, 'edited'],
    [
      'an edited time',
      (db) => db.exec(`UPDATE operation_log SET at = '2023-01-01T00:00:00.000Z' WHERE id = 12`),
      12,
      'edited',
    ],
    [
      'an edited prev_hash',
      (db) => db.exec(`UPDATE operation_log SET prev_hash = '${'f'.repeat(64)}' WHERE id = 7`),
      7,
      'edited',
    ],
    ['a deleted entry in the middle', (db) => db.exec('DELETE FROM operation_log WHERE id = 5'), 6, 'missing'],
    ['deleted entries in the middle', (db) => db.exec('DELETE FROM operation_log WHERE id IN (5, 6, 7)'), 8, 'missing'],
    ['the deleted first entry', (db) => db.exec('DELETE FROM operation_log WHERE id = 1'), 2, 'missing'],
    [
      'a deleted entry, the rest renumbered',
      (db) => {
        db.exec('DELETE FROM operation_log WHERE id = 5');
        shiftIds(db, 6, -1);
      },
      5,
      'missing',
    ],
    [
      'the deleted first entry, the rest renumbered',
      (db) => {
        db.exec('DELETE FROM operation_log WHERE id = 1');
        shiftIds(db, 2, -1);
      },
      1,
      'missing',
    ],
    [
      'swapped entries',
      (db) => {
        db.exec('UPDATE operation_log SET id = -5 WHERE id = 5');
        db.exec('UPDATE operation_log SET id = 5 WHERE id = 6');
        db.exec('UPDATE operation_log SET id = 6 WHERE id = -5');
      },
      5,
      'reordered',
    ],
    ['an entry with id 0', (db) => insertRaw(db, forged(0, ZERO_HASH)), 0, 'inserted'],
  ])('names %s', (_name, fn, id, reason) => {
    edit(fn);
    const r = check();
    expect(r).toMatchObject({ ok: false, firstBad: { id, reason } });
    expect(r.firstBad!.message.length).toBeGreaterThan(0);
  });

  it('names an entry inserted with a well-formed hash, the rest renumbered', () => {
    edit((db) => {
      shiftIds(db, 5, 1);
      insertRaw(db, forged(5, rows[3]!.hash));
    });
    expect(check().firstBad).toEqual({ id: 5, reason: 'inserted', message: '第 5 条日志是插入的，不属于原日志链' });
  });

  it('names an entry inserted with made-up links', () => {
    edit((db) => {
      shiftIds(db, 5, 1);
      insertRaw(db, { ...forged(5, 'e'.repeat(64)), hash: 'd'.repeat(64) });
    });
    expect(check().firstBad).toMatchObject({ id: 5, reason: 'inserted' });
  });

  it('names the entry that was rewritten with a recomputed hash', () => {
    edit((db) => {
      const changed = forged(5, rows[3]!.hash, { username: 'admin', op: rows[4]!.op });
      db.prepare('DELETE FROM operation_log WHERE id = 5').run();
      insertRaw(db, changed);
    });
    expect(check().firstBad).toMatchObject({ id: 5, reason: 'edited' });
  });

  it('speaks the caller’s language', () => {
    edit((db) => db.exec('DELETE FROM operation_log WHERE id = 3'));
    expect(check().firstBad!.message).toBe('第 4 条之前的日志缺失');
    expect(check({ locale: 'en' }).firstBad!.message).toBe('entries before entry 4 are missing');
    edit((db) => db.exec(`UPDATE operation_log SET op = 'x' WHERE id = 2`));
    expect(check({ locale: 'en' }).firstBad!.message).toBe('entry 2 was modified');
  });

  it('reports the total and the stored head even when the chain is broken', () => {
    edit((db) => db.exec(`UPDATE operation_log SET op = 'x' WHERE id = 2`));
    expect(check()).toMatchObject({ ok: false, entries: 12, headHash: rows[11]!.hash });
  });

  describe('across read batches (1,000 rows each)', () => {
    beforeEach(() => {
      rows = [...rows, ...fillLog(t.app.db, 2488)];
    });

    it('passes the whole chain', () => {
      expect(check()).toEqual({ ok: true, entries: 2500, headHash: rows[2499]!.hash, firstBad: null });
    });

    it.each<[string, string, number, string]>([
      ['an edit right after a batch', `UPDATE operation_log SET op = 'x' WHERE id = 1001`, 1001, 'edited'],
      ['an edit at the end of a batch', `UPDATE operation_log SET op = 'x' WHERE id = 2000`, 2000, 'edited'],
      ['a deletion at the end of a batch', 'DELETE FROM operation_log WHERE id = 1000', 1001, 'missing'],
      [
        'a swap across two batches',
        'UPDATE operation_log SET id = -1 WHERE id = 1000; UPDATE operation_log SET id = 1000 WHERE id = 1001; UPDATE operation_log SET id = 1001 WHERE id = -1',
        1000,
        'reordered',
      ],
      ['the newest entry edited', `UPDATE operation_log SET username = 'x' WHERE id = 2500`, 2500, 'edited'],
    ])('names %s', (_name, sql, id, reason) => {
      edit((db) => db.exec(sql));
      expect(check()).toMatchObject({ ok: false, entries: expect.any(Number), firstBad: { id, reason } });
    });
  });

  describe('limits of the chain alone, and the anchor', () => {
    it('cannot see that the newest entries were cut off, but an anchor can', () => {
      const anchor = rows[11]!.hash;
      edit((db) => db.exec('DELETE FROM operation_log WHERE id > 9'));
      expect(check()).toMatchObject({ ok: true, entries: 9 });
      const r = check({ anchor });
      expect(r).toMatchObject({ ok: false, entries: 9, firstBad: { id: 0, reason: 'anchorMissing' } });
      expect(r.firstBad!.message).toContain(anchor);
    });

    it('cannot see a tail rewritten with recomputed hashes, but an anchor can', () => {
      const anchor = rows[11]!.hash;
      edit((db) => {
        db.exec('DELETE FROM operation_log WHERE id >= 5');
        let prev = rows[3]!.hash;
        for (let id = 5; id <= 12; id++) {
          const row = forged(id, prev);
          insertRaw(db, row);
          prev = row.hash;
        }
      });
      expect(check().ok).toBe(true);
      expect(check({ anchor }).firstBad?.reason).toBe('anchorMissing');
    });

    it('accepts an anchor that is still in the chain', () => {
      expect(check({ anchor: rows[6]!.hash })).toMatchObject({ ok: true, entries: 12 });
    });
  });
});
