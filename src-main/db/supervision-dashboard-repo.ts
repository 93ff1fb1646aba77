import type { NotInspectedRow, OpParsedInput } from '../contract/index';
import type { EvaluationKind } from '../core/evaluation-consequences';
import type { Grade } from '../core/grading';
import { containsPattern, limitOffset, orderBy, Where, type ListResult } from './list-sql';
import { prepared, type Db } from './statements';

/**
 * The 监督检查 overview's counts and the list behind "not inspected this year". A project runs in a year when
 * its agreement is signed and its period overlaps the year; it was inspected in the year when an inspection
 * of it is dated in the year. The count and the list share these conditions (runningIn, notInspectedIn).
 */

const RUNNING = `g.signed_date IS NOT NULL AND g.period_start <= ? AND g.period_end >= ?`;
const NOT_INSPECTED = `NOT EXISTS (SELECT 1 FROM inspections i WHERE i.application_id = g.application_id
  AND i.date BETWEEN ? AND ?)`;
const yearBounds = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;
const runningParams = (year: number) => [`${year}-12-31`, `${year}-01-01`];

/** Years in which some signed project runs, from the earliest start to the latest end. */
export function projectYears(db: Db): { first: number; last: number } | null {
  const r = prepared(
    db,
    `SELECT min(substr(period_start, 1, 4)) AS first, max(substr(period_end, 1, 4)) AS last
     FROM agreements WHERE signed_date IS NOT NULL`,
  ).get() as { first: string | null; last: string | null };
  return r.first === null || r.last === null ? null : { first: Number(r.first), last: Number(r.last) };
}

export interface NotInspectedByProgram {
  fundProgramId: number;
  code: string;
  name: string;
  running: number;
  notInspected: number;
}

export function notInspectedByProgram(db: Db, year: number): NotInspectedByProgram[] {
  const [from, to] = yearBounds(year);
  return prepared(
    db,
    `SELECT p.id AS fundProgramId, p.code, p.name, count(*) AS running,
       sum(${NOT_INSPECTED}) AS notInspected
     FROM agreements g JOIN applications a ON a.id = g.application_id JOIN fund_programs p ON p.id = a.fund_program_id
     WHERE ${RUNNING}
     GROUP BY p.id ORDER BY p.year DESC, p.code`,
  ).all(from, to, ...runningParams(year)) as NotInspectedByProgram[];
}

type NotInspectedQuery = OpParsedInput<'supervision.notInspected'>;

const LIST_FROM = `agreements g JOIN applications a ON a.id = g.application_id
  JOIN organizations o ON o.id = a.organization_id JOIN fund_programs p ON p.id = a.fund_program_id`;

function notInspectedWhere(q: NotInspectedQuery): Where {
  const [from, to] = yearBounds(q.filters.year);
  const where = new Where().add(RUNNING, ...runningParams(q.filters.year)).add(NOT_INSPECTED, from, to);
  if (q.filters.fundProgramId !== undefined) where.add('a.fund_program_id = ?', q.filters.fundProgramId);
  if (q.search) {
    const like = containsPattern(q.search);
    where.add(
      `a.name LIKE ? ESCAPE '\\' OR g.agreement_number LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\'`,
      like,
      like,
      like,
    );
  }
  return where;
}

/**
 * The count joins only what its conditions read. Joined for nothing, applications, organizations and fund
 * programs cost three row lookups per running project (most of the first page's time on 100,000 projects);
 * without them the count runs on the period index and the inspections index alone.
 */
function countFrom(q: NotInspectedQuery): string {
  if (q.search) return LIST_FROM;
  if (q.filters.fundProgramId !== undefined) return 'agreements g JOIN applications a ON a.id = g.application_id';
  return 'agreements g';
}

const countSql = (q: NotInspectedQuery, where: Where) => `SELECT count(*) FROM ${countFrom(q)} ${where.sql()}`;

export function listNotInspected(db: Db, q: NotInspectedQuery): ListResult<NotInspectedRow> {
  const where = notInspectedWhere(q);
  const last = '(SELECT max(i.date) FROM inspections i WHERE i.application_id = g.application_id)';
  const order = orderBy(
    q.sort,
    { agreementNumber: 'g.agreement_number', lastInspected: `coalesce(${last}, '')`, periodEnd: 'g.period_end' },
    'g.id',
    // The period index's own order: the first page stops after pageSize rows instead of sorting them all.
    'g.period_end ASC, g.period_start ASC, g.application_id ASC',
  );
  const rows = prepared(
    db,
    `SELECT g.application_id AS applicationId, g.agreement_number AS agreementNumber, a.name AS projectName,
       o.name AS organizationName, o.district_code AS districtCode, p.name AS programName,
       g.period_start AS periodStart, g.period_end AS periodEnd, ${last} AS lastInspected
     FROM ${LIST_FROM} ${where.sql()} ${order} LIMIT ? OFFSET ?`,
  ).all(...where.params, ...limitOffset(q)) as NotInspectedRow[];
  const total = prepared(db, countSql(q, where))
    .pluck()
    .get(...where.params) as number;
  return { rows, total };
}

/** The tables the not-inspected count reads, from SQLite's plan (so a test can hold it to the indexes). */
export function notInspectedCountPlan(db: Db, q: NotInspectedQuery): string[] {
  const where = notInspectedWhere(q);
  return (db.prepare(`EXPLAIN QUERY PLAN ${countSql(q, where)}`).all(...where.params) as { detail: string }[]).map(
    (r) => r.detail,
  );
}

export interface GradeCountRow {
  fundProgramId: number;
  code: string;
  name: string;
  year: number;
  kind: EvaluationKind;
  grade: Grade;
  count: number;
}

/** Finalized evaluations counted per program, kind and grade (evaluations.list filters the same way). */
export function gradeCounts(db: Db): GradeCountRow[] {
  return prepared(
    db,
    `SELECT p.id AS fundProgramId, p.code, p.name, p.year, e.kind, e.grade, count(*) AS count
     FROM evaluations e JOIN agreements g ON g.id = e.agreement_id JOIN applications a ON a.id = g.application_id
     JOIN fund_programs p ON p.id = a.fund_program_id
     WHERE e.state = 'finalized'
     GROUP BY p.id, e.kind, e.grade ORDER BY p.year DESC, p.code, e.kind`,
  ).all() as GradeCountRow[];
}
