import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  beijingTime,
  dataTable,
  factsTable,
  note,
  paren,
  reportDocument,
  sectionTitle,
  signatureBlock,
  text,
  totalLine,
  yuan,
  moneyRecordColumns,
} from './layout';
import { pick, tx } from './text';
import type { ReportMeta, TrancheReportData } from './types';

/** 资金拨付审批单: the form a finance office prints and signs for one tranche (conditions, maker, checker, 大写). */
export function trancheReport(d: TrancheReportData, meta: ReportMeta): TDocumentDefinitions {
  const locale = meta.locale;
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const t = d.tranche;
  const content: Content[] = [
    sectionTitle(p('一、项目与拨付信息', '1. Project and tranche')),
    factsTable([
      [p('批复文号（项目编号）', 'Approval number'), d.project.agreementNumber],
      [p('项目名称', 'Project name'), d.project.name],
      [p('实施机构', 'Organization'), `${d.project.organizationName} ${d.project.organizationCreditCode ?? ''}`.trim()],
      [p('资金计划', 'Fund program'), `${d.program.code} ${d.program.name}${paren(locale, d.program.source)}`],
      [p('批复金额（元）', 'Approved (yuan)'), yuan(d.project.approvedFen)],
      [
        p('拨付期次', 'Tranche'),
        p(
          `第 ${t.seq} 期（共 ${d.trancheCount} 期），${t.percent}%`,
          `No. ${t.seq} of ${d.trancheCount}, ${t.percent}%`,
        ),
      ],
      [p('拨付条件', 'Condition'), t.condition + (t.milestoneName ? paren(locale, t.milestoneName) : '')],
      [p('状态', 'State'), t.state],
      [p('前期已拨付（元）', 'Released before (yuan)'), yuan(d.releasedBeforeFen)],
      [p('凭证号', 'Voucher'), text(t.voucherNo)],
      [p('凭证日期', 'Voucher date'), text(t.voucherDate)],
    ]),
    totalLine(p('本期拨付金额', 'Amount of this tranche'), t.amountFen, locale),
    sectionTitle(p('二、拨付条件核查', '2. Release conditions')),
    dataTable(
      [{ header: p('条件', 'Condition'), width: '*' }, { header: p('结果', 'Result') }],
      t.gates.map((g) => [g.message, g.ok ? p('满足', 'met') : p('不满足', 'not met')]),
      locale,
    ),
    sectionTitle(p('三、经办与复核', '3. Maker and checker')),
    factsTable([
      [p('经办（编制）', 'Prepared by (maker)'), t.preparedBy ? `${t.preparedBy} ${beijingTime(t.preparedAt)}` : '—'],
      [p('复核（拨付）', 'Released by (checker)'), t.releasedBy ? `${t.releasedBy} ${beijingTime(t.releasedAt)}` : '—'],
    ]),
  ];
  if (t.history.length > 0)
    content.push(
      dataTable(
        moneyRecordColumns(locale),
        t.history.map((h) => [
          h.kind === 'release'
            ? p('拨付', 'release')
            : h.kind === 'reversal'
              ? p('冲销', 'reversal')
              : p('取消', 'cancellation'),
          h.amountFen,
          text(h.voucherNo),
          h.date,
          h.by,
          text(h.reason),
        ]),
        locale,
      ),
    );
  content.push(
    note(
      p('本审批单由系统根据拨付记录生成，签字后归档。', 'Generated from the recorded tranche; file it once signed.'),
    ),
  );
  content.push(signatureBlock(locale));
  return reportDocument({
    meta,
    title: tx('title.tranche', locale),
    program: `${d.program.code} ${d.program.name}`,
    year: d.program.year,
    cover: [
      [tx('cover.projectCode', locale), d.project.agreementNumber],
      [tx('cover.projectName', locale), d.project.name],
      [tx('cover.source', locale), d.program.source],
      [tx('cover.year', locale), String(d.program.year)],
      [tx('cover.organization', locale), d.project.organizationName],
      [tx('cover.creditCode', locale), text(d.project.organizationCreditCode)],
    ],
    content,
  });
}
