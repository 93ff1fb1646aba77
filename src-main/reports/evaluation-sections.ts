import type { Content } from 'pdfmake/interfaces';
import type { Locale } from '../contract/errors';
import { decimal, decimalText } from '../core/decimal';
import { pointsCenti, POINTS_MAX_SCALE } from '../core/evaluation-scoring';
import { beijingTime, dataTable, factsTable, note, subTitle, text, type Cell, type Column } from './layout';
import { pick } from './text';
import type { EvaluationRow } from './types';

/** The points an evaluator gave an indicator: a leaf's own, or the sum of the leaves under it. */
function pointsOf(e: EvaluationRow, points: Record<string, string>, code: string): string | null {
  const own = points[code];
  if (own !== undefined) return own;
  const under = e.indicators.filter((i) => i.leaf && i.code.startsWith(`${code}.`));
  if (under.length === 0 || under.some((i) => points[i.code] === undefined)) return null;
  const centi = under.reduce((s, i) => s + (pointsCenti(points[i.code]!) ?? 0), 0);
  return decimalText(decimal(centi, POINTS_MAX_SCALE));
}

/** The indicator tree with weights and 分值, one column of points per evaluator who scored. */
export function indicatorTable(e: EvaluationRow, locale: Locale): Content {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const scorers = e.evaluators.filter((v) => v.total !== null);
  const columns: Column[] = [
    { header: p('编号', 'Code'), noWrap: true },
    { header: p('评估指标', 'Indicator'), width: '*' },
    { header: p('权重', 'Weight'), align: 'right', noWrap: true },
    { header: p('分值', 'Max points'), align: 'right', noWrap: true },
    ...scorers.map((v): Column => ({ header: v.name, align: 'right', noWrap: true })),
  ];
  const rows: Cell[][] = e.indicators.map((i) => {
    const label = `${'\u3000'.repeat(i.level - 1)}${i.name}`;
    const bold = i.level === 1;
    const cell = (value: string): Cell => (bold ? { text: value, bold } : value);
    return [
      cell(i.code),
      cell(label),
      cell(`${i.weight}%`),
      cell(i.maxPoints),
      ...scorers.map((v) => cell(text(pointsOf(e, v.points, i.code)))),
    ];
  });
  rows.push([
    { text: '', bold: true },
    { text: p('加权总分', 'Weighted total'), bold: true },
    '',
    { text: '100', bold: true },
    ...scorers.map((v): Cell => ({ text: text(v.total), bold: true })),
  ]);
  return dataTable(columns, rows, locale, { fontSize: 7.5 });
}

/** One evaluation: its facts, the indicator tree with every evaluator's points, the evaluators, the result. */
export function evaluationBlock(e: EvaluationRow, locale: Locale): Content[] {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const t = e.thresholds;
  const out: Content[] = [
    factsTable([
      [p('评估类型', 'Kind'), e.kind],
      [p('评估日期', 'Date'), e.date],
      [p('状态', 'State'), e.state],
      [
        p('指标体系', 'Indicator system'),
        e.systemVersion === 0
          ? p('默认指标体系', 'the default system')
          : p(`第 ${e.systemVersion} 版`, `version ${e.systemVersion}`),
      ],
      [
        p('等级标准', 'Grades'),
        p(
          `优秀 ≥ ${t.excellent}，良好 ≥ ${t.good}，合格 ≥ ${t.pass}，其余不合格`,
          `excellent from ${t.excellent}, good from ${t.good}, pass from ${t.pass}, below that fail`,
        ),
      ],
      [p('评估得分', 'Score'), text(e.score)],
      [p('评估等级', 'Grade'), text(e.grade)],
      [p('确认人', 'Finalized by'), e.finalizedBy ? `${e.finalizedBy} ${beijingTime(e.finalizedAt)}` : '—'],
    ]),
    subTitle(p('评估指标与得分', 'Indicators and points')),
    indicatorTable(e, locale),
    subTitle(p('评估人员', 'Evaluators')),
    dataTable(
      [
        { header: p('评估人员', 'Evaluator') },
        { header: p('利益冲突声明', 'Declaration') },
        { header: p('加权总分', 'Total'), align: 'right', noWrap: true },
        { header: p('评分时间（北京时间）', 'Scored (Beijing)') },
        { header: p('评估意见', 'Comments'), width: '*' },
      ],
      e.evaluators.map((v) => [v.name, v.declaration, v.total, beijingTime(v.scoredAt), text(v.comment)]),
      locale,
    ),
  ];
  if (e.score !== null)
    out.push(
      note(
        p(
          `评估结果：各评估人员加权总分的平均分 ${e.score} 分，等级 ${text(e.grade)}。`,
          `Result: the mean of the evaluators' weighted totals is ${e.score}, grade ${text(e.grade)}.`,
        ),
      ),
    );
  out.push(subTitle(p('评估结果的影响', 'Consequences')));
  for (const c of e.consequences) out.push(note(`• ${c}`));
  return out;
}
