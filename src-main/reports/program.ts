import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../contract/errors';
import { dataTable, note, reportDocument, sectionTitle, signatureBlock, totalLine, type Cell } from './layout';
import { pick, tx } from './text';
import type { ProgramReportData, ReportMeta, SummaryRow } from './types';

export function programSectionTitles(locale: Locale): string[] {
  return locale === 'zh'
    ? ['一、按区县', '二、按项目类别', '三、按服务领域', '四、按资金性质', '五、项目清单']
    : ['1. By district', '2. By class', '3. By service area', '4. By funding share', '5. Projects'];
}

function summary(rows: SummaryRow[], first: string, locale: Locale): Content {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  return dataTable(
    [
      { header: first, width: '*' },
      { header: p('项目数', 'Projects'), align: 'right' },
      { header: p('批复金额', 'Approved'), money: true },
      { header: p('已拨付', 'Released'), money: true },
      { header: p('已支出', 'Spent'), money: true },
      { header: p('结余', 'Balance'), money: true },
      { header: p('执行率', 'Rate'), align: 'right' },
    ],
    rows.map((r): Cell[] => [r.label, r.projects, r.approvedFen, r.releasedFen, r.spentFen, r.balanceFen, r.rate]),
    locale,
    { totalLabel: tx('total', locale) },
  );
}

/** 资金计划年度汇总: approved, released, spent, balance and rate by district, class, service area and share. */
export function programReport(d: ProgramReportData, meta: ReportMeta): TDocumentDefinitions {
  const locale = meta.locale;
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const titles = programSectionTitles(locale);
  const sum = (f: (r: SummaryRow) => number) => d.byDistrict.reduce((s, r) => s + f(r), 0);
  const content: Content[] = [
    sectionTitle(titles[0]!),
    summary(d.byDistrict, p('区县', 'District'), locale),
    totalLine(
      p('批复金额合计', 'Approved total'),
      sum((r) => r.approvedFen),
      locale,
    ),
    totalLine(
      p('已拨付合计', 'Released total'),
      sum((r) => r.releasedFen),
      locale,
    ),
    totalLine(
      p('已支出合计', 'Spent total'),
      sum((r) => r.spentFen),
      locale,
    ),
    sectionTitle(titles[1]!),
    summary(d.byClass, p('项目类别', 'Class'), locale),
    sectionTitle(titles[2]!),
    summary(d.byServiceArea, p('服务领域', 'Service area'), locale),
    sectionTitle(titles[3]!),
    summary(d.byShare, p('资金性质', 'Share'), locale),
    sectionTitle(titles[4]!),
    d.projects.length === 0
      ? note(tx('empty.projects', locale))
      : dataTable(
          [
            { header: p('批复文号', 'Approval number') },
            { header: p('项目名称', 'Project'), width: '*' },
            { header: p('实施机构', 'Organization'), width: 90 },
            { header: p('区县', 'District') },
            { header: p('批复金额', 'Approved'), money: true },
            { header: p('已拨付', 'Released'), money: true },
            { header: p('已支出', 'Spent'), money: true },
            { header: p('结项', 'Closed') },
          ],
          d.projects.map((r): Cell[] => [
            r.agreementNumber,
            r.name,
            r.organizationName,
            r.district,
            r.approvedFen,
            r.releasedFen,
            r.spentFen,
            r.closed ? tx('yes', locale) : tx('no', locale),
          ]),
          locale,
          { totalLabel: tx('total', locale), fontSize: 7 },
        ),
    totalLine(p('资金总额', 'Total allocation'), d.program.totalAllocationFen, locale),
    signatureBlock(locale),
  ];
  return reportDocument({
    meta,
    title: tx('title.program', locale),
    program: `${d.program.code} ${d.program.name}`,
    year: d.program.year,
    cover: [
      [tx('cover.program', locale), `${d.program.code} ${d.program.name}`],
      [tx('cover.source', locale), d.program.source],
      [tx('cover.year', locale), String(d.program.year)],
      [p('年度结账', 'Year locked'), d.yearLocked ? tx('yes', locale) : tx('no', locale)],
    ],
    content,
  });
}
