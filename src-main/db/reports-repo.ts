import type { Locale } from '../contract/index';
import { entityKeySql } from './operation-log-keys';
import { prepared, type Db } from './statements';

/** One row of the report register (报告登记簿), as written when the report was generated. */
export interface ReportRegisterRow {
  id: number;
  year: number;
  seq: number;
  reportNo: string;
  kind: string;
  /** JSON of what the report is about ({"applicationId":12}, {"applicationId":12,"seq":2}, …). */
  subject: string;
  locale: Locale;
  draft: boolean;
  generatedAt: string;
  generatedBy: number | null;
  generatedByName: string;
  logEntries: number;
  logHeadHash: string;
  fingerprint: string;
}

export type NewReportRow = Omit<ReportRegisterRow, 'id'>;

const COLUMNS = `id, year, seq, report_no AS reportNo, kind, subject, locale, draft, generated_at AS generatedAt,
  generated_by AS generatedBy, generated_by_name AS generatedByName, log_entries AS logEntries,
  log_head_hash AS logHeadHash, fingerprint`;

/** The next number of a year: one past the last (the table's trigger refuses anything else). */
export function nextReportSeq(db: Db, year: number): number {
  return prepared(db, 'SELECT ifnull(max(seq), 0) + 1 FROM report_register WHERE year = ?').pluck().get(year) as number;
}

export function insertReport(db: Db, r: NewReportRow): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO report_register (year, seq, report_no, kind, subject, locale, draft, generated_at, generated_by,
       generated_by_name, log_entries, log_head_hash, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.year,
    r.seq,
    r.reportNo,
    r.kind,
    r.subject,
    r.locale,
    r.draft ? 1 : 0,
    r.generatedAt,
    r.generatedBy,
    r.generatedByName,
    r.logEntries,
    r.logHeadHash,
    r.fingerprint,
  );
  return Number(lastInsertRowid);
}

export function findReport(db: Db, reportNo: string): ReportRegisterRow | null {
  const r = prepared(db, `SELECT ${COLUMNS} FROM report_register WHERE report_no = ?`).get(reportNo) as
    (Omit<ReportRegisterRow, 'draft'> & { draft: number }) | undefined;
  return r ? { ...r, draft: r.draft === 1 } : null;
}

/** An operation-log entry named by its business key (渝民发〔2016〕2号 凭证号 2016-0007). */
export interface KeyedLogEntry {
  id: number;
  at: string;
  username: string;
  op: string;
  entityType: string | null;
  entityKey: string | null;
}

/**
 * The entries about one project: its application, agreement, ledger and lines, tranches, budget versions and
 * adjustments, milestones, indicator readings, recoveries, attachments and close-out; with ids in (after, upTo].
 */
const PROJECT_ENTRY = `(
  (l.entity_type = 'application' AND l.entity_id = CAST(:applicationId AS TEXT))
  OR (l.entity_type IN ('agreement', 'ledger', 'closeOut') AND l.entity_id = CAST(:agreementId AS TEXT))
  OR (l.entity_type = 'ledgerLine' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT id FROM ledger_lines WHERE agreement_id = :agreementId))
  OR (l.entity_type = 'tranche' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT id FROM agreement_tranches WHERE agreement_id = :agreementId))
  OR (l.entity_type = 'budgetAdjustment' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT id FROM budget_adjustments WHERE agreement_id = :agreementId))
  OR (l.entity_type = 'budgetVersion' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT id FROM budget_versions WHERE agreement_id = :agreementId))
  OR (l.entity_type = 'milestone' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT id FROM milestones WHERE agreement_id = :agreementId))
  OR (l.entity_type = 'recovery' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT id FROM recoveries WHERE agreement_id = :agreementId))
  OR (l.entity_type = 'indicatorReading' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT r.id FROM indicator_readings r JOIN application_indicators i ON i.id = r.indicator_id
       WHERE i.application_id = :applicationId))
  OR (l.entity_type = 'attachment' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT id FROM attachments WHERE application_id = :applicationId))
  OR (l.entity_type = 'report' AND json_extract(l.after_json, '$.applicationId') = :applicationId)
  OR (l.entity_type = 'inspection' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT id FROM inspections WHERE application_id = :applicationId))
  OR (l.entity_type = 'inspectionAddendum' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT d.id FROM inspection_addenda d JOIN inspections i ON i.id = d.inspection_id
       WHERE i.application_id = :applicationId))
  OR (l.entity_type = 'finding' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT f.id FROM findings f JOIN inspections i ON i.id = f.inspection_id WHERE i.application_id = :applicationId))
  OR (l.entity_type = 'rectification' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT id FROM rectifications WHERE application_id = :applicationId))
  OR (l.entity_type = 'evaluation' AND CAST(l.entity_id AS INTEGER) IN
      (SELECT id FROM evaluations WHERE agreement_id = :agreementId))
)`;

