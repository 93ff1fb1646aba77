import {
  actionsFrom,
  hasPermission,
  type ApplicationAction,
  type ApplicationState,
  type OpName,
  type Permission,
} from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import type { TestClock } from '../services';
import type { AppContext } from '../../api/app';
import { dispatch } from '../../api/dispatch';
import { caller } from '../dispatch';
import { applicationFor, type Command, type Step } from './commands';
import { approvalProblems, approvedRows } from './invariants';
import { PEOPLE, PROGRAMS, type People } from './world';

/**
 * Runs a step of the applications property test through dispatch, as the person the step picks: mostly
 * someone allowed, mostly on an application where the step fits. Test support only.
 */
const NEEDS: Record<Command['kind'], { permission: Permission | null; action: ApplicationAction | null }> = {
  create: { permission: 'applications.edit', action: null },
  update: { permission: 'applications.edit', action: 'update' },
  submit: { permission: 'applications.edit', action: 'submit' },
  formalReview: { permission: 'applications.formalReview', action: 'formalPass' },
  assign: { permission: 'applications.assignReviewers', action: 'assignReviewers' },
  declare: { permission: 'applications.score', action: 'declare' },
  score: { permission: 'applications.score', action: 'score' },
  complete: { permission: 'applications.assignReviewers', action: 'completeExpertReview' },
  financeReview: { permission: 'applications.financeReview', action: 'financeReview' },
  startNotice: { permission: 'applications.financeReview', action: 'startNotice' },
  clock: { permission: null, action: null },
  advance: { permission: null, action: null },
  approve: { permission: 'applications.approve', action: 'approve' },
  reject: { permission: 'applications.approve', action: 'reject' },
  bar: { permission: 'organizations.sanction', action: null },
};

export interface World {
  app: AppContext;
  clock: TestClock;
  people: People;
  /** Calls answered Internal: there must be none. */
  internal: string[];
  /** Broken invariants found right after an approval. */
  problems: string[];
  approvals: number;
}

function pickUser(step: Step, permission: Permission | null): string {
  const names = PEOPLE.map(([n]) => n);
  const able = PEOPLE.filter(([, roles]) => permission === null || hasPermission(roles, permission)).map(([n]) => n);
  const pool = step.anyone < 0.75 && able.length > 0 ? able : names;
  return pool[step.who % pool.length]!;
}

function pickApplication(w: World, step: Step, action: ApplicationAction | null): number | null {
  const rows = w.app.db.prepare('SELECT id, state FROM applications ORDER BY id').all() as {
    id: number;
    state: ApplicationState;
  }[];
  if (rows.length === 0) return null;
  const fitting = action ? rows.filter((r) => actionsFrom(r.state).includes(action)) : rows;
  const pool = step.guided < 0.8 && fitting.length > 0 ? fitting : rows;
  return pool[step.target % pool.length]!.id;
}

async function call(w: World, op: OpName, input: unknown, user: string): Promise<boolean> {
  const env = await dispatch(w.app, op, input, caller(w.people.tokens[user]!));
  if (!env.ok && env.error.kind === 'Internal') w.internal.push(`${op} ${JSON.stringify(input)}`);
  if (env.ok && op === 'applications.approve') {
    w.approvals++;
    // Everything, eligibility included, as it stands at the moment of approval.
    for (const a of approvedRows(w.app, (input as { id: number }).id))
      w.problems.push(...approvalProblems(w.app, a, w.clock.now().toISOString()));
  }
  return env.ok;
}

