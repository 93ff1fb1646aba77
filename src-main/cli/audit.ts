import type { Locale } from '../contract/errors';
import { ruleMessage } from '../contract/messages';
import { DatabaseOpenError } from '../db/errors';
import { openReadOnly } from '../db/operation-log-repo';
import { withWritableFile } from '../db/settings-repo';
import type { Db } from '../db/statements';
// The log's own modules, not the operation-log index (which loads the export code and its dependencies).
import { beijingTime, finishLogCheck, startLogCheck, type LogCheck } from '../services/operation-log/check';
import { logHead, rememberVerifiedHead, shortHash } from '../services/operation-log/head';
import { verifyChainParallel } from '../services/operation-log/verify-parallel';
import { say } from './audit-messages';
import type { CommandContext } from './context';
import { countText, DataError, EXIT_DATA, EXIT_OK, UsageError } from './output';

function anchorOption(value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim().toLowerCase();
  if (!/^[0-9a-f]{16,64}$/.test(text)) throw new UsageError('usage.badAnchor', { value: String(value) });
  return text;
}

function open(dbPath: string, locale: Locale): Db {
  try {
    return openReadOnly(dbPath);
  } catch (e) {
    if (e instanceof DatabaseOpenError) throw new DataError(e.messageIn(locale));
    throw e;
  }
}

/**
 * `grants audit verify [--anchor HASH]` and `grants audit anchor`. Verify checks the log table's protection
 * (triggers and schema exactly as the migrations made them), the whole hash chain, and that the chain is not
 * shorter than, nor different at, the head a previous verification recorded; exit 1 naming every problem.
 */
export async function runAudit(ctx: CommandContext): Promise<number> {
  const action = ctx.positionals[0] ?? '';
  if (action === 'anchor') return runAnchor(ctx);
  if (action !== 'verify') throw new UsageError('usage.unknownCommand', { command: `audit ${action}` });
  const anchor = anchorOption(ctx.values.anchor);
  return runVerify(ctx, anchor);
}

async function runVerify({ io, locale, dbPath }: CommandContext, anchor: string | undefined): Promise<number> {
  const db = open(dbPath, locale);
  let report: LogCheck;
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const start = startLogCheck(db, locale);
    if (!start.expected) throw new DataError(say('noLog', locale, { path: dbPath, version }));
    if (start.tableMissing) throw new DataError(start.tableMissing);
    // On every core for a long log; entries are only appended, so the ranges read one consistent chain.
    const chain = await verifyChainParallel(db.name, db, { locale, anchor });
    report = finishLogCheck(db, start, chain, locale);
  } finally {
    db.close();
  }
  const entries = countText(report.entries);
  if (!report.ok) {
    for (const p of report.problems) io.err(say('failed', locale, { message: p }));
    io.err(say('summary', locale, { entries, headHash: report.headHash ?? '—' }));
    return EXIT_DATA;
  }
  io.out(
    report.entries === 0
      ? ruleMessage('log.chain.empty', locale)
      : ruleMessage('log.chain.intact', locale, { entries, headHash: report.headHash }),
  );
  if (report.headHash !== null) remember(dbPath, { entries: report.entries, hash: report.headHash });
  return EXIT_OK;
}

/**
 * Keeps the verified head in the database's settings for the next check. Best effort: a read-only file or
 * one another program holds locked is verified all the same, it just keeps no record.
 */
function remember(dbPath: string, head: { entries: number; hash: string }): void {
  try {
    withWritableFile(dbPath, (db) => rememberVerifiedHead(db, head, new Date().toISOString()));
  } catch {
    // Verification succeeded; the record is a convenience for the next run.
  }
}

/** `grants audit anchor`: the head in a form short enough to write down (entry count, 16 hex digits, time). */
function runAnchor({ io, locale, dbPath }: CommandContext): number {
  const db = open(dbPath, locale);
  try {
    const head = logHead(db);
    if (!head) {
      io.out(ruleMessage('log.chain.empty', locale));
      return EXIT_OK;
    }
    io.out(
      say('anchor', locale, {
        entries: countText(head.entries),
        short: shortHash(head.hash),
        at: beijingTime(new Date().toISOString()),
      }),
    );
    return EXIT_OK;
  } finally {
    db.close();
  }
}
