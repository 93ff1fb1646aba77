import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogRow } from '../../db/operation-log-repo';
import { chainRanges } from '../../db/operation-log-ranges';
import type { Db } from '../../db/statements';
import { openTestApp, type TestApp } from '../../testing/services';
import { entryHash, ZERO_HASH } from './chain';
import { fillLog, insertRaw, shiftIds, tamper } from '../../testing/operation-log';
import { verifyChain } from './verify';
import { verifyChainParallel } from './verify-parallel';

let t: TestApp;
let rows: LogRow[];
beforeEach(() => {
  t = openTestApp();
  rows = fillLog(t.app.db, 40);
});
afterEach(() => t.close());

// Four ranges of ten entries (1–10, 11–20, 21–30, 31–40) on four workers, whatever the machine.
const parallel = (opts = {}, batchSize?: number) =>
  verifyChainParallel(t.app.dbPath, t.app.db, opts, { minEntries: 0, parts: 4, batchSize });
const single = (opts = {}) => t.app.db.transaction(() => verifyChain(t.app.db, opts)).deferred();

function forged(id: number, prevHash: string): LogRow {
  const unsigned = { ...rows[0]!, id, prevHash, op: 'users.create', afterJson: '{"username":"mallory"}' };
  return { ...unsigned, hash: entryHash(unsigned) };
}

describe('verifyChainParallel', () => {
  it('splits the ids evenly into ranges that cover each id once', () => {
    expect(chainRanges(1, 40, 4)).toEqual([
      [0, 10],
      [10, 20],
      [20, 30],
      [30, 40],
    ]);
    expect(chainRanges(5, 7, 8)).toEqual([
      [4, 5],
      [5, 6],
      [6, 7],
    ]);
  });

  it('passes an intact chain exactly as the single-thread walk does', async () => {
    expect(await parallel()).toEqual({ ok: true, entries: 40, headHash: rows[39]!.hash, firstBad: null });
  });

  it('finds a tampered entry inside a worker’s range and names it as the single-thread walk does', async () => {
    tamper(t.app.dbPath, (db) => db.exec(`UPDATE operation_log SET after_json = '{"rating":"5A"}' WHERE id = 25`));
    const r = await parallel();
    expect(r).toMatchObject({ ok: false, firstBad: { id: 25, reason: 'edited' } });
    expect(r).toEqual(single());
  });

  it.each<[string, (db: Db) => void]>([
    ['an edited first entry of a range', (db) => db.exec(`UPDATE operation_log SET username = 'root' WHERE id = 11`)],
    ['an edited last entry', (db) => db.exec(`UPDATE operation_log SET op = 'x' WHERE id = 40`)],
    [
      'an edited link at a range boundary',
      (db) => db.exec(`UPDATE operation_log SET prev_hash = '${'f'.repeat(64)}' WHERE id = 21`),
    ],
    ['a deleted entry at a range boundary', (db) => db.exec('DELETE FROM operation_log WHERE id = 10')],
    ['a whole range deleted', (db) => db.exec('DELETE FROM operation_log WHERE id BETWEEN 11 AND 20')],
    [
      'entries swapped across a boundary',
      (db) => {
        db.exec('UPDATE operation_log SET id = -10 WHERE id = 10');
        db.exec('UPDATE operation_log SET id = 10 WHERE id = 11');
        db.exec('UPDATE operation_log SET id = 11 WHERE id = -10');
      },
    ],
    [
      'a deleted entry, the rest renumbered',
      (db) => {
        db.exec('DELETE FROM operation_log WHERE id = 15');
        shiftIds(db, 16, -1);
      },
    ],
    ['an entry with id 0', (db) => insertRaw(db, forged(0, ZERO_HASH))],
    ['two faults, the earlier one named', (db) => db.exec(`UPDATE operation_log SET op = 'x' WHERE id IN (33, 12)`)],
    // Whole batches are checked by comparing the hashes and links as one string each: these keep those
    // strings unchanged, so only the per-entry rules can catch them.
    [
      'a hash moved by one character into the next entry’s',
      (db) => {
        // As someone editing the file with a table rebuilt without its checks could.
        db.pragma('ignore_check_constraints = ON');
        const [a, b] = [rows[11]!.hash, rows[12]!.hash];
        db.prepare('UPDATE operation_log SET hash = ? WHERE id = ?').run(a.slice(0, 63), 12);
        db.prepare('UPDATE operation_log SET hash = ? WHERE id = ?').run(a.slice(63) + b, 13);
      },
    ],
  ])('gives the single-thread verdict for %s', async (_name, fn) => {
    tamper(t.app.dbPath, fn);
    const expected = single();
    expect(expected.ok).toBe(false);
    // One batch per range, and batches of three entries, so faults fall inside and across batches.
    expect(await parallel()).toEqual(expected);
    expect(await parallel({}, 3)).toEqual(expected);
  });

  it('passes an intact chain read in batches that do not divide the ranges', async () => {
    for (const batchSize of [1, 3, 7]) {
      expect(await parallel({}, batchSize)).toEqual({
        ok: true,
        entries: 40,
        headHash: rows[39]!.hash,
        firstBad: null,
      });
    }
  });

  it('checks an anchor across the ranges', async () => {
    expect(await parallel({ anchor: rows[27]!.hash.slice(0, 16) })).toMatchObject({ ok: true });
    tamper(t.app.dbPath, (db) => db.exec('DELETE FROM operation_log WHERE id > 25'));
    const cut = await parallel({ anchor: rows[27]!.hash.slice(0, 16) });
    expect(cut).toMatchObject({ ok: false, entries: 25, firstBad: { reason: 'anchorMissing' } });
    expect(cut).toEqual(single({ anchor: rows[27]!.hash.slice(0, 16) }));
    expect(await parallel({ anchor: rows[27]!.hash.slice(0, 16) }, 3)).toEqual(cut);
  });
});
