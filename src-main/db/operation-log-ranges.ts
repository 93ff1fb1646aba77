import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CHAIN_SELECT } from './operation-log-repo';

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

const RANGE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const Database = require(workerData.sqlite);
const { path, sql, from, to, anchor } = workerData;
const db = new Database(path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const batch = db.prepare(sql).raw();
const out = { entries: 0, first: null, last: null, badId: null, anchorSeen: false };
let after = from;
let prevId = null;
let prevHash = null;
scan: for (;;) {
  const rows = batch.all(after, to, 2000);
  for (const [id, prev, h, payload] of rows) {
    if (out.first === null) out.first = [id, prev];
    else if (id !== prevId + 1 || prev !== prevHash) { out.badId = id; break scan; }
    if (hash('sha256', payload, 'hex') !== h) { out.badId = id; break scan; }
    if (anchor !== null && !out.anchorSeen && h.startsWith(anchor)) out.anchorSeen = true;
    out.entries++;
    prevId = id;
    prevHash = h;
    out.last = [id, h];
  }
  if (rows.length < 2000) break;
  after = rows[rows.length - 1][0];
}
db.close();
parentPort.postMessage(out);
`;

const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3');

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
): Promise<RangeResult[]> {
  return Promise.all(
    ranges.map(
      ([from, to]) =>
        new Promise<RangeResult>((resolve, reject) => {
          const workerData = { sqlite: sqlitePath, path, sql: CHAIN_SELECT, from, to, anchor };
          const worker = new Worker(RANGE_WORKER, { eval: true, workerData });
          worker.once('message', (r: RangeResult) => resolve(r));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`checking log entries ${from + 1}–${to} stopped with exit code ${code}`));
          });
        }),
    ),
  );
}
