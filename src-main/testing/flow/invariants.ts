import { hasPermission, ruleSetSchema, type CostType, type Role } from '../../contract/index';
import { checkBudgetLines, checkSubmission } from '../../core/application-rules';
import { shanghaiDate } from '../../core/calendar';
import type { AppContext } from '../../api/app';

/**
 * What every approved application must satisfy, read straight from the database and re-checked with the core
 * rules: the program's rule set (before and after the finance review's cuts), approved ≤ reviewed ≤
 * requested, separation of duties, the notice, the experts' conflicts and the agreement. Test support only.
 */
export interface ApprovedRow {
  id: number;
  fund_program_id: number;
  organization_id: number;
  class_code: string;
  period_start: string;
  period_end: string;
  requested_fen: number;
  matching_fen: number;
  approved_fen: number;
  created_by: number | null;
  decided_by: number;
  decided_at: string;
  approval_number: string;
  decision_fen: number;
  reviewed_fen: number;
  reviewed_by: number;
  notice_end: string;
}

export function approvedRows(app: AppContext, id?: number): ApprovedRow[] {
  return app.db
    .prepare(
      `SELECT a.id, a.fund_program_id, a.organization_id, a.class_code, a.period_start, a.period_end, a.requested_fen,
         a.matching_fen, a.approved_fen, a.created_by, d.decided_by, d.decided_at, d.approval_number,
         d.approved_fen AS decision_fen, f.reviewed_fen, f.reviewed_by, n.end_date AS notice_end
       FROM applications a
       JOIN application_decisions d ON d.application_id = a.id AND d.kind = 'approved'
       JOIN finance_reviews f ON f.application_id = a.id
       JOIN application_notices n ON n.application_id = a.id
       WHERE a.state = 'approved' ${id === undefined ? '' : 'AND a.id = ?'}`,
    )
    .all(...(id === undefined ? [] : [id])) as ApprovedRow[];
}

/**
 * What is wrong with an approved application, as readable sentences (none when all is well). Bars count as
 * of `barsUntil`: a bar decided after an approval does not undo it.
 */
