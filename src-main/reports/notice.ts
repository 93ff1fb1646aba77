import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../contract/errors';
import {
  dataTable,
  factsTable,
  note,
  reportDocument,
  sectionTitle,
  signatureBlock,
  text,
  totalLine,
  type Cell,
} from './layout';
import { pick, tx } from './text';
import type { RectificationNoticeData } from './kinds-types';
import type { ReportMeta } from './types';

export function noticeSectionTitles(locale: Locale): string[] {
  return locale === 'zh'
    ? ['一、整改事项', '二、整改要求', '三、签发']
    : ['1. Items to rectify', '2. Requirements', '3. Issued by'];
}

/** The issuing office's seal and signature, with the organization's acknowledgement of receipt. */
function sealBlock(d: RectificationNoticeData, locale: Locale): Content {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const blank = (label: string): Content => ({
    stack: [
      { text: label, bold: true },
      { text: ' ', margin: [0, 30, 0, 0] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 180, y2: 0, lineWidth: 0.5 }] },
      { text: `${tx('sign.date', locale)}${p('：', ':')}`, margin: [0, 6, 0, 0] },
    ],
  });
  return {
    unbreakable: true,
    stack: [
      {
        columns: [
          blank(p('签发单位（盖章）', 'Issued by (seal)')),
          blank(p(`${d.organization.name}（签收）`, `Received by ${d.organization.name}`)),
        ],
        margin: [0, 6, 0, 0],
      },
      note(p(`签发日期：${d.issuedOn}`, `Issued on ${d.issuedOn}`)),
    ],
  };
}

/** 整改通知书: an organization's open items with their requirement and deadline, to be signed and sealed. */
export function rectificationNotice(d: RectificationNoticeData, meta: ReportMeta): TDocumentDefinitions {
  const locale = meta.locale;
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const titles = noticeSectionTitles(locale);
  const o = d.organization;
  const disallowed = d.items.reduce((s, i) => s + i.disallowFen, 0);
  const overdue = d.items.filter((i) => i.overdue).length;
  const content: Content[] = [
    note(p(`${o.name}：`, `To ${o.name}:`)),
    note(
      p(
        `经监督检查，你单位承担的项目存在以下 ${d.items.length} 项问题尚未完成整改（其中已逾期 ${overdue} 项），请按要求在期限内整改完毕。`,
        `Inspections of your projects found the ${d.items.length} issues below not yet rectified (${overdue} overdue). Rectify each by its deadline.`,
      ),
    ),
    factsTable([
      [p('机构名称', 'Organization'), o.name],
      [tx('cover.creditCode', locale), text(o.creditCode)],
      [p('区县', 'District'), o.district],
      [p('联系人', 'Contact'), text(o.contact)],
      [p('整改期限', 'Deadline'), text(d.deadline)],
    ]),
    sectionTitle(titles[0]!),
    dataTable(
      [
        { header: p('项目', 'Project'), width: 80 },
        { header: p('序号', 'No.'), align: 'right', noWrap: true },
        { header: p('严重程度', 'Severity'), noWrap: true },
        { header: p('问题', 'Finding'), width: '*' },
        { header: p('整改要求', 'Requirement'), width: '*' },
        { header: p('责任人', 'Responsible'), width: 45 },
        { header: p('期限', 'Deadline'), noWrap: true },
        { header: p('核减金额', 'Disallowed'), money: true },
      ],
      d.items.map((i): Cell[] => [
        `${i.agreementNumber}\n${i.projectName}`,
        i.seq,
        i.severity,
        `${i.description}\n${p(`（${i.inspection}）`, `(${i.inspection})`)}`,
        i.requirement,
        i.responsiblePerson,
        i.overdue ? { text: `${i.deadline}\n${p('已逾期', 'overdue')}`, color: '#c00000' } : i.deadline,
        i.disallowFen,
      ]),
      locale,
      { totalLabel: tx('total', locale) },
    ),
    totalLine(p('核减金额合计', 'Disallowed total'), disallowed, locale),
    sectionTitle(titles[1]!),
    note(
      p(
        `1. 请于各事项期限前完成整改，最迟不晚于 ${text(d.deadline)}；逾期未整改的，按规定暂停拨付并纳入信用记录。`,
        `1. Rectify each item by its deadline, all of them by ${text(d.deadline)}; unrectified items past their deadline stop further tranches and enter the credit record.`,
      ),
    ),
    note(
      p(
        '2. 整改完成后，请将整改报告及佐证材料提交项目管理人员登记，由未参与该事项的评估检查人员验证。',
        '2. Once rectified, submit the report and evidence to the project officer; an evaluator not involved in the item verifies it.',
      ),
    ),
    note(
      p(
        '3. 涉及核减的资金，请按财务要求退回，由财务人员登记资金收回。',
        '3. Return disallowed amounts as finance directs; finance records the recovery.',
      ),
    ),
    note(
      p(
        '4. 存在严重问题的事项未验证前，相关项目后续拨付暂停。',
        '4. While a severe item is not verified, further tranches of its project are held.',
      ),
    ),
    sectionTitle(titles[2]!),
    sealBlock(d, locale),
    signatureBlock(locale),
  ];
  return reportDocument({
    meta,
    title: tx('title.rectificationNotice', locale),
    program: o.name,
    year: Number(d.issuedOn.slice(0, 4)),
    cover: [
      [p('机构名称', 'Organization'), o.name],
      [tx('cover.creditCode', locale), text(o.creditCode)],
      [p('整改事项', 'Open items'), String(d.items.length)],
      [p('整改期限', 'Deadline'), text(d.deadline)],
      [p('签发日期', 'Issued on'), d.issuedOn],
    ],
    content,
  });
}
