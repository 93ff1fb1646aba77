import { insertConflict } from '../db/reviews-repo';
import { driveTo, openAppsFixture, validInput, type AppsFixture } from './applications';
import { contextFor } from './services';
import { startSession } from '../services/sessions';

/**
 * Test support for 随机抽查 draws: the applications fixture (evaluator, evaluator2, evaluator3 in the pool) with
 * one approved central 2015 project per organization. Not used by the app.
 */
export interface DrawFixture extends AppsFixture {
  /** Application ids of the approved projects, organization by organization (f.orgs[i] holds projects[i]). */
  projects: number[];
  /** A fresh session token for a fixture user, at the clock's current time. */
  tokenFor(userId: number): string;
  /** A conflict of interest as an expert review keeps it (per organization). */
  declareConflict(evaluatorId: number, organizationId: number): void;
}

export function openDrawFixture(projectCount = 6): DrawFixture {
  const f = openAppsFixture(projectCount);
  const projects = f.orgs.map((org) => driveTo(f, 'approved', validInput(f.central, org)));
  return {
    ...f,
    projects,
    tokenFor(userId) {
      const ctx = contextFor(f.app);
      startSession(ctx, userId);
      return ctx.session.next!;
    },
    declareConflict(evaluatorId, organizationId) {
      insertConflict(f.app.db, {
        evaluatorId,
        organizationId,
        applicationId: projects[f.orgs.indexOf(organizationId)]!,
        reason: '本人曾为该机构提供督导服务',
        at: f.clock.now().toISOString(),
      });
    },
  };
}
