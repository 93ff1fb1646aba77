import type { ChainCheck, ProgramCard } from '../contract/index';
import { prepared, type Db } from './statements';

/**
 * Each fund program's money for the finance home: allocation, approved (立项) amounts, tranches released net
 * of reversals, and grant spending net of reversals. Only the shown programs' projects are read, each
 * project's spending from its ledger totals (kept with every posted line), so the cards never sum the ledger.
 */
export function programCards(db: Db, limit: number): ProgramCard[] {
  const programs = prepared(
    db,
    `SELECT id, code, name, year, total_allocation_fen FROM fund_programs ORDER BY year DESC, code ASC LIMIT ?`,
  ).all(limit) as { id: number; code: string; name: string; year: number; total_allocation_fen: number }[];
  const money = new Map(
    (
      prepared(
        db,
        `SELECT a.fund_program_id AS program, sum(g.approved_fen) AS approved,
           sum((SELECT sum(r.amount_fen) FROM agreement_tranches t JOIN tranche_records r ON r.tranche_id = t.id
                WHERE t.agreement_id = g.id)) AS released,
           sum((SELECT sum(x.amount_fen) FROM ledger_totals x WHERE x.agreement_id = g.id AND x.share = 'grant'))
             AS spent
         FROM applications a JOIN agreements g ON g.application_id = a.id
         WHERE a.fund_program_id IN (SELECT id FROM fund_programs ORDER BY year DESC, code ASC LIMIT ?)
         GROUP BY a.fund_program_id`,
      ).all(limit) as { program: number; approved: number; released: number | null; spent: number | null }[]
    ).map((r) => [r.program, r] as const),
  );
  return programs.map((p) => {
    const m = money.get(p.id);
    const approvedFen = m?.approved ?? 0;
    const spentFen = m?.spent ?? 0;
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      year: p.year,
      allocatedFen: p.total_allocation_fen,
      approvedFen,
      releasedFen: m?.released ?? 0,
      spentFen,
      executionBasisPoints: approvedFen === 0 ? null : Math.round((spentFen * 10_000) / approvedFen),
    };
  });
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
