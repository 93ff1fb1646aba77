import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope, HomeSummary, OpInput, OpName, OpOutput } from '../contract/index';
import { TempFolder } from '../testing/db';
import { seedDemo } from '../services/demo/index';
import { addUser, TestClock } from '../testing/services';
import { closeApp, createApp, systemContext, type AppContext } from './app';
import { dispatch } from './dispatch';
import { caller } from '../testing/dispatch';

/**
 * home.summary and the worklists through dispatch, on the demo data in a real SQLite file: every count on a
 * home page equals the total of the list it links to, with that list's filter.
 */
let folder: TempFolder;
let app: AppContext;
// The demo's notices run 2016-06-10..16; a clock inside that week shows them running, a later one ended.
const clock = new TestClock(Date.UTC(2016, 5, 12, 2, 0, 0));

beforeAll(() => {
  folder = new TempFolder();
  app = createApp({ dbPath: folder.file('grants.sqlite'), host: 'test', clock: clock.now });
  seedDemo(systemContext(app), { includeAdmin: true });
}, 120_000);
afterAll(() => {
  closeApp(app);
  folder.remove();
});

async function signIn(username: string): Promise<string> {
  const call = caller(null);
  const r = await dispatch(app, 'auth.signIn', { username, password: 'demo1234' }, call);
  expect(r.ok).toBe(true);
  return call.issued[0]!;
}

async function call<N extends OpName>(token: string, op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const r = (await dispatch(app, op, input, caller(token))) as Envelope<OpOutput<N>>;
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value;
}

const total = async <N extends OpName>(token: string, op: N, filters: Record<string, unknown>) =>
  ((await call(token, op, { filters } as OpInput<N>)) as { total: number }).total;

async function summaryOf(token: string): Promise<HomeSummary> {
  return call(token, 'home.summary', {});
}

