import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../contract/errors';
import { districtName } from '../core/districts';
import {
  beijingTime,
  dataTable,
  factsTable,
  note,
  paren,
  reportDocument,
  sectionTitle,
  signatureBlock,
  subTitle,
  text,
  totalLine,
  yuan,
  moneyRecordColumns,
} from './layout';
import { evaluationBlock } from './evaluation-sections';
import { budgetSection, fundsReceived, ledgerSection } from './project-sections';
import { pick, tx } from './text';
import type { ProjectReportData, ReportMeta } from './types';

/** The section titles in order; tests look for each in the rendered PDF. */
export function projectSectionTitles(locale: Locale): string[] {
  const zh = [
    '一、报告依据',
    '二、项目基本情况',
    '三、资金到位情况',
    '四、预算执行情况',
    '五、支出明细',
    '六、里程碑与绩效指标',
    '七、监督检查与整改',
    '八、绩效评估',
    '九、资金收回与结项',
    '十、发现的问题及处理',
    '十一、结论',
    '十二、操作日志摘要',
  ];
  const en = [
    '1. Basis',
    '2. Project facts',
    '3. Funds received',
    '4. Budget execution',
    '5. Expenditure detail',
    '6. Milestones and indicators',
    '7. Inspections and rectification',
    '8. Evaluations',
    '9. Recoveries and close-out',
    '10. Issues found and actions',
    '11. Conclusion',
    '12. Operation log extract',
  ];
  return locale === 'zh' ? zh : en;
}

function facts(d: ProjectReportData, locale: Locale): Content {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const f = d.project;
  return factsTable([
    [p('批复文号（项目编号）', 'Approval number'), f.agreementNumber],
    [p('申报编号', 'Application code'), f.applicationCode],
    [p('项目名称', 'Project name'), f.name],
    [p('项目类别', 'Class'), `${f.classCode} ${f.className}`],
    [p('项目类型', 'Kind'), f.projectKind],
    [p('服务领域', 'Service area'), f.serviceArea],
    [p('区县', 'District'), districtName(f.districtCode, locale) ?? f.districtCode],
    [p('实施期', 'Period'), `${f.periodStart} ~ ${f.periodEnd}`],
    [p('服务对象', 'Beneficiaries'), `${text(f.beneficiaries)}${paren(locale, String(f.beneficiaryCount))}`],
    [p('实施机构', 'Organization'), `${f.organizationName} ${f.organizationCreditCode ?? ''}`.trim()],
    [p('申请金额（元）', 'Requested (yuan)'), yuan(f.requestedFen)],
    [p('批复金额（元）', 'Approved (yuan)'), yuan(f.approvedFen)],
    [p('协议签订日期', 'Agreement signed'), text(f.signedDate)],
    [p('项目目标', 'Objectives'), text(f.objectives)],
  ]);
}

function basis(d: ProjectReportData, locale: Locale): Content[] {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  return [
    note(
      p(
        `资金计划：${d.program.code} ${d.program.name}（${d.program.source}，${d.program.year} 年度）及其实施方案与规则集。`,
        `Fund program ${d.program.code} ${d.program.name} (${d.program.source}, ${d.program.year}) with its implementation plan and rule set.`,
      ),
    ),
    note(
      p(
        `项目协议：${d.project.agreementNumber}，批复金额 ${yuan(d.project.approvedFen)} 元，签订日期 ${text(d.project.signedDate)}。`,
        `Agreement ${d.project.agreementNumber}: approved ${yuan(d.project.approvedFen)} yuan, signed ${text(d.project.signedDate)}.`,
      ),
    ),
    note(p('会计软件基本功能和服务规范（财会〔2024〕12号）。', 'Accounting software rules (Cai Kuai [2024] No. 12).')),
  ];
}

function milestonesSection(d: ProjectReportData, locale: Locale): Content[] {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const out: Content[] = [subTitle(p('里程碑', 'Milestones'))];
  if (d.milestones.length === 0) out.push(note(tx('empty.milestones', locale)));
  else
    out.push(
      dataTable(
        [
          { header: p('里程碑', 'Milestone'), width: '*' },
          { header: p('计划日期', 'Planned') },
          { header: p('完成日期', 'Completed') },
          { header: p('完成人', 'Completed by') },
          { header: p('验收人', 'Verified by') },
          { header: p('状态', 'State') },
        ],
        d.milestones.map((m) => [m.name, m.plannedDate, m.completedDate, m.completedBy, m.verifiedBy, m.state]),
        locale,
      ),
    );
  out.push(subTitle(p('绩效指标完成情况', 'Indicator completion')));
  if (d.indicators.length === 0) out.push(note(tx('empty.indicators', locale)));
  else
    out.push(
      dataTable(
        [
          { header: p('指标', 'Indicator'), width: '*' },
          { header: p('单位', 'Unit') },
          { header: p('目标值', 'Target'), align: 'right' },
          { header: p('完成值', 'Achieved'), align: 'right' },
          { header: p('完成率', 'Rate'), align: 'right' },
          { header: p('达标', 'Met') },
        ],
        d.indicators.map((i) => [
          i.name,
          i.unit,
          i.target,
          i.latest,
          i.rate,
          i.met ? tx('yes', locale) : tx('no', locale),
        ]),
        locale,
      ),
    );
  return out;
}

