import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ops, type OpParsedInput } from '../../contract/index';
import { seedDemo } from '../demo/index';
import { contextFor, openTestApp, type TestApp } from '../../testing/services';
import { insertRecovery } from '../../db/closeout-repo';
import { getProgramMoney } from '../../db/fund-programs-repo';
import { programCards } from '../../db/home-repo';
import { programProjectMoney } from '../../db/reports-repo';
import type { Db } from '../../db/statements';
import { countOpenAdvances, listMilestoneQueue, listOpenAdvances } from '../../db/worklists-repo';

/**
 * The figures that now read the ledger totals (the program cards, the program page's money, the program
 * report, the open advances) and the overdue-milestone count that no longer joins, against the queries they
 * replaced, run on the demo data: every figure is the same to the fen.
 */
let t: TestApp;
let db: Db;
beforeAll(() => {
  t = openTestApp();
  db = t.app.db;
  seedDemo(contextFor(t.app), { includeAdmin: true });
  // The demo records no recoveries; a few on projects that spent grant put them among the open advances too.
  const spenders = db
    .prepare(
      `SELECT agreement_id FROM ledger_lines WHERE share = 'grant' GROUP BY agreement_id
       HAVING sum(amount_fen) > 100000 ORDER BY agreement_id LIMIT 4`,
    )
    .pluck()
    .all() as number[];
  const finance = db.prepare(`SELECT id FROM users WHERE username = 'finance'`).pluck().get() as number;
  spenders.forEach((agreementId, i) =>
    insertRecovery(db, {
      agreementId,
      kind: 'unspent',
      amountFen: 50_000 + i,
      voucherNo: `HS-${i}`,
      date: '2016-12-20',
      reason: '',
      by: finance,
      at: '2016-12-20T02:00:00.000Z',
    }),
  );
}, 120_000);
afterAll(() => t.close());

/** The queries as they were before the ledger totals: each sums the ledger lines themselves. */
const before = {
  approved: `SELECT a.fund_program_id AS program, sum(g.approved_fen) AS total
     FROM agreements g JOIN applications a ON a.id = g.application_id GROUP BY a.fund_program_id`,
  released: `SELECT a.fund_program_id AS program, sum(r.amount_fen) AS total
     FROM tranche_records r JOIN agreement_tranches t ON t.id = r.tranche_id JOIN agreements g ON g.id = t.agreement_id
     JOIN applications a ON a.id = g.application_id GROUP BY a.fund_program_id`,
  spent: `SELECT a.fund_program_id AS program, sum(l.amount_fen) AS total
     FROM ledger_lines l JOIN agreements g ON g.id = l.agreement_id JOIN applications a ON a.id = g.application_id
     WHERE l.share = 'grant' GROUP BY a.fund_program_id`,
  advances: `SELECT x.agreement_id AS id, x.spent AS grantSpentFen, x.received AS grantReceivedFen FROM (
       SELECT c.id AS agreement_id,
         ifnull((SELECT sum(l.amount_fen) FROM ledger_lines l WHERE l.agreement_id = c.id AND l.share = 'grant'), 0)
           AS spent,
         ifnull((SELECT sum(r.amount_fen) FROM agreement_tranches t JOIN tranche_records r ON r.tranche_id = t.id
                 WHERE t.agreement_id = c.id), 0)
         - ifnull((SELECT sum(v.amount_fen) FROM recoveries v WHERE v.agreement_id = c.id), 0) AS received
       FROM agreements c
       WHERE c.id IN (SELECT agreement_id FROM ledger_lines WHERE advance = 1
                      UNION SELECT t.agreement_id FROM tranche_records r
                        JOIN agreement_tranches t ON t.id = r.tranche_id WHERE r.kind = 'reversal'
                      UNION SELECT agreement_id FROM recoveries)) x
     JOIN agreements g ON g.id = x.agreement_id
     WHERE NOT EXISTS (SELECT 1 FROM project_closeouts c WHERE c.agreement_id = g.id) AND x.spent > x.received
     ORDER BY (x.spent - x.received) DESC, g.id ASC`,
  projectSpent: `SELECT g.agreement_number AS agreementNumber,
       (SELECT ifnull(sum(amount_fen), 0) FROM ledger_lines WHERE agreement_id = g.id AND share = 'grant') AS grant,
       (SELECT ifnull(sum(amount_fen), 0) FROM ledger_lines WHERE agreement_id = g.id AND share = 'matching')
         AS matching
     FROM agreements g JOIN applications a ON a.id = g.application_id WHERE a.fund_program_id = ?
     ORDER BY g.agreement_number`,
  overdue: `SELECT count(*) FROM milestones m JOIN agreements g ON g.id = m.agreement_id
       JOIN applications a ON a.id = g.application_id JOIN organizations o ON o.id = a.organization_id
     WHERE m.completed_date IS NULL AND NOT EXISTS (SELECT 1 FROM project_closeouts c WHERE c.agreement_id = g.id)
       AND m.planned_date < ?`,
};

