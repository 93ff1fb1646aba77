import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  approveAdjustment,
  checkAdjustment,
  checkAdjustmentApproval,
  checkInitialBudget,
  checkVersionChain,
  coveringAdjustment,
  currentVersion,
  initialVersion,
  lineChanges,
  scaleToApproved,
  type AdjustmentContext,
  type AdjustmentRequest,
  type BudgetLine,
  type BudgetVersion,
} from './budget-versions';
import { ruleSetTemplate } from './rule-set';

const ruleSet = ruleSetTemplate('CENTRAL');
/** Grant 100,000.00 and matching 10,000.00 元. */
const lines: BudgetLine[] = [
  { lineCode: 'L1', categoryCode: 'STAFF', amountFen: 3_000_000, matchingFen: 300_000 },
  { lineCode: 'L2', categoryCode: 'ACTIVITY', amountFen: 7_000_000, matchingFen: 700_000 },
];
const v1 = initialVersion(lines);
const ctx = (grant: [string, number][] = [], matching: [string, number][] = []): AdjustmentContext => ({
  approvedFen: 10_000_000,
  ruleSet,
  actual: { grant: new Map(grant), matching: new Map(matching) },
});
const request = (patch: Partial<AdjustmentRequest> = {}): AdjustmentRequest => ({
  baseVersion: 1,
  reason: '活动场地费上涨',
  requestedBy: 5,
  lines: [
    { lineCode: 'L1', amountFen: 2_500_000 },
    { lineCode: 'L2', amountFen: 7_500_000 },
  ],
  ...patch,
});

describe('version 1', () => {
  it('must add up to the approved amount with known categories and whole amounts', () => {
    expect(checkInitialBudget(lines, 10_000_000, ruleSet)).toEqual([]);
    expect(checkInitialBudget(lines, 9_999_999, ruleSet)).toEqual([
      { rule: 'budget.initialTotal', params: { total: '100,000.00', approved: '99,999.99' } },
    ]);
    expect(checkInitialBudget([], 0, ruleSet)).toEqual([{ rule: 'budget.noLines', params: {} }]);
    expect(
      checkInitialBudget(
        [...lines, { lineCode: 'L1', categoryCode: 'CAKE', amountFen: -1, matchingFen: 0 }],
        10_000_000,
        ruleSet,
      ).map((v) => v.rule),
    ).toEqual(['budget.repeatedLine', 'budget.amountInvalid', 'budget.unknownCategory']);
  });

  it('is frozen, lines included', () => {
    expect(v1).toMatchObject({ version: 1, reason: null, requestedBy: null, approvedBy: null });
    expect(Object.isFrozen(v1) && Object.isFrozen(v1.lines) && v1.lines.every(Object.isFrozen)).toBe(true);
  });

  it('scaleToApproved cuts in proportion and places the leftover fen by largest remainder', () => {
    const three = [
      { lineCode: 'a', categoryCode: 'STAFF', amountFen: 100, matchingFen: 5 },
      { lineCode: 'b', categoryCode: 'ACTIVITY', amountFen: 100, matchingFen: 0 },
      { lineCode: 'c', categoryCode: 'ACTIVITY', amountFen: 100, matchingFen: 7 },
    ];
    expect(scaleToApproved(three, 200).map((l) => l.amountFen)).toEqual([67, 67, 66]);
    // A lower approval cuts the grant; the matching share is the organization's and stays.
    expect(scaleToApproved(three, 200).map((l) => l.matchingFen)).toEqual([5, 0, 7]);
    expect(scaleToApproved(lines, 5_000_001).map((l) => l.amountFen)).toEqual([1_500_000, 3_500_001]);
    expect(scaleToApproved(lines, 10_000_000)).toEqual(lines);
    expect(() => scaleToApproved(lines, 10_000_001)).toThrow(RangeError);
  });

  it('property: scaleToApproved hits the approved amount exactly and never raises a line', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 10 ** 12 }), { minLength: 1, maxLength: 8 })
          .filter((a) => a.some((x) => x > 0)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (amounts, share) => {
          const ls = amounts.map((amountFen, i) => ({
            lineCode: `L${i}`,
            categoryCode: 'ACTIVITY',
            amountFen,
            matchingFen: 0,
          }));
          const sum = amounts.reduce((s, a) => s + a, 0);
          const approved = Math.floor(sum * share);
          const scaled = scaleToApproved(ls, approved);
          expect(scaled.reduce((s, l) => s + l.amountFen, 0)).toBe(approved);
          scaled.forEach((l, i) => expect(l.amountFen).toBeLessThanOrEqual(amounts[i]!));
        },
      ),
    );
  });
});

