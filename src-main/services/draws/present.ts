import type { DrawPickView, DrawView } from '../../contract/index';
import type { DrawPick } from '../../core/supervision-draw';
import type { StoredDraw } from '../../db/supervision-draws-repo';
import { snapshotOf, type DrawSnapshot } from './inputs';

/** Names as they stood when the draw was made (from its stored inputs), not as they read today. */
export function presentPicks(snapshot: DrawSnapshot, picks: readonly DrawPick[]): DrawPickView[] {
  const projects = new Map(snapshot.candidates.map((c) => [c.applicationId, c]));
  const people = new Map(snapshot.pool.map((p) => [p.id, p]));
  const person = (id: number) => people.get(id) ?? { id, displayName: '—' };
  return picks.map((p, i) => {
    const c = projects.get(p.applicationId);
    return {
      seq: i + 1,
      applicationId: p.applicationId,
      agreementNumber: c?.agreementNumber ?? '—',
      projectName: c?.projectName ?? '—',
      organizationName: c?.organizationName ?? '—',
      inspectors: [person(p.inspectorIds[0]), person(p.inspectorIds[1])],
    };
  });
}

export function presentDraw(stored: StoredDraw): DrawView {
  const snapshot = snapshotOf(stored);
  const projects = new Map(snapshot.candidates.map((c) => [c.applicationId, c]));
  const orgNames = new Map(snapshot.candidates.map((c) => [c.organizationId, c.organizationName]));
  const people = new Map(snapshot.pool.map((p) => [p.id, p]));
  return {
    id: stored.id,
    drawNumber: stored.drawNumber,
    programCode: stored.programCode,
    programName: stored.programName,
    year: stored.year,
    requestedCount: stored.requestedCount,
    seed: stored.seed,
    algorithm: stored.algorithm,
    drawnBy: stored.drawnByName,
    drawnAt: stored.drawnAt,
    candidateCount: snapshot.candidates.length,
    pool: snapshot.pool,
    exclusions: snapshot.conflicts.map((c) => ({
      inspector: people.get(c.evaluatorId) ?? { id: c.evaluatorId, displayName: '—' },
      organizationName: orgNames.get(c.organizationId) ?? '—',
      source: c.source,
      reason: c.reason,
    })),
    unstaffable: stored.unstaffable.map((id) => {
      const c = projects.get(id);
      return {
        applicationId: id,
        agreementNumber: c?.agreementNumber ?? '—',
        projectName: c?.projectName ?? '—',
        organizationName: c?.organizationName ?? '—',
      };
    }),
    picks: presentPicks(
      snapshot,
      stored.picks.map((p) => ({ applicationId: p.applicationId, inspectorIds: p.inspectorIds })),
    ),
  };
}
