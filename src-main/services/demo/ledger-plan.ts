import type { FundingShare } from '../../core/ledger';
import type { LedgerMistake } from './finance-text';
import type { Prng } from './prng';

/**
 * What a demo project will spend, before anything is posted: how much on each budget line, in how many
 * pieces, of which share, on which day, and which pieces are posted wrongly and corrected (红字冲销 plus a
 * new line). ledger-writer.ts posts the plan through the real posting rules, in day order.
 */

export interface PlanBudgetLine {
  lineCode: string;
  categoryCode: string;
  /** Grant share. */
  amountFen: number;
  matchingFen: number;
}

/** Grant moved by the approved budget adjustment (version 2): from activities to a smaller line. */
export interface PlannedAdjustment {
  fromLine: string;
  toLine: string;
  amountFen: number;
}

export interface LedgerPlanInput {
  /** Version 1. */
  lines: readonly PlanBudgetLine[];
  grantFen: number;
  matchingFen: number;
  /** Expenditures before corrections; each correction adds two lines. */
  pieces: number;
  firstDay: number;
  lastDay: number;
  /** Share of pieces posted wrongly and corrected. */
  mistakeRate: number;
  adjust: boolean;
  /** The rule set's category caps (percent of the total; null = none), which an adjustment must keep. */
  categoryCaps: ReadonlyMap<string, number | null>;
}

export interface Piece {
  lineCode: string;
  share: FundingShare;
  amountFen: number;
  day: number;
}

export type LedgerEvent =
  | { kind: 'post'; piece: number; day: number }
  | { kind: 'reverse'; piece: number; day: number; mistake: LedgerMistake }
  | { kind: 'replace'; piece: number; day: number; mistake: LedgerMistake; amountFen: number };

export interface LedgerPlan {
  pieces: Piece[];
  /** Posting order: by day; on a day, ordinary lines first, then reversals, then their replacements. */
  events: LedgerEvent[];
  adjustment: PlannedAdjustment | null;
}

const HUNDRED_YUAN = 100_00;
const SPENDABLE = 103;

/** Line budgets after an adjustment. */
export function adjustedBudgets(lines: readonly PlanBudgetLine[], adj: PlannedAdjustment | null): Map<string, number> {
  const out = new Map(lines.map((l) => [l.lineCode, l.amountFen]));
  if (adj) {
    out.set(adj.fromLine, out.get(adj.fromLine)! - adj.amountFen);
    out.set(adj.toLine, out.get(adj.toLine)! + adj.amountFen);
  }
  return out;
}

/**
 * An adjustment raises a smaller line (training, materials, publicity…) within its category cap, taking the
 * money from activities, which the project underspends; the raised line is then spent to nearly its new
 * budget, beyond what version 1 and the tolerance allowed: spending an approved adjustment covers.
 */
function planAdjustment(rng: Prng, lines: readonly PlanBudgetLine[], caps: ReadonlyMap<string, number | null>) {
  const from = lines.find((l) => l.categoryCode === 'ACTIVITY');
  const total = lines.reduce((s, l) => s + l.amountFen, 0);
  const room = (l: PlanBudgetLine) => {
    const cap = caps.get(l.categoryCode);
    return cap === null || cap === undefined ? 0 : Math.floor((total * cap) / 100) - HUNDRED_YUAN - l.amountFen;
  };
  const candidates = lines.filter((l) => l !== from && l.amountFen >= 10 * HUNDRED_YUAN && room(l) >= HUNDRED_YUAN);
  if (!from || candidates.length === 0) return null;
  const to = rng.pick(candidates);
  const wanted = Math.floor(to.amountFen * (0.4 + 0.5 * rng.next()));
  const move = Math.floor(Math.min(wanted, room(to), from.amountFen / 4) / HUNDRED_YUAN) * HUNDRED_YUAN;
  if (move < HUNDRED_YUAN) return null;
  const pinned = Math.floor((to.amountFen + move) * (0.9 + 0.08 * rng.next()));
  return { adjustment: { fromLine: from.lineCode, toLine: to.lineCode, amountFen: move }, pinned };
}

/**
 * Spending per line adding up to `total` where the budgets allow: the pinned lines as given, the others in
 * proportion to their budgets, none beyond 103% of its budget (within every program's tolerance).
 */
function lineTargets(
  rng: Prng,
  budgets: ReadonlyMap<string, number>,
  total: number,
  pinned: ReadonlyMap<string, number>,
): Map<string, number> {
  const targets = new Map(pinned);
  let rest = total - [...pinned.values()].reduce((s, n) => s + n, 0);
  const free = [...budgets.keys()].filter((code) => !pinned.has(code));
  const weight = new Map(free.map((code) => [code, budgets.get(code)! * (0.75 + 0.25 * rng.next())]));
  for (const code of free) targets.set(code, 0);
  for (let round = 0; round < 4 && rest > 0; round++) {
    const open = free.filter((code) => targets.get(code)! < cap(budgets.get(code)!));
    const sum = open.reduce((s, code) => s + weight.get(code)!, 0);
    if (sum === 0) break;
    let given = 0;
    for (const code of open) {
      const room = cap(budgets.get(code)!) - targets.get(code)!;
      const add = Math.min(room, Math.floor((rest * weight.get(code)!) / sum));
      targets.set(code, targets.get(code)! + add);
      given += add;
    }
    rest -= given;
    if (given === 0) break;
  }
  return targets;
}

