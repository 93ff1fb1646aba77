import type { Locale } from '../../contract/errors';
// Not the contract index: `grants audit verify` should not have to load every op's schema to start.
import { ruleMessage } from '../../contract/messages';
import { chainRowAt } from '../../db/operation-log-repo';
import type { Db } from '../../db/statements';
import { lastVerifiedHead } from './head';
import { checkLogProtection, type ProtectionReport } from './protection';
import type { ChainReport } from './verify';

/**
 * The whole check of the operation log, shared by `grants audit verify` and the in-app 校验 (log.verify): the
 * log table's protection (triggers and schema exactly as the migrations made them), the hash chain, and the
 * head a previous successful check recorded (a log shorter than that, or different at that entry, was cut or
 * rewritten, which the chain alone cannot show). `problems` names every finding in the caller's language,
 * the chain's first bad entry first; `ok` only when there is none.
 */
export interface LogCheck extends ChainReport {
  problems: string[];
}

/** What the check found before walking the chain. */
export interface LogCheckStart {
  /** False for a database from before the log existed: there is nothing to check. */
  expected: boolean;
  /** The log table is gone: the check ends here with this message. */
  tableMissing: string | null;
  protection: string[];
}

export function startLogCheck(db: Db, locale: Locale): LogCheckStart {
  const version = db.pragma('user_version', { simple: true }) as number;
  const protection: ProtectionReport = checkLogProtection(db);
  return {
    expected: protection.expected,
    tableMissing: protection.tableMissing ? ruleMessage('log.check.tableMissing', locale, { version }) : null,
    protection: protection.faults.map((f) =>
      ruleMessage(`log.protection.${f.fault}`, locale, { what: objectKind(f.type, locale), name: f.name }),
    ),
  };
}

/** The check's verdict once the chain was walked (on one thread or on every core). */
export function finishLogCheck(db: Db, start: LogCheckStart, chain: ChainReport, locale: Locale): LogCheck {
  const problems: string[] = [];
  if (!chain.ok) problems.push(chain.firstBad?.message ?? '');
  problems.push(...start.protection);
  const seen = lastVerifiedHead(db);
  if (seen && chain.ok) {
    const params = { at: beijingTime(seen.at), seen: seen.entries, entries: chain.entries, hash: seen.hash };
    if (chain.entries < seen.entries) problems.push(ruleMessage('log.head.shorter', locale, params));
    else if (chainRowAt(db, seen.entries)?.[2] !== seen.hash) {
      problems.push(ruleMessage('log.head.rewritten', locale, params));
    }
  }
  return { ...chain, ok: problems.length === 0, problems };
}

/** The verdict when the log table itself is gone. */
export function missingLogCheck(message: string): LogCheck {
  return { ok: false, entries: 0, headHash: null, firstBad: null, problems: [message] };
}

/** The check in one go, for a caller already inside a read transaction (the in-app op). */
export function checkLog(db: Db, locale: Locale, walk: (db: Db) => ChainReport): LogCheck {
  const start = startLogCheck(db, locale);
  if (start.tableMissing) return missingLogCheck(start.tableMissing);
  return finishLogCheck(db, start, walk(db), locale);
}

function objectKind(type: string, locale: Locale): string {
  return ['trigger', 'index', 'table', 'view'].includes(type) ? ruleMessage(`log.object.${type}`, locale) : type;
}

/** An instant as Beijing time, "2026-12-06 21:42:05", as the officer would write it down. */
export function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}
