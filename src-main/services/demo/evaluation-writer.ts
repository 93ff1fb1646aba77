import { addDays, dayNumber } from '../../core/calendar';
import { failureReason, type EvaluationKind } from '../../core/evaluation-consequences';
import { DEFAULT_INDICATOR_TREE, DEFAULT_THRESHOLDS, leafIndicators } from '../../core/evaluation-indicators';
import { evaluationResult, POINTS_MAX_SCALE } from '../../core/evaluation-scoring';
import { decimal, decimalText } from '../../core/decimal';
import {
  listDemoSignedProjects,
  organizationsSubmittedIn,
  type DemoEvaluatedProject,
} from '../../db/demo-evaluations-repo';
import {
  findEvaluationAssignment,
  insertEvaluationAssignment,
  setEvaluationDeclaration,
  setEvaluationScores,
} from '../../db/evaluation-assignments-repo';
import { finalizeEvaluation, insertEvaluation } from '../../db/evaluations-repo';
import { insertOrganizationBar } from '../../db/organization-bars-repo';
import type { Db } from '../../db/statements';
import { insertTrancheRecord, listTranches, setTrancheState, type TrancheRow } from '../../db/tranches-repo';
import { Prng } from './prng';
import { at } from './tranche-writer';

export interface DemoEvaluationPeople {
  /** The demo evaluator (刘洋), who organizes every evaluation and scores most of them. */
  evaluator: number;
  /** The experts who score alongside. */
  experts: readonly number[];
}

export interface DemoEvaluationsResult {
  evaluations: number;
  bars: number;
}

const COMMENTS = [
  '项目执行规范，服务记录完整，建议加强成效跟踪。',
  '资金使用基本合规，个别票据需补充说明。',
  '服务对象满意度较高，档案资料需进一步规范。',
  '项目产出未达预期，资金管理存在明显问题。',
];

/**
 * The sample's evaluations (评估), written after the money (project-finance.ts) so they agree with it:
 * - every released mid-term tranche has the passed mid-term evaluation that opened its gate, three days before
 *   the voucher date (the projects ready to close);
 * - about half of the finished year's running projects and a third of the current year's have a finalized
 *   mid-term evaluation, mostly 合格 or better (finance may now release their second tranche), a few 不合格;
 * - the projects ready to close have their final evaluation (良好 or better), so they can still close, and so
 *   have the finished year's other running projects (合格 or better) but one;
 * - one finished-year project has a final 不合格: its last tranche is withheld and its organization, which has
 *   submitted nothing in the current year, is barred for that year with the evaluation as the reason;
 * - a few evaluations are open, waiting for the demo evaluator's declaration and scores.
 */
export function seedDemoEvaluations(db: Db, people: DemoEvaluationPeople): DemoEvaluationsResult {
  const rng = new Prng(0x5eed_0019);
  const projects = listDemoSignedProjects(db);
  if (projects.length === 0) return { evaluations: 0, bars: 0 };
  const latestYear = Math.max(...projects.map((p) => p.year));
  const submitted = organizationsSubmittedIn(db, latestYear);
  const w = new Writer(db, people, rng);
  let failed = false;
  let openFinal = 0;
  let openMidterm = 0;
  for (const p of projects) {
    const tranches = listTranches(db, p.agreementId);
    const first = tranches.find((t) => t.seq === 1);
    const mid = tranches.find((t) => t.condition === 'midterm_passed');
    if (!first || first.state !== 'released' || !first.releasedAt) continue;
    const since = first.releasedAt.slice(0, 10);
    const finished = p.year < latestYear;
    if (mid?.state === 'released') {
      const date = maxDate(addDays(mid.voucherDate!, -3), since);
      w.write(p, 'midterm', date, [between(rng, 0.78, 0.9), between(rng, 0.72, 0.88)], true);
    }
    if (finished && tranches.every((t) => t.state === 'released' || t.state === 'cancelled')) {
      w.write(p, 'final', `${p.year}-12-03`, [between(rng, 0.82, 0.92), between(rng, 0.8, 0.9)], true);
      continue;
    }
    // Scale runs keep the optional evaluations to a sample's worth; those the money needs are always written.
    if (mid?.state !== 'planned' || w.count >= OPTIONAL_LIMIT) continue;
    const end = finished ? `${p.year}-11-30` : `${p.year}-09-25`;
    if (since >= end) continue;
    const midpoint = addDays(since, Math.floor((dayNumber(end) - dayNumber(since)) / 2));
    if (finished && !failed && tranches.length === 2 && !submitted.has(p.organizationId)) {
      failed = true;
      w.write(p, 'final', `${p.year}-12-18`, [between(rng, 0.48, 0.54), between(rng, 0.5, 0.56)], true, mid);
      continue;
    }
    if (finished && openFinal < 1) {
      openFinal++;
      w.write(p, 'final', `${p.year}-12-15`, [null, between(rng, 0.75, 0.85)], false);
      continue;
    }
    const roll = rng.next();
    if (roll < (finished ? 0.45 : 0.3))
      w.write(p, 'midterm', midpoint, [between(rng, 0.7, 0.92), between(rng, 0.68, 0.9)], true);
    else if (roll < (finished ? 0.52 : 0.34))
      w.write(p, 'midterm', midpoint, [between(rng, 0.5, 0.6), between(rng, 0.5, 0.6)], true);
    else if (!finished && openMidterm < 4) {
      openMidterm++;
      w.write(p, 'midterm', midpoint, [null, between(rng, 0.7, 0.85)], false);
    }
    // A finished year's projects had their final evaluation in December, so close-out can judge them.
    if (finished) w.write(p, 'final', `${p.year}-12-10`, [between(rng, 0.72, 0.9), between(rng, 0.7, 0.88)], true);
  }
  return { evaluations: w.count, bars: w.bars };
}

