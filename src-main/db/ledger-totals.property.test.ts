import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { insertLedgerLine, ledgerTotals, listLedger, type LedgerQuery } from './ledger-repo';
import type { Db } from './statements';
import { TempFolder } from '../testing/db';
import { addUserRow, NOW } from '../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../testing/migration-rows';

/**
 * The ledger totals (kept by a trigger as lines are posted) against the ledger itself: for any sequence of
 * postings and reversals over several projects, some of them in transactions that roll back, every project's
 * totals per budget line and share equal the sums and counts of its lines, and the ledger list's count and sum
 * read from the totals equal the ones counted from the lines.
 */
let folder: TempFolder;
let db: Db;
let user: number;
let projects: number[];
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file());
  user = addUserRow(db, 'finance');
  const program = addProgramRow(db);
  const org = addOrganizationRow(db);
  projects = [1, 2, 3].map((n) => {
    const app = addApplicationRow(db, program, org, { state: 'approved', approved: 1000 });
    return Number(
      db
        .prepare(
          `INSERT INTO agreements (application_id, agreement_number, period_start, period_end, approved_fen, created_at)
           VALUES (?, ?, '2015-01-01', '2016-12-31', 1000, ?)`,
        )
        .run(app, `YMF-${n}`, NOW).lastInsertRowid,
    );
  });
});
afterEach(() => {
  db.close();
  folder.remove();
});

type Step =
  | { kind: 'post'; project: number; line: string; share: 'grant' | 'matching'; amount: number }
  | { kind: 'reverse'; pick: number }
  | { kind: 'rollback'; project: number; line: string; amount: number };

const line = fc.constantFrom('01', '02', '03');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('post' as const),
    project: fc.nat(2),
    line,
    share: fc.constantFrom('grant' as const, 'matching' as const),
    amount: fc.integer({ min: 1, max: 5_000_000 }),
  }),
  fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('rollback' as const),
    project: fc.nat(2),
    line,
    amount: fc.integer({ min: 1, max: 99 }),
  }),
);

interface Posted {
  id: number;
  agreementId: number;
  line: string;
  share: 'grant' | 'matching';
  amount: number;
  reversed: boolean;
}

function post(agreementId: number, l: string, share: 'grant' | 'matching', amount: number, reverses: number | null) {
  const seq =
    (db
      .prepare('SELECT ifnull(max(voucher_seq), 0) FROM ledger_lines WHERE agreement_id = ? AND voucher_year = 2016')
      .pluck()
      .get(agreementId) as number) + 1;
  return insertLedgerLine(db, {
    agreementId,
    year: 2016,
    seq,
    voucherNo: `2016-${String(seq).padStart(4, '0')}`,
    date: '2016-05-01',
    invoiceNo: '',
    lineCode: l,
    share,
    costType: null,
    payee: '收款方',
    summary: '摘要',
    amountFen: amount,
    advance: false,
    reversesId: reverses,
    reason: reverses === null ? '' : '冲销',
    budgetVersion: 1,
    postedBy: user,
    postedAt: NOW,
  });
}

function run(steps: readonly Step[]): Posted[] {
  const posted: Posted[] = [];
  for (const s of steps) {
    if (s.kind === 'post') {
      const agreementId = projects[s.project]!;
      posted.push({
        id: post(agreementId, s.line, s.share, s.amount, null),
        agreementId,
        line: s.line,
        share: s.share,
        amount: s.amount,
        reversed: false,
      });
    } else if (s.kind === 'reverse') {
      const open = posted.filter((p) => p.amount > 0 && !p.reversed);
      const target = open[s.pick % Math.max(1, open.length)];
      if (!target) continue;
      const id = post(target.agreementId, target.line, target.share, -target.amount, target.id);
      target.reversed = true;
      posted.push({ ...target, id, amount: -target.amount, reversed: false });
    } else {
      // A batch that fails part way (an import refused at its last row): its lines and their totals go together.
      const batch = db.transaction(() => {
        post(projects[s.project]!, s.line, 'grant', s.amount, null);
        post(projects[s.project]!, s.line, 'matching', s.amount, null);
        throw new Error('refused');
      });
      expect(() => batch()).toThrow('refused');
    }
  }
  return posted;
}

const all = (q: Partial<LedgerQuery['filters']> = {}): LedgerQuery => ({
  page: 1,
  pageSize: 1,
  sort: [],
  search: '',
  filters: q,
});

describe('ledger totals', () => {
  it('always equal the sums and counts of the lines, per project, budget line and share', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        db.exec('SAVEPOINT run');
        try {
          const posted = run(steps);
          for (const agreementId of projects) {
            const mine = posted.filter((p) => p.agreementId === agreementId);
            const expected = new Map<string, { lineCode: string; share: string; amountFen: number; count: number }>();
            for (const p of mine) {
              const key = `${p.line}|${p.share}`;
              const t = expected.get(key) ?? { lineCode: p.line, share: p.share, amountFen: 0, count: 0 };
              t.amountFen += p.amount;
              t.count += 1;
              expected.set(key, t);
            }
            expect(ledgerTotals(db, agreementId)).toEqual(
              [...expected.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, t]) => t),
            );
            // The list's count and sum from the totals, against the same filter applied to the lines.
            for (const filters of [
              {},
              { lineCode: '02' },
              { share: 'grant' as const },
              { lineCode: '01', share: 'matching' as const },
            ]) {
              const kept = mine.filter(
                (p) =>
                  (filters.lineCode === undefined || p.line === filters.lineCode) &&
                  (filters.share === undefined || p.share === filters.share),
              );
              const r = listLedger(db, agreementId, all(filters));
              expect([r.total, r.sumFen]).toEqual([kept.length, kept.reduce((s, p) => s + p.amount, 0)]);
            }
          }
        } finally {
          db.exec('ROLLBACK TO run; RELEASE run');
        }
      }),
      // A fixed seed: the same runs every time; fast-check prints the seed and the shrunk steps on failure.
      { numRuns: 60, seed: 20261207 },
    );
  });
});