const byProgram = (sql: string) =>
  new Map((db.prepare(sql).all() as { program: number; total: number }[]).map((r) => [r.program, r.total]));

function list<N extends 'worklists.advances' | 'worklists.milestones'>(op: N, input: object): OpParsedInput<N> {
  return ops[op].input.parse(input) as OpParsedInput<N>;
}

describe('figures read from the ledger totals', () => {
  it('gives every program card the same approved, released and spent amounts as summing the ledger', () => {
    const programs = db.prepare('SELECT count(*) FROM fund_programs').pluck().get() as number;
    const cards = programCards(db, programs);
    expect(cards).toHaveLength(programs);
    const [approved, released, spent] = [before.approved, before.released, before.spent].map(byProgram);
    expect(spent!.size).toBeGreaterThan(1);
    for (const c of cards) {
      const approvedFen = approved!.get(c.id) ?? 0;
      const spentFen = spent!.get(c.id) ?? 0;
      expect([c.approvedFen, c.releasedFen, c.spentFen]).toEqual([approvedFen, released!.get(c.id) ?? 0, spentFen]);
      expect(c.executionBasisPoints).toBe(approvedFen === 0 ? null : Math.round((spentFen * 10_000) / approvedFen));
    }
    // Twelve cards are the first twelve of the same order, with the same figures.
    expect(programCards(db, 12)).toEqual(cards.slice(0, 12));
  });

  it('gives the program page and the program report the same spending per program and project', () => {
    for (const id of byProgram(before.spent).keys()) {
      expect(getProgramMoney(db, id).spentFen).toBe(byProgram(before.spent).get(id));
      const old = db.prepare(before.projectSpent).all(id) as {
        agreementNumber: string;
        grant: number;
        matching: number;
      }[];
      expect(
        programProjectMoney(db, id).map((p) => ({
          agreementNumber: p.agreementNumber,
          grant: p.grantSpentFen,
          matching: p.matchingSpentFen,
        })),
      ).toEqual(old);
    }
  });

  it('lists the same open advances, with the same amounts, as summing the ledger', () => {
    const old = db.prepare(before.advances).all() as {
      id: number;
      grantSpentFen: number;
      grantReceivedFen: number;
    }[];
    expect(old.length).toBeGreaterThan(1);
    const r = listOpenAdvances(db, list('worklists.advances', { pageSize: 500 }));
    expect(r.total).toBe(old.length);
    expect(countOpenAdvances(db, { search: '' })).toBe(old.length);
    expect(
      r.rows.map((x) => ({ id: x.id, grantSpentFen: x.grantSpentFen, grantReceivedFen: x.grantReceivedFen })),
    ).toEqual(old);
  });

  it('counts overdue milestones as the joined list does, and its pages hold that many rows', () => {
    for (const today of ['2015-06-01', '2016-07-01', '2017-12-31']) {
      const expected = db.prepare(before.overdue).pluck().get(today) as number;
      const r = listMilestoneQueue(
        db,
        list('worklists.milestones', { pageSize: 500, filters: { overdue: true } }),
        today,
      );
      expect(r.total).toBe(expected);
      expect(r.rows).toHaveLength(Math.min(500, expected));
    }
    const all = listMilestoneQueue(db, list('worklists.milestones', { pageSize: 1 }), '2016-07-01');
    const searched = listMilestoneQueue(
      db,
      list('worklists.milestones', { pageSize: 1, search: '渝民发' }),
      '2016-07-01',
    );
    expect(all.total).toBeGreaterThan(0);
    expect(searched.total).toBe(all.total);
  });
});
