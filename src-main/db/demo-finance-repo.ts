import type { CostType, TrancheCondition } from '../core/rule-set';
import { prepared, type Db } from './statements';
import { insertLedgerLine, type NewLedgerLine } from './ledger-repo';

/**
 * Bulk reads and writes for the demo's money (services/demo/project-finance.ts): every project read in a few
 * queries, and ledger lines written through one prepared statement, so a million lines take seconds. The
 * rows go into the real tables, whose triggers (gap-free vouchers, reversal targets, immutability) check
 * every one of them.
 */

export interface DemoProjectRow {
  agreementId: number;
  applicationId: number;
  agreementNumber: string;
  fundProgramId: number;
  approvedFen: number;
  matchingFen: number;
  periodStart: string;
  periodEnd: string;
  signedDate: string | null;
  signedAt: string | null;
}

export function listDemoProjects(db: Db): DemoProjectRow[] {
  return db
    .prepare(
      `SELECT g.id AS agreementId, g.application_id AS applicationId, g.agreement_number AS agreementNumber,
         a.fund_program_id AS fundProgramId, g.approved_fen AS approvedFen, a.matching_fen AS matchingFen,
         g.period_start AS periodStart, g.period_end AS periodEnd, g.signed_date AS signedDate, g.signed_at AS signedAt
       FROM agreements g JOIN applications a ON a.id = g.application_id ORDER BY g.id`,
    )
    .all() as DemoProjectRow[];
}

export interface DemoTrancheRow {
  id: number;
  agreementId: number;
  seq: number;
  amountFen: number;
  condition: TrancheCondition;
  milestoneName: string | null;
}

export interface DemoBudgetLineRow {
  agreementId: number;
  lineCode: string;
  categoryCode: string;
  costType: CostType | null;
  amountFen: number;
  matchingFen: number;
}

export interface DemoIndicatorRow {
  id: number;
  applicationId: number;
  target: number;
}

export interface DemoMilestoneRow {
  id: number;
  agreementId: number;
  name: string;
}

/** A project's planned tranches, in order. */
export function demoTranches(db: Db, agreementId: number): DemoTrancheRow[] {
  return prepared(
    db,
    `SELECT id, agreement_id AS agreementId, seq, amount_fen AS amountFen, condition, milestone_name AS milestoneName
     FROM agreement_tranches WHERE agreement_id = ? ORDER BY seq`,
  ).all(agreementId) as DemoTrancheRow[];
}

/** Version 1 of a project's budget, in line order. */
export function versionOneLines(db: Db, agreementId: number): DemoBudgetLineRow[] {
  return prepared(
    db,
    `SELECT v.agreement_id AS agreementId, l.line_code AS lineCode, l.category_code AS categoryCode,
       l.cost_type AS costType, l.amount_fen AS amountFen, l.matching_fen AS matchingFen
     FROM budget_versions v JOIN budget_version_lines l ON l.version_id = v.id
     WHERE v.agreement_id = ? AND v.version = 1 ORDER BY l.seq`,
  ).all(agreementId) as DemoBudgetLineRow[];
}

export function demoIndicators(db: Db, applicationId: number): DemoIndicatorRow[] {
  return prepared(
    db,
    'SELECT id, application_id AS applicationId, target FROM application_indicators WHERE application_id = ? ORDER BY seq',
  ).all(applicationId) as DemoIndicatorRow[];
}

/** The milestones a project has already (the ones its tranche plan names). */
export function demoMilestones(db: Db, agreementId: number): DemoMilestoneRow[] {
  return prepared(
    db,
    'SELECT id, agreement_id AS agreementId, name FROM milestones WHERE agreement_id = ? ORDER BY id',
  ).all(agreementId) as DemoMilestoneRow[];
}

