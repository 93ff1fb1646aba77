import type { FundProgramRow, FundProgramView, OpParsedInput } from '../contract/index';
import { pinyinSortKey } from '../core/pinyin-key';
import type { RuleSet } from '../core/rule-set';
import { containsPattern, limitOffset, orderBy, Where, type ListResult } from './list-sql';
import { prepared, type Db } from './statements';

type ProgramListQuery = OpParsedInput<'fundPrograms.list'>;

export interface FundProgramFields {
  code: string;
  name: string;
  source: FundProgramView['source'];
  year: number;
  totalAllocationFen: number;
  applicationStart: string | null;
  applicationEnd: string | null;
  notes: string;
  ruleSet: RuleSet;
}

const ROW_COLUMNS = `id, code, name, source, year, total_allocation_fen, application_start, application_end,
  created_at, updated_at`;

const SORT_COLUMNS: Record<ProgramListQuery['sort'][number]['id'], string> = {
  code: 'code',
  name: 'name_key',
  source: 'source',
  year: 'year',
  totalAllocationFen: 'total_allocation_fen',
  createdAt: 'created_at',
};

function toRow(r: Record<string, unknown>): FundProgramRow {
  return {
    id: r.id as number,
    code: r.code as string,
    name: r.name as string,
    source: r.source as FundProgramRow['source'],
    year: r.year as number,
    totalAllocationFen: r.total_allocation_fen as number,
    applicationStart: (r.application_start as string | null) ?? null,
    applicationEnd: (r.application_end as string | null) ?? null,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
}

export function getFundProgram(db: Db, id: number): FundProgramView | undefined {
  const r = prepared(db, `SELECT ${ROW_COLUMNS}, notes, rule_set FROM fund_programs WHERE id = ?`).get(id) as
    Record<string, unknown> | undefined;
  return r && { ...toRow(r), notes: r.notes as string, ruleSet: JSON.parse(r.rule_set as string) as RuleSet };
}

/** Codes are unique regardless of case ("cq-zy-2015" would be the same program as "CQ-ZY-2015"). */
export function findFundProgramByCode(db: Db, code: string): { id: number; name: string } | undefined {
  return prepared(db, 'SELECT id, name FROM fund_programs WHERE code = ?').get(code) as
    { id: number; name: string } | undefined;
}

export function insertFundProgram(
  db: Db,
  p: FundProgramFields,
  meta: { now: string; createdBy: number | null },
): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO fund_programs (code, name, source, year, total_allocation_fen, application_start, application_end,
       notes, rule_set, created_at, updated_at, created_by, name_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    p.code,
    p.name,
    p.source,
    p.year,
    p.totalAllocationFen,
    p.applicationStart,
    p.applicationEnd,
    p.notes,
    JSON.stringify(p.ruleSet),
    meta.now,
    meta.now,
    meta.createdBy,
    pinyinSortKey(p.name),
  );
  return Number(lastInsertRowid);
}

export function updateFundProgram(db: Db, id: number, p: FundProgramFields, now: string): boolean {
  const { changes } = prepared(
    db,
    `UPDATE fund_programs SET code = ?, name = ?, source = ?, year = ?, total_allocation_fen = ?,
       application_start = ?, application_end = ?, notes = ?, rule_set = ?, updated_at = ?,
       name_key = ?
     WHERE id = ?`,
  ).run(
    p.code,
    p.name,
    p.source,
    p.year,
    p.totalAllocationFen,
    p.applicationStart,
    p.applicationEnd,
    p.notes,
    JSON.stringify(p.ruleSet),
    now,
    pinyinSortKey(p.name),
    id,
  );
  return changes > 0;
}

export function countFundPrograms(db: Db): number {
  return prepared(db, 'SELECT COUNT(*) FROM fund_programs').pluck().get() as number;
}

export function listFundPrograms(db: Db, q: ProgramListQuery): ListResult<FundProgramRow> {
  const where = new Where();
  if (q.search) {
    const like = containsPattern(q.search);
    where.add(`code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'`, like, like);
  }
  if (q.filters.source !== undefined) where.add('source = ?', q.filters.source);
  if (q.filters.year !== undefined) where.add('year = ?', q.filters.year);
  const order = orderBy(q.sort, SORT_COLUMNS, 'id', 'year DESC, code ASC, id ASC');
  const rows = prepared(db, `SELECT ${ROW_COLUMNS} FROM fund_programs ${where.sql()} ${order} LIMIT ? OFFSET ?`).all(
    ...where.params,
    ...limitOffset(q),
  ) as Record<string, unknown>[];
  const total = prepared(db, `SELECT COUNT(*) FROM fund_programs ${where.sql()}`)
    .pluck()
    .get(...where.params) as number;
  return { rows: rows.map(toRow), total };
}

/**
 * A program's money as the finance office follows it: committed (the approved amounts of its approved
 * projects; see core/allocation.ts for why recoveries do not count), released (tranche records net of
 * reversals), spent (grant-share ledger lines net of reversals, from each project's ledger totals) and
 * recovered. Each sum walks the program's applications by index and each project's rows by their agreement's
 * index.
 */
export interface ProgramMoneyRow {
  committedFen: number;
  approvedCount: number;
  releasedFen: number;
  spentFen: number;
  recoveredFen: number;
}

export function getProgramCommitment(db: Db, programId: number): { committedFen: number; approvedCount: number } {
  const r = prepared(
    db,
    `SELECT ifnull(sum(approved_fen), 0) AS committedFen, count(*) AS approvedCount
     FROM applications WHERE fund_program_id = ? AND state = 'approved'`,
  ).get(programId) as { committedFen: number; approvedCount: number };
  return r;
}

export function getProgramMoney(db: Db, programId: number): ProgramMoneyRow {
  const projects = `SELECT g.id FROM agreements g JOIN applications a ON a.id = g.application_id
    WHERE a.fund_program_id = ?`;
  const one = (sql: string) => prepared(db, sql).pluck().get(programId) as number;
  return {
    ...getProgramCommitment(db, programId),
    releasedFen: one(
      `SELECT ifnull(sum(r.amount_fen), 0) FROM tranche_records r JOIN agreement_tranches t ON t.id = r.tranche_id
       WHERE t.agreement_id IN (${projects})`,
    ),
    spentFen: one(
      `SELECT ifnull(sum(amount_fen), 0) FROM ledger_totals WHERE share = 'grant' AND agreement_id IN (${projects})`,
    ),
    recoveredFen: one(`SELECT ifnull(sum(amount_fen), 0) FROM recoveries WHERE agreement_id IN (${projects})`),
  };
}
