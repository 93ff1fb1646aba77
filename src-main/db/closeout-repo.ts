import { prepared, type Db } from './statements';

/**
 * Close-out (结项), recoveries (资金收回) and the fiscal period lock (结账): the rows of migrations 0011 and
 * 0014, and the questions the period page asks across every project (which years hold posted money, what
 * is still waiting to be posted).
 */
export interface Person {
  id: number;
  displayName: string;
}

export type RecoveryKind = 'unspent' | 'disallowed';

export interface NewRecovery {
  agreementId: number;
  kind: RecoveryKind;
  amountFen: number;
  voucherNo: string;
  date: string;
  reason: string;
  by: number;
  at: string;
}

export interface RecoveryRow extends Omit<NewRecovery, 'by'> {
  id: number;
  by: Person;
}

export function insertRecovery(db: Db, r: NewRecovery): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO recoveries (agreement_id, kind, amount_fen, voucher_no, date, reason, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.agreementId, r.kind, r.amountFen, r.voucherNo, r.date, r.reason, r.by, r.at);
  return Number(lastInsertRowid);
}

/** A project's recoveries, oldest first. */
export function listRecoveries(db: Db, agreementId: number): RecoveryRow[] {
  const rows = prepared(
    db,
    `SELECT r.id, r.agreement_id, r.kind, r.amount_fen, r.voucher_no, r.date, r.reason, r.recorded_by,
       u.display_name, r.recorded_at
     FROM recoveries r JOIN users u ON u.id = r.recorded_by WHERE r.agreement_id = ? ORDER BY r.id`,
  ).all(agreementId) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: r.id as number,
    agreementId: r.agreement_id as number,
    kind: r.kind as RecoveryKind,
    amountFen: r.amount_fen as number,
    voucherNo: r.voucher_no as string,
    date: r.date as string,
    reason: r.reason as string,
    by: { id: r.recorded_by as number, displayName: r.display_name as string },
    at: r.recorded_at as string,
  }));
}

export interface NewCloseout {
  agreementId: number;
  closedDate: string;
  approvedFen: number;
  grantReceivedFen: number;
  grantSpentFen: number;
  matchingSpentFen: number;
  recoveredFen: number;
  /** The checklist as evaluated when closing, serialized by the caller (a JSON array). */
  checklistJson: string;
  note: string;
  by: number;
  at: string;
}

export interface CloseoutRow extends Omit<NewCloseout, 'by' | 'checklistJson'> {
  checklist: unknown;
  by: Person;
}

