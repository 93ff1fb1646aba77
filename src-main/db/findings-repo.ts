import type { Severity } from '../core/rectification';
import type { Person } from './attachments-repo';
import { prepared, type Db } from './statements';

/** Findings (检查问题) of an inspection, the ledger lines they name, and finance's confirmation of a 核减. */

export interface FindingRecord {
  id: number;
  inspectionId: number;
  seq: number;
  itemId: number | null;
  severity: Severity;
  description: string;
  requirement: string;
  responsiblePerson: string;
  deadline: string;
  disallowFen: number;
  recoveryId: number | null;
  confirmed: { by: Person; at: string; voucherNo: string; date: string } | null;
  rectificationId: number | null;
}

const SELECT = `SELECT f.*, u.display_name AS confirmed_name, r.voucher_no AS recovery_voucher, r.date AS recovery_date,
    (SELECT id FROM rectifications x WHERE x.finding_id = f.id) AS rectification_id
  FROM findings f LEFT JOIN users u ON u.id = f.confirmed_by LEFT JOIN recoveries r ON r.id = f.recovery_id`;

function toRecord(r: Record<string, unknown>): FindingRecord {
  return {
    id: r.id as number,
    inspectionId: r.inspection_id as number,
    seq: r.seq as number,
    itemId: (r.item_id as number | null) ?? null,
    severity: r.severity as Severity,
    description: r.description as string,
    requirement: r.requirement as string,
    responsiblePerson: r.responsible_person as string,
    deadline: r.deadline as string,
    disallowFen: r.disallow_fen as number,
    recoveryId: (r.recovery_id as number | null) ?? null,
    confirmed:
      r.confirmed_by === null
        ? null
        : {
            by: { id: r.confirmed_by as number, displayName: r.confirmed_name as string },
            at: r.confirmed_at as string,
            voucherNo: r.recovery_voucher as string,
            date: r.recovery_date as string,
          },
    rectificationId: (r.rectification_id as number | null) ?? null,
  };
}

export function listFindings(db: Db, inspectionId: number): FindingRecord[] {
  return (
    prepared(db, `${SELECT} WHERE f.inspection_id = ? ORDER BY f.seq`).all(inspectionId) as Record<string, unknown>[]
  ).map(toRecord);
}

export function getFinding(db: Db, id: number): FindingRecord | null {
  const r = prepared(db, `${SELECT} WHERE f.id = ?`).get(id) as Record<string, unknown> | undefined;
  return r ? toRecord(r) : null;
}

export interface NewFinding {
  inspectionId: number;
  itemId: number | null;
  severity: Severity;
  description: string;
  requirement: string;
  responsiblePerson: string;
  deadline: string;
  disallowFen: number;
  ledgerLineIds: readonly number[];
}

export function insertFinding(db: Db, f: NewFinding): number {
  const seq =
    ((prepared(db, 'SELECT max(seq) FROM findings WHERE inspection_id = ?').pluck().get(f.inspectionId) as
      number | null) ?? 0) + 1;
  const id = Number(
    prepared(
      db,
      `INSERT INTO findings (inspection_id, seq, item_id, severity, description, requirement, responsible_person,
         deadline, disallow_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      f.inspectionId,
      seq,
      f.itemId,
      f.severity,
      f.description,
      f.requirement,
      f.responsiblePerson,
      f.deadline,
      f.disallowFen,
    ).lastInsertRowid,
  );
  const line = prepared(db, 'INSERT INTO finding_ledger_lines (finding_id, ledger_line_id) VALUES (?, ?)');
  for (const l of f.ledgerLineIds) line.run(id, l);
  return id;
}

export function deleteFinding(db: Db, id: number): void {
  prepared(db, 'DELETE FROM finding_ledger_lines WHERE finding_id = ?').run(id);
  prepared(db, 'DELETE FROM findings WHERE id = ?').run(id);
}

export function setDisallowanceConfirmed(db: Db, id: number, c: { recoveryId: number; by: number; at: string }): void {
  prepared(db, 'UPDATE findings SET recovery_id = ?, confirmed_by = ?, confirmed_at = ? WHERE id = ?').run(
    c.recoveryId,
    c.by,
    c.at,
    id,
  );
}

export interface FindingLedgerLine {
  findingId: number;
  id: number;
  voucherNo: string;
  amountFen: number;
  summary: string;
  share: 'grant' | 'matching';
}

export function findingLedgerLines(db: Db, inspectionId: number): FindingLedgerLine[] {
  return prepared(
    db,
    `SELECT fl.finding_id AS findingId, l.id, l.voucher_no AS voucherNo, l.amount_fen AS amountFen, l.summary, l.share
     FROM finding_ledger_lines fl JOIN findings f ON f.id = fl.finding_id JOIN ledger_lines l ON l.id = fl.ledger_line_id
     WHERE f.inspection_id = ? ORDER BY l.voucher_year, l.voucher_seq`,
  ).all(inspectionId) as FindingLedgerLine[];
}

/** Ledger lines of an agreement by voucher number (a voucher may carry several lines). */
export function ledgerLinesByVoucher(
  db: Db,
  agreementId: number,
  voucherNo: string,
): { id: number; amountFen: number; share: 'grant' | 'matching' }[] {
  return prepared(
    db,
    'SELECT id, amount_fen AS amountFen, share FROM ledger_lines WHERE agreement_id = ? AND voucher_no = ?',
  ).all(agreementId, voucherNo) as { id: number; amountFen: number; share: 'grant' | 'matching' }[];
}

/** The recovery just recorded for an agreement (the highest id). */
export function lastRecoveryId(db: Db, agreementId: number): number {
  return prepared(db, 'SELECT max(id) FROM recoveries WHERE agreement_id = ?').pluck().get(agreementId) as number;
}

/**
 * Each ledger line's 凭证号 (one line per voucher) with its grant spending (0 for matching funds), in voucher
 * order: what a field pack checks a 核减 against, as [voucherNo, grantFen] to keep the pack small.
 */
export function grantByVoucher(db: Db, agreementId: number): [string, number][] {
  return prepared(
    db,
    `SELECT voucher_no, CASE share WHEN 'grant' THEN amount_fen ELSE 0 END FROM ledger_lines
     WHERE agreement_id = ? ORDER BY voucher_year, voucher_seq`,
  )
    .raw()
    .all(agreementId) as [string, number][];
}