describe('adjustment requests', () => {
  it('moving money between lines with a reason is accepted', () => {
    expect(checkAdjustment(v1, request(), ctx())).toEqual([]);
  });

  it('keeps the total: raising one line without cutting another is refused, and so is passing the approved amount', () => {
    expect(checkAdjustment(v1, request({ lines: [{ lineCode: 'L2', amountFen: 7_000_001 }] }), ctx())).toEqual([
      { rule: 'budget.totalChanged', params: { before: '100,000.00', after: '100,000.01' } },
      { rule: 'budget.overApproved', params: { total: '100,000.01', approved: '100,000.00' } },
    ]);
    expect(checkAdjustment(v1, request({ lines: [{ lineCode: 'L2', amountFen: 6_000_000 }] }), ctx())).toEqual([
      { rule: 'budget.totalChanged', params: { before: '100,000.00', after: '90,000.00' } },
    ]);
  });

  it('needs a reason, a current base version and a real change', () => {
    expect(checkAdjustment(v1, request({ reason: '  ', baseVersion: 0, lines: [] }), ctx()).map((v) => v.rule)).toEqual(
      ['budget.staleRequest', 'budget.reasonRequired', 'budget.noChange'],
    );
    expect(checkAdjustment(v1, request({ lines: [{ lineCode: 'L1', amountFen: 3_000_000 }] }), ctx())).toEqual([
      { rule: 'budget.noChange', params: {} },
    ]);
  });

  it('may not cut a line below what was already spent on it', () => {
    expect(checkAdjustment(v1, request(), ctx([['L1', 2_600_000]]))).toEqual([
      {
        rule: 'budget.belowActual',
        params: { line: 'L1', share: '@share.grant', amount: '25,000.00', actual: '26,000.00' },
      },
    ]);
    // Matching spending is measured against the matching share only: 26,000.00 of matching on L1 does not
    // stop its grant going to 25,000.00.
    expect(checkAdjustment(v1, request(), ctx([], [['L1', 2_600_000]]))).toEqual([]);
  });

  it('moves matching funds between lines, keeping their total and not below what they paid', () => {
    const move = (l1: number, l2: number) =>
      request({
        lines: [
          { lineCode: 'L1', amountFen: 3_000_000, matchingFen: l1 },
          { lineCode: 'L2', amountFen: 7_000_000, matchingFen: l2 },
        ],
      });
    expect(checkAdjustment(v1, move(200_000, 800_000), ctx())).toEqual([]);
    expect(checkAdjustment(v1, move(200_000, 700_000), ctx())).toEqual([
      { rule: 'budget.matchingTotalChanged', params: { before: '10,000.00', after: '9,000.00' } },
    ]);
    expect(checkAdjustment(v1, move(200_000, 800_000), ctx([], [['L1', 250_000]]))).toEqual([
      {
        rule: 'budget.belowActual',
        params: { line: 'L1', share: '@share.matching', amount: '2,000.00', actual: '2,500.00' },
      },
    ]);
    const r = approveAdjustment(v1, move(200_000, 800_000), 6, ctx());
    if (!r.ok) throw new Error(JSON.stringify(r.violations));
    expect(r.version.lines.map((l) => [l.amountFen, l.matchingFen])).toEqual([
      [3_000_000, 200_000],
      [7_000_000, 800_000],
    ]);
    expect(lineChanges(v1.lines, r.version.lines).map((c) => [c.lineCode, c.deltaFen, c.matchingDeltaFen])).toEqual([
      ['L1', 0, -100_000],
      ['L2', 0, 100_000],
    ]);
  });

  it('adds a line only with an allowed category, and never changes a line’s category', () => {
    const add = request({
      lines: [
        { lineCode: 'L2', amountFen: 6_500_000 },
        { lineCode: 'L3', categoryCode: 'PUBLICITY', amountFen: 500_000 },
      ],
    });
    expect(checkAdjustment(v1, add, ctx())).toEqual([]);
    const bad = request({
      lines: [
        { lineCode: 'L1', categoryCode: 'TRAINING', amountFen: 2_000_000 },
        { lineCode: 'L3', amountFen: 500_000 },
        { lineCode: 'L4', categoryCode: 'CAKE', amountFen: 500_000 },
        { lineCode: 'L4', categoryCode: 'CAKE', amountFen: 0 },
      ],
    });
    expect(checkAdjustment(v1, bad, ctx()).map((v) => v.rule)).toEqual([
      'budget.categoryChanged',
      'budget.newLineCategory',
      'budget.repeatedLine',
      'budget.unknownCategory',
      'budget.totalChanged',
    ]);
  });

  it('keeps the program’s category caps (staff ≤ 40%, publicity ≤ 10%)', () => {
    const r = request({
      lines: [
        { lineCode: 'L1', amountFen: 4_000_001 },
        { lineCode: 'L2', amountFen: 5_999_999 },
      ],
    });
    expect(checkAdjustment(v1, r, ctx())).toEqual([
      {
        rule: 'budget.categoryCap',
        params: { category: '人员经费', capPercent: 40, percent: '40.00', amount: '40,000.01' },
      },
    ]);
  });

  it('refuses invalid amounts without adding total rules that would only repeat them', () => {
    const r = request({ lines: [{ lineCode: 'L1', amountFen: 1.5 }] });
    expect(checkAdjustment(v1, r, ctx()).map((v) => v.rule)).toEqual(['budget.amountInvalid']);
  });
});

