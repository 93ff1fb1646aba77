import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOutChecklist, mayClose } from '../../core/close-out';
import { trancheGates } from '../../core/tranche-gates';
import { demoFinanceCounts } from '../../db/demo-finance-repo';
import { milestoneFacts } from '../../db/milestones-repo';
import { listTranches } from '../../db/tranches-repo';
import { attachmentsDirOf, checkByHash } from '../attachments/store';
import { evaluationFacts } from '../evaluations/facts';
import { detailById } from '../evaluations/view';
import { loadProject, moneyFacts } from '../budgets/index';
import { contextFor, openTestApp, type TestApp } from '../../testing/services';
import { recheckProjectFinance } from './finance-audit';
import { seedDemo } from './index';

let t: TestApp;
beforeAll(() => {
  t = openTestApp();
  seedDemo(contextFor(t.app), { includeAdmin: true });
}, 60_000);
afterAll(() => t.close());

const all = <T>(sql: string, ...params: unknown[]) => t.app.db.prepare(sql).all(...params) as T[];
const one = <T = number>(sql: string, ...params: unknown[]) =>
  t.app.db
    .prepare(sql)
    .pluck()
    .get(...params) as T;
const userId = (name: string) => one('SELECT id FROM users WHERE username = ?', name);

describe('demo finance', () => {
  it('every ledger line of every project passes the core posting rules, replayed in posting order', () => {
    const ctx = contextFor(t.app);
    let checked = 0;
    const problems: string[] = [];
    for (const id of all<{ id: number }>(`SELECT application_id AS id FROM agreements ORDER BY id`).map((r) => r.id)) {
      const r = recheckProjectFinance(ctx, id);
      problems.push(...r.problems);
      checked += r.lines;
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(one('SELECT count(*) FROM ledger_lines'));
  });

  it('the replay names a line that breaks a posting rule, though the table took it', () => {
    const ctx = contextFor(t.app);
    const db = t.app.db;
    const last = all<Record<string, unknown>>(
      `SELECT l.*, a.application_id FROM ledger_lines l JOIN agreements a ON a.id = l.agreement_id
       WHERE l.advance = 0 AND l.share = 'grant' ORDER BY l.id DESC LIMIT 1`,
    )[0]!;
    const applicationId = last.application_id as number;
    expect(recheckProjectFinance(ctx, applicationId).problems).toEqual([]);
    db.exec('SAVEPOINT broken');
    try {
      const seq =
        one(
          'SELECT max(voucher_seq) FROM ledger_lines WHERE agreement_id = ? AND voucher_year = ?',
          last.agreement_id,
          last.voucher_year,
        ) + 1;
      db.prepare(
        `INSERT INTO ledger_lines (agreement_id, voucher_year, voucher_seq, voucher_no, date, line_code, share, payee,
           summary, amount_fen, advance, budget_version, posted_by, posted_at)
         VALUES (?, ?, ?, ?, ?, ?, 'grant', '某公司', '超预算支出', ?, 1, ?, ?, ?)`,
      ).run(
        last.agreement_id,
        last.voucher_year,
        seq,
        `${last.voucher_year as number}-${String(seq).padStart(4, '0')}`,
        last.date,
        last.line_code,
        one('SELECT approved_fen FROM agreements WHERE id = ?', last.agreement_id),
        last.budget_version,
        last.posted_by,
        last.posted_at,
      );
      const { problems } = recheckProjectFinance(ctx, applicationId);
      expect(problems.join('\n')).toContain('ledger.overBudget');
    } finally {
      db.exec('ROLLBACK TO broken; RELEASE broken');
    }
  });

  it('keeps vouchers gap-free and every reversal on its original, as the ledger triggers enforce', () => {
    const triggers = all<{ name: string }>(
      `SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'ledger_lines'`,
    );
    expect(triggers.map((r) => r.name)).toEqual(
      expect.arrayContaining(['ledger_lines_gap_free', 'ledger_lines_reversal_target', 'ledger_lines_no_update']),
    );
    // The same conditions in SQL over the whole table: 1..n per project and year, exact negations, later dates.
    expect(
      one(`SELECT count(*) FROM (SELECT agreement_id, voucher_year, count(*) AS n, min(voucher_seq) AS lo,
             max(voucher_seq) AS hi FROM ledger_lines GROUP BY agreement_id, voucher_year) WHERE lo <> 1 OR hi <> n`),
    ).toBe(0);
    expect(
      one(`SELECT count(*) FROM ledger_lines r LEFT JOIN ledger_lines o ON o.id = r.reverses_id
           WHERE r.reverses_id IS NOT NULL AND (o.id IS NULL OR o.reverses_id IS NOT NULL OR o.agreement_id <> r.agreement_id
             OR o.amount_fen <> -r.amount_fen OR o.line_code <> r.line_code OR o.share <> r.share
             OR o.advance <> r.advance OR o.date > r.date OR r.reason = '')`),
    ).toBe(0);
    // And the triggers are live in the generated database: a gap is refused.
    const line = all<Record<string, unknown>>('SELECT * FROM ledger_lines ORDER BY id DESC LIMIT 1')[0]!;
    const gap: Record<string, unknown> = { ...line, id: null, voucher_seq: (line.voucher_seq as number) + 2 };
    gap.voucher_no = `${gap.voucher_year as number}-${String(gap.voucher_seq as number).padStart(4, '0')}`;
    const columns = Object.keys(gap);
    expect(() =>
      t.app.db
        .prepare(`INSERT INTO ledger_lines (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
        .run(gap),
    ).toThrow(/without gaps/);
  });

  it('has about 50 lines a project, mixed shares, reversals each followed by a replacement, and a few advances', () => {
    const c = demoFinanceCounts(t.app.db);
    expect(c.ledgerLines / c.ledgerProjects).toBeGreaterThan(40);
    expect(c.ledgerLines / c.ledgerProjects).toBeLessThan(60);
    expect(c.ledgerReversals).toBeGreaterThan(50);
    expect(c.advances).toBeGreaterThan(0);
    expect(c.advances).toBeLessThan(c.ledgerLines / 20);
    expect(one(`SELECT count(*) FROM ledger_lines WHERE share = 'matching'`)).toBeGreaterThan(c.ledgerLines / 20);
    // Most reversals are followed at once by the corrected line: same budget line and share, on the same day.
    const followed = one(`SELECT count(*) FROM ledger_lines r JOIN ledger_lines n ON n.agreement_id = r.agreement_id
      AND n.voucher_year = r.voucher_year AND n.voucher_seq > r.voucher_seq AND n.date = r.date
      AND n.line_code = r.line_code AND n.share = r.share AND n.reverses_id IS NULL
      WHERE r.reverses_id IS NOT NULL AND n.voucher_seq <= r.voucher_seq + 30`);
    expect(followed).toBeGreaterThan(c.ledgerReversals * 0.8);
  });

  it('releases tranches maker–checker (finance prepares, finance2 releases); some reversed with a reason', () => {
    const [finance, finance2] = [userId('finance'), userId('finance2')];
    const releases = all<{ prepared_by: number; by_user: number }>(
      `SELECT * FROM tranche_records WHERE kind = 'release'`,
    );
    expect(releases.length).toBeGreaterThan(200);
    for (const r of releases) expect([r.prepared_by, r.by_user]).toEqual([finance, finance2]);
    expect(one(`SELECT count(*) FROM tranche_records WHERE kind = 'reversal' AND reason <> ''`)).toBeGreaterThan(5);
    // Signed projects of the running year still waiting: some planned, some prepared for the checker.
    expect(one(`SELECT count(*) FROM tranche_states WHERE state = 'prepared'`)).toBeGreaterThan(0);
    // Every tranche released passed its gates: judged now, with its own release excluded from the sum.
    const ctx = contextFor(t.app);
    for (const { agreement_id: agreementId } of all<{ agreement_id: number }>(
      `SELECT DISTINCT t.agreement_id FROM tranche_states s JOIN agreement_tranches t ON t.id = s.tranche_id
       WHERE s.state = 'released'`,
    )) {
      const tranches = listTranches(ctx.db, agreementId);
      const agreement = one<string>('SELECT signed_date FROM agreements WHERE id = ?', agreementId);
      for (const tr of tranches.filter((x) => x.state === 'released')) {
        const gates = trancheGates({
          seq: tr.seq,
          tranches,
          approvedFen: one('SELECT approved_fen FROM agreements WHERE id = ?', agreementId),
          agreementSignedDate: agreement,
          evaluations: evaluationFacts(ctx.db, agreementId),
          milestones: milestoneFacts(ctx.db, agreementId),
          rectifications: [],
        });
        expect(gates.filter((g) => !g.ok)).toEqual([]);
        expect(tr.voucherDate! >= agreement).toBe(true);
      }
    }
  });

  it('adjusts some budgets to version 2, requested by the project officer and approved by finance', () => {
    const versions = all<{ requested_by: number; approved_by: number; reason: string }>(
      'SELECT * FROM budget_versions WHERE version = 2',
    );
    expect(versions.length).toBeGreaterThan(10);
    for (const v of versions) {
      expect(v.requested_by).toBe(userId('project'));
      expect([userId('finance'), userId('finance2')]).toContain(v.approved_by);
      expect(v.reason.length).toBeGreaterThan(0);
    }
    expect(one('SELECT count(*) FROM budget_versions WHERE version > 2')).toBe(0);
    expect(one('SELECT count(*) FROM budget_versions WHERE version = 1')).toBe(one('SELECT count(*) FROM agreements'));
    expect(one(`SELECT count(*) FROM budget_adjustments WHERE state = 'pending'`)).toBeGreaterThan(0);
    expect(one(`SELECT count(*) FROM budget_adjustments WHERE state = 'rejected'`)).toBeGreaterThan(0);
  });

  it('has milestones completed with stored evidence and verified by someone else, and indicator readings', () => {
    const rows = all<{ completed_by: number | null; verified_by: number | null; sha256: string | null }>(
      `SELECT m.completed_by, m.verified_by, a.sha256 FROM milestones m
       LEFT JOIN attachments a ON a.id = m.evidence_attachment_id`,
    );
    const completed = rows.filter((r) => r.completed_by !== null);
    expect(completed.length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.verified_by !== null).length).toBeGreaterThan(50);
    expect(rows.filter((r) => r.completed_by === null).length).toBeGreaterThan(50);
    for (const r of rows) if (r.verified_by !== null) expect(r.verified_by).not.toBe(r.completed_by);
    const dir = attachmentsDirOf(t.app);
    for (const sha of new Set(completed.map((r) => r.sha256!))) expect(checkByHash(dir, sha).status).toBe('ok');
    expect(one('SELECT count(*) FROM indicator_readings')).toBeGreaterThan(300);
  });

  it('has two projects ready to close: tranches settled, the grant spent exactly, no advance open', () => {
    const ctx = contextFor(t.app);
    const ready = all<{ id: number }>('SELECT application_id AS id FROM agreements ORDER BY id').filter(({ id }) => {
      const project = loadProject(ctx, id);
      const facts = moneyFacts(ctx, project.agreement.id);
      const tranches = listTranches(ctx.db, project.agreement.id);
      if (facts.ledgerLineCount === 0) return false;
      return mayClose(
        closeOutChecklist({
          ...facts,
          disallowedFen: 0,
          recoveredFen: 0,
          tranches,
          supervision: { rectifications: [], evaluations: evaluationFacts(ctx.db, project.agreement.id) },
          unpostedCount: tranches.filter((x) => x.state === 'prepared').length,
        }),
      );
    });
    expect(ready).toHaveLength(2);
  });

  it('leaves signed projects of the running year whose first tranche is still planned, where lists start', () => {
    const waiting =
      one(`SELECT count(*) FROM (SELECT g.id FROM agreements g JOIN applications a ON a.id = g.application_id
        WHERE g.signed_date IS NOT NULL ORDER BY a.id DESC LIMIT 60) w
      JOIN agreement_tranches t ON t.agreement_id = w.id AND t.seq = 1
      LEFT JOIN tranche_states s ON s.tranche_id = t.id WHERE s.state IS NULL`);
    expect(waiting).toBeGreaterThan(3);
  });

  it('evaluates as the tranches need: passed mid-terms behind releases, one final 不合格 withholding and barring', () => {
    const ctx = contextFor(t.app);
    // Every released mid-term tranche had a passed mid-term evaluation before its voucher date.
    const released = all<{ agreement_id: number; voucher_date: string }>(
      `SELECT t.agreement_id, s.voucher_date FROM agreement_tranches t JOIN tranche_states s ON s.tranche_id = t.id
       WHERE t.condition = 'midterm_passed' AND s.state = 'released'`,
    );
    expect(released.length).toBeGreaterThanOrEqual(2);
    for (const r of released)
      expect(
        evaluationFacts(ctx.db, r.agreement_id).some(
          (e) => e.kind === 'midterm' && e.grade !== 'fail' && e.date < r.voucher_date,
        ),
      ).toBe(true);
    const failed = all<{ id: number; bar_id: number; withheld_tranche_id: number }>(
      `SELECT id, bar_id, withheld_tranche_id FROM evaluations WHERE kind = 'final' AND grade = 'fail'`,
    );
    expect(failed).toHaveLength(1);
    const detail = detailById(ctx, failed[0]!.id);
    expect(detail).toMatchObject({ state: 'finalized', grade: 'fail', barred: true, withheldTrancheSeq: 2 });
    const bar = all<{ from_year: number; reason: string }>(
      'SELECT * FROM organization_bars WHERE id = ?',
      failed[0]!.bar_id,
    );
    expect(bar[0]!.from_year).toBe(2016);
    expect(bar[0]!.reason).toContain(detail.agreementNumber);
    expect(one('SELECT state FROM tranche_states WHERE tranche_id = ?', failed[0]!.withheld_tranche_id)).toBe(
      'cancelled',
    );
    // The barred organization has submitted nothing for 2016, so no application on record breaks the bar.
    expect(
      one(
        `SELECT count(*) FROM applications a JOIN fund_programs f ON f.id = a.fund_program_id
         WHERE a.organization_id = ? AND f.year = 2016 AND a.state <> 'draft'`,
        detail.organizationId,
      ),
    ).toBe(0);
    // Work waiting for the demo evaluator: open evaluations whose declaration is still pending.
    expect(
      one(
        `SELECT count(*) FROM evaluations e JOIN evaluation_assignments x ON x.evaluation_id = e.id
         WHERE e.state = 'open' AND x.evaluator_id = ? AND x.declaration = 'pending'`,
        userId('evaluator'),
      ),
    ).toBeGreaterThanOrEqual(3);
  });
});
