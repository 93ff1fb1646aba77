import type { AgreementView, TrancheCondition } from '../contract/index';
import { prepared, type Db } from './statements';

export interface TrancheFields {
  seq: number;
  percent: number;
  amountFen: number;
  condition: TrancheCondition;
  milestoneName: string | null;
}

export interface AgreementFields {
  applicationId: number;
  agreementNumber: string;
  periodStart: string;
  periodEnd: string;
  approvedFen: number;
  tranches: readonly TrancheFields[];
}

export function insertAgreement(
  db: Db,
  a: AgreementFields,
  meta: { now: string; createdBy: number | null; signed?: { signedDate: string; by: number | null; at: string } },
): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO agreements (application_id, agreement_number, period_start, period_end, approved_fen, created_at,
       created_by, signed_date, signed_by, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    a.applicationId,
    a.agreementNumber,
    a.periodStart,
    a.periodEnd,
    a.approvedFen,
    meta.now,
    meta.createdBy,
    meta.signed?.signedDate ?? null,
    meta.signed?.by ?? null,
    meta.signed?.at ?? null,
  );
  const id = Number(lastInsertRowid);
  const insert = prepared(
    db,
    `INSERT INTO agreement_tranches (agreement_id, seq, percent, amount_fen, condition, milestone_name)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const t of a.tranches) insert.run(id, t.seq, t.percent, t.amountFen, t.condition, t.milestoneName);
  return id;
}

export function getAgreementByApplication(db: Db, applicationId: number): AgreementView | null {
  const r = prepared(
    db,
    `SELECT id, application_id, agreement_number, period_start, period_end, approved_fen, signed_date, created_at
     FROM agreements WHERE application_id = ?`,
  ).get(applicationId) as Record<string, unknown> | undefined;
  if (!r) return null;
  const tranches = prepared(
    db,
    `SELECT seq, percent, amount_fen AS amountFen, condition, milestone_name AS milestoneName
     FROM agreement_tranches WHERE agreement_id = ? ORDER BY seq`,
  ).all(r.id) as AgreementView['tranches'];
  return {
    id: r.id as number,
    applicationId: r.application_id as number,
    agreementNumber: r.agreement_number as string,
    periodStart: r.period_start as string,
    periodEnd: r.period_end as string,
    approvedFen: r.approved_fen as number,
    signedDate: (r.signed_date as string | null) ?? null,
    tranches,
    createdAt: r.created_at as string,
  };
}

export function setAgreementSigned(db: Db, id: number, s: { signedDate: string; by: number | null; at: string }): void {
  prepared(db, 'UPDATE agreements SET signed_date = ?, signed_by = ?, signed_at = ? WHERE id = ?').run(
    s.signedDate,
    s.by,
    s.at,
    id,
  );
}

export function findAgreementNumber(db: Db, agreementNumber: string): number | null {
  return (
    (prepared(db, 'SELECT application_id FROM agreements WHERE agreement_number = ?').pluck().get(agreementNumber) as
      number | undefined) ?? null
  );
}