describe('approval and versions', () => {
  it('the requester may not approve their own adjustment', () => {
    expect(checkAdjustmentApproval({ requestedBy: 5 }, 5)).toEqual([{ rule: 'budget.sameUser', params: {} }]);
    expect(approveAdjustment(v1, request(), 5, ctx())).toEqual({
      ok: false,
      violations: [{ rule: 'budget.sameUser', params: {} }],
    });
  });

  it('approval by another finance user makes an immutable version n + 1 and leaves version n alone', () => {
    const before = structuredClone(v1);
    const r = approveAdjustment(v1, request(), 6, ctx());
    if (!r.ok) throw new Error(JSON.stringify(r.violations));
    expect(r.version).toEqual({
      version: 2,
      lines: [
        { lineCode: 'L1', categoryCode: 'STAFF', amountFen: 2_500_000, matchingFen: 300_000 },
        { lineCode: 'L2', categoryCode: 'ACTIVITY', amountFen: 7_500_000, matchingFen: 700_000 },
      ],
      reason: '活动场地费上涨',
      requestedBy: 5,
      approvedBy: 6,
    });
    expect(v1).toEqual(before);
    expect(Object.isFrozen(r.version.lines[0])).toBe(true);
    // A request made against version 1 is stale once version 2 exists.
    expect(approveAdjustment(r.version, request(), 6, ctx()).ok).toBe(false);
  });

  it('finds the current version, checks numbering, lists changes and the adjustment covering a line', () => {
    const v2 = approveAdjustment(v1, request(), 6, ctx());
    if (!v2.ok) throw new Error('refused');
    const add = request({
      baseVersion: 2,
      lines: [
        { lineCode: 'L1', amountFen: 2_000_000 },
        { lineCode: 'L3', categoryCode: 'PUBLICITY', amountFen: 500_000 },
      ],
    });
    const v3 = approveAdjustment(v2.version, add, 7, ctx());
    if (!v3.ok) throw new Error(JSON.stringify(v3.violations));
    const versions: BudgetVersion[] = [v3.version, v1, v2.version];
    expect(currentVersion(versions).version).toBe(3);
    expect(() => currentVersion([])).toThrow(RangeError);
    expect(checkVersionChain(versions)).toEqual([]);
    expect(checkVersionChain([v1, v3.version])).toEqual([
      { rule: 'budget.versionGap', params: { expected: 2, found: 3 } },
    ]);
    expect(lineChanges(v2.version.lines, v3.version.lines)).toEqual([
      {
        lineCode: 'L1',
        fromFen: 2_500_000,
        toFen: 2_000_000,
        deltaFen: -500_000,
        fromMatchingFen: 300_000,
        toMatchingFen: 300_000,
        matchingDeltaFen: 0,
      },
      {
        lineCode: 'L3',
        fromFen: 0,
        toFen: 500_000,
        deltaFen: 500_000,
        fromMatchingFen: 0,
        toMatchingFen: 0,
        matchingDeltaFen: 0,
      },
    ]);
    expect(coveringAdjustment(versions, 'L2')).toBe(2);
    expect(coveringAdjustment(versions, 'L3')).toBe(3);
    expect(coveringAdjustment(versions, 'L1')).toBeNull();
  });

  it('property: any chain of approved adjustments keeps the total equal to the approved amount', () => {
    const move = fc.record({ from: fc.nat(), to: fc.nat(), fen: fc.integer({ min: 1, max: 5_000_000 }) });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 15 }), (moves) => {
        const versions: BudgetVersion[] = [v1];
        for (const [i, m] of moves.entries()) {
          const cur = versions.at(-1)!;
          const from = cur.lines[m.from % cur.lines.length]!;
          const to = cur.lines[m.to % cur.lines.length]!;
          const fen = Math.min(m.fen, from.amountFen);
          const r = approveAdjustment(
            cur,
            {
              baseVersion: cur.version,
              reason: `调整 ${i}`,
              requestedBy: 1,
              lines: [
                { lineCode: from.lineCode, amountFen: from.amountFen - fen },
                ...(to.lineCode === from.lineCode ? [] : [{ lineCode: to.lineCode, amountFen: to.amountFen + fen }]),
              ],
            },
            2,
            ctx(),
          );
          if (r.ok) versions.push(r.version);
        }
        for (const v of versions) expect(v.lines.reduce((s, l) => s + l.amountFen, 0)).toBe(10_000_000);
        expect(checkVersionChain(versions)).toEqual([]);
        expect(versions[0]).toEqual(initialVersion(lines));
      }),
    );
  });
});
