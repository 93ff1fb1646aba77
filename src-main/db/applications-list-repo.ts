import type { ApplicationRow, ApplicationState, OpParsedInput, ProjectKind, ServiceArea } from '../contract/index';
import { containsPattern, limitOffset, orderBy, prefixPattern, Where, type ListResult } from './list-sql';
import { prepared, type Db } from './statements';

type ApplicationListQuery = OpParsedInput<'applications.list'>;
export type ApplicationFilters = ApplicationListQuery['filters'];
export type ApplicationSort = ApplicationListQuery['sort'];

/**
 * The row as lists show it. The mean score is hidden from an expert who is assigned and has not scored yet,
 * so nobody scores with the others' results in view (viewer 0 = nobody is hidden from).
 */
function rowSelect(extraColumns = ''): string {
  return `SELECT a.id, a.code, a.name, a.state, a.fund_program_id, p.code AS program_code, p.year,
  a.organization_id, o.name AS organization_name, a.class_code, a.service_area, a.district_code, a.requested_fen,
  a.approved_fen, a.submitted_at, a.created_at, a.updated_at, a.period_start, a.period_end,
  g.agreement_number, ${extraColumns}
  CASE WHEN EXISTS (SELECT 1 FROM review_assignments r WHERE r.application_id = a.id AND r.evaluator_id = ?
      AND r.scored_at IS NULL AND r.declaration <> 'conflict') THEN NULL ELSE a.mean_score_centi END AS mean_shown
  FROM applications a
  JOIN fund_programs p ON p.id = a.fund_program_id
  JOIN organizations o ON o.id = a.organization_id
  LEFT JOIN agreements g ON g.application_id = a.id`;
}
const ROW_SELECT = rowSelect();

const SORT_COLUMNS: Record<ApplicationSort[number]['id'], string> = {
  code: '(a.code_year * 1000000 + a.code_seq)',
  agreementNumber: 'g.agreement_number',
  name: 'a.name_key',
  organizationName: 'o.name_key',
  programCode: 'p.code',
  year: 'p.year',
  requestedFen: 'a.requested_fen',
  approvedFen: 'a.approved_fen',
  meanScore: 'mean_shown',
  state: 'a.state',
  submittedAt: 'a.submitted_at',
  createdAt: 'a.created_at',
};

export function toApplicationRow(r: Record<string, unknown>): ApplicationRow {
  const mean = (r.mean_shown as number | null) ?? null;
  return {
    id: r.id as number,
    code: r.code as string,
    name: r.name as string,
    state: r.state as ApplicationState,
    fundProgramId: r.fund_program_id as number,
    programCode: r.program_code as string,
    year: r.year as number,
    organizationId: r.organization_id as number,
    organizationName: r.organization_name as string,
    classCode: r.class_code as string,
    serviceArea: r.service_area as ServiceArea,
    districtCode: r.district_code as string,
    requestedFen: r.requested_fen as number,
    approvedFen: (r.approved_fen as number | null) ?? null,
    meanScore: mean === null ? null : mean / 100,
    submittedAt: (r.submitted_at as string | null) ?? null,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
    periodStart: r.period_start as string,
    periodEnd: r.period_end as string,
    agreementNumber: (r.agreement_number as string | null) ?? null,
  };
}

function whereFor(q: { search: string; filters: ApplicationFilters }): Where {
  const where = new Where();
  if (q.search) {
    // Application codes are typed from the left ("SB-2016-"); names and approval numbers anywhere.
    const like = containsPattern(q.search);
    where.add(
      `a.name LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\' OR a.code LIKE ? ESCAPE '\\'
       OR g.agreement_number LIKE ? ESCAPE '\\'`,
      like,
      like,
      prefixPattern(q.search),
      like,
    );
  }
  const f = q.filters;
  if (f.state !== undefined) where.add('a.state = ?', f.state);
  if (f.fundProgramId !== undefined) where.add('a.fund_program_id = ?', f.fundProgramId);
  if (f.organizationId !== undefined) where.add('a.organization_id = ?', f.organizationId);
  if (f.districtCode !== undefined) where.add('a.district_code = ?', f.districtCode);
  if (f.classCode !== undefined && f.classCode !== '') where.add('a.class_code = ?', f.classCode);
  if (f.serviceArea !== undefined) where.add('a.service_area = ?', f.serviceArea);
  if (f.year !== undefined) where.add('p.year = ?', f.year);
  return where;
}

export function listApplications(db: Db, q: ApplicationListQuery, viewerId: number): ListResult<ApplicationRow> {
  const where = whereFor(q);
  const order = orderBy(q.sort, SORT_COLUMNS, 'a.id', 'a.id DESC');
  const rows = prepared(db, `${ROW_SELECT} ${where.sql()} ${order} LIMIT ? OFFSET ?`).all(
    viewerId,
    ...where.params,
    ...limitOffset(q),
  ) as Record<string, unknown>[];
  // Counting needs the joins only when a condition reads the program or the organization.
  const joins = q.search !== '' || q.filters.year !== undefined;
  const from = joins
    ? `applications a JOIN fund_programs p ON p.id = a.fund_program_id JOIN organizations o ON o.id = a.organization_id
       LEFT JOIN agreements g ON g.application_id = a.id`
    : 'applications a';
  const total = prepared(db, `SELECT COUNT(*) FROM ${from} ${where.sql()}`)
    .pluck()
    .get(...where.params) as number;
  return { rows: rows.map(toApplicationRow), total };
}

/** What an export needs beyond the list row: the template's columns and the decision. */
export interface ApplicationExportRow extends ApplicationRow {
  organizationCreditCode: string | null;
  projectKind: ProjectKind;
  beneficiaries: string;
  beneficiaryCount: number;
  periodStart: string;
  periodEnd: string;
  matchingFen: number;
  approvalNumber: string | null;
}

/** Every matching row, no paging, iterated so a 100,000-row export never holds two copies of the table. */
export function* iterateApplicationsForExport(
  db: Db,
  q: { search: string; filters: ApplicationFilters; sort: ApplicationSort },
  viewerId: number,
): Generator<ApplicationExportRow> {
  const where = whereFor(q);
  const order = orderBy(q.sort, SORT_COLUMNS, 'a.id', 'a.id ASC');
  const sql = rowSelect(
    `o.credit_code, a.project_kind, a.beneficiaries, a.beneficiary_count,
     a.matching_fen, (SELECT d.approval_number FROM application_decisions d WHERE d.application_id = a.id)
     AS approval_number,`,
  );
  // Not the statement cache: an iterating statement stays busy until the loop ends.
  const stmt = db.prepare(`${sql} ${where.sql()} ${order}`);
  for (const r of stmt.iterate(viewerId, ...where.params) as Iterable<Record<string, unknown>>) {
    yield {
      ...toApplicationRow(r),
      organizationCreditCode: (r.credit_code as string | null) ?? null,
      projectKind: r.project_kind as ProjectKind,
      beneficiaries: r.beneficiaries as string,
      beneficiaryCount: r.beneficiary_count as number,
      matchingFen: r.matching_fen as number,
      approvalNumber: (r.approval_number as string | null) ?? null,
    };
  }
}

export function countApplications(db: Db): number {
  return prepared(db, 'SELECT COUNT(*) FROM applications').pluck().get() as number;
}