describe('finance home', () => {
  it('each count equals its target list filtered the same way, and the filters really narrow the lists', async () => {
    const token = await signIn('finance');
    const s = (await summaryOf(token)).finance!;
    expect(s.financeReview).toBe(await total(token, 'applications.list', { state: 'finance_review' }));
    expect(s.financeReviewed).toBe(await total(token, 'applications.list', { state: 'finance_reviewed' }));
    expect(s.noticeRunning).toBe(await total(token, 'worklists.notices', { ended: false }));
    expect(s.noticeEnded).toBe(await total(token, 'worklists.notices', { ended: true }));
    expect(s.tranchesToRelease).toBe(await total(token, 'worklists.tranches', { preparedByOthers: true }));
    expect(s.adjustmentsToDecide).toBe(await total(token, 'worklists.adjustments', { requestedByOthers: true }));
    expect(s.openAdvances).toBe(await total(token, 'worklists.advances', {}));
    // The demo has work in every queue, so none of the equalities above is 0 = 0 by accident.
    expect(s.financeReview).toBeGreaterThan(0);
    expect(s.noticeRunning).toBeGreaterThan(0);
    expect(s.noticeEnded).toBe(0);
    expect(s.adjustmentsToDecide).toBeGreaterThan(0);
    expect(s.openAdvances).toBeGreaterThan(0);
    // `finance` prepared every demo tranche, so none waits for them: they may not release their own.
    expect(s.tranchesToRelease).toBe(0);
    const allPrepared = await call(token, 'worklists.tranches', { filters: {} });
    expect(allPrepared.total).toBeGreaterThan(0);
    expect(allPrepared.rows.every((r) => r.preparedByViewer)).toBe(true);
  });

  it('a second finance officer sees the tranches the first prepared as theirs to release', async () => {
    const token = await signIn('finance2');
    const s = (await summaryOf(token)).finance!;
    const list = await call(token, 'worklists.tranches', { filters: { preparedByOthers: true }, pageSize: 500 });
    expect(s.tranchesToRelease).toBe(list.total);
    expect(list.total).toBeGreaterThan(0);
    expect(list.rows).toHaveLength(list.total);
    expect(list.rows.every((r) => !r.preparedByViewer && r.preparedBy !== '')).toBe(true);
  });

  it('notices move from running to ended (待立项) when their last day has passed', async () => {
    const before = await signIn('finance');
    const running = await call(before, 'worklists.notices', { filters: { ended: false } });
    expect(running.rows.every((r) => !r.ended && r.endDate >= '2016-06-12')).toBe(true);
    clock.ms = Date.UTC(2016, 6, 1, 2, 0, 0);
    try {
      const token = await signIn('finance');
      const s = (await summaryOf(token)).finance!;
      expect(s.noticeRunning).toBe(0);
      expect(s.noticeEnded).toBe(running.total);
      const ended = await call(token, 'worklists.notices', { filters: { ended: true } });
      expect(ended.total).toBe(s.noticeEnded);
      expect(ended.rows.every((r) => r.ended && r.startDate <= r.endDate && r.reviewedFen !== null)).toBe(true);
    } finally {
      clock.ms = Date.UTC(2016, 5, 12, 2, 0, 0);
    }
  });

  it('program cards add up to the approved agreements, released tranches and grant spending', async () => {
    const token = await signIn('finance');
    const { programs } = (await summaryOf(token)).finance!;
    const one = (sql: string) => app.db.prepare(sql).pluck().get() as number;
    expect(programs.reduce((s, p) => s + p.approvedFen, 0)).toBe(one('SELECT sum(approved_fen) FROM agreements'));
    expect(programs.reduce((s, p) => s + p.releasedFen, 0)).toBe(one('SELECT sum(amount_fen) FROM tranche_records'));
    expect(programs.reduce((s, p) => s + p.spentFen, 0)).toBe(
      one(`SELECT sum(amount_fen) FROM ledger_lines WHERE share = 'grant'`),
    );
    for (const p of programs)
      if (p.approvedFen > 0) expect(p.executionBasisPoints).toBe(Math.round((p.spentFen * 10_000) / p.approvedFen));
  });

  it('program spending kept between calls takes in lines posted since, and a reversal nets out', async () => {
    const token = await signIn('finance');
    const spentOf = async () => (await summaryOf(token)).finance!.programs.map((p) => [p.id, p.spentFen]);
    const before = await spentOf();
    const line = app.db
      .prepare(
        `SELECT l.id, a.fund_program_id AS program, l.amount_fen, l.date FROM ledger_lines l
         JOIN agreements g ON g.id = l.agreement_id JOIN applications a ON a.id = g.application_id
         WHERE l.share = 'grant' AND l.reverses_id IS NULL AND l.advance = 0 AND l.date >= '2016-01-01'
           AND NOT EXISTS (SELECT 1 FROM ledger_lines r WHERE r.reverses_id = l.id)
           AND NOT EXISTS (SELECT 1 FROM project_closeouts c WHERE c.agreement_id = g.id)
         ORDER BY l.date DESC LIMIT 1`,
      )
      .get() as { id: number; program: number; amount_fen: number; date: string };
    clock.ms = Date.UTC(2016, 11, 30, 2, 0, 0);
    try {
      const t2 = await signIn('finance');
      await call(t2, 'ledger.reverse', { lineId: line.id, date: line.date, reason: '重复报销' });
      const after = (await call(t2, 'home.summary', {})).finance!.programs.map((p) => [p.id, p.spentFen]);
      expect(after).toEqual(before.map(([id, s]) => [id, id === line.program ? s! - line.amount_fen : s]));
    } finally {
      clock.ms = Date.UTC(2016, 5, 12, 2, 0, 0);
    }
  });

  it('open advances are exactly the open projects whose grant spending exceeds the grant available', async () => {
    const token = await signIn('finance');
    const list = await call(token, 'worklists.advances', { pageSize: 500 });
    expect(list.rows).toHaveLength(list.total);
    for (const r of list.rows) {
      expect(r.openFen).toBe(r.grantSpentFen - r.grantReceivedFen);
      expect(r.openFen).toBeGreaterThan(0);
    }
    // The list only sums projects that can have an advance; every project summed the slow way agrees.
    const everyProject = app.db
      .prepare(
        `SELECT g.application_id FROM agreements g
         WHERE NOT EXISTS (SELECT 1 FROM project_closeouts c WHERE c.agreement_id = g.id)
           AND ifnull((SELECT sum(amount_fen) FROM ledger_lines l WHERE l.agreement_id = g.id AND l.share = 'grant'), 0)
             > ifnull((SELECT sum(r.amount_fen) FROM tranche_records r JOIN agreement_tranches t ON t.id = r.tranche_id
                       WHERE t.agreement_id = g.id), 0)
               - ifnull((SELECT sum(v.amount_fen) FROM recoveries v WHERE v.agreement_id = g.id), 0)
         ORDER BY g.application_id`,
      )
      .pluck()
      .all();
    expect(list.rows.map((r) => r.applicationId).sort((a, b) => a - b)).toEqual(everyProject);
    // The same figure the project's budget tab shows (one loader of a project's money facts).
    for (const r of list.rows.slice(0, 10)) {
      const view = await call(token, 'budgets.view', { applicationId: r.applicationId });
      expect(view.advanceOpenFen).toBe(r.openFen);
    }
  });
});