export function hasTable(db: Db, name: string): boolean {
  return prepared(db, `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).pluck().get(name) === 1;
}

/** A ledger line as the demo writes it: the ledger repository's own row. */
export type DemoLedgerRow = NewLedgerLine;

/** Writes ledger lines through the ledger repository's one INSERT; answers each line's id (a reversal points at it). */
export function ledgerRowWriter(db: Db): (r: DemoLedgerRow) => number {
  return (r) => insertLedgerLine(db, r);
}

export interface DemoMilestoneFields {
  agreementId: number;
  name: string;
  plannedDate: string;
  createdBy: number | null;
  createdAt: string;
  done: DemoMilestoneDone | null;
}

/** Completion (with evidence) and, when verified, who verified it: written with the row, already final. */
export interface DemoMilestoneDone {
  completedDate: string;
  completedBy: number;
  completedAt: string;
  evidenceAttachmentId: number;
  note: string;
  verifiedBy: number | null;
  verifiedAt: string | null;
}

export function insertDemoMilestone(db: Db, m: DemoMilestoneFields): number {
  const d = m.done;
  return Number(
    prepared(
      db,
      `INSERT INTO milestones (agreement_id, name, planned_date, completed_date, completed_by, completed_at,
         evidence_attachment_id, note, verified_by, verified_at, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      m.agreementId,
      m.name,
      m.plannedDate,
      d?.completedDate ?? null,
      d?.completedBy ?? null,
      d?.completedAt ?? null,
      d?.evidenceAttachmentId ?? null,
      d?.note ?? '',
      d?.verifiedBy ?? null,
      d?.verifiedAt ?? null,
      m.createdBy,
      m.createdAt,
    ).lastInsertRowid,
  );
}

/** Completes (and verifies) a milestone that exists already, in one change. */
export function completeDemoMilestone(db: Db, id: number, d: DemoMilestoneDone): void {
  prepared(
    db,
    `UPDATE milestones SET completed_date = ?, completed_by = ?, completed_at = ?, evidence_attachment_id = ?, note = ?,
       verified_by = ?, verified_at = ? WHERE id = ? AND completed_date IS NULL`,
  ).run(d.completedDate, d.completedBy, d.completedAt, d.evidenceAttachmentId, d.note, d.verifiedBy, d.verifiedAt, id);
}

export interface DemoFinanceCounts {
  budgetVersions: number;
  adjustedProjects: number;
  trancheReleases: number;
  trancheReversals: number;
  ledgerLines: number;
  ledgerProjects: number;
  ledgerReversals: number;
  advances: number;
  milestones: number;
  indicatorReadings: number;
}

/** What the sample holds, for `grants init --demo` to report. */
export function demoFinanceCounts(db: Db): DemoFinanceCounts {
  const one = (sql: string) => (db.prepare(sql).pluck().get() as number | null) ?? 0;
  const milestones = hasTable(db, 'milestones');
  return {
    budgetVersions: one('SELECT count(*) FROM budget_versions'),
    adjustedProjects: one('SELECT count(DISTINCT agreement_id) FROM budget_versions WHERE version > 1'),
    trancheReleases: one(`SELECT count(*) FROM tranche_records WHERE kind = 'release'`),
    trancheReversals: one(`SELECT count(*) FROM tranche_records WHERE kind = 'reversal'`),
    ledgerLines: one('SELECT count(*) FROM ledger_lines'),
    ledgerProjects: one('SELECT count(DISTINCT agreement_id) FROM ledger_lines'),
    ledgerReversals: one('SELECT count(*) FROM ledger_lines WHERE reverses_id IS NOT NULL'),
    advances: one('SELECT count(*) FROM ledger_lines WHERE advance = 1'),
    milestones: milestones ? one('SELECT count(*) FROM milestones') : 0,
    indicatorReadings: hasTable(db, 'indicator_readings') ? one('SELECT count(*) FROM indicator_readings') : 0,
  };
}

/** Projects whose ledger has at least `minLines` lines, largest first: where a benchmark finds its big ledger. */
export function largestLedgers(db: Db, minLines: number): { agreementNumber: string; lines: number }[] {
  return db
    .prepare(
      `SELECT g.agreement_number AS agreementNumber, n.lines FROM (
         SELECT agreement_id, count(*) AS lines FROM ledger_lines GROUP BY agreement_id HAVING count(*) >= ?
       ) n JOIN agreements g ON g.id = n.agreement_id ORDER BY n.lines DESC, g.id`,
    )
    .all(minLines) as { agreementNumber: string; lines: number }[];
}