function supervision(d: ProjectReportData, locale: Locale): Content[] {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const out: Content[] = [subTitle(p('实地检查', 'Inspections'))];
  if (d.inspections.length === 0) out.push(note(tx('empty.inspections', locale)));
  else
    out.push(
      dataTable(
        [
          { header: p('检查类型', 'Kind'), noWrap: true },
          { header: p('检查日期', 'Date'), noWrap: true },
          { header: p('检查人员', 'Inspectors') },
          { header: p('发现问题（严重程度）', 'Findings (severity)'), width: '*' },
          { header: p('签发', 'Signed off') },
        ],
        d.inspections.map((i) => [
          i.kind,
          i.date,
          i.inspectors,
          i.findings.length === 0
            ? p('未发现问题', 'No findings')
            : i.findings
                .map((f) =>
                  locale === 'zh'
                    ? `${f.seq}.【${f.severity}】${f.description}`
                    : `${f.seq}. [${f.severity}] ${f.description}`,
                )
                .join('\n'),
          i.signedOffBy ? `${i.signedOffBy} ${beijingTime(i.signedOffAt)}` : p('未签发', 'Not signed off'),
        ]),
        locale,
      ),
    );
  out.push(subTitle(p('整改事项', 'Rectification items')));
  if (d.rectifications.length === 0) out.push(note(tx('empty.rectifications', locale)));
  else
    out.push(
      dataTable(
        [
          { header: p('序号', 'No.'), align: 'right', noWrap: true },
          { header: p('严重程度', 'Severity'), noWrap: true },
          { header: p('整改要求', 'Requirement'), width: '*' },
          { header: p('责任人', 'Owner') },
          { header: p('期限', 'Deadline'), noWrap: true },
          { header: p('状态', 'State'), noWrap: true },
          { header: p('验证', 'Verified') },
        ],
        d.rectifications.map((r) => [
          String(r.seq),
          r.severity,
          r.requirement,
          r.owner,
          r.deadline,
          r.state,
          r.verifiedBy ? `${r.verifiedBy} ${beijingTime(r.verifiedAt)}` : '—',
        ]),
        locale,
      ),
    );
  return out;
}

function evaluations(d: ProjectReportData, locale: Locale): Content[] {
  if (d.evaluations.length === 0) return [note(tx('empty.evaluations', locale))];
  return d.evaluations.flatMap((e) => [subTitle(`${e.kind} ${e.date}`), ...evaluationBlock(e, locale)]);
}

function closeOutSection(d: ProjectReportData, locale: Locale): Content[] {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const c = d.closeOut;
  const out: Content[] = [subTitle(p('资金收回', 'Recoveries'))];
  if (d.recoveries.length === 0) out.push(note(tx('empty.recoveries', locale)));
  else
    out.push(
      dataTable(
        moneyRecordColumns(locale),
        d.recoveries.map((r) => [
          r.kind === 'unspent' ? p('结余收回', 'unspent') : p('违规支出收回', 'disallowed'),
          r.amountFen,
          r.voucherNo,
          r.date,
          r.by,
          r.reason,
        ]),
        locale,
        { totalLabel: tx('total', locale) },
      ),
    );
  out.push(subTitle(p('结项检查清单', 'Close-out checklist')));
  out.push(
    dataTable(
      [{ header: p('事项', 'Item'), width: '*' }, { header: p('结果', 'Result') }],
      c.checklist.map((e) => [e.message, e.applicable ? (e.ok ? '✓' : '✗') : p('不适用', 'n/a')]),
      locale,
    ),
  );
  out.push(totalLine(p('到位财政资金', 'Grant received'), c.grantReceivedFen, locale));
  out.push(totalLine(p('财政资金支出', 'Grant spent'), c.grantSpentFen, locale));
  out.push(totalLine(p('已收回资金', 'Recovered'), c.grantRecoveredFen, locale));
  out.push(
    totalLine(p('收回后财政资金结余', 'Grant balance after recoveries'), c.grantBalanceAfterRecoveryFen, locale),
  );
  out.push(
    note(
      c.closed
        ? p(
            `已于 ${c.closed.date} 结项（${c.closed.by}）。${c.closed.note}`,
            `Closed on ${c.closed.date} by ${c.closed.by}. ${c.closed.note}`,
          )
        : p('项目尚未结项。', 'The project is not closed.'),
    ),
  );
  return out;
}

