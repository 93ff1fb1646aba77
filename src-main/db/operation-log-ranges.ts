import { availableParallelism } from 'node:os';
import { BETTER_SQLITE3_PATH, runEvalWorker } from './eval-worker';
import { CHAIN_FIELDS, PAYLOAD_SQL } from './operation-log-repo';

/**
 * The operation log's chain checked in id ranges on worker threads, one per core. Each entry's hash depends
 * only on its own fields and the stored previous hash, so a range can be checked without the ranges before
 * it; what a range cannot check is its first entry's link, which the caller checks in order afterwards from
 * each range's first and last entry. Every worker opens the file read-only; entries are only ever appended,
 * so ranges fixed from the highest id at the start read a consistent chain even while the app writes.
 */
export interface RangeResult {
  entries: number;
  /** [id, prev_hash] of the range's first entry. */
  first: [number, string] | null;
  /** [id, hash] of the range's last entry. */
  last: [number, string] | null;
  /** The first entry in the range (its first included) whose hash or link (after the first) fails. */
  badId: number | null;
  /** Whether an entry before badId has a hash starting with the anchor. */
  anchorSeen: boolean;
}

/** Entries after one id up to another, in chain order, at most so many: the per-entry read. */
const CHAIN_SELECT = `SELECT id, prev_hash, hash, ${PAYLOAD_SQL} FROM operation_log WHERE id > ? AND id <= ? ORDER BY id LIMIT ?`;

/**
 * The entries with ids in (after, upTo] as one row: their payloads back to back as one blob, their hashes and
 * their links as two strings of 64-character hashes, and how many of those are well formed (text of 64
 * characters, so the strings line up entry by entry). One native call, one Buffer and a few strings per batch
 * instead of an array and a two-byte string per entry: SHA-256 then reads the UTF-8 bytes as SQLite stored
 * them, without a round trip through a JavaScript string. A plain rowid range, no subquery or LIMIT: the
 * aggregate reads the table in id order, which the worker checks anyway from the ids inside the payloads.
 */
const CHAIN_BATCH_SELECT = `SELECT count(*), max(id), CAST(group_concat(${PAYLOAD_SQL}, '') AS BLOB),
  group_concat(hash, ''), group_concat(prev_hash, ''),
  sum(typeof(hash) = 'text' AND length(hash) = 64 AND typeof(prev_hash) = 'text' AND length(prev_hash) = 64)
  FROM operation_log WHERE id > ? AND id <= ?`;

/**
 * A batch of ids is checked whole first: each payload is found in the blob by its length prefixes, its id
 * (the first field) must follow the one before, its SHA-256 must be its stored hash, and the links hold when
 * the link string equals the hash string shifted by one entry. Only a batch that fails is walked again entry
 * by entry, exactly as the single-thread check does, to find the first entry at fault.
 */
const RANGE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const Database = require(workerData.sqlite);
const { path, sql, batchSql, fields, from, to, anchor, batchSize } = workerData;
const db = new Database(path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const rowsStmt = db.prepare(sql).raw();
const batchStmt = db.prepare(batchSql).raw();
const out = { entries: 0, first: null, last: null, badId: null, anchorSeen: false };
let prevId = null;
let prevHash = null;

// The batch's first id when every entry in it holds, else null.
function wholeBatchHolds(n, lastId, blob, hashes, links, wellFormed) {
  if (wellFormed !== n || hashes.length !== 64 * n || links.length !== 64 * n) return null;
  if (prevId !== null && links.slice(0, 64) !== prevHash) return null;
  if (links.slice(64) !== hashes.slice(0, -64)) return null;
  let expected = prevId === null ? null : prevId + 1;
  let firstId = null;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const start = p;
    let id = 0;
    // Each field is "<byte length>:<bytes>", a NULL just ":"; the first field is the id.
    for (let f = 0; f < fields; f++) {
      let len = 0;
      for (let c = blob[p++]; c !== 58; c = blob[p++]) {
        if (!(c >= 48 && c <= 57)) return null;
        len = len * 10 + c - 48;
      }
      if (f === 0) {
        for (let k = p; k < p + len; k++) {
          const c = blob[k];
          if (!(c >= 48 && c <= 57)) return null;
          id = id * 10 + c - 48;
        }
      }
      p += len;
    }
    if (p > blob.length || (expected !== null && id !== expected)) return null;
    if (hash('sha256', blob.subarray(start, p), 'hex') !== hashes.substr(i * 64, 64)) return null;
    firstId ??= id;
    expected = id + 1;
  }
  return p === blob.length && expected - 1 === lastId ? firstId : null;
}

// Entry by entry from after \`after\` up to \`upTo\`: false once an entry fails (out.badId names it).
function walk(after, upTo) {
  for (;;) {
    const rows = rowsStmt.all(after, upTo, batchSize);
    for (const [id, prev, h, payload] of rows) {
      if (out.first === null) out.first = [id, prev];
      else if (id !== prevId + 1 || prev !== prevHash) { out.badId = id; return false; }
      if (hash('sha256', payload, 'hex') !== h) { out.badId = id; return false; }
      if (anchor !== null && !out.anchorSeen && h.startsWith(anchor)) out.anchorSeen = true;
      out.entries++;
      prevId = id;
      prevHash = h;
      out.last = [id, h];
    }
    if (rows.length < batchSize) return true;
    after = rows[rows.length - 1][0];
  }
}

for (let after = from; after < to; after += batchSize) {
  const upTo = Math.min(after + batchSize, to);
  const [n, lastId, blob, hashes, links, wellFormed] = batchStmt.get(after, upTo);
  if (n === 0) continue;
  const firstId = wholeBatchHolds(n, lastId, blob, hashes, links, wellFormed);
  if (firstId !== null) {
    if (out.first === null) out.first = [firstId, links.slice(0, 64)];
    if (anchor !== null && !out.anchorSeen) {
      for (let i = 0; i < n && !out.anchorSeen; i++) out.anchorSeen = hashes.startsWith(anchor, i * 64);
    }
    out.entries += n;
    prevId = lastId;
    prevHash = hashes.slice(-64);
    out.last = [lastId, prevHash];
  } else if (!walk(after, upTo)) break;
}
db.close();
parentPort.postMessage(out);
`;

/** Ids per read: about 1 MB of payload, few enough native calls that they cost nothing measurable. */
export const CHAIN_BATCH = 2000;

/** The ranges (after, upTo] splitting ids minId..maxId evenly over the cores. */
export function chainRanges(minId: number, maxId: number, parts = availableParallelism()): [number, number][] {
  const n = Math.max(1, Math.min(parts, maxId - minId + 1));
  const span = (maxId - minId + 1) / n;
  return Array.from({ length: n }, (_, i) => [
    minId - 1 + Math.round(span * i),
    i === n - 1 ? maxId : minId - 1 + Math.round(span * (i + 1)),
  ]);
}

export function checkChainRanges(
  path: string,
  ranges: readonly [number, number][],
  anchor: string | null,
  /** Entries per read; tests make it small so a range spans several batches. */
  batchSize = CHAIN_BATCH,
): Promise<RangeResult[]> {
  return Promise.all(
    ranges.map(([from, to]) =>
      runEvalWorker<RangeResult>(
        RANGE_WORKER,
        {
          sqlite: BETTER_SQLITE3_PATH,
          path,
          sql: CHAIN_SELECT,
          batchSql: CHAIN_BATCH_SELECT,
          fields: CHAIN_FIELDS.length,
          from,
          to,
          anchor,
          batchSize,
        },
        `checking log entries ${from + 1}–${to}`,
      ),
    ),
  );
}