describe('other roles', () => {
  it('a project officer sees drafts, returned applications and overdue milestones, each as its list counts', async () => {
    const token = await signIn('project');
    const s = await summaryOf(token);
    expect(s.finance).toBeNull();
    expect(s.audit).toBeNull();
    const p = s.project!;
    expect(p.drafts).toBe(await total(token, 'applications.list', { state: 'draft' }));
    expect(p.returned).toBe(await total(token, 'applications.list', { state: 'returned' }));
    expect(p.overdueMilestones).toBe(await total(token, 'worklists.milestones', { overdue: true }));
    expect(p.drafts).toBeGreaterThan(0);
    expect(p.overdueMilestones).toBeGreaterThan(0);
    const all = await total(token, 'worklists.milestones', {});
    expect(all).toBeGreaterThan(p.overdueMilestones);
  });

  it("an expert's count is their own pending reviews", async () => {
    const token = await signIn('expert1');
    const s = await summaryOf(token);
    expect(s.finance).toBeNull();
    expect(s.project).toBeNull();
    expect(s.expert!.pendingReviews).toBe(await total(token, 'reviews.queue', { pendingOnly: true }));
    expect(s.expert!.pendingReviews).toBeGreaterThan(0);
  });

  it('an auditor sees no stored chain check until one is run, then its result, time and checker', async () => {
    const token = await signIn('auditor');
    const before = (await summaryOf(token)).audit!;
    expect(before.lastCheck).toBeNull();
    expect(before.entries).toBe(app.db.prepare('SELECT count(*) FROM operation_log').pluck().get());
    const check = await call(token, 'home.checkChain', {});
    expect(check).toMatchObject({ ok: true, by: '陈静', message: null, at: clock.now().toISOString() });
    expect((await summaryOf(token)).audit!.lastCheck).toEqual(check);
    // The check is itself in the log, after the entries it checked.
    expect(check.entries).toBeGreaterThan(0);
    expect(app.db.prepare(`SELECT count(*) FROM operation_log WHERE op = 'home.checkChain'`).pluck().get()).toBe(1);
  });

  it("a user with several roles gets each role's section", async () => {
    const both = addUser(app, 'both', ['finance', 'project', 'evaluator']);
    const s = await summaryOf(both.token);
    expect(s.finance).not.toBeNull();
    expect(s.project).not.toBeNull();
    expect(s.expert).toEqual({ pendingReviews: 0 });
    expect(s.audit).toBeNull();
  });

  it('a project officer may not run the chain check', async () => {
    const token = await signIn('project');
    const r = await dispatch(app, 'home.checkChain', {}, caller(token));
    expect(r.ok).toBe(false);
  });
});
