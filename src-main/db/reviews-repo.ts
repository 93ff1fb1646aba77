import type { OpParsedInput } from '../contract/index';
import { containsPattern, limitOffset, orderBy, prefixPattern, Where, type ListResult } from './list-sql';
import { toApplicationRow } from './applications-list-repo';
import { prepared, type Db } from './statements';

export interface Person {
  id: number;
  displayName: string;
}

export type Declaration = 'pending' | 'no_conflict' | 'conflict';

export interface AssignmentRecord {
  id: number;
  applicationId: number;
  evaluator: Person;
  declaration: Declaration;
  declaredAt: string | null;
  conflictReason: string | null;
  /** Points per criterion in half points, as scored; null until scored. */
  scores: { criterionCode: string; half: number }[] | null;
  totalHalf: number | null;
  comment: string | null;
  scoredAt: string | null;
}

export function getPerson(db: Db, id: number | null): Person | null {
  if (id === null) return null;
  return (
    (prepared(db, 'SELECT id, display_name AS displayName FROM users WHERE id = ?').get(id) as Person | undefined) ??
    null
  );
}

// ---- formal review (初审) --------------------------------------------------------------------------------

export interface FormalReviewRecord {
  decision: 'pass' | 'return';
  reason: string;
  by: number;
  at: string;
}

