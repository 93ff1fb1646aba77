import { prepared, type Db } from './statements';

/** Finance review (财务审核), public notice (公示) and the decision (立项 or rejection): one row each. */
export interface FinanceReviewRecord {
  opinion: string;
  reviewedFen: number;
  by: number;
  at: string;
}

export function insertFinanceReview(db: Db, applicationId: number, r: FinanceReviewRecord): void {
  prepared(
    db,
    `INSERT INTO finance_reviews (application_id, opinion, reviewed_fen, reviewed_by, reviewed_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(applicationId, r.opinion, r.reviewedFen, r.by, r.at);
}

export function getFinanceReview(db: Db, applicationId: number): FinanceReviewRecord | null {
  return (
    (prepared(
      db,
      `SELECT opinion, reviewed_fen AS reviewedFen, reviewed_by AS "by", reviewed_at AS "at"
       FROM finance_reviews WHERE application_id = ?`,
    ).get(applicationId) as FinanceReviewRecord | undefined) ?? null
  );
}

export interface NoticeRecord {
  startDate: string;
  endDate: string;
  by: number;
  at: string;
}

export function insertNotice(db: Db, applicationId: number, n: NoticeRecord): void {
  prepared(
    db,
    `INSERT INTO application_notices (application_id, start_date, end_date, started_by, started_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(applicationId, n.startDate, n.endDate, n.by, n.at);
}

export function getNotice(db: Db, applicationId: number): NoticeRecord | null {
  return (
    (prepared(
      db,
      `SELECT start_date AS startDate, end_date AS endDate, started_by AS "by", started_at AS "at"
       FROM application_notices WHERE application_id = ?`,
    ).get(applicationId) as NoticeRecord | undefined) ?? null
  );
}

export interface DecisionRecord {
  kind: 'approved' | 'rejected';
  approvalNumber: string | null;
  approvedFen: number | null;
  reason: string;
  by: number;
  at: string;
}

export function insertDecision(db: Db, applicationId: number, d: DecisionRecord): void {
  prepared(
    db,
    `INSERT INTO application_decisions (application_id, kind, approval_number, approved_fen, reason, decided_by,
       decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(applicationId, d.kind, d.approvalNumber, d.approvedFen, d.reason, d.by, d.at);
}

export function getDecision(db: Db, applicationId: number): DecisionRecord | null {
  return (
    (prepared(
      db,
      `SELECT kind, approval_number AS approvalNumber, approved_fen AS approvedFen, reason, decided_by AS "by",
         decided_at AS "at" FROM application_decisions WHERE application_id = ?`,
    ).get(applicationId) as DecisionRecord | undefined) ?? null
  );
}

/** Approval numbers compare without regard to case, as the UNIQUE constraint does. */
export function findApprovalNumber(db: Db, approvalNumber: string): { applicationId: number; code: string } | null {
  return (
    (prepared(
      db,
      `SELECT d.application_id AS applicationId, a.code FROM application_decisions d
       JOIN applications a ON a.id = d.application_id WHERE d.approval_number = ?`,
    ).get(approvalNumber) as { applicationId: number; code: string } | undefined) ?? null
  );
}
