import type { Db } from '../db/statements';
import { NOW } from './migrations';

/** Minimal rows for the application-area migration tests (SQL only: migrations are tested without repos). */
export function addProgramRow(db: Db, code = 'CQ-ZY-2015', year = 2015): number {
  return Number(
    db
      .prepare(
        `INSERT INTO fund_programs (code, name, source, year, total_allocation_fen, rule_set, created_at, updated_at)
         VALUES (?, ?, 'CENTRAL', ?, 100, '{}', ?, ?)`,
      )
      .run(code, code, year, NOW, NOW).lastInsertRowid,
  );
}

export function addOrganizationRow(db: Db, name = '机构'): number {
  return Number(
    db
      .prepare(
        `INSERT INTO organizations (name, kind, registration, district_code, created_at, updated_at)
         VALUES (?, 'social_service', 'filed', '500103', ?, ?)`,
      )
      .run(name, NOW, NOW).lastInsertRowid,
  );
}

export type ApplicationRowPatch = Partial<{
  code: string;
  year: number;
  seq: number;
  state: string;
  requested: number;
  approved: number | null;
  start: string;
  end: string;
  area: string;
}>;

let counter = 0;
export function addApplicationRow(db: Db, programId: number, orgId: number, r: ApplicationRowPatch = {}): number {
  counter++;
  const seq = r.seq ?? counter;
  const year = r.year ?? 2015;
  return Number(
    db
      .prepare(
        `INSERT INTO applications (code, code_year, code_seq, fund_program_id, organization_id, name, class_code,
           project_kind, service_area, district_code, period_start, period_end, requested_fen, state, approved_fen,
           created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, '项目', 'A', 'social_work', ?, '500103', ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.code ?? `SB-${year}-${String(seq).padStart(4, '0')}`,
        year,
        seq,
        programId,
        orgId,
        r.area ?? 'elderly',
        r.start ?? '2015-03-01',
        r.end ?? '2015-12-31',
        r.requested ?? 1000,
        r.state ?? 'draft',
        r.approved === undefined ? null : r.approved,
        NOW,
        NOW,
      ).lastInsertRowid,
  );
}
