import { createHash } from 'node:crypto';
import type { Role } from '../../contract/permissions';
import { countFundPrograms, insertFundProgram } from '../../db/fund-programs-repo';
import { countOrganizations, insertOrganization } from '../../db/organizations-repo';
import { findUserByUsername, insertUser } from '../../db/users-repo';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';
import { hashPassword } from '../passwords';
import { demoOrganizations } from './organizations';
import { Prng } from './prng';
import { DEMO_BASE_PROGRAMS, extraPrograms } from './programs';

export interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
}

/** Every demo account signs in with this password (documented in the README; sample data only). */
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['admin'] },
  { username: 'finance', displayName: '王芳', roles: ['finance'] },
  // A second finance officer, so maker–checker approvals (issue 4) can be tried with the demo accounts.
  { username: 'finance2', displayName: '李强', roles: ['finance'] },
  { username: 'project', displayName: '张伟', roles: ['project'] },
  { username: 'evaluator', displayName: '刘洋', roles: ['evaluator'] },
  { username: 'auditor', displayName: '陈静', roles: ['auditor'] },
];

export const DEMO_MIN_ORGANIZATIONS = 300;

export interface SeedDemoOptions {
  /** Scale: about this many organizations (at least 300) and projects/100 extra programs over 2017–2024. */
  projects?: number;
  /** The demo admin account; false when a real administrator was just created (first-run "load sample data"). */
  includeAdmin: boolean;
}

export interface SeedDemoResult {
  users: number;
  fundPrograms: number;
  organizations: number;
}

// Fixed timestamps keep two seeded databases byte-for-byte comparable.
const SEEDED_AT = Date.UTC(2016, 0, 4, 1, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Loads the deterministic Chongqing sample set in one transaction (a savepoint when the caller already holds
 * one, as first-run setup does). Refuses a database that already has programs or organizations.
 */
export function seedDemo(ctx: ServiceContext, opts: SeedDemoOptions): SeedDemoResult {
  const projects = opts.projects === undefined ? undefined : Math.max(0, Math.floor(opts.projects));
  const run = () => {
    if (countFundPrograms(ctx.db) > 0 || countOrganizations(ctx.db) > 0)
      throw new AppError('Conflict', 'demo.notEmpty');
    const rng = new Prng(0x00c0_ffee);
    let users = 0;
    let createdBy = ctx.user?.id ?? null;
    for (const u of DEMO_USERS) {
      if (u.roles.includes('admin') && !opts.includeAdmin) continue;
      // An existing account with the same name (say, a real "admin") is left alone.
      if (findUserByUsername(ctx.db, u.username)) continue;
      const id = insertUser(ctx.db, {
        ...u,
        // Demo passwords are public anyway; a salt derived from the name keeps the seed deterministic.
        passwordHash: hashPassword(
          DEMO_PASSWORD,
          createHash('sha256').update(`demo:${u.username}`).digest().subarray(0, 16),
        ),
        now: iso(SEEDED_AT),
      });
      if (u.roles.includes('admin')) createdBy ??= id;
      users++;
    }

    const programs = [...DEMO_BASE_PROGRAMS, ...extraPrograms(projects ? Math.floor(projects / 100) : 0, rng)];
    programs.forEach((p) => {
      insertFundProgram(ctx.db, p, { now: iso(Date.UTC(p.year, 0, 15, 2, 0, 0)), createdBy });
    });

    const orgCount = Math.max(DEMO_MIN_ORGANIZATIONS, projects ?? 0);
    let i = 0;
    for (const org of demoOrganizations(orgCount, rng)) {
      insertOrganization(ctx.db, org, { now: iso(SEEDED_AT + i * 60_000), createdBy });
      i++;
    }
    return { users, fundPrograms: programs.length, organizations: orgCount };
  };
  return ctx.db.inTransaction ? ctx.db.transaction(run)() : ctx.db.transaction(run).immediate();
}
