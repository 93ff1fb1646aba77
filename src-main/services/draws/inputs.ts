import type { DrawConflictSource } from '../../contract/index';
import type { DrawInputs } from '../../core/supervision-draw';
import { listActiveEvaluators } from '../../db/reviews-repo';
import { listDeclaredConflicts, listDrawCandidates, type StoredDraw } from '../../db/supervision-draws-repo';
import type { Db } from '../../db/statements';

/** The inputs of a draw as stored with it (JSON), so the draw can be recomputed and read later as it was. */
export interface CandidateSnapshot {
  applicationId: number;
  organizationId: number;
  agreementNumber: string;
  projectName: string;
  organizationName: string;
}
export interface InspectorSnapshot {
  id: number;
  displayName: string;
}
export interface ConflictSnapshot {
  evaluatorId: number;
  organizationId: number;
  source: DrawConflictSource;
  reason: string;
}
export interface DrawSnapshot {
  candidates: CandidateSnapshot[];
  pool: InspectorSnapshot[];
  conflicts: ConflictSnapshot[];
}

const sameName = (a: string, b: string) => a.trim() !== '' && a.trim() === b.trim();

/**
 * Who may not inspect whom, for the draw of one program. Two sources, both about an organization rather than
 * one application:
 * - a conflict of interest an evaluator declared in any expert review of the organization's applications
 *   (kept per organization in reviewer_conflicts, and on the review assignment itself);
 * - the evaluator is the organization's own contact person or legal representative, matched by name (a
 *   namesake is excluded too: a needless exclusion costs less than an inspector judging their own project).
 * Only pairs between the pool and the candidates' organizations are kept.
 */
export function readDrawSnapshot(db: Db, programId: number): DrawSnapshot {
  const rows = listDrawCandidates(db, programId);
  const pool = listActiveEvaluators(db);
  const inPool = new Set(pool.map((p) => p.id));
  const orgs = new Map(rows.map((r) => [r.organizationId, r]));
  const conflicts: ConflictSnapshot[] = [];
  const seen = new Set<string>();
  const add = (c: ConflictSnapshot) => {
    const key = `${c.evaluatorId}:${c.organizationId}`;
    if (seen.has(key) || !inPool.has(c.evaluatorId) || !orgs.has(c.organizationId)) return;
    seen.add(key);
    conflicts.push(c);
  };
  for (const d of listDeclaredConflicts(db, programId)) add({ ...d, source: 'declared' });
  for (const org of orgs.values())
    for (const p of pool) {
      if (sameName(p.displayName, org.contactPerson))
        add({ evaluatorId: p.id, organizationId: org.organizationId, source: 'contactPerson', reason: '' });
      if (sameName(p.displayName, org.legalRepresentative))
        add({ evaluatorId: p.id, organizationId: org.organizationId, source: 'legalRepresentative', reason: '' });
    }
  conflicts.sort((a, b) => a.evaluatorId - b.evaluatorId || a.organizationId - b.organizationId);
  return {
    candidates: rows.map((r) => ({
      applicationId: r.applicationId,
      organizationId: r.organizationId,
      agreementNumber: r.agreementNumber,
      projectName: r.projectName,
      organizationName: r.organizationName,
    })),
    pool: pool.map((p) => ({ id: p.id, displayName: p.displayName })),
    conflicts,
  };
}

export function drawInputsOf(snapshot: DrawSnapshot, seed: string, count: number): DrawInputs {
  return {
    seed,
    count,
    candidates: snapshot.candidates.map((c) => ({ applicationId: c.applicationId, organizationId: c.organizationId })),
    pool: snapshot.pool.map((p) => p.id),
    conflicts: snapshot.conflicts.map((c) => ({ evaluatorId: c.evaluatorId, organizationId: c.organizationId })),
  };
}

export function snapshotOf(stored: StoredDraw): DrawSnapshot {
  return {
    candidates: stored.candidates as CandidateSnapshot[],
    pool: stored.pool as InspectorSnapshot[],
    conflicts: stored.conflicts as ConflictSnapshot[],
  };
}
