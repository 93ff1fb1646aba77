import { valueLabel, type Locale } from '../../contract/index';
import { decimal, decimalText } from '../../core/decimal';
import { pointsCenti, POINTS_MAX_SCALE } from '../../core/evaluation-scoring';
import { isPassing } from '../../core/grading';
import { leafIndicators, type IndicatorNode } from '../../core/evaluation-indicators';
import { listEvaluationAssignments } from '../../db/evaluation-assignments-repo';
import { listEvaluations, type EvaluationRow as EvaluationRecord } from '../../db/evaluations-repo';
import { getOrganizationBar } from '../../db/organization-bars-repo';
import { getTranche } from '../../db/tranches-repo';
import type { EvaluationIndicatorLine, EvaluationRow } from '../../reports/index';
import type { ServiceContext } from '../context';
import { scoreText } from '../evaluations/load';

/** The tree in order; an indicator with children is out of the sum of its leaves' maxima (centi-points). */
function flatten(
  nodes: readonly IndicatorNode[],
  maxByCode: Map<string, number>,
  level = 1,
): EvaluationIndicatorLine[] {
  return nodes.flatMap((n) => {
    const under = [...maxByCode].filter(([code]) => code === n.code || code.startsWith(`${n.code}.`));
    const centi = under.reduce((s, [, max]) => s + max, 0);
    return [
      {
        code: n.code,
        name: n.name,
        level,
        weight: n.weight,
        maxPoints: decimalText(decimal(centi, POINTS_MAX_SCALE)),
        leaf: n.children.length === 0,
      },
      ...flatten(n.children, maxByCode, level + 1),
    ];
  });
}

/** What the result changed, in the report's words; read from what finalizing recorded (tranche, bar). */
function consequences(e: EvaluationRecord, db: ServiceContext['db'], loc: Locale): string[] {
  const zh = loc === 'zh';
  if (e.state !== 'finalized' || e.grade === null)
    return [zh ? '评分尚未完成，暂无评估结果。' : 'Scoring is still open; there is no result yet.'];
  const out: string[] = [];
  const passed = isPassing(e.grade);
  if (e.kind === 'midterm')
    out.push(
      passed
        ? zh
          ? '“中期评估合格后”的拨付条件已满足。'
          : 'The tranche condition "after a passed mid-term evaluation" is met.'
        : zh
          ? '“中期评估合格后”的拨付条件未满足，相关拨付暂缓。'
          : 'The tranche condition "after a passed mid-term evaluation" is not met; that tranche waits.',
    );
  else if (passed) out.push(zh ? '满足结项的评估要求。' : 'The close-out requirement of a final evaluation is met.');
  if (e.withheldTrancheId !== null) {
    const seq = getTranche(db, e.withheldTrancheId)?.seq;
    out.push(zh ? `第 ${seq} 期拨付已停止（取消）。` : `Tranche ${seq} is withheld (cancelled).`);
  }
  if (e.barId !== null) {
    const bar = getOrganizationBar(db, e.barId);
    if (bar)
      out.push(
        zh
          ? `${e.organizationName}不得申报 ${bar.fromYear}–${bar.toYear} 年度项目。`
          : `${e.organizationName} may not apply for ${bar.fromYear}–${bar.toYear} calls.`,
      );
  }
  if (e.kind === 'final' && !passed && out.length === 0) out.push(zh ? '结项评估不合格。' : 'Final evaluation failed.');
  return out;
}

/**
 * One evaluation as the reports show it, read from the records (not the screen's view, which hides other
 * evaluators' points from the person asking): every evaluator's points per indicator, the totals, the result.
 * Points of an open evaluation are shown only once it is finalized, as on the screen.
 */
export function evaluationRow(ctx: ServiceContext, e: EvaluationRecord): EvaluationRow {
  const loc = ctx.locale ?? 'zh';
  const finalized = e.state === 'finalized';
  const maxByCode = new Map(
    leafIndicators(e.indicators).map((l) => [l.code, pointsCenti(decimalText(l.maxPoints)) ?? 0]),
  );
  return {
    kind: valueLabel(`evaluationKind.${e.kind}`, loc),
    date: e.date,
    state: valueLabel(`evaluationState.${e.state}`, loc),
    systemVersion: e.systemVersion,
    indicators: flatten(e.indicators, maxByCode),
    thresholds: { ...e.thresholds },
    evaluators: listEvaluationAssignments(ctx.db, e.id).map((a) => ({
      name: a.evaluator.displayName,
      declaration: valueLabel(`declaration.${a.declaration}`, loc),
      points: finalized ? Object.fromEntries((a.scores ?? []).map((s) => [s.code, s.points])) : {},
      total: finalized ? scoreText(a.totalCenti) : null,
      comment: finalized ? a.comment : '',
      scoredAt: a.scoredAt,
    })),
    score: scoreText(e.scoreCenti),
    grade: e.grade === null ? null : valueLabel(`grade.${e.grade}`, loc),
    passed: e.grade === null ? null : isPassing(e.grade),
    finalizedBy: e.finalizedBy?.displayName ?? null,
    finalizedAt: e.finalizedAt,
    consequences: consequences(e, ctx.db, loc),
  };
}

/** A project's evaluations, oldest first. */
export function projectEvaluations(ctx: ServiceContext, agreementId: number): EvaluationRow[] {
  return listEvaluations(ctx.db, { agreementId })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
    .map((e) => evaluationRow(ctx, e));
}