const cap = (budget: number) => Math.floor((budget * SPENDABLE) / 100);

/** Pieces per line in proportion to its spending (largest remainders), at least one where there is any. */
function pieceCounts(targets: ReadonlyMap<string, number>, pieces: number): Map<string, number> {
  const total = [...targets.values()].reduce((s, n) => s + n, 0);
  const out = new Map<string, number>();
  if (total === 0) return out;
  const raw = [...targets].map(([code, t]) => ({ code, t, exact: (t * pieces) / total }));
  for (const r of raw) out.set(r.code, Math.floor(r.exact));
  let left = pieces - [...out.values()].reduce((s, n) => s + n, 0);
  for (const r of [...raw].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)))) {
    if (left <= 0) break;
    out.set(r.code, out.get(r.code)! + 1);
    left--;
  }
  // Whole yuan at least per piece, and one piece for any line with spending.
  for (const r of raw)
    out.set(r.code, Math.min(Math.max(out.get(r.code)!, r.t > 0 ? 1 : 0), Math.max(1, Math.floor(r.t / 100))));
  return out;
}

/** `total` in `count` random positive parts, most of them whole yuan; the last takes the rest. */
function split(rng: Prng, total: number, count: number): number[] {
  if (count <= 1) return total > 0 ? [total] : [];
  const weights = Array.from({ length: count }, () => 0.3 + rng.next());
  const sum = weights.reduce((s, w) => s + w, 0);
  const out: number[] = [];
  let used = 0;
  for (let i = 0; i < count - 1; i++) {
    let a = Math.floor((total * weights[i]!) / sum);
    if (a > 100 && rng.chance(0.7)) a -= a % 100;
    a = Math.max(1, a);
    out.push(a);
    used += a;
  }
  if (total - used <= 0) return [total];
  out.push(total - used);
  return out;
}

export function planLedger(rng: Prng, input: LedgerPlanInput): LedgerPlan {
  const adj = input.adjust ? planAdjustment(rng, input.lines, input.categoryCaps) : null;
  const budgets = adjustedBudgets(input.lines, adj?.adjustment ?? null);
  const pinned = new Map(adj ? [[adj.adjustment.toLine, adj.pinned]] : []);
  // Each share is spent against its own budget: the grant against the lines' grant, matching funds against
  // their matching budget, so every piece passes the over-budget rule for the share it is posted to.
  const grantTargets = lineTargets(rng, budgets, input.grantFen, pinned);
  const matchingBudgets = new Map(input.lines.map((l) => [l.lineCode, l.matchingFen]));
  const matchingTargets = lineTargets(rng, matchingBudgets, input.matchingFen, new Map());
  const total = input.grantFen + input.matchingFen;
  const grantPieces = total === 0 ? 0 : Math.round((input.pieces * input.grantFen) / total);
  const pieces: Piece[] = [];
  const span = input.lastDay - input.firstDay + 1;
  const add = (share: FundingShare, targets: ReadonlyMap<string, number>, count: number) => {
    const counts = pieceCounts(targets, count);
    for (const [lineCode, target] of targets)
      for (const amountFen of split(rng, target, counts.get(lineCode) ?? 0))
        pieces.push({ lineCode, share, amountFen, day: input.firstDay + Math.floor(rng.next() * span) });
  };
  add('grant', grantTargets, grantPieces);
  add('matching', matchingTargets, input.pieces - grantPieces);

  const keyed: { key: number; order: number; event: LedgerEvent }[] = [];
  const push = (event: LedgerEvent, phase: number) =>
    keyed.push({ key: event.day * 4 + phase, order: keyed.length, event });
  pieces.forEach((p, piece) => {
    push({ kind: 'post', piece, day: p.day }, 0);
    if (!rng.chance(input.mistakeRate)) return;
    const mistake: LedgerMistake = p.amountFen >= 200 ? rng.pick(['invoice', 'payee', 'amount'] as const) : 'invoice';
    const day = Math.min(input.lastDay, p.day + rng.int(0, 15));
    const amountFen =
      mistake === 'amount' ? p.amountFen - Math.max(1, Math.floor(p.amountFen * 0.02 * rng.int(1, 5))) : p.amountFen;
    push({ kind: 'reverse', piece, day, mistake }, 1);
    push({ kind: 'replace', piece, day, mistake, amountFen }, 2);
  });
  keyed.sort((a, b) => a.key - b.key || a.order - b.order);
  return { pieces, events: keyed.map((k) => k.event), adjustment: adj?.adjustment ?? null };
}
