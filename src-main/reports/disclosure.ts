import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../contract/errors';
import { dataTable, note, reportDocument, sectionTitle, signatureBlock, text, totalLine, type Cell } from './layout';
import { pick, tx } from './text';
import type { DisclosureReportData } from './kinds-types';
import type { ReportMeta, SummaryRow } from './types';

export function disclosureSectionTitles(locale: Locale): string[] {
  return locale === 'zh'
    ? [
        '一、资金使用规模',
        '二、资助项目情况',
        '三、项目清单',
        '四、资金执行情况',
        '五、项目成效与绩效指标完成情况',
        '六、公告说明',
      ]
    : [
        '1. Funds used',
        '2. Projects funded',
        '3. Project list',
        '4. Execution',
        '5. Results and indicator completion',
        '6. About this notice',
      ];
}

function summary(rows: SummaryRow[], first: string, locale: Locale): Content {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  return dataTable(
    [
      { header: first, width: '*' },
      { header: p('项目数', 'Projects'), align: 'right', noWrap: true },
      { header: p('批复金额', 'Approved'), money: true },
      { header: p('已拨付', 'Released'), money: true },
      { header: p('已支出', 'Spent'), money: true },
      { header: p('执行率', 'Rate'), align: 'right', noWrap: true },
    ],
    rows.map((r): Cell[] => [r.label, r.projects, r.approvedFen, r.releasedFen, r.spentFen, r.rate]),
    locale,
    { totalLabel: tx('total', locale) },
  );
}

/** 彩票公益金使用情况公告: the year's lottery-funded programs, projects, execution, results; due by the end of June. */
export function disclosureReport(d: DisclosureReportData, meta: ReportMeta): TDocumentDefinitions {
  const locale = meta.locale;
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const titles = disclosureSectionTitles(locale);
  const sum = (f: (r: DisclosureReportData['programs'][number]) => number) => d.programs.reduce((s, r) => s + f(r), 0);
  const allocation = sum((r) => r.totalAllocationFen);
  const approved = sum((r) => r.approvedFen);
  const released = sum((r) => r.releasedFen);
  const spent = sum((r) => r.spentFen);
  const closed = d.projects.filter((r) => r.closed).length;
  const due = p(
    `依据彩票公益金管理办法，本公告应于 ${d.year + 1} 年 6 月 30 日前向社会公告（截止日期 ${d.dueDate}）。`,
    `Under the lottery public-welfare fund rules this notice is to be published by 30 June ${d.year + 1} (due ${d.dueDate}).`,
  );
  const content: Content[] = [
    note(due),
    sectionTitle(titles[0]!),
    dataTable(
      [
        { header: p('资金计划（资金来源）', 'Program (source)'), width: '*' },
        { header: p('资金总额', 'Allocation'), money: true },
        { header: p('项目数', 'Projects'), align: 'right', noWrap: true },
        { header: p('批复金额', 'Approved'), money: true },
        { header: p('已拨付', 'Released'), money: true },
        { header: p('已支出', 'Spent'), money: true },
        { header: p('执行率', 'Rate'), align: 'right', noWrap: true },
      ],
      d.programs.map((r): Cell[] => [
        `${r.code} ${r.name}${p(`（${r.source}）`, ` (${r.source})`)}`,
        r.totalAllocationFen,
        r.projects,
        r.approvedFen,
        r.releasedFen,
        r.spentFen,
        r.rate,
      ]),
      locale,
      { totalLabel: tx('total', locale) },
    ),
    totalLine(p('资金总额合计', 'Allocation total'), allocation, locale),
    totalLine(p('批复金额合计', 'Approved total'), approved, locale),
    totalLine(p('已拨付合计', 'Released total'), released, locale),
    totalLine(p('已支出合计', 'Spent total'), spent, locale),
    sectionTitle(titles[1]!),
    note(
      p(
        `共资助项目 ${d.projects.length} 个，计划服务对象 ${d.beneficiaries} 人。`,
        `${d.projects.length} projects funded, planned to serve ${d.beneficiaries} people.`,
      ),
    ),
    summary(d.byServiceArea, p('服务领域', 'Service area'), locale),
    summary(d.byDistrict, p('区县', 'District'), locale),
    sectionTitle(titles[2]!),
    d.projects.length === 0
      ? note(tx('empty.projects', locale))
      : dataTable(
          [
            { header: p('批复文号', 'Approval number'), noWrap: true },
            { header: p('项目名称', 'Project'), width: '*' },
            { header: p('实施机构', 'Organization'), width: 80 },
            { header: p('区县', 'District') },
            { header: p('批复金额', 'Approved'), money: true },
            { header: p('已支出', 'Spent'), money: true },
            { header: p('指标达标', 'Indicators met'), align: 'right', noWrap: true },
            { header: p('评估等级', 'Grade'), noWrap: true },
          ],
          d.projects.map((r): Cell[] => [
            r.agreementNumber,
            r.name,
            r.organizationName,
            r.district,
            r.approvedFen,
            r.spentFen,
            `${r.indicatorsMet}/${r.indicators}`,
            text(r.grade),
          ]),
          locale,
          { totalLabel: tx('total', locale), fontSize: 7 },
        ),
    sectionTitle(titles[3]!),
    note(
      p(
        `全年资金执行率（已支出占批复金额）${d.executionRate}；已结项项目 ${closed} 个，未结项 ${d.projects.length - closed} 个。`,
        `Execution rate for the year (spent over approved): ${d.executionRate}; ${closed} projects closed, ${d.projects.length - closed} still running.`,
      ),
    ),
    ...d.programs.map((r) =>
      note(
        p(
          `${r.code} ${r.name}：批复 ${r.projects} 个项目，资金执行率 ${r.rate}。`,
          `${r.code} ${r.name}: ${r.projects} projects, execution rate ${r.rate}.`,
        ),
      ),
    ),
    sectionTitle(titles[4]!),
    note(
      p(
        `绩效指标共 ${d.indicators.total} 项，已达标 ${d.indicators.met} 项，完成率 ${d.indicators.rate}。`,
        `${d.indicators.total} indicators, ${d.indicators.met} met, completion ${d.indicators.rate}.`,
      ),
    ),
    d.grades.length === 0
      ? note(p('尚无已完成的项目评估。', 'No evaluation has been finalized yet.'))
      : dataTable(
          [
            { header: p('评估等级（最近一次）', 'Grade (latest evaluation)'), width: '*' },
            { header: p('项目数', 'Projects'), align: 'right' },
          ],
          d.grades.map((g) => [g.grade, g.count]),
          locale,
        ),
    sectionTitle(titles[5]!),
    note(due),
    note(
      p(
        '本公告数据来自资金项目管理系统，金额单位为元；执行率为已支出占批复金额的比例。',
        'The figures come from the grants system, amounts in yuan; the execution rate is spending over the approved amount.',
      ),
    ),
    signatureBlock(locale),
  ];
  return reportDocument({
    meta,
    title: tx('title.disclosure', locale),
    program: p('彩票公益金', 'Lottery public-welfare funds'),
    year: d.year,
    cover: [
      [tx('cover.year', locale), String(d.year)],
      [p('资金计划', 'Programs'), d.programs.map((r) => `${r.code} ${r.name}`).join('\n')],
      [p('公告截止日期', 'Due by'), d.dueDate],
      [p('年度结账', 'Year locked'), d.yearLocked ? tx('yes', locale) : tx('no', locale)],
    ],
    content,
  });
}
