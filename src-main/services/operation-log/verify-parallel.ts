import { chainIdBounds, chainRowAt, chainRowBefore } from '../../db/operation-log-repo';
import { chainRanges, checkChainRanges } from '../../db/operation-log-ranges';
import type { Db } from '../../db/statements';
import { ZERO_HASH } from './chain';
import { brokenReport, intactReport, verifyChain, type ChainReport, type VerifyOptions } from './verify';

/** Below this many entries starting workers costs more than it saves: one thread checks them. */
export const PARALLEL_MIN_ENTRIES = 50_000;

/**
 * verifyChain on every core, same verdicts: the workers check each entry's hash and the links inside their
 * id range; the links between ranges are checked here in order, and the first entry that fails, wherever it
 * was found, is explained by the same classification as the single-thread walk. `db` is a read-only
 * connection to the file at `path`.
 */
export async function verifyChainParallel(
  path: string,
  db: Db,
  opts: VerifyOptions = {},
  /** Tests only: check short logs in parallel too, in this many ranges, reading so many entries at a time. */
  tuning: { minEntries?: number; parts?: number; batchSize?: number } = {},
): Promise<ChainReport> {
  const bounds = chainIdBounds(db);
  if (!bounds || bounds.maxId - bounds.minId + 1 < (tuning.minEntries ?? PARALLEL_MIN_ENTRIES)) {
    return db.transaction(() => verifyChain(db, opts)).deferred();
  }
  const ranges = chainRanges(bounds.minId, bounds.maxId, tuning.parts);
  const results = await checkChainRanges(path, ranges, opts.anchor ?? null, tuning.batchSize);
  let expectedId = 1;
  let prevHash = ZERO_HASH;
  let anchorSeen = opts.anchor === undefined;
  let brokenId: number | null = null;
  for (const r of results) {
    if (r.first === null) continue;
    if (r.first[0] !== expectedId || r.first[1] !== prevHash) {
      brokenId = r.first[0];
      break;
    }
    anchorSeen ||= r.anchorSeen;
    if (r.badId !== null) {
      brokenId = r.badId;
      break;
    }
    // No fault in the range, so it has a last entry.
    expectedId = r.last![0] + 1;
    prevHash = r.last![1];
  }
  if (brokenId === null) return intactReport(expectedId - 1, prevHash, anchorSeen, opts);
  return db
    .transaction(() =>
      brokenReport(db, chainRowAt(db, brokenId)!, chainRowBefore(db, brokenId) ?? null, opts.locale ?? 'zh'),
    )
    .deferred();
}
