import type { z } from 'zod';
import type { Locale, OpOutput, OpParsedInput } from '../../contract/index';
import type { logChainReportSchema } from '../../contract/ops/log';
// Not the contract index: `grants audit verify` should not have to load every op's schema to start.
import { ruleMessage } from '../../contract/messages';
import { chainBatch, chainRowAt, countLog, idWithHash, logHead, type ChainRow } from '../../db/operation-log-repo';
import type { Db } from '../../db/statements';
import type { ServiceContext } from '../context';
import { sha256Hex, ZERO_HASH } from './chain';
import { checkLog } from './check';

/** What the hash chain alone says (the whole check adds the log's protection and the head seen before). */
export type ChainReport = z.infer<typeof logChainReportSchema>;
export type ChainFault = 'edited' | 'missing' | 'inserted' | 'reordered' | 'anchorMissing';

export interface VerifyOptions {
  locale?: Locale;
  /**
   * A hash recorded earlier outside the database (printed by a previous verify, on an export or a report),
   * whole or its first digits (at least 16, as `grants audit anchor` prints it).
   * The chain alone cannot notice that its newest entries were cut off, or that everything from some entry
   * on was rewritten with recomputed hashes; an anchor that is no longer in the chain can.
   */
  anchor?: string;
}

/** Rows per read: large enough to amortise the call into SQLite, small enough to keep memory flat. */
const BATCH = 1000;

/** How far to look for the id a renumbered entry was hashed under (entries deleted, the rest renumbered). */
const RENUMBER_SEARCH = 1000;

/**
 * Walks the whole chain once, in id order, checking for each entry that its id follows the previous one,
 * that it links to the previous entry's hash and that its own hash matches its content. Stops at the first
 * entry that fails and explains it (classify). Run it inside a read transaction for a consistent snapshot.
 */
export function verifyChain(db: Db, opts: VerifyOptions = {}): ChainReport {
  const locale = opts.locale ?? 'zh';
  let expectedId = 1;
  let prevHash = ZERO_HASH;
  let previous: ChainRow | null = null;
  let broken: ChainRow | null = null;
  let anchorSeen = opts.anchor === undefined;
  // The hot loop: per row one array from SQLite (id, prev_hash, hash and the payload SQLite built), one
  // SHA-256, three comparisons. Measured faster than building the payload in JS from separate columns.
  let after: number | null = null;
  scan: for (;;) {
    const rows = chainBatch(db, after, BATCH);
    for (const row of rows) {
      if (row[0] !== expectedId || row[1] !== prevHash || sha256Hex(row[3]) !== row[2]) {
        broken = row;
        break scan;
      }
      if (!anchorSeen && row[2].startsWith(opts.anchor!)) anchorSeen = true;
      prevHash = row[2];
      previous = row;
      expectedId++;
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]![0];
  }
  if (broken) return brokenReport(db, broken, previous, locale);
  return intactReport(expectedId - 1, prevHash, anchorSeen, opts);
}

/** The report for a chain whose entries up to `entries` all hold, ending at `headHash`. */
export function intactReport(entries: number, headHash: string, anchorSeen: boolean, opts: VerifyOptions): ChainReport {
  const head = entries === 0 ? null : headHash;
  if (!anchorSeen) {
    const message = ruleMessage('log.chain.anchorMissing', opts.locale ?? 'zh', { hash: opts.anchor });
    return { ok: false, entries, headHash: head, firstBad: { id: 0, reason: 'anchorMissing', message } };
  }
  return { ok: true, entries, headHash: head, firstBad: null };
}

/** The report for the first entry that fails, `previous` being the last one that held (null: none did). */
export function brokenReport(db: Db, broken: ChainRow, previous: ChainRow | null, locale: Locale): ChainReport {
  const expectedId = previous ? previous[0] + 1 : 1;
  const fault = classify(db, broken, previous, expectedId, previous ? previous[2] : ZERO_HASH);
  return {
    ok: false,
    entries: countLog(db),
    headHash: logHead(db)?.hash ?? null,
    firstBad: { ...fault, message: ruleMessage(`log.chain.${fault.reason}`, locale, { id: fault.id }) },
  };
}

/**
 * Names what happened at the first entry that fails. Untouched entries keep their stored hash and prev_hash,
 * so where a link points says a lot: to a later entry (rows swapped), past the previous entry (that one was
 * inserted), or nowhere (the entry it pointed to is gone, or was rewritten).
 */
function classify(
  db: Db,
  row: ChainRow,
  previous: ChainRow | null,
  expectedId: number,
  expectedPrev: string,
): { id: number; reason: ChainFault } {
  const [id, prevHash, hash, payload] = row;
  // Ids only ever grow by one: a jump means entries are gone; an id below 1 was put there by hand.
  if (id > expectedId) return { id, reason: 'missing' };
  if (id < expectedId) return { id, reason: 'inserted' };
  const next = chainRowAt(db, id + 1);
  if (prevHash === expectedPrev) {
    // The link holds, so the content changed, unless the next entry links past this one: then it was inserted.
    return { id, reason: next && next[1] === prevHash ? 'inserted' : 'edited' };
  }
  const owner = idWithHash(db, prevHash);
  if (owner !== undefined && owner > id) return { id, reason: 'reordered' };
  if (next && next[1] === expectedPrev) return { id, reason: 'inserted' };
  if (owner !== undefined && owner < id - 1) return { id: owner + 1, reason: 'inserted' };
  if (owner === undefined) {
    const hashOk = sha256Hex(payload) === hash;
    // The previous entry was rewritten and re-hashed, so this one's link points at its old hash.
    if (hashOk && previous) return { id: previous[0], reason: 'edited' };
    if (hashOk || hashedUnderLaterId(row)) return { id, reason: 'missing' };
  }
  return { id, reason: 'edited' };
}

/** True if the entry is intact but was hashed under a higher id: entries before it were deleted and it moved. */
function hashedUnderLaterId([id, , hash, payload]: ChainRow): boolean {
  const rest = payload.slice(`${String(id).length}:${id}`.length);
  for (let d = 1; d <= RENUMBER_SEARCH; d++) {
    const other = String(id + d);
    if (sha256Hex(`${other.length}:${other}${rest}`) === hash) return true;
  }
  return false;
}

export function verify(ctx: ServiceContext, _input: OpParsedInput<'log.verify'>): OpOutput<'log.verify'> {
  const locale = ctx.locale ?? 'zh';
  return checkLog(ctx.db, locale, (db) => verifyChain(db, { locale }));
}