export async function run(w: World, step: Step): Promise<void> {
  const c = step.command;
  const needs = NEEDS[c.kind];
  let user = pickUser(step, needs.permission);
  if (c.kind === 'clock') {
    w.clock.ms += c.days * 86_400_000;
    return;
  }
  if (c.kind === 'create') return void (await call(w, 'applications.create', applicationFor(c.draft), user));
  if (c.kind === 'bar')
    return void (await call(
      w,
      'organizations.bar',
      { organizationId: c.org, fromYear: c.from, toYear: c.from, reason: '不合格' },
      user,
    ));
  if (c.kind === 'advance') return advance(w, step, c);
  const id = pickApplication(w, step, needs.action);
  if (id === null) return;
  const db = w.app.db;
  if ((c.kind === 'declare' || c.kind === 'score') && step.anyone < 0.75) {
    // An assigned expert, mostly: that is who declares and scores.
    const assigned = db
      .prepare(
        'SELECT u.username FROM review_assignments r JOIN users u ON u.id = r.evaluator_id WHERE r.application_id = ? ORDER BY r.id',
      )
      .pluck()
      .all(id) as string[];
    if (assigned.length > 0) user = assigned[step.who % assigned.length]!;
  }
  switch (c.kind) {
    case 'update':
      return void (await call(w, 'applications.update', { ...applicationFor(c.draft), id }, user));
    case 'submit':
      return void (await call(w, 'applications.submit', { id }, user));
    case 'formalReview':
      return void (await call(
        w,
        'applications.formalReview',
        { id, decision: c.pass ? 'pass' : 'return', reason: c.pass ? '' : '材料不全' },
        user,
      ));
    case 'assign':
      return void (await call(
        w,
        'applications.assignReviewers',
        { id, evaluatorIds: c.experts.map((e) => w.people.userIds[e]!) },
        user,
      ));
    case 'declare':
      return void (await call(
        w,
        'applications.declare',
        { id, hasConflict: c.conflict && step.guided < 0.3, reason: '亲属' },
        user,
      ));
    case 'score': {
      const rubric = PROGRAMS[0]!.ruleSet.rubric;
      const scores = rubric.map((r, i) => ({
        criterionCode: r.code,
        points: Math.min(c.halves[i] ?? 0, r.maxPoints * 2 + (step.guided < 0.9 ? 0 : 1)) / 2,
      }));
      return void (await call(
        w,
        'applications.score',
        { id, scores: scores.filter((s) => s.points >= 0 || step.guided > 0.9), comment: '' },
        user,
      ));
    }
    case 'complete':
      return void (await call(w, 'applications.completeExpertReview', { id }, user));
    case 'financeReview': {
      const lines = db
        .prepare('SELECT id, amount_fen FROM application_budget_lines WHERE application_id = ? ORDER BY seq')
        .all(id) as { id: number; amount_fen: number }[];
      const cuts = c.cuts.flatMap((k) => {
        const l = lines[k.line % Math.max(1, lines.length)];
        return l
          ? [{ lineId: l.id, approvedFen: Math.floor(l.amount_fen * k.keep), reason: k.reason ? '核减' : '' }]
          : [];
      });
      return void (await call(w, 'applications.financeReview', { id, lines: cuts, opinion: '' }, user));
    }
    case 'startNotice': {
      const today = shanghaiDate(w.clock.now());
      const start = new Date(Date.parse(`${today}T00:00:00Z`) + c.startOffset * 86_400_000).toISOString().slice(0, 10);
      const end = new Date(Date.parse(`${start}T00:00:00Z`) + (c.days - 1) * 86_400_000).toISOString().slice(0, 10);
      return void (await call(w, 'applications.startNotice', { id, startDate: start, endDate: end }, user));
    }
    case 'approve': {
      const reviewed =
        (db.prepare('SELECT reviewed_fen FROM finance_reviews WHERE application_id = ?').pluck().get(id) as
          number | undefined) ?? 1000;
      return void (await call(
        w,
        'applications.approve',
        { id, approvedFen: Math.floor(reviewed * c.share), approvalNumber: `N-${c.number}` },
        user,
      ));
    }
    case 'reject':
      return void (await call(w, 'applications.reject', { id, reason: '不予立项' }, user));
  }
}

type Advance = Command & { kind: 'advance' };