export function projectLogEntries(
  db: Db,
  p: { applicationId: number; agreementId: number; afterId: number; upToId: number; locale: Locale; limit?: number },
): KeyedLogEntry[] {
  return prepared(
    db,
    `SELECT l.id, l.at, l.username, l.op, l.entity_type AS entityType, ${entityKeySql(p.locale)} AS entityKey
     FROM operation_log l WHERE l.id > :afterId AND l.id <= :upToId AND ${PROJECT_ENTRY} ORDER BY l.id LIMIT :limit`,
  ).all({
    applicationId: p.applicationId,
    agreementId: p.agreementId,
    afterId: p.afterId,
    upToId: p.upToId,
    limit: p.limit ?? -1,
  }) as KeyedLogEntry[];
}

/** Entries after a head, whatever they concern (newest last), for a report whose subject is not one project. */
export function logEntriesAfter(db: Db, afterId: number, locale: Locale, limit: number): KeyedLogEntry[] {
  return prepared(
    db,
    `SELECT l.id, l.at, l.username, l.op, l.entity_type AS entityType, ${entityKeySql(locale)} AS entityKey
     FROM operation_log l WHERE l.id > ? ORDER BY l.id LIMIT ?`,
  ).all(afterId, limit) as KeyedLogEntry[];
}

/** The hash of entry `id`, to check that the head a report recorded is still in the chain. */
export function logHashAt(db: Db, id: number): string | null {
  return (prepared(db, 'SELECT hash FROM operation_log WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
}

/** One approved project of a program with its money, for the 资金计划年度汇总. */
export interface ProgramProjectMoney {
  agreementNumber: string;
  name: string;
  organizationName: string;
  districtCode: string;
  classCode: string;
  serviceArea: string;
  approvedFen: number;
  matchingFen: number;
  releasedFen: number;
  grantSpentFen: number;
  matchingSpentFen: number;
  closed: boolean;
}

export function programProjectMoney(db: Db, programId: number): ProgramProjectMoney[] {
  const rows = prepared(
    db,
    `SELECT g.agreement_number AS agreementNumber, a.name, o.name AS organizationName, a.district_code AS districtCode,
       a.class_code AS classCode, a.service_area AS serviceArea, g.approved_fen AS approvedFen,
       a.matching_fen AS matchingFen,
       (SELECT ifnull(sum(r.amount_fen), 0) FROM tranche_records r JOIN agreement_tranches t ON t.id = r.tranche_id
        WHERE t.agreement_id = g.id) AS releasedFen,
       (SELECT ifnull(sum(amount_fen), 0) FROM ledger_totals WHERE agreement_id = g.id AND share = 'grant')
         AS grantSpentFen,
       (SELECT ifnull(sum(amount_fen), 0) FROM ledger_totals WHERE agreement_id = g.id AND share = 'matching')
         AS matchingSpentFen,
       EXISTS (SELECT 1 FROM project_closeouts c WHERE c.agreement_id = g.id) AS closed
     FROM agreements g JOIN applications a ON a.id = g.application_id JOIN organizations o ON o.id = a.organization_id
     WHERE a.fund_program_id = ? ORDER BY g.agreement_number`,
  ).all(programId) as (Omit<ProgramProjectMoney, 'closed'> & { closed: number })[];
  return rows.map((r) => ({ ...r, closed: r.closed === 1 }));
}

/** The approved projects (application ids) of a program, for a batch of project reports. */
export function programApplicationIds(db: Db, programId: number): { applicationId: number; agreementNumber: string }[] {
  return prepared(
    db,
    `SELECT a.id AS applicationId, g.agreement_number AS agreementNumber FROM agreements g
     JOIN applications a ON a.id = g.application_id WHERE a.fund_program_id = ? ORDER BY g.agreement_number`,
  ).all(programId) as { applicationId: number; agreementNumber: string }[];
}
