import fc from 'fast-check';
import { applicationInput, COST_TYPES, type CostType } from '../../contract/index';
import { ORGS, PROGRAMS } from './world';

/**
 * What people may attempt in the applications property test, as fast-check arbitraries: drafts with a random
 * flaw (or none), every review step with random details, clock moves, bars, and "advance": the next natural
 * step of some application, without which few would ever get far. Test support only.
 */
const FLAWS = [
  ...Array.from({ length: 14 }, () => 'none' as const),
  'classOver',
  'unknownClass',
  'categoryOver',
  'badCategory',
  'forbiddenCost',
  'feeOver',
  'matchingLow',
  'periodOut',
  'sumMismatch',
  'noIndicators',
  'noLines',
] as const;

const draftArb = fc.record({
  program: fc.nat(PROGRAMS.length - 1),
  org: fc.integer({ min: 1, max: ORGS }),
  cls: fc.nat(3),
  size: fc.double({ min: 0.01, max: 1, noNaN: true }),
  staff: fc.nat(40),
  publicity: fc.nat(10),
  fee: fc.nat(5),
  extraMatching: fc.nat(100_000),
  flaw: fc.constantFrom(...FLAWS),
  amount: fc.integer({ min: 1, max: 30_000_000 }),
  costType: fc.constantFrom(...COST_TYPES),
});

export const commandArb = fc.oneof(
  // The next step of some application's life, with random details: without it few would ever get far.
  {
    weight: 30,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      roll: fc.nat(),
      share: fc.constantFrom(0.5, 0.9, 1, 1, 1.05),
      wait: fc.integer({ min: 0, max: 12 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), draft: draftArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('update' as const), draft: draftArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('submit' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('formalReview' as const), pass: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('assign' as const),
      experts: fc.subarray(['expert1', 'expert2', 'expert3', 'finance1', 'both'], { minLength: 1 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('declare' as const), conflict: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('score' as const),
      halves: fc.array(fc.integer({ min: -1, max: 52 }), { minLength: 4, maxLength: 6 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('complete' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('financeReview' as const),
      cuts: fc.array(
        fc.record({ line: fc.nat(7), keep: fc.double({ min: 0, max: 1.1, noNaN: true }), reason: fc.boolean() }),
        {
          maxLength: 3,
        },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('startNotice' as const),
      startOffset: fc.integer({ min: -20, max: 20 }),
      days: fc.integer({ min: 0, max: 12 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('clock' as const), days: fc.integer({ min: 0, max: 15 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('approve' as const),
      share: fc.constantFrom(0, 0.5, 0.9, 1, 1, 1, 1.05),
      number: fc.nat(40),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reject' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bar' as const),
      org: fc.integer({ min: 1, max: ORGS }),
      from: fc.integer({ min: 2014, max: 2016 }),
    }),
  },
);
export type Command = typeof commandArb extends fc.Arbitrary<infer C> ? C : never;
type Draft = Command & { kind: 'create' } extends { draft: infer D } ? D : never;

/** Each command also says who acts and on what: mostly someone who may, mostly an application where it fits. */
export const stepArb = fc.record({
  command: commandArb,
  who: fc.nat(),
  anyone: fc.double({ min: 0, max: 1, noNaN: true }),
  target: fc.nat(),
  guided: fc.double({ min: 0, max: 1, noNaN: true }),
});
export type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;

/** A draft as application input: valid by construction unless its flaw says otherwise. */
export function applicationFor(d: Draft) {
  const program = PROGRAMS[d.program]!;
  const rs = program.ruleSet;
  const cls = rs.classCaps[d.cls % rs.classCaps.length]!;
  let requested = Math.max(100, Math.floor(cls.capFen * d.size));
  if (d.flaw === 'classOver') requested = cls.capFen + d.amount;
  const share = (p: number) => Math.floor((requested * p) / 100);
  const staffPercent = d.flaw === 'categoryOver' ? 41 + (d.staff % 20) : d.staff;
  const lines: { categoryCode: string; amountFen: number; costType: CostType | null }[] = [
    { categoryCode: 'STAFF', amountFen: share(staffPercent), costType: null },
    { categoryCode: 'PUBLICITY', amountFen: share(d.publicity), costType: null },
  ];
  if (d.program === 2 || d.flaw === 'feeOver')
    lines.push({
      categoryCode: 'ACTIVITY',
      amountFen: share(d.flaw === 'feeOver' ? 6 + d.fee : d.fee),
      costType: 'management_fee',
    });
  if (d.flaw === 'badCategory') lines.push({ categoryCode: 'CATERING', amountFen: share(5), costType: null });
  const rest = requested - lines.reduce((s, l) => s + l.amountFen, 0);
  lines.push({
    categoryCode: 'ACTIVITY',
    amountFen: rest,
    costType: d.flaw === 'forbiddenCost' ? (rs.forbiddenCostTypes[d.fee % rs.forbiddenCostTypes.length] ?? null) : null,
  });
  const required = Math.ceil((requested * rs.matchingSharePercent) / 100);
  const matchingFen = d.flaw === 'matchingLow' ? Math.max(0, required - 1) : required + d.extraMatching;
  // Matching funds are budgeted on the lines: all of it on the last one (activities, the rest of the request).
  const kept = d.flaw === 'noLines' ? [] : lines.filter((l) => l.amountFen > 0);
  const budgetLines = kept.map((l, i) => ({ ...l, matchingFen: i === kept.length - 1 ? matchingFen : 0 }));
  const year = program.year;
  return applicationInput.parse({
    fundProgramId: d.program + 1,
    organizationId: d.org,
    name: `项目${d.amount}`,
    classCode: d.flaw === 'unknownClass' ? 'Z' : cls.code,
    projectKind: 'social_work',
    serviceArea: 'elderly',
    districtCode: '500103',
    periodStart: d.flaw === 'periodOut' ? `${year - 1}-12-01` : `${year}-03-01`,
    periodEnd: `${year}-12-31`,
    requestedFen: d.flaw === 'sumMismatch' ? requested + 1 : requested,
    matchingFen,
    indicators: d.flaw === 'noIndicators' ? [] : [{ name: '服务人次', unit: '人次', target: 100 }],
    budgetLines,
  });
}
