import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../contract/errors';
import { evaluationBlock } from './evaluation-sections';
import { factsTable, note, reportDocument, sectionTitle, signatureBlock, text, totalLine, yuan } from './layout';
import { pick, tx } from './text';
import type { EvaluationReportData } from './kinds-types';
import type { ReportMeta } from './types';

export function evaluationSectionTitles(locale: Locale): string[] {
  return locale === 'zh'
    ? ['一、项目基本情况', '二、评估情况', '三、评估结论']
    : ['1. Project facts', '2. Evaluation', '3. Conclusion'];
}

/** 评估报告: one evaluation with its indicator tree, every evaluator's points, the result and what it changed. */
export function evaluationReport(d: EvaluationReportData, meta: ReportMeta): TDocumentDefinitions {
  const locale = meta.locale;
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const titles = evaluationSectionTitles(locale);
  const e = d.evaluation;
  const content: Content[] = [
    sectionTitle(titles[0]!),
    factsTable([
      [p('批复文号（项目编号）', 'Approval number'), d.project.agreementNumber],
      [p('项目名称', 'Project name'), d.project.name],
      [p('实施机构', 'Organization'), `${d.project.organizationName} ${d.project.organizationCreditCode ?? ''}`.trim()],
      [p('实施期', 'Period'), `${d.project.periodStart} ~ ${d.project.periodEnd}`],
      [p('预算执行率', 'Execution rate'), d.executionRate],
    ]),
    totalLine(p('批复金额', 'Approved'), d.approvedFen, locale),
    totalLine(p('到位财政资金', 'Grant received'), d.grantReceivedFen, locale),
    totalLine(p('财政资金支出', 'Grant spent'), d.grantSpentFen, locale),
    sectionTitle(titles[1]!),
    ...evaluationBlock(e, locale),
    sectionTitle(titles[2]!),
    note(
      e.score === null
        ? p('评分尚未完成，本报告为草稿。', 'Scoring is not finished; this report is a draft.')
        : p(
            `${d.project.name}（${d.project.agreementNumber}）${e.kind}得分 ${e.score} 分，等级为${text(e.grade)}。批复金额 ${yuan(d.approvedFen)} 元，预算执行率 ${d.executionRate}。`,
            `${d.project.name} (${d.project.agreementNumber}): ${e.kind} score ${e.score}, grade ${text(e.grade)}. Approved ${yuan(d.approvedFen)} yuan, execution rate ${d.executionRate}.`,
          ),
    ),
    signatureBlock(locale),
  ];
  return reportDocument({
    meta,
    title: tx('title.evaluation', locale),
    program: `${d.program.code} ${d.program.name}`,
    year: d.program.year,
    cover: [
      [tx('cover.projectCode', locale), d.project.agreementNumber],
      [tx('cover.projectName', locale), d.project.name],
      [p('评估类型', 'Evaluation'), `${e.kind} ${e.date}`],
      [tx('cover.program', locale), `${d.program.code} ${d.program.name}`],
      [tx('cover.year', locale), String(d.program.year)],
      [tx('cover.organization', locale), d.project.organizationName],
    ],
    content,
  });
}