export function insertCloseout(db: Db, c: NewCloseout): void {
  prepared(
    db,
    `INSERT INTO project_closeouts (agreement_id, closed_date, approved_fen, grant_received_fen, grant_spent_fen,
       matching_spent_fen, recovered_fen, checklist, note, closed_by, closed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.agreementId,
    c.closedDate,
    c.approvedFen,
    c.grantReceivedFen,
    c.grantSpentFen,
    c.matchingSpentFen,
    c.recoveredFen,
    c.checklistJson,
    c.note,
    c.by,
    c.at,
  );
}

export function getCloseout(db: Db, agreementId: number): CloseoutRow | null {
  const r = prepared(
    db,
    `SELECT c.*, u.display_name FROM project_closeouts c JOIN users u ON u.id = c.closed_by
     WHERE c.agreement_id = ?`,
  ).get(agreementId) as Record<string, unknown> | undefined;
  if (!r) return null;
  return {
    agreementId: r.agreement_id as number,
    closedDate: r.closed_date as string,
    approvedFen: r.approved_fen as number,
    grantReceivedFen: r.grant_received_fen as number,
    grantSpentFen: r.grant_spent_fen as number,
    matchingSpentFen: r.matching_spent_fen as number,
    recoveredFen: r.recovered_fen as number,
    checklist: JSON.parse(r.checklist as string) as unknown,
    note: r.note as string,
    by: { id: r.closed_by as number, displayName: r.display_name as string },
    at: r.closed_at as string,
  };
}

/** The latest date of anything posted to the project (ledger, tranche records, recoveries), or null. */
export function lastPostedDate(db: Db, agreementId: number): string | null {
  return (
    (prepared(
      db,
      `SELECT max(d) FROM (
         SELECT max(date) AS d FROM ledger_lines WHERE agreement_id = ?
         UNION ALL SELECT max(r.date) FROM tranche_records r JOIN agreement_tranches t ON t.id = r.tranche_id
           WHERE t.agreement_id = ?
         UNION ALL SELECT max(date) FROM recoveries WHERE agreement_id = ?)`,
    )
      .pluck()
      .get(agreementId, agreementId, agreementId) as string | null) ?? null
  );
}

export interface PeriodLockRow {
  year: number;
  note: string;
  by: Person;
  at: string;
}

export function listPeriodLocks(db: Db): PeriodLockRow[] {
  const rows = prepared(
    db,
    `SELECT l.year, l.note, l.locked_by, u.display_name, l.locked_at
     FROM fiscal_period_locks l JOIN users u ON u.id = l.locked_by ORDER BY l.year`,
  ).all() as Record<string, unknown>[];
  return rows.map((r) => ({
    year: r.year as number,
    note: r.note as string,
    by: { id: r.locked_by as number, displayName: r.display_name as string },
    at: r.locked_at as string,
  }));
}

export function insertPeriodLock(db: Db, l: { year: number; note: string; by: number; at: string }): void {
  prepared(db, 'INSERT INTO fiscal_period_locks (year, note, locked_by, locked_at) VALUES (?, ?, ?, ?)').run(
    l.year,
    l.note,
    l.by,
    l.at,
  );
}

/**
 * Every fiscal year that holds posted money: ledger lines (found by seeking from one year to the next on
 * ledger_lines_by_year, so a million lines cost a handful of index probes), tranche records and recoveries.
 */
export function postedYears(db: Db): number[] {
  const rows = prepared(
    db,
    `WITH RECURSIVE ledger(year) AS (
       SELECT min(voucher_year) FROM ledger_lines
       UNION ALL
       SELECT (SELECT min(voucher_year) FROM ledger_lines WHERE voucher_year > ledger.year) FROM ledger
       WHERE ledger.year IS NOT NULL)
     SELECT year FROM ledger WHERE year IS NOT NULL
     UNION SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) FROM tranche_records
     UNION SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) FROM recoveries
     ORDER BY 1`,
  )
    .pluck()
    .all() as number[];
  return rows;
}

/** Something entered but not yet posted, with the project it belongs to. */
export interface PendingRow {
  kind: 'tranche';
  date: string;
  applicationId: number;
  agreementNumber: string;
  /** What identifies the entry within its project (a tranche's sequence number). */
  ref: string;
}

/**
 * What is waiting to be posted across every project. Expenditures and recoveries are posted as they are
 * entered; a tranche prepared by the maker is posted only when the checker releases it.
 */
export function pendingEntries(db: Db): PendingRow[] {
  const rows = prepared(
    db,
    `SELECT s.voucher_date AS date, a.application_id, a.agreement_number, t.seq
     FROM tranche_states s JOIN agreement_tranches t ON t.id = s.tranche_id JOIN agreements a ON a.id = t.agreement_id
     WHERE s.state = 'prepared' ORDER BY s.voucher_date, a.agreement_number, t.seq`,
  ).all() as Record<string, unknown>[];
  return rows.map((r) => ({
    kind: 'tranche',
    date: r.date as string,
    applicationId: r.application_id as number,
    agreementNumber: r.agreement_number as string,
    ref: String(r.seq as number),
  }));
}

/** Budget adjustment requests of the project still waiting for a decision. */
export function pendingAdjustmentCount(db: Db, agreementId: number): number {
  return prepared(db, "SELECT count(*) FROM budget_adjustments WHERE agreement_id = ? AND state = 'pending'")
    .pluck()
    .get(agreementId) as number;
}

/** The date of one tranche record (the money a tranche mutation just posted). */
export function trancheRecordDate(db: Db, recordId: number): string | null {
  return (
    (prepared(db, 'SELECT date FROM tranche_records WHERE id = ?').pluck().get(recordId) as string | undefined) ?? null
  );
}
