import type { BudgetLineFields } from '../../db/applications-repo';
import type { ClassCap, RuleSet } from '../../core/rule-set';
import type { Prng } from './prng';

/**
 * Money for the demo applications: approved amounts that add up to a program's allocation, requests a
 * little above them, and budgets that meet the program's caps before and after the finance review's cut.
 */
const HUNDRED_YUAN = 100_00;
const MIN_GRANT = 10_000_00;

/** A class for an approved project: mostly the larger classes, which is where the money goes. */
export function pickClass(rng: Prng, ruleSet: RuleSet): ClassCap {
  const caps = [...ruleSet.classCaps].sort((a, b) => b.capFen - a.capFen);
  return rng.weighted(caps.map((c, i) => [c, [40, 35, 15, 10][i] ?? 5] as const));
}

/**
 * Amounts in whole hundreds of yuan, each within its cap, adding up to `total` exactly when the caps allow
 * (rounding leftovers go to those with room, in order).
 */
export function allocate(rng: Prng, caps: readonly number[], total: number): number[] {
  const weights = caps.map((c) => c * (0.35 + 0.65 * rng.next()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = caps.map((cap, i) => {
    const share = Math.floor((total * weights[i]!) / sum / HUNDRED_YUAN) * HUNDRED_YUAN;
    return Math.min(Math.floor(cap / HUNDRED_YUAN) * HUNDRED_YUAN, Math.max(MIN_GRANT, share));
  });
  let rest = total - out.reduce((a, b) => a + b, 0);
  // Overshoot (from the minimum grant) is taken back from the largest amounts; shortfall is given to those with room.
  for (let i = 0; rest !== 0 && i < out.length * 2; i++) {
    const k = i % out.length;
    const room = rest > 0 ? Math.floor(caps[k]! / HUNDRED_YUAN) * HUNDRED_YUAN - out[k]! : out[k]! - MIN_GRANT;
    const step = Math.min(Math.abs(rest), Math.max(0, room));
    out[k]! += rest > 0 ? step : -step;
    rest += rest > 0 ? -step : step;
  }
  return out;
}

/** What a finance review takes off a request: nothing for most, up to 8% (in hundreds of yuan) for some. */
export function financeCut(rng: Prng, approved: number, cap: number): number {
  if (rng.chance(0.6)) return 0;
  const cut = Math.floor((approved * rng.int(1, 8)) / 100 / HUNDRED_YUAN) * HUNDRED_YUAN;
  return Math.max(0, Math.min(cut, cap - approved));
}

export interface DemoLine extends BudgetLineFields {
  /** After the finance review; the cut comes off the (uncapped) activity line. */
  approvedFen: number;
  cutReason: string | null;
}

const NOTES: Record<string, string[]> = {
  STAFF: ['专职社工2名', '项目社工及督导', '项目主管与社工补贴'],
  ACTIVITY: ['小组及社区活动', '个案服务与入户探访', '主题活动物料与场地'],
  TRAINING: ['志愿者培训', '社工能力提升培训'],
  MATERIALS: ['活动物资', '康复辅具与学习用品'],
  PUBLICITY: ['宣传折页与展板'],
  EVALUATION: ['第三方评估与审计'],
};

/**
 * Lines for a request: staff 20–35%, some training and materials, publicity 2–6%, evaluation up to 3%, the
 * rest activities (at least a third). With a cut of at most 8% every capped share stays under its cap.
 */
export function budgetLines(rng: Prng, requested: number, cut: number, matchingFen: number): DemoLine[] {
  const share = (p: number) => Math.floor((requested * p) / 100);
  const parts: [string, number][] = [
    ['STAFF', share(rng.int(20, 35))],
    ['TRAINING', rng.chance(0.5) ? share(rng.int(2, 10)) : 0],
    ['MATERIALS', rng.chance(0.5) ? share(rng.int(2, 10)) : 0],
    ['PUBLICITY', share(rng.int(2, 6))],
    ['EVALUATION', rng.chance(0.4) ? share(rng.int(1, 3)) : 0],
  ];
  const activity = requested - parts.reduce((s, [, a]) => s + a, 0);
  const lines: DemoLine[] = [];
  for (const [categoryCode, amountFen] of [
    ...parts.slice(0, 1),
    ['ACTIVITY', activity] as [string, number],
    ...parts.slice(1),
  ])
    if (amountFen > 0)
      lines.push({
        categoryCode,
        costType: null,
        amountFen,
        matchingFen: 0,
        note: rng.pick(NOTES[categoryCode]!),
        approvedFen: categoryCode === 'ACTIVITY' ? amountFen - cut : amountFen,
        cutReason: categoryCode === 'ACTIVITY' && cut > 0 ? '活动场次偏多，按实际需要核减' : null,
      });
  return spreadMatching(lines, matchingFen);
}

/**
 * The organization's matching funds over the lines in proportion to each line's grant, in whole hundreds of
 * yuan where the amounts allow, the rest on the activity line, so the lines add up to the total exactly.
 */
function spreadMatching(lines: DemoLine[], matchingFen: number): DemoLine[] {
  const grant = lines.reduce((s, l) => s + l.amountFen, 0);
  for (const l of lines) l.matchingFen = Math.floor((matchingFen * l.amountFen) / grant / HUNDRED_YUAN) * HUNDRED_YUAN;
  const activity = lines.find((l) => l.categoryCode === 'ACTIVITY') ?? lines[0]!;
  activity.matchingFen += matchingFen - lines.reduce((s, l) => s + l.matchingFen, 0);
  return lines;
}

/** 配套资金: at least the program's share (rounded up to the fen), often a little more. */
export function matching(rng: Prng, requested: number, ruleSet: RuleSet): number {
  const required = Math.ceil((requested * ruleSet.matchingSharePercent) / 100);
  const extra = rng.chance(0.5) ? Math.floor((requested * rng.int(0, 15)) / 100 / HUNDRED_YUAN) * HUNDRED_YUAN : 0;
  return required + extra;
}

/** An expert's points per criterion around a quality level (0–1), in half points, within each maximum. */
export function expertScores(
  rng: Prng,
  rubric: RuleSet['rubric'],
  quality: number,
): { criterionCode: string; half: number }[] {
  return rubric.map((c) => {
    const q = Math.min(1, Math.max(0, quality + (rng.next() - 0.5) * 0.12));
    return { criterionCode: c.code, half: Math.round(c.maxPoints * 2 * q) };
  });
}
