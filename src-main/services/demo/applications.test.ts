import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_STATES, applicationDetailSchema, ruleSetSchema, type CostType } from '../../contract/index';
import { checkBudgetLines, checkSubmission } from '../../core/application-rules';
import { shanghaiDate } from '../../core/calendar';
import * as applications from '../applications/index';
import { contextFor, openTestApp, type TestApp } from '../../testing/services';
import { DEMO_EXPERTS, DEMO_PROJECT_NAMES, seedDemo } from './index';

let t: TestApp;
beforeAll(() => {
  t = openTestApp();
  seedDemo(contextFor(t.app), { includeAdmin: true });
});
afterAll(() => t.close());

const all = <T>(sql: string, ...params: unknown[]) => t.app.db.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) =>
  t.app.db
    .prepare(sql)
    .pluck()
    .get(...params) as T;

describe('demo applications', () => {
  it('holds 400 applications over the 2015–2016 programs, in every state', () => {
    expect(one('SELECT count(*) FROM applications')).toBe(400);
    const states = all<{ state: string; n: number }>('SELECT state, count(*) AS n FROM applications GROUP BY state');
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(APPLICATION_STATES));
    const approved = states.find((s) => s.state === 'approved')!.n;
    expect(approved).toBeGreaterThan(300);
    expect(one('SELECT count(DISTINCT fund_program_id) FROM applications')).toBe(5);
  });

  it('approves exactly the 5,400万元 the programs allocate, each program its own total', () => {
    const rows = all<{ total: number; approved: number }>(
      `SELECT p.total_allocation_fen AS total, sum(a.approved_fen) AS approved FROM fund_programs p
       JOIN applications a ON a.fund_program_id = p.id AND a.state = 'approved' GROUP BY p.id`,
    );
    for (const r of rows) expect(r.approved).toBe(r.total);
    expect(rows.reduce((s, r) => s + r.approved, 0)).toBe(5_400_000_000);
  });

  it('uses the bureau’s project names, the featured ones included', () => {
    const names = new Set(all<{ name: string }>('SELECT name FROM applications').map((r) => r.name));
    for (const n of DEMO_PROJECT_NAMES.slice(0, 5)) expect(names.has(n)).toBe(true);
  });

  it('meets the program’s rules for everything past the draft, before and after the finance review', () => {
    const apps = all<Record<string, unknown>>(
      `SELECT a.*, p.source, p.year, p.rule_set, o.registration FROM applications a
       JOIN fund_programs p ON p.id = a.fund_program_id JOIN organizations o ON o.id = a.organization_id
       WHERE a.state NOT IN ('draft')`,
    );
    for (const a of apps) {
      const facts = {
        source: a.source as 'CENTRAL',
        year: a.year as number,
        ruleSet: ruleSetSchema.parse(JSON.parse(a.rule_set as string)),
      };
      const lines = all<{
        categoryCode: string;
        costType: CostType | null;
        amountFen: number;
        matchingFen: number;
        approvedFen: number | null;
      }>(
        `SELECT category_code AS categoryCode, cost_type AS costType, amount_fen AS amountFen,
           matching_fen AS matchingFen, approved_fen AS approvedFen
         FROM application_budget_lines WHERE application_id = ? ORDER BY seq`,
        a.id,
      );
      const bars = all<{ fromYear: number; toYear: number; reason: string }>(
        'SELECT from_year AS fromYear, to_year AS toYear, reason FROM organization_bars WHERE organization_id = ?',
        a.organization_id,
      );
      const violations = checkSubmission(
        {
          classCode: a.class_code as string,
          periodStart: a.period_start as string,
          periodEnd: a.period_end as string,
          requestedFen: a.requested_fen as number,
          matchingFen: a.matching_fen as number,
          indicatorCount: one<number>('SELECT count(*) FROM application_indicators WHERE application_id = ?', a.id),
          budgetLines: lines,
        },
        facts,
        { registration: a.registration as 'registered', bars, duplicateCode: null },
      );
      expect(violations, String(a.code)).toEqual([]);
      expect(
        checkBudgetLines(
          lines.map((l) => ({ ...l, amountFen: l.approvedFen ?? l.amountFen })),
          facts,
        ),
      ).toEqual([]);
    }
  });

  it('has approvals by finance officers who neither entered, submitted nor reviewed them, after the notice, with agreements', () => {
    const rows = all<Record<string, number | string | null>>(
      `SELECT a.id, a.created_by, a.submitted_by, a.approved_fen, d.decided_by, d.decided_at, n.end_date, f.reviewed_fen,
         f.reviewed_by,
         a.requested_fen, g.approved_fen AS agreement_fen,
         (SELECT sum(amount_fen) FROM agreement_tranches t WHERE t.agreement_id = g.id) AS tranches
       FROM applications a JOIN application_decisions d ON d.application_id = a.id
       JOIN application_notices n ON n.application_id = a.id JOIN finance_reviews f ON f.application_id = a.id
       JOIN agreements g ON g.application_id = a.id WHERE a.state = 'approved'`,
    );
    expect(rows.length).toBe(one('SELECT count(*) FROM applications WHERE state = ?', 'approved'));
    const finance = new Set(
      all<{ id: number }>(`SELECT user_id AS id FROM user_roles WHERE role = 'finance'`).map((r) => r.id),
    );
    for (const r of rows) {
      expect(finance.has(r.decided_by as number)).toBe(true);
      expect(r.decided_by).not.toBe(r.created_by);
      expect(r.decided_by).not.toBe(r.submitted_by);
      expect(r.decided_by).not.toBe(r.reviewed_by);
      expect(shanghaiDate(new Date(r.decided_at as string)) > (r.end_date as string)).toBe(true);
      expect(r.approved_fen as number).toBeLessThanOrEqual(r.reviewed_fen as number);
      expect(r.reviewed_fen as number).toBeLessThanOrEqual(r.requested_fen as number);
      expect([r.agreement_fen, r.tranches]).toEqual([r.approved_fen, r.approved_fen]);
    }
    expect(one('SELECT count(*) FROM agreements WHERE signed_date IS NULL')).toBeGreaterThan(0);
  });

  it('lets every separation rule be tried with the demo accounts on the applications waiting for 立项', () => {
    const user = (username: string) => {
      const id = one<number>('SELECT id FROM users WHERE username = ?', username);
      const roles = all<{ role: string }>('SELECT role FROM user_roles WHERE user_id = ?', id).map((r) => r.role);
      return { id, username, displayName: username, roles: roles as never, sessionId: 0 };
    };
    const waiting = all<{ id: number; created_by: number; submitted_by: number; reviewed_by: number }>(
      `SELECT a.id, a.created_by, a.submitted_by, f.reviewed_by FROM applications a
       JOIN finance_reviews f ON f.application_id = a.id WHERE a.state = 'in_notice' ORDER BY a.id`,
    );
    expect(waiting.length).toBeGreaterThan(0);
    const [project, finance, finance2] = ['project', 'finance', 'finance2'].map(user) as [
      ReturnType<typeof user>,
      ReturnType<typeof user>,
      ReturnType<typeof user>,
    ];
    for (const w of waiting)
      expect([w.created_by, w.submitted_by, w.reviewed_by]).toEqual([project.id, project.id, finance.id]);
    const attempt = (u: ReturnType<typeof user>) => {
      try {
        applications.approve(contextFor(t.app, u), { id: waiting[0]!.id, approvedFen: 100, approvalNumber: '试-1' });
      } catch (e) {
        return (e as { rule: string }).rule;
      }
      return 'approved';
    };
    expect(attempt(project)).toBe('application.sod.financeRole');
    expect(attempt(finance)).toBe('application.sod.financeReviewer');
    // finance2 is the one who may approve; the 2016 programs are fully committed, so the allocation refuses.
    expect(attempt(finance2)).toBe('allocation.exceeded');
  });

  it('reviews with the demo evaluator and the synthetic experts, some conflicts and outliers', () => {
    const experts = all<{ username: string }>(
      `SELECT DISTINCT u.username FROM review_assignments r JOIN users u ON u.id = r.evaluator_id`,
    ).map((r) => r.username);
    expect(new Set(experts)).toEqual(new Set(['evaluator', ...DEMO_EXPERTS.map((e) => e.username)]));
    expect(one(`SELECT count(*) FROM review_assignments WHERE declaration = 'conflict'`)).toBeGreaterThan(0);
    expect(one(`SELECT count(*) FROM review_assignments WHERE declaration = 'pending'`)).toBeGreaterThan(0);
    // Nobody scored an organization they had declared a conflict with.
    expect(
      one(`SELECT count(*) FROM review_assignments r JOIN applications a ON a.id = r.application_id
           JOIN reviewer_conflicts c ON c.evaluator_id = r.evaluator_id AND c.organization_id = a.organization_id
           WHERE r.scored_at IS NOT NULL`),
    ).toBe(0);
  });

  it('reads back through the services as valid details, with an outlier flagged somewhere', () => {
    const ctx = contextFor(t.app);
    let outliers = 0;
    for (const { id } of all<{ id: number }>('SELECT id FROM applications ORDER BY id')) {
      const d = applications.get(ctx, { id });
      expect(applicationDetailSchema.safeParse(d).error).toBeUndefined();
      outliers += d.assignments.filter((a) => a.outlier).length;
    }
    expect(outliers).toBeGreaterThan(0);
  });
});

describe('demo applications at scale', () => {
  it('projects N gives N applications, the base programs keeping their 5,400万元', () => {
    const big = openTestApp();
    try {
      const result = seedDemo(contextFor(big.app), { includeAdmin: true, projects: 1_000 });
      expect(result.applications).toBe(1_000);
      const count = (sql: string) => big.app.db.prepare(sql).pluck().get();
      expect(count('SELECT count(*) FROM applications')).toBe(1_000);
      expect(
        count(
          'SELECT count(*) FROM applications a JOIN fund_programs p ON p.id = a.fund_program_id WHERE p.year > 2016',
        ),
      ).toBe(600);
      expect(
        count(`SELECT sum(approved_fen) FROM applications a JOIN fund_programs p ON p.id = a.fund_program_id
               WHERE p.year < 2017 AND a.state = 'approved'`),
      ).toBe(5_400_000_000);
      // Codes stay gap-free per year.
      for (const r of big.app.db
        .prepare('SELECT code_year, count(*) AS n, max(code_seq) AS top FROM applications GROUP BY code_year')
        .all() as {
        n: number;
        top: number;
      }[])
        expect(r.top).toBe(r.n);
    } finally {
      big.close();
    }
  });
});
