import { logHead as newestEntry } from '../../db/operation-log-repo';
import { getSetting, hasSettingsTable, putSetting } from '../../db/settings-repo';
import type { Db } from '../../db/statements';

/**
 * The operation log's head: how many entries it holds and the newest one's hash. Recorded outside the
 * database (a backup manifest, a report, a paper note), it lets a later check notice entries cut off the end
 * or the whole log rewritten, which the hash chain alone cannot show.
 */
export interface LogHead {
  entries: number;
  hash: string;
}

/**
 * The current head, or null for an empty log. Ids are consecutive from 1 in an intact chain, so the newest id
 * is the entry count (one step down the primary key, however long the log).
 */
export function logHead(db: Db): LogHead | null {
  const head = newestEntry(db);
  return head ? { entries: head.id, hash: head.hash } : null;
}

/** A head as `grants audit anchor` prints it for a paper record: the first 16 hex digits are enough to find it. */
export function shortHash(hash: string): string {
  return hash.slice(0, 16);
}

const VERIFIED_HEAD = 'log.verifiedHead';

/** The head of the last successful verification, with when it was verified. */
export interface VerifiedHead extends LogHead {
  at: string;
}

export function lastVerifiedHead(db: Db): VerifiedHead | undefined {
  const v = getSetting(db, VERIFIED_HEAD) as Partial<VerifiedHead> | undefined;
  if (!v || typeof v.entries !== 'number' || typeof v.hash !== 'string' || typeof v.at !== 'string') return undefined;
  return { entries: v.entries, hash: v.hash, at: v.at };
}

/** Keeps the head just verified, unless the database predates the settings table. Returns whether it did. */
export function rememberVerifiedHead(db: Db, head: LogHead, at: string): boolean {
  if (!hasSettingsTable(db)) return false;
  const previous = lastVerifiedHead(db);
  // Never move the remembered head backwards: a shorter log must keep failing until someone looks into it.
  if (previous && previous.entries > head.entries) return false;
  putSetting(db, VERIFIED_HEAD, { ...head, at }, at);
  return true;
}
