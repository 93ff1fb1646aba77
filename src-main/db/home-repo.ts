import type { ChainCheck, ProgramCard } from '../contract/index';
import { prepared, type Db } from './statements';

/**
 * Each fund program's money for the finance home: allocation, approved (立项) amounts, tranches released net
 * of reversals, and grant spending net of reversals. One grouped query per measure, not one per program.
 */
export function programCards(db: Db, limit: number): ProgramCard[] {
  const programs = prepared(
    db,
    `SELECT id, code, name, year, total_allocation_fen FROM fund_programs ORDER BY year DESC, code ASC LIMIT ?`,
  ).all(limit) as { id: number; code: string; name: string; year: number; total_allocation_fen: number }[];
  const sums = (sql: string) =>
    new Map(
      (prepared(db, sql).all() as { program: number; total: number }[]).map((r) => [r.program, r.total] as const),
    );
  const approved = sums(
    `SELECT a.fund_program_id AS program, sum(g.approved_fen) AS total
     FROM agreements g JOIN applications a ON a.id = g.application_id GROUP BY a.fund_program_id`,
  );
  const released = sums(
    `SELECT a.fund_program_id AS program, sum(r.amount_fen) AS total
     FROM tranche_records r JOIN agreement_tranches t ON t.id = r.tranche_id JOIN agreements g ON g.id = t.agreement_id
     JOIN applications a ON a.id = g.application_id GROUP BY a.fund_program_id`,
  );
  const spent = grantSpentByProgram(db);
  return programs.map((p) => {
    const approvedFen = approved.get(p.id) ?? 0;
    const spentFen = spent.get(p.id) ?? 0;
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      year: p.year,
      allocatedFen: p.total_allocation_fen,
      approvedFen,
      releasedFen: released.get(p.id) ?? 0,
      spentFen,
      executionBasisPoints: approvedFen === 0 ? null : Math.round((spentFen * 10_000) / approvedFen),
    };
  });
}

interface SpentSoFar {
  /** Ledger lines up to this id are in `byProgram`. */
  lastId: number;
  byProgram: Map<number, number>;
}
const spentCaches = new WeakMap<Db, SpentSoFar>();

/**
 * Grant spending per program, kept per connection and brought up to date with the lines posted since the last
 * call. Exact because ledger lines are insert-only (triggers refuse updates and deletes; a correction is a new
 * reversal line) and their ids only grow, and because a read runs in one transaction, so the newest id and the
 * sums come from the same snapshot. Summing a million lines on every home page would take about a second.
 */
function grantSpentByProgram(db: Db): Map<number, number> {
  const cache = spentCaches.get(db) ?? { lastId: 0, byProgram: new Map<number, number>() };
  const newest = prepared(db, 'SELECT ifnull(max(id), 0) FROM ledger_lines').pluck().get() as number;
  if (newest < cache.lastId) {
    // Another database file under the same connection object cannot happen; a smaller id means a rebuilt table.
    cache.lastId = 0;
    cache.byProgram.clear();
  }
  if (newest > cache.lastId) {
    const rows = prepared(
      db,
      `SELECT a.fund_program_id AS program, sum(l.amount_fen) AS total
       FROM ledger_lines l JOIN agreements g ON g.id = l.agreement_id JOIN applications a ON a.id = g.application_id
       WHERE l.id > ? AND l.id <= ? AND l.share = 'grant' GROUP BY a.fund_program_id`,
    ).all(cache.lastId, newest) as { program: number; total: number }[];
    for (const r of rows) cache.byProgram.set(r.program, (cache.byProgram.get(r.program) ?? 0) + r.total);
    cache.lastId = newest;
    spentCaches.set(db, cache);
  }
  return cache.byProgram;
}

export function logEntryCount(db: Db): number {
  // The id is the chain's sequence and entries are never deleted (triggers), so max(id) is the count.
  return prepared(db, 'SELECT ifnull(max(id), 0) FROM operation_log').pluck().get() as number;
}

export function insertChainCheck(
  db: Db,
  c: { at: string; by: number; ok: boolean; entries: number; message: string | null },
): number {
  return Number(
    prepared(
      db,
      'INSERT INTO log_chain_checks (checked_at, checked_by, ok, entries, message) VALUES (?, ?, ?, ?, ?)',
    ).run(c.at, c.by, c.ok ? 1 : 0, c.entries, c.ok ? null : c.message).lastInsertRowid,
  );
}

export function lastChainCheck(db: Db): ChainCheck | null {
  const r = prepared(
    db,
    `SELECT c.checked_at, u.display_name, c.ok, c.entries, c.message
     FROM log_chain_checks c JOIN users u ON u.id = c.checked_by ORDER BY c.id DESC LIMIT 1`,
  ).get() as
    { checked_at: string; display_name: string; ok: number; entries: number; message: string | null } | undefined;
  if (!r) return null;
  return { at: r.checked_at, by: r.display_name, ok: r.ok === 1, entries: r.entries, message: r.message };
}
