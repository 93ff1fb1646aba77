import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetAgainstActual } from './budget-execution';
import { addDays } from './calendar';
import {
  actualByLine,
  checkReversal,
  fiscalYear,
  formatVoucherNumber,
  nextVoucherNumber,
  parseVoucherNumber,
  postLine,
  reverseLine,
  spentFen,
  vouchersGapFree,
  type Ledger,
  type NewExpenditure,
} from './ledger';

const spend = (patch: Partial<NewExpenditure> = {}): NewExpenditure => ({
  date: '2016-04-01',
  lineCode: 'ACT',
  share: 'grant',
  amountFen: 10_000,
  advance: false,
  ...patch,
});

function build(...inputs: Partial<NewExpenditure>[]): Ledger {
  return inputs.reduce<Ledger>((l, p) => postLine(l, spend(p)).ledger, []);
}

describe('voucher numbers', () => {
  it('run YYYY-0001 upwards per year, widening past 9999', () => {
    expect(nextVoucherNumber(2016, 0)).toBe('2016-0001');
    expect(nextVoucherNumber(2016, 41)).toBe('2016-0042');
    expect(nextVoucherNumber(2016, 9999)).toBe('2016-10000');
    expect(formatVoucherNumber(2017, 123_456)).toBe('2017-123456');
    expect(() => nextVoucherNumber(2016, -1)).toThrow(RangeError);
    expect(() => formatVoucherNumber(16, 1)).toThrow(RangeError);
  });

  it('parse only in their canonical form', () => {
    expect(parseVoucherNumber('2016-0042')).toEqual({ year: 2016, seq: 42 });
    expect(parseVoucherNumber('2016-10000')).toEqual({ year: 2016, seq: 10_000 });
    for (const bad of ['2016-042', '2016-00042', '2016-0000', '16-0001', '2016/0001', ' 2016-0001'])
      expect(parseVoucherNumber(bad)).toBeNull();
  });

  it('vouchersGapFree names gaps, repeats and malformed numbers', () => {
    expect(vouchersGapFree([])).toEqual([]);
    expect(vouchersGapFree(['2017-0001', '2016-0002', '2016-0001'])).toEqual([]);
    expect(vouchersGapFree(['2016-0001', '2016-0003', '2016-0005', '2017-0002', 'X', '2016-0001'])).toEqual([
      { rule: 'ledger.voucher.malformed', params: { voucherNo: 'X' } },
      { rule: 'ledger.voucher.duplicate', params: { voucherNo: '2016-0001' } },
      { rule: 'ledger.voucher.gap', params: { year: 2016, missing: '2016-0002' } },
      { rule: 'ledger.voucher.gap', params: { year: 2017, missing: '2017-0001' } },
    ]);
  });

  it('handle a year with 100,000 vouchers', () => {
    const list = Array.from({ length: 100_000 }, (_, i) => formatVoucherNumber(2016, i + 1));
    expect(vouchersGapFree(list)).toEqual([]);
    list.splice(50_000, 1);
    expect(vouchersGapFree(list)).toEqual([
      { rule: 'ledger.voucher.gap', params: { year: 2016, missing: '2016-50001' } },
    ]);
  });

  it('take the year of the line date', () => {
    const l = build({ date: '2016-12-31' }, { date: '2017-01-01' }, { date: '2016-06-01' });
    expect(l.map((x) => x.voucherNo)).toEqual(['2016-0001', '2017-0001', '2016-0002']);
    expect(fiscalYear('2016-02-29')).toBe(2016);
    expect(() => fiscalYear('2015-02-29')).toThrow(RangeError);
  });
});