export function insertFormalReview(db: Db, applicationId: number, r: FormalReviewRecord): void {
  prepared(
    db,
    `INSERT INTO application_formal_reviews (application_id, decision, reason, reviewed_by, reviewed_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(applicationId, r.decision, r.reason, r.by, r.at);
}

export function latestFormalReview(db: Db, applicationId: number): FormalReviewRecord | null {
  return (
    (prepared(
      db,
      `SELECT decision, reason, reviewed_by AS "by", reviewed_at AS "at" FROM application_formal_reviews
       WHERE application_id = ? ORDER BY id DESC LIMIT 1`,
    ).get(applicationId) as FormalReviewRecord | undefined) ?? null
  );
}

// ---- expert review (专家评审) -----------------------------------------------------------------------------

const ASSIGNMENT_SELECT = `SELECT r.id, r.application_id, r.evaluator_id, u.display_name, r.declaration, r.declared_at,
  r.conflict_reason, r.scores, r.total_half, r.comment, r.scored_at
  FROM review_assignments r JOIN users u ON u.id = r.evaluator_id`;

function toAssignment(r: Record<string, unknown>): AssignmentRecord {
  return {
    id: r.id as number,
    applicationId: r.application_id as number,
    evaluator: { id: r.evaluator_id as number, displayName: r.display_name as string },
    declaration: r.declaration as Declaration,
    declaredAt: (r.declared_at as string | null) ?? null,
    conflictReason: (r.conflict_reason as string | null) ?? null,
    scores: r.scores === null ? null : (JSON.parse(r.scores as string) as AssignmentRecord['scores']),
    totalHalf: (r.total_half as number | null) ?? null,
    comment: (r.comment as string | null) ?? null,
    scoredAt: (r.scored_at as string | null) ?? null,
  };
}

export function listAssignments(db: Db, applicationId: number): AssignmentRecord[] {
  return (
    prepared(db, `${ASSIGNMENT_SELECT} WHERE r.application_id = ? ORDER BY r.id`).all(applicationId) as Record<
      string,
      unknown
    >[]
  ).map(toAssignment);
}

export function findAssignment(db: Db, applicationId: number, evaluatorId: number): AssignmentRecord | null {
  const r = prepared(db, `${ASSIGNMENT_SELECT} WHERE r.application_id = ? AND r.evaluator_id = ?`).get(
    applicationId,
    evaluatorId,
  ) as Record<string, unknown> | undefined;
  return r ? toAssignment(r) : null;
}

/** What an assignment records once the expert has acted; sample data writes it with the assignment. */
export interface AssignmentOutcome {
  declaration: 'no_conflict' | 'conflict';
  declaredAt: string;
  conflictReason: string | null;
  scores: { criterionCode: string; half: number }[] | null;
  totalHalf: number | null;
  comment: string | null;
  scoredAt: string | null;
}

export function insertAssignment(
  db: Db,
  applicationId: number,
  evaluatorId: number,
  meta: { by: number; at: string; outcome?: AssignmentOutcome },
): number {
  const o = meta.outcome;
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO review_assignments (application_id, evaluator_id, assigned_by, assigned_at, declaration, declared_at,
       conflict_reason, scores, total_half, comment, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    applicationId,
    evaluatorId,
    meta.by,
    meta.at,
    o?.declaration ?? 'pending',
    o?.declaredAt ?? null,
    o?.conflictReason ?? null,
    o?.scores ? JSON.stringify(o.scores) : null,
    o?.totalHalf ?? null,
    o?.comment ?? null,
    o?.scoredAt ?? null,
  );
  return Number(lastInsertRowid);
}

export function setDeclaration(
  db: Db,
  assignmentId: number,
  d: { declaration: 'no_conflict' | 'conflict'; reason: string | null; at: string },
): void {
  prepared(db, 'UPDATE review_assignments SET declaration = ?, conflict_reason = ?, declared_at = ? WHERE id = ?').run(
    d.declaration,
    d.reason,
    d.at,
    assignmentId,
  );
}

export function setScores(
  db: Db,
  assignmentId: number,
  s: { scores: { criterionCode: string; half: number }[]; totalHalf: number; comment: string; at: string },
): void {
  prepared(db, 'UPDATE review_assignments SET scores = ?, total_half = ?, comment = ?, scored_at = ? WHERE id = ?').run(
    JSON.stringify(s.scores),
    s.totalHalf,
    s.comment,
    s.at,
    assignmentId,
  );
}

export function insertConflict(
  db: Db,
  c: { evaluatorId: number; organizationId: number; applicationId: number; reason: string; at: string },
): void {
  prepared(
    db,
    `INSERT INTO reviewer_conflicts (evaluator_id, organization_id, application_id, reason, declared_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(c.evaluatorId, c.organizationId, c.applicationId, c.reason, c.at);
}

export function hasConflictWithOrganization(db: Db, evaluatorId: number, organizationId: number): boolean {
  return (
    prepared(db, 'SELECT 1 FROM reviewer_conflicts WHERE evaluator_id = ? AND organization_id = ? LIMIT 1').get(
      evaluatorId,
      organizationId,
    ) !== undefined
  );
}

/** Active users holding the evaluator role, by name. */
export function listActiveEvaluators(db: Db): Person[] {
  return prepared(
    db,
    `SELECT u.id, u.display_name AS displayName FROM users u
     WHERE u.disabled = 0 AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'evaluator')
     ORDER BY u.name_key, u.id`,
  ).all() as Person[];
}

type QueueQuery = OpParsedInput<'reviews.queue'>;
const QUEUE_SORT: Record<QueueQuery['sort'][number]['id'], string> = {
  code: '(a.code_year * 1000000 + a.code_seq)',
  name: 'a.name_key',
  submittedAt: 'a.submitted_at',
};

/**
 * An expert's assignments. "Pending" means something is still theirs to do: an application in expert review
 * they have neither declared on nor (having declared no conflict) scored.
 */
export function listQueue(
  db: Db,
  evaluatorId: number,
  q: QueueQuery,
): ListResult<ReturnType<typeof toApplicationRow> & { declaration: Declaration; scored: boolean }> {
  const where = new Where().add('r.evaluator_id = ?', evaluatorId);
  if (q.search) {
    const like = containsPattern(q.search);
    where.add(`a.name LIKE ? ESCAPE '\\' OR a.code LIKE ? ESCAPE '\\'`, like, prefixPattern(q.search));
  }
  if (q.filters.pendingOnly)
    where.add(`a.state = 'expert_review' AND r.declaration <> 'conflict' AND r.scored_at IS NULL`);
  const from = `FROM review_assignments r JOIN applications a ON a.id = r.application_id
    JOIN fund_programs p ON p.id = a.fund_program_id JOIN organizations o ON o.id = a.organization_id`;
  const order = orderBy(q.sort, QUEUE_SORT, 'a.id', 'r.assigned_at DESC, a.id DESC');
  const rows = prepared(
    db,
    `SELECT a.id, a.code, a.name, a.state, a.fund_program_id, p.code AS program_code, p.year, a.organization_id,
       o.name AS organization_name, a.class_code, a.service_area, a.district_code, a.requested_fen, a.approved_fen,
       a.submitted_at, a.created_at, a.updated_at, a.period_start, a.period_end,
       (SELECT g.agreement_number FROM agreements g WHERE g.application_id = a.id) AS agreement_number,
       r.declaration, r.scored_at,
       CASE WHEN r.scored_at IS NULL AND r.declaration <> 'conflict' THEN NULL ELSE a.mean_score_centi END
         AS mean_shown
     ${from} ${where.sql()} ${order} LIMIT ? OFFSET ?`,
  ).all(...where.params, ...limitOffset(q)) as Record<string, unknown>[];
  const total = prepared(db, `SELECT COUNT(*) ${from} ${where.sql()}`)
    .pluck()
    .get(...where.params) as number;
  return {
    rows: rows.map((r) => ({
      ...toApplicationRow(r),
      declaration: r.declaration as Declaration,
      scored: r.scored_at !== null,
    })),
    total,
  };
}
