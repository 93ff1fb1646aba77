import { createHash } from 'node:crypto';
import type { Role } from '../../contract/permissions';
import { countFundPrograms, insertFundProgram } from '../../db/fund-programs-repo';
import { countOrganizations, insertOrganization } from '../../db/organizations-repo';
import { findUserByUsername, insertUser } from '../../db/users-repo';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';
import { hashPassword } from '../passwords';
import { demoOrganizations } from './organizations';
import { seedDemoApplications, type DemoOrganization } from './applications';
import { attachmentsDirOf } from '../attachments/store';
import { seedDemoFinance } from './project-finance';
import { seedDemoInspections } from './inspections';
import { seedDemoEvaluations } from './evaluation-writer';
import { Prng } from './prng';
import { DEMO_BASE_PROGRAMS, extraPrograms } from './programs';
import { seedDemoDraw } from './draw';

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
  // A second finance officer, so maker–checker releases (one prepares, another confirms) can be tried with the demo accounts.
  { username: 'finance2', displayName: '李强', roles: ['finance'] },
  { username: 'project', displayName: '张伟', roles: ['project'] },
  { username: 'evaluator', displayName: '刘洋', roles: ['evaluator'] },
  { username: 'auditor', displayName: '陈静', roles: ['auditor'] },
];

export const DEMO_MIN_ORGANIZATIONS = 300;
/** Applications in the sample set (2015–2016, every state); `projects` replaces this number. */
export const DEMO_APPLICATIONS = 400;

export interface SeedDemoOptions {
  /**
   * Scale: this many applications, about this many organizations (at least 300) and projects/100 extra
   * programs over 2017–2024.
   */
  projects?: number;
  /** About this many expenditure ledger lines in all (project-finance.ts, DEMO_LEDGER_SCALE). */
  ledgerLines?: number;
  /** The demo admin account; false when a real administrator was just created (first-run "load sample data"). */
  includeAdmin: boolean;
}

export interface SeedDemoResult {
  /** Accounts from DEMO_USERS (the ones a user is told about). */
  users: number;
  /** Synthetic experts (DEMO_EXPERTS) who score alongside the demo evaluator. */
  experts: number;
  fundPrograms: number;
  organizations: number;
  applications: number;
}

/** Experts who score alongside the demo evaluator (evaluator role, the demo password). */
export const DEMO_EXPERTS: readonly DemoUser[] = [
  { username: 'expert1', displayName: '赵敏', roles: ['evaluator'] },
  { username: 'expert2', displayName: '孙磊', roles: ['evaluator'] },
  { username: 'expert3', displayName: '周静', roles: ['evaluator'] },
  { username: 'expert4', displayName: '吴涛', roles: ['evaluator'] },
];

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

    // The experts share one hash: scrypt is deliberately slow and they share the demo password anyway.
    const expertHash = hashPassword(
      DEMO_PASSWORD,
      createHash('sha256').update('demo:experts').digest().subarray(0, 16),
    );
    let experts = 0;
    for (const u of DEMO_EXPERTS) {
      if (findUserByUsername(ctx.db, u.username)) continue;
      insertUser(ctx.db, { ...u, passwordHash: expertHash, now: iso(SEEDED_AT) });
      experts++;
    }

    const programs = [...DEMO_BASE_PROGRAMS, ...extraPrograms(projects ? Math.floor(projects / 100) : 0, rng)];
    const demoPrograms = programs.map((p) => ({
      ...p,
      id: insertFundProgram(ctx.db, p, { now: iso(Date.UTC(p.year, 0, 15, 2, 0, 0)), createdBy }),
    }));

    const orgCount = Math.max(DEMO_MIN_ORGANIZATIONS, projects ?? 0);
    const organizations: DemoOrganization[] = [];
    let i = 0;
    for (const org of demoOrganizations(orgCount, rng)) {
      const id = insertOrganization(ctx.db, org, { now: iso(SEEDED_AT + i * 60_000), createdBy });
      organizations.push({ id, registration: org.registration, districtCode: org.districtCode });
      i++;
    }

    const userId = (username: string) => findUserByUsername(ctx.db, username)!.id;
    const applications = seedDemoApplications(ctx.db, {
      programs: demoPrograms,
      baseProgramIds: new Set(demoPrograms.slice(0, DEMO_BASE_PROGRAMS.length).map((p) => p.id)),
      organizations,
      people: {
        project: userId('project'),
        finance: userId('finance'),
        finance2: userId('finance2'),
        experts: [userId('evaluator'), ...DEMO_EXPERTS.map((e) => userId(e.username))],
      },
      count: projects ?? DEMO_APPLICATIONS,
      rng: new Prng(0x5eed_0003),
      now: iso(SEEDED_AT),
    });
    // Tranches, budget adjustments, ledgers, milestones (project-finance.ts); counted by demoFinanceSummary.
    seedDemoFinance(ctx.db, {
      programs: demoPrograms,
      people: {
        project: userId('project'),
        finance: userId('finance'),
        finance2: userId('finance2'),
        evaluator: userId('evaluator'),
      },
      projects,
      ledgerLines: opts.ledgerLines,
      attachmentsDir: evidenceDir(ctx),
    });
    seedDemoDraw(ctx.db);
    seedDemoInspections(ctx.db, {
      evaluators: ['evaluator', ...DEMO_EXPERTS.map((e) => e.username)].map(userId),
      project: userId('project'),
    });
    seedDemoEvaluations(ctx.db, {
      evaluator: userId('evaluator'),
      experts: DEMO_EXPERTS.map((e) => userId(e.username)),
    });
    return { users, experts, fundPrograms: programs.length, organizations: orgCount, applications };
  };
  if (ctx.db.inTransaction) return ctx.db.transaction(run)();
  // One transaction for everything, a million ledger lines included (statement journals stay in memory: see
  // openDatabase).
  return ctx.db.transaction(run).immediate();
}

/** The attachment store for the milestones' evidence; none for an in-memory database. */
function evidenceDir(ctx: ServiceContext): string | null {
  try {
    return attachmentsDirOf(ctx.app);
  } catch {
    return null;
  }
}
