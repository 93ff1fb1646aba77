import { prepared, type Db } from './statements';

export interface DrawProgram {
  id: number;
  code: string;
  name: string;
  year: number;
}

/** A project as a draw saw it: what it needs to exclude people, and what a person reads. */
export interface DrawCandidateRow {
  applicationId: number;
  organizationId: number;
  agreementNumber: string;
  projectName: string;
  organizationName: string;
  /** The organization's own people: an inspector by either name is not independent of it. */
  contactPerson: string;
  legalRepresentative: string;
}

export interface DeclaredConflictRow {
  evaluatorId: number;
  organizationId: number;
  reason: string;
}

export interface DrawRecord {
  drawNumber: string;
  fundProgramId: number;
  year: number;
  requestedCount: number;
  seed: string;
  algorithm: string;
  candidates: unknown[];
  pool: unknown[];
  conflicts: unknown[];
  unstaffable: number[];
  drawnBy: number | null;
  drawnAt: string;
  picks: { applicationId: number; inspectorIds: [number, number] }[];
}

export type StoredDraw = Omit<DrawRecord, 'picks'> & {
  id: number;
  programCode: string;
  programName: string;
  drawnByName: string | null;
  picks: { seq: number; applicationId: number; inspectorIds: [number, number] }[];
};

export function findDrawProgram(db: Db, code: string): DrawProgram | null {
  return (
    (prepared(db, 'SELECT id, code, name, year FROM fund_programs WHERE code = ?').get(code) as
      DrawProgram | undefined) ?? null
  );
}

/** Projects of a program (approved, with an agreement) that are not closed, by application id. */
export function listDrawCandidates(db: Db, programId: number): DrawCandidateRow[] {
  return prepared(
    db,
    `SELECT a.id AS applicationId, a.organization_id AS organizationId, g.agreement_number AS agreementNumber,
       a.name AS projectName, o.name AS organizationName, o.contact_person AS contactPerson,
       o.legal_representative AS legalRepresentative
     FROM applications a JOIN agreements g ON g.application_id = a.id JOIN organizations o ON o.id = a.organization_id
     WHERE a.fund_program_id = ? AND a.state = 'approved'
       AND NOT EXISTS (SELECT 1 FROM project_closeouts c WHERE c.agreement_id = g.id)
     ORDER BY a.id`,
  ).all(programId) as DrawCandidateRow[];
}

/**
 * Conflicts of interest declared in expert reviews against the program's organizations: those kept per
 * organization and those on an assignment (the same declaration, read from both places so neither is missed).
 */
export function listDeclaredConflicts(db: Db, programId: number): DeclaredConflictRow[] {
  return prepared(
    db,
    `WITH orgs AS (SELECT DISTINCT organization_id AS id FROM applications WHERE fund_program_id = ?)
     SELECT evaluator_id AS evaluatorId, organization_id AS organizationId, MIN(reason) AS reason FROM (
       SELECT c.evaluator_id, c.organization_id, c.reason FROM reviewer_conflicts c
       WHERE c.organization_id IN (SELECT id FROM orgs)
       UNION ALL
       SELECT r.evaluator_id, a.organization_id, r.conflict_reason FROM review_assignments r
       JOIN applications a ON a.id = r.application_id
       WHERE r.declaration = 'conflict' AND a.organization_id IN (SELECT id FROM orgs)
     ) GROUP BY evaluator_id, organization_id ORDER BY evaluator_id, organization_id`,
  ).all(programId) as DeclaredConflictRow[];
}

/** CC-2026-001: draws are numbered per year of drawing (Shanghai), in order. */
export function nextDrawNumber(db: Db, year: number): string {
  const prefix = `CC-${year}-`;
  const n = prepared(db, `SELECT COUNT(*) FROM supervision_draws WHERE substr(draw_number, 1, 8) = ?`)
    .pluck()
    .get(prefix) as number;
  return `${prefix}${String(n + 1).padStart(3, '0')}`;
}

export function insertDraw(db: Db, d: DrawRecord): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO supervision_draws (draw_number, fund_program_id, year, requested_count, seed, algorithm, candidates,
       pool, conflicts, unstaffable, drawn_by, drawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    d.drawNumber,
    d.fundProgramId,
    d.year,
    d.requestedCount,
    d.seed,
    d.algorithm,
    JSON.stringify(d.candidates),
    JSON.stringify(d.pool),
    JSON.stringify(d.conflicts),
    JSON.stringify(d.unstaffable),
    d.drawnBy,
    d.drawnAt,
  );
  const id = Number(lastInsertRowid);
  const pick = prepared(
    db,
    `INSERT INTO supervision_draw_picks (draw_id, seq, application_id, first_inspector_id, second_inspector_id)
     VALUES (?, ?, ?, ?, ?)`,
  );
  d.picks.forEach((p, i) => pick.run(id, i + 1, p.applicationId, p.inspectorIds[0], p.inspectorIds[1]));
  return id;
}

export function findDrawId(db: Db, drawNumber: string): number | null {
  return (
    (prepared(db, 'SELECT id FROM supervision_draws WHERE draw_number = ?').pluck().get(drawNumber) as
      number | undefined) ?? null
  );
}

export function getDraw(db: Db, id: number): StoredDraw | null {
  const r = prepared(
    db,
    `SELECT d.*, p.code AS program_code, p.name AS program_name, u.display_name AS drawn_by_name
     FROM supervision_draws d JOIN fund_programs p ON p.id = d.fund_program_id LEFT JOIN users u ON u.id = d.drawn_by
     WHERE d.id = ?`,
  ).get(id) as Record<string, unknown> | undefined;
  if (!r) return null;
  const picks = prepared(
    db,
    `SELECT seq, application_id, first_inspector_id, second_inspector_id FROM supervision_draw_picks
     WHERE draw_id = ? ORDER BY seq`,
  ).all(id) as Record<string, number>[];
  return {
    id,
    drawNumber: r.draw_number as string,
    fundProgramId: r.fund_program_id as number,
    programCode: r.program_code as string,
    programName: r.program_name as string,
    year: r.year as number,
    requestedCount: r.requested_count as number,
    seed: r.seed as string,
    algorithm: r.algorithm as string,
    candidates: JSON.parse(r.candidates as string) as unknown[],
    pool: JSON.parse(r.pool as string) as unknown[],
    conflicts: JSON.parse(r.conflicts as string) as unknown[],
    unstaffable: JSON.parse(r.unstaffable as string) as number[],
    drawnBy: (r.drawn_by as number | null) ?? null,
    drawnByName: (r.drawn_by_name as string | null) ?? null,
    drawnAt: r.drawn_at as string,
    picks: picks.map((p) => ({
      seq: p.seq!,
      applicationId: p.application_id!,
      inspectorIds: [p.first_inspector_id!, p.second_inspector_id!],
    })),
  };
}

/** Newest first, for the draw page's list. */
export function listDrawIds(db: Db, limit: number): number[] {
  return prepared(db, 'SELECT id FROM supervision_draws ORDER BY id DESC LIMIT ?').pluck().all(limit) as number[];
}

/** What the operation log recorded when the draw was made (JSON text), if it did. */
export function drawLogRecord(db: Db, id: number): string | null {
  return (
    (prepared(
      db,
      `SELECT after_json FROM operation_log WHERE entity_type = 'supervisionDraw' AND entity_id = ? AND op = 'draws.run'
       ORDER BY id LIMIT 1`,
    )
      .pluck()
      .get(String(id)) as string | null | undefined) ?? null
  );
}