/** Evaluations beyond those the tranches need stop here (the default sample has about 110). */
const OPTIONAL_LIMIT = 400;
const maxDate = (a: string, b: string) => (a > b ? a : b);
const between = (rng: Prng, lo: number, hi: number) => lo + (hi - lo) * rng.next();

/** Writes evaluations as the services would have, with the scores a pair of evaluators would give. */
class Writer {
  count = 0;
  bars = 0;
  private readonly leaves = leafIndicators(DEFAULT_INDICATOR_TREE);

  constructor(
    private readonly db: Db,
    private readonly people: DemoEvaluationPeople,
    private readonly rng: Prng,
  ) {}

  /**
   * An evaluation by the demo evaluator and one expert; `fractions` are each one's level (null: not declared
   * or scored yet). Finalized ones get their result from the core rule; the grade follows the scores.
   */
  write(
    p: DemoEvaluatedProject,
    kind: EvaluationKind,
    date: string,
    fractions: (number | null)[],
    final: boolean,
    withhold?: TrancheRow,
  ) {
    const { db, people } = this;
    const id = insertEvaluation(db, {
      agreementId: p.agreementId,
      kind,
      date,
      indicators: [...DEFAULT_INDICATOR_TREE],
      thresholds: DEFAULT_THRESHOLDS,
      systemVersion: 1,
      by: people.evaluator,
      at: at(date, 1),
    });
    this.count++;
    const evaluators = [people.evaluator, people.experts[this.count % people.experts.length]!];
    const totals: number[] = [];
    evaluators.forEach((evaluatorId, i) => {
      insertEvaluationAssignment(db, id, evaluatorId, { by: people.evaluator, at: at(date, 1) });
      const fraction = fractions[i];
      if (fraction === null || fraction === undefined) return;
      setEvaluationDeclaration(db, this.assignmentId(id, evaluatorId), {
        declaration: 'no_conflict',
        reason: null,
        at: at(date, 2, i),
      });
      const scores = this.leaves.map((l) => {
        const maxCenti = l.maxPoints.units * 10 ** (POINTS_MAX_SCALE - l.maxPoints.scale);
        const level = Math.min(1, Math.max(0, fraction + (this.rng.next() - 0.5) * 0.12));
        // Half points, as evaluators score.
        const centi = Math.min(maxCenti, Math.round((maxCenti * level) / 50) * 50);
        return { code: l.code, points: decimalText(decimal(centi, POINTS_MAX_SCALE)) };
      });
      const total = scores.reduce((s, x) => s + Math.round(Number(x.points) * 100), 0);
      totals.push(total);
      const comment = COMMENTS[fraction < 0.6 ? 3 : this.rng.int(0, 2)]!;
      setEvaluationScores(db, this.assignmentId(id, evaluatorId), {
        scores,
        totalCenti: total,
        comment,
        at: at(date, 3, i),
      });
    });
    if (!final) return;
    const r = evaluationResult(totals, DEFAULT_THRESHOLDS)!;
    let barId: number | null = null;
    if (withhold) {
      if (r.grade !== 'fail') throw new Error('demo final evaluation meant to fail did not');
      barId = this.fail(p, withhold, failureReason({ agreementNumber: p.agreementNumber, score: r.score, date }), date);
    }
    finalizeEvaluation(db, id, {
      scoreCenti: r.scoreCenti,
      grade: r.grade,
      by: people.evaluator,
      at: at(date, 6),
      withheldTrancheId: withhold?.id ?? null,
      barId,
    });
  }

  /** A final 不合格 as finalize settles it: the last unpaid tranche withheld, next year barred; the bar's id. */
  private fail(p: DemoEvaluatedProject, tranche: TrancheRow, reason: string, date: string): number {
    const { db, people } = this;
    const when = at(date, 6);
    insertTrancheRecord(db, {
      trancheId: tranche.id,
      kind: 'cancellation',
      amountFen: 0,
      voucherNo: null,
      date,
      reason,
      reversesId: null,
      preparedBy: null,
      by: people.evaluator,
      at: when,
    });
    const cleared = { voucherNo: null, voucherDate: null, preparedBy: null, preparedAt: null };
    setTrancheState(db, tranche.id, { state: 'cancelled', ...cleared, releasedBy: null, releasedAt: null }, when);
    const barId = insertOrganizationBar(
      db,
      { organizationId: p.organizationId, fromYear: p.year + 1, toYear: p.year + 1, reason },
      { now: when, createdBy: people.evaluator },
    );
    this.bars++;
    return barId;
  }

  private assignmentId(evaluationId: number, evaluatorId: number): number {
    return findEvaluationAssignment(this.db, evaluationId, evaluatorId)!.id;
  }
}