export function approvalProblems(app: AppContext, a: ApprovedRow, barsUntil: string): string[] {
  const db = app.db;
  const problems: string[] = [];
  const must = (ok: boolean, what: string) => {
    if (!ok) problems.push(`application ${a.id}: ${what}`);
  };
  const program = db
    .prepare('SELECT source, year, rule_set FROM fund_programs WHERE id = ?')
    .get(a.fund_program_id) as {
    source: 'CENTRAL' | 'LOTTERY';
    year: number;
    rule_set: string;
  };
  const ruleSet = ruleSetSchema.parse(JSON.parse(program.rule_set));
  const facts = { source: program.source, year: program.year, ruleSet };
  const lines = db
    .prepare(
      `SELECT category_code AS categoryCode, cost_type AS costType, amount_fen AS amountFen,
         matching_fen AS matchingFen, approved_fen AS approvedFen
       FROM application_budget_lines WHERE application_id = ? ORDER BY seq`,
    )
    .all(a.id) as {
    categoryCode: string;
    costType: CostType | null;
    amountFen: number;
    matchingFen: number;
    approvedFen: number | null;
  }[];
  const org = db.prepare('SELECT registration FROM organizations WHERE id = ?').get(a.organization_id) as {
    registration: 'registered' | 'filed';
  };
  const bars = db
    .prepare(
      `SELECT from_year AS fromYear, to_year AS toYear, reason FROM organization_bars
       WHERE organization_id = ? AND created_at <= ?`,
    )
    .all(a.organization_id, barsUntil) as { fromYear: number; toYear: number; reason: string }[];
  const one = (sql: string, ...params: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...params) as number;
  const violations = checkSubmission(
    {
      classCode: a.class_code,
      periodStart: a.period_start,
      periodEnd: a.period_end,
      requestedFen: a.requested_fen,
      matchingFen: a.matching_fen,
      indicatorCount: one('SELECT count(*) FROM application_indicators WHERE application_id = ?', a.id),
      budgetLines: lines,
    },
    facts,
    { registration: org.registration, bars, duplicateCode: null },
  );
  must(violations.length === 0, `breaks ${violations.map((v) => v.rule).join(', ')}`);
  const reviewed = lines.map((l) => ({ ...l, amountFen: l.approvedFen ?? l.amountFen }));
  const afterCuts = checkBudgetLines(reviewed, facts);
  must(afterCuts.length === 0, `after the cuts breaks ${afterCuts.map((v) => v.rule).join(', ')}`);
  must(reviewed.reduce((s, l) => s + l.amountFen, 0) === a.reviewed_fen, 'reviewed amount is not the sum of the lines');
  // approved ≤ reviewed ≤ requested, and more than nothing.
  must(a.approved_fen === a.decision_fen, 'decision and application disagree on the amount');
  must(a.approved_fen > 0, 'approved nothing');
  must(a.approved_fen <= a.reviewed_fen, 'approved more than the finance review kept');
  must(a.reviewed_fen <= a.requested_fen, 'reviewed more than was requested');
  // Separation of duties: a finance officer who neither entered nor submitted it.
  const submitters = db
    .prepare('SELECT submitted_by FROM application_submissions WHERE application_id = ?')
    .pluck()
    .all(a.id) as number[];
  must(submitters.length > 0, 'was never submitted');
  must(a.decided_by !== a.created_by, 'approved by whoever entered it');
  must(!submitters.includes(a.decided_by), 'approved by someone who submitted it');
  must(a.decided_by !== a.reviewed_by, 'approved by its finance reviewer');
  // The program's allocation is a ceiling for everything approved under it.
  must(
    one(
      `SELECT sum(approved_fen) FROM applications WHERE fund_program_id = ? AND state = 'approved'`,
      a.fund_program_id,
    ) <= one('SELECT total_allocation_fen FROM fund_programs WHERE id = ?', a.fund_program_id),
    'its program has approved more than its allocation',
  );
  const roles = db.prepare('SELECT role FROM user_roles WHERE user_id = ?').pluck().all(a.decided_by) as Role[];
  must(hasPermission(roles, 'applications.approve'), 'approved without the finance role');
  // The notice had ended (by the date in China) when the decision was taken.
  must(shanghaiDate(new Date(a.decided_at)) > a.notice_end, 'approved before the notice ended');
  // Scored by at least one expert with no conflict; nobody scored after declaring a conflict with the organization.
  must(
    one(
      `SELECT count(*) FROM review_assignments WHERE application_id = ? AND scored_at IS NOT NULL
       AND declaration = 'no_conflict'`,
      a.id,
    ) > 0,
    'approved without a score',
  );
  must(
    one(
      `SELECT count(*) FROM review_assignments r JOIN reviewer_conflicts c ON c.evaluator_id = r.evaluator_id
       AND c.organization_id = ? AND c.declared_at <= r.scored_at WHERE r.application_id = ? AND r.scored_at IS NOT NULL`,
      a.organization_id,
      a.id,
    ) === 0,
    'scored by an expert with a declared conflict',
  );
  // The agreement: same number, the approved amount in tranches that add up exactly.
  const agreement = db
    .prepare('SELECT id, agreement_number, approved_fen FROM agreements WHERE application_id = ?')
    .get(a.id) as { id: number; agreement_number: string; approved_fen: number } | undefined;
  must(agreement?.agreement_number === a.approval_number, 'agreement missing or under another number');
  must(agreement?.approved_fen === a.approved_fen, 'agreement for another amount');
  const tranches = db
    .prepare('SELECT amount_fen FROM agreement_tranches WHERE agreement_id = ?')
    .pluck()
    .all(agreement?.id ?? 0) as number[];
  must(tranches.reduce((s, x) => s + x, 0) === a.approved_fen, 'tranches do not add up to the approved amount');
  must(tranches.length === ruleSet.tranchePlan.length, 'tranches do not follow the program plan');
  return problems;
}
