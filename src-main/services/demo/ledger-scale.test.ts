import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, openTestApp, type TestApp } from '../../testing/services';
import { DEMO_LEDGER_SCALE, demoFinanceSummary, largestDemoLedgers, recheckProjectFinance, seedDemo } from './index';

const opened: TestApp[] = [];
afterAll(() => {
  while (opened.length) opened.pop()!.close();
});

function seeded(opts: { projects?: number; ledgerLines?: number }): { t: TestApp; seconds: number } {
  const t = openTestApp();
  opened.push(t);
  const start = performance.now();
  seedDemo(contextFor(t.app), { includeAdmin: true, ...opts });
  return { t, seconds: (performance.now() - start) / 1000 };
}

const applicationOf = (t: TestApp, agreementNumber: string) =>
  t.app.db
    .prepare('SELECT application_id FROM agreements WHERE agreement_number = ?')
    .pluck()
    .get(agreementNumber) as number;

/** Projects spread over the whole sample (every k-th agreement with a ledger), for the core replay. */
function sample(t: TestApp, count: number): number[] {
  const ids = t.app.db
    .prepare(
      'SELECT DISTINCT a.application_id FROM ledger_lines l JOIN agreements a ON a.id = l.agreement_id ORDER BY 1',
    )
    .pluck()
    .all() as number[];
  const step = Math.max(1, Math.floor(ids.length / count));
  return ids.filter((_, i) => i % step === 0);
}

describe('demo ledgers at scale', () => {
  let big: { t: TestApp; seconds: number };
  beforeAll(() => {
    big = seeded({ projects: 2_000 });
  }, 300_000);

  it('--projects 2000: one project with 100,000 lines, the others about 50 each', () => {
    const largest = largestDemoLedgers(big.t.app.db);
    expect(largest).toHaveLength(1);
    expect(largest[0]!.lines).toBeGreaterThan(DEMO_LEDGER_SCALE.bigLedgerLines * 0.98);
    expect(largest[0]!.lines).toBeLessThan(DEMO_LEDGER_SCALE.bigLedgerLines * 1.02);
    const c = demoFinanceSummary(big.t.app.db);
    const ordinary = (c.ledgerLines - largest[0]!.lines) / (c.ledgerProjects - 1);
    expect(ordinary).toBeGreaterThan(40);
    expect(ordinary).toBeLessThan(60);
    // Generous: about 180,000 lines through the triggers take seconds; a statement journal on disk takes minutes.
    expect(big.seconds).toBeLessThan(120);
  });

  it('the 100,000-line ledger and a sample of the others pass the core rules, replayed line by line', () => {
    const ctx = contextFor(big.t.app);
    const bigProject = applicationOf(big.t, largestDemoLedgers(big.t.app.db)[0]!.agreementNumber);
    const whole = recheckProjectFinance(ctx, bigProject);
    expect(whole.problems).toEqual([]);
    expect(whole.lines).toBeGreaterThan(DEMO_LEDGER_SCALE.bigLedgerLines * 0.98);
    const ids = sample(big.t, 40);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    for (const id of ids) expect(recheckProjectFinance(ctx, id).problems).toEqual([]);
  }, 120_000);

  it('keeps every voucher sequence gap-free and every reversal exact across the whole table', () => {
    const one = (sql: string) => big.t.app.db.prepare(sql).pluck().get() as number;
    expect(
      one(`SELECT count(*) FROM (SELECT count(*) AS n, min(voucher_seq) AS lo, max(voucher_seq) AS hi
           FROM ledger_lines GROUP BY agreement_id, voucher_year) WHERE lo <> 1 OR hi <> n`),
    ).toBe(0);
    expect(
      one(`SELECT count(*) FROM ledger_lines r JOIN ledger_lines o ON o.id = r.reverses_id
           WHERE o.amount_fen <> -r.amount_fen OR o.agreement_id <> r.agreement_id OR o.line_code <> r.line_code
             OR o.share <> r.share OR o.advance <> r.advance OR o.date > r.date OR o.reverses_id IS NOT NULL`),
    ).toBe(0);
  });

  it('--ledger-lines M: about M lines, the part beyond 50 a project in 100,000-line ledgers', () => {
    const { t } = seeded({ ledgerLines: 120_000 });
    const c = demoFinanceSummary(t.app.db);
    expect(c.ledgerLines).toBeGreaterThan(120_000 * 0.95);
    expect(c.ledgerLines).toBeLessThan(120_000 * 1.05);
    expect(largestDemoLedgers(t.app.db).filter((l) => l.lines > 90_000)).toHaveLength(1);
    // The applications are those of the plain sample: approvals adding up to 5,400万元.
    expect(t.app.db.prepare(`SELECT sum(approved_fen) FROM agreements`).pluck().get()).toBe(5_400_000_000);
  }, 300_000);
});