/** Does whatever comes next for a random unfinished application, by a random person allowed to (mostly). */
async function advance(w: World, step: Step, c: Advance): Promise<void> {
  const db = w.app.db;
  const open = db
    .prepare("SELECT id, state FROM applications WHERE state NOT IN ('approved', 'rejected') ORDER BY id")
    .all() as {
    id: number;
    state: ApplicationState;
  }[];
  const a = open[step.target % Math.max(1, open.length)];
  if (!a) return;
  const id = a.id;
  const by = (permission: Permission) => pickUser(step, permission);
  switch (a.state) {
    case 'draft':
    case 'returned':
      return void (await call(w, 'applications.submit', { id }, by('applications.edit')));
    case 'submitted': {
      const pass = c.roll % 10 !== 0;
      return void (await call(
        w,
        'applications.formalReview',
        { id, decision: pass ? 'pass' : 'return', reason: pass ? '' : '补充材料' },
        by('applications.formalReview'),
      ));
    }
    case 'expert_review': {
      const rows = db
        .prepare(
          'SELECT u.username, r.declaration, r.scored_at FROM review_assignments r JOIN users u ON u.id = r.evaluator_id WHERE r.application_id = ? ORDER BY r.id',
        )
        .all(id) as { username: string; declaration: string; scored_at: string | null }[];
      if (rows.length === 0 || c.roll % 17 === 0) {
        const experts = ['expert1', 'expert2', 'expert3'].filter((_, i) => (c.roll >> i) % 2 === 1 || i === c.roll % 3);
        return void (await call(
          w,
          'applications.assignReviewers',
          { id, evaluatorIds: experts.map((e) => w.people.userIds[e]!) },
          by('applications.assignReviewers'),
        ));
      }
      const pending = rows.find((r) => r.declaration === 'pending');
      if (pending)
        return void (await call(
          w,
          'applications.declare',
          { id, hasConflict: c.roll % 8 === 0, reason: '曾任理事' },
          pending.username,
        ));
      const unscored = rows.find((r) => r.declaration === 'no_conflict' && r.scored_at === null);
      if (unscored) {
        const scores = PROGRAMS[0]!.ruleSet.rubric.map((r, i) => ({
          criterionCode: r.code,
          points: ((c.roll >> i) % (r.maxPoints * 2 + 1)) / 2,
        }));
        return void (await call(w, 'applications.score', { id, scores, comment: '' }, unscored.username));
      }
      return void (await call(w, 'applications.completeExpertReview', { id }, by('applications.assignReviewers')));
    }
    case 'finance_review': {
      const lines = db
        .prepare('SELECT id, amount_fen FROM application_budget_lines WHERE application_id = ? ORDER BY seq')
        .all(id) as { id: number; amount_fen: number }[];
      const cuts = lines
        .filter((_, i) => (c.roll >> i) % 4 === 0)
        .map((l) => ({ lineId: l.id, approvedFen: Math.floor(l.amount_fen * 0.97), reason: '单价偏高' }));
      return void (await call(
        w,
        'applications.financeReview',
        { id, lines: cuts, opinion: '同意' },
        by('applications.financeReview'),
      ));
    }
    case 'finance_reviewed': {
      const start = shanghaiDate(w.clock.now());
      const end = new Date(Date.parse(`${start}T00:00:00Z`) + (3 + (c.roll % 6)) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return void (await call(
        w,
        'applications.startNotice',
        { id, startDate: start, endDate: end },
        by('applications.financeReview'),
      ));
    }
    case 'in_notice': {
      w.clock.ms += c.wait * 86_400_000;
      const reviewed = db
        .prepare('SELECT reviewed_fen FROM finance_reviews WHERE application_id = ?')
        .pluck()
        .get(id) as number;
      return void (await call(
        w,
        'applications.approve',
        { id, approvedFen: Math.floor(reviewed * c.share), approvalNumber: `A-${c.roll % 500}` },
        by('applications.approve'),
      ));
    }
  }
}