/** What an auditor would raise, derived from the recorded facts: each with the action the rules call for. */
export function issuesFound(d: ProjectReportData, locale: Locale): string[] {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const issues: string[] = [];
  for (const r of d.execution.rows)
    if (r.total.balanceFen < 0)
      issues.push(
        p(
          `预算科目 ${r.lineCode} ${r.categoryName} 超支 ${yuan(-r.total.balanceFen)} 元：调整预算或收回。`,
          `Budget line ${r.lineCode} ${r.categoryName} is overspent by ${yuan(-r.total.balanceFen)} yuan: adjust the budget or recover.`,
        ),
      );
  const advances = d.ledger.filter((l) => l.advance && !l.reversedByVoucherNo).length;
  if (advances > 0)
    issues.push(
      p(
        `存在垫支支出 ${advances} 笔：待资金到位后核销。`,
        `${advances} advances are posted: settle once funds arrive.`,
      ),
    );
  if (d.closeOut.recoveryOutstandingFen > 0)
    issues.push(
      p(
        `应收回未收回 ${yuan(d.closeOut.recoveryOutstandingFen)} 元：收回。`,
        `${yuan(d.closeOut.recoveryOutstandingFen)} yuan due for recovery is outstanding: recover.`,
      ),
    );
  for (const e of d.evaluations)
    if (e.passed === false)
      issues.push(
        p(
          `${e.kind}（${e.date}）不合格，得分 ${e.score}：${e.consequences.join('')}`,
          `${e.kind} (${e.date}) failed with ${e.score}: ${e.consequences.join(' ')}`,
        ),
      );
  for (const r of d.rectifications)
    if (!r.verifiedBy)
      issues.push(
        p(
          `整改事项 ${r.seq} 未完成：${r.requirement}（期限 ${r.deadline}）：整改。`,
          `Open rectification ${r.seq}: ${r.requirement} (due ${r.deadline}): rectify.`,
        ),
      );
  return issues;
}

function conclusion(d: ProjectReportData, locale: Locale): Content[] {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const t = d.execution.total.total;
  const status = d.closeOut.closed
    ? p(`项目已于 ${d.closeOut.closed.date} 结项。`, `The project was closed on ${d.closeOut.closed.date}.`)
    : p('项目尚未结项，本报告为草稿。', 'The project is not closed; this report is a draft.');
  return [
    note(
      p(
        `批复金额 ${yuan(d.project.approvedFen)} 元，到位财政资金 ${yuan(d.grantReceivedFen)} 元，实际支出 ${yuan(t.actualFen)} 元，预算执行率 ${t.rate}。${status}`,
        `Approved ${yuan(d.project.approvedFen)} yuan, grant received ${yuan(d.grantReceivedFen)} yuan, spent ${yuan(t.actualFen)} yuan, execution rate ${t.rate}. ${status}`,
      ),
    ),
  ];
}

function logExtract(d: ProjectReportData, locale: Locale): Content[] {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  if (d.log.length === 0) return [note(tx('empty.log', locale))];
  return [
    dataTable(
      [
        { header: p('序号', 'No.'), align: 'right', noWrap: true },
        { header: p('时间（北京时间）', 'Time (Beijing)') },
        { header: p('操作人', 'User') },
        { header: p('操作', 'Operation') },
        { header: p('对象', 'Object'), width: '*' },
      ],
      d.log.map((e) => [e.id, beijingTime(e.at), e.username, e.op, e.object]),
      locale,
      { fontSize: 7 },
    ),
  ];
}

export function projectReport(d: ProjectReportData, meta: ReportMeta): TDocumentDefinitions {
  const locale = meta.locale;
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const titles = projectSectionTitles(locale);
  const issues = issuesFound(d, locale);
  const sections: Content[][] = [
    basis(d, locale),
    [facts(d, locale)],
    fundsReceived(d, locale),
    budgetSection(d, locale),
    ledgerSection(d, locale),
    milestonesSection(d, locale),
    supervision(d, locale),
    evaluations(d, locale),
    closeOutSection(d, locale),
    issues.length === 0 ? [note(tx('empty.issues', locale))] : issues.map((i) => note(`• ${i}`)),
    conclusion(d, locale),
    logExtract(d, locale),
  ];
  const content: Content[] = sections.flatMap((body, i) => [sectionTitle(titles[i]!), ...body]);
  content.push(signatureBlock(locale));
  content.push(
    note(
      p(
        `本报告生成时操作日志共 ${meta.logEntries} 条，末条哈希 ${meta.logHeadHash}。`,
        `When this report was generated the operation log held ${meta.logEntries} entries ending in hash ${meta.logHeadHash}.`,
      ),
    ),
  );
  return reportDocument({
    meta,
    title: tx('title.project', locale),
    program: `${d.program.code} ${d.program.name}`,
    year: d.program.year,
    cover: [
      [tx('cover.projectCode', locale), d.project.agreementNumber],
      [tx('cover.projectName', locale), d.project.name],
      [tx('cover.source', locale), d.program.source],
      [tx('cover.program', locale), `${d.program.code} ${d.program.name}`],
      [tx('cover.year', locale), String(d.program.year)],
      [tx('cover.organization', locale), d.project.organizationName],
      [tx('cover.creditCode', locale), text(d.project.organizationCreditCode)],
    ],
    content,
  });
}