describe('posting and reversing', () => {
  it('posts frozen lines and never touches the ledger it was given', () => {
    const l1 = build({});
    const snapshot = structuredClone(l1);
    const { ledger: l2, line } = postLine(l1, spend({ amountFen: 5 }));
    expect(l1).toEqual(snapshot);
    expect(l2).toHaveLength(2);
    expect(line).toEqual({
      id: 2,
      voucherNo: '2016-0002',
      date: '2016-04-01',
      lineCode: 'ACT',
      share: 'grant',
      amountFen: 5,
      advance: false,
      reversesId: null,
    });
    expect(Object.isFrozen(line)).toBe(true);
    expect(Object.isFrozen(l2)).toBe(true);
  });

  it('refuses to post a non-positive or fractional amount (reversals are made by reverseLine)', () => {
    expect(() => postLine([], spend({ amountFen: 0 }))).toThrow(RangeError);
    expect(() => postLine([], spend({ amountFen: -5 }))).toThrow(RangeError);
    expect(() => postLine([], spend({ amountFen: 1.5 }))).toThrow(RangeError);
  });

  it('reverses with a negative line linked to the original, its own voucher, same line, share and advance mark', () => {
    const l = build({ share: 'grant', advance: true, amountFen: 12_345 });
    const r = reverseLine(l, 1, '2016-05-01');
    if (!r.ok) throw new Error('refused');
    expect(r.line).toEqual({
      id: 2,
      voucherNo: '2016-0002',
      date: '2016-05-01',
      lineCode: 'ACT',
      share: 'grant',
      amountFen: -12_345,
      advance: true,
      reversesId: 1,
    });
    expect(r.ledger[0]).toBe(l[0]);
  });

  it('refuses a second reversal, a reversal of a reversal, an unknown line and a date before the original', () => {
    const l = build({ date: '2016-04-10' });
    const r = reverseLine(l, 1, '2016-04-10');
    if (!r.ok) throw new Error('refused');
    expect(checkReversal(r.ledger, 1, '2016-04-11')).toEqual([
      { rule: 'ledger.reversal.already', params: { voucherNo: '2016-0001', reversalVoucherNo: '2016-0002' } },
    ]);
    expect(checkReversal(r.ledger, 2, '2016-04-11')).toEqual([
      { rule: 'ledger.reversal.ofReversal', params: { voucherNo: '2016-0002' } },
    ]);
    expect(checkReversal(r.ledger, 99, '2016-04-11')).toEqual([
      { rule: 'ledger.reversal.notFound', params: { id: 99 } },
    ]);
    expect(checkReversal(l, 1, '2016-04-09')).toEqual([
      { rule: 'ledger.reversal.beforeOriginal', params: { date: '2016-04-09', originalDate: '2016-04-10' } },
    ]);
    expect(checkReversal(l, 1, '2016-13-01')).toEqual([{ rule: 'ledger.dateInvalid', params: { date: '2016-13-01' } }]);
    const refused = reverseLine(r.ledger, 1, '2016-04-11');
    expect(refused.ok).toBe(false);
  });

  it('aggregates actual per line and per share, reversals negative', () => {
    const l0 = build(
      { lineCode: 'ACT', amountFen: 100 },
      { lineCode: 'ACT', amountFen: 50, share: 'matching' },
      { lineCode: 'STAFF', amountFen: 70 },
    );
    const r = reverseLine(l0, 1, '2016-04-02');
    if (!r.ok) throw new Error('refused');
    expect([...actualByLine(r.ledger)]).toEqual([
      ['ACT', 50],
      ['STAFF', 70],
    ]);
    expect([...actualByLine(r.ledger, 'grant')]).toEqual([
      ['ACT', 0],
      ['STAFF', 70],
    ]);
    expect(spentFen(r.ledger, 'grant')).toBe(70);
    expect(spentFen(r.ledger, 'matching')).toBe(50);
  });
});

/** A random session at the ledger: postings, and reversals of a line picked by index (possibly refused). */
const step = fc.oneof(
  fc.record({
    kind: fc.constant('post' as const),
    day: fc.integer({ min: 0, max: 730 }),
    lineCode: fc.constantFrom('STAFF', 'ACT', 'TRAIN'),
    share: fc.constantFrom('grant' as const, 'matching' as const),
    amountFen: fc.integer({ min: 1, max: 10 ** 11 }),
    advance: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat(), lag: fc.integer({ min: 0, max: 400 }) }),
);

describe('ledger invariants (property)', () => {
  it('for any postings and reversals: append-only, gap-free vouchers, ledger sum = budget-against-actual', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let ledger: Ledger = [];
        for (const s of steps) {
          const before = structuredClone(ledger);
          if (s.kind === 'post') {
            ledger = postLine(ledger, { ...s, date: addDays('2016-01-01', s.day) }).ledger;
          } else if (ledger.length > 0) {
            const target = ledger[s.pick % ledger.length]!;
            const r = reverseLine(ledger, target.id, addDays(target.date, s.lag));
            const allowed = target.reversesId === null && !ledger.some((l) => l.reversesId === target.id);
            expect(r.ok).toBe(allowed);
            if (r.ok) ledger = r.ledger;
          }
          // No posted line ever changes, and nothing is inserted before the end.
          expect(ledger.slice(0, before.length)).toEqual(before);
          expect(ledger.length - before.length).toBeLessThanOrEqual(1);
        }
        expect(vouchersGapFree(ledger.map((l) => l.voucherNo))).toEqual([]);
        for (const l of ledger) expect(parseVoucherNumber(l.voucherNo)!.year).toBe(fiscalYear(l.date));
        // Each reversal points at an original that is not a reversal, with the amount negated, once at most.
        const reversed = new Set<number>();
        for (const r of ledger.filter((l) => l.reversesId !== null)) {
          const original = ledger.find((l) => l.id === r.reversesId)!;
          expect(original.reversesId).toBeNull();
          expect(r.amountFen).toBe(-original.amountFen);
          expect(reversed.has(original.id)).toBe(false);
          reversed.add(original.id);
        }
        const ledgerSum = ledger.reduce((s, l) => s + l.amountFen, 0);
        const report = budgetAgainstActual([], [], actualByLine(ledger));
        expect(report.total.actualFen).toBe(ledgerSum);
        for (const row of report.rows)
          expect(row.actualFen).toBe(
            ledger.filter((l) => l.lineCode === row.lineCode).reduce((s, l) => s + l.amountFen, 0),
          );
        expect(spentFen(ledger, 'grant') + spentFen(ledger, 'matching')).toBe(ledgerSum);
        // Reversed lines cancel out: the sum is that of the originals never reversed.
        const live = ledger.filter((l) => l.reversesId === null && !reversed.has(l.id));
        expect(ledgerSum).toBe(live.reduce((s, l) => s + l.amountFen, 0));
      }),
      { numRuns: 300 },
    );
  });
});
