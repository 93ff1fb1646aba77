import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../contract/errors';
import {
  beijingTime,
  dataTable,
  factsTable,
  note,
  reportDocument,
  sectionTitle,
  signatureBlock,
  subTitle,
  text,
  totalLine,
  type Cell,
} from './layout';
import { pick, tx } from './text';
import type { InspectionReportData } from './kinds-types';
import type { ReportMeta } from './types';

export function inspectionSectionTitles(locale: Locale): string[] {
  return locale === 'zh'
    ? ['一、检查基本情况', '二、检查人员', '三、检查内容', '四、发现的问题', '五、照片与附件', '六、检查意见与补充说明']
    : [
        '1. Inspection',
        '2. Inspectors',
        '3. Checklist answers',
        '4. Findings',
        '5. Photos and files',
        '6. Notes and addenda',
      ];
}

/** A line to sign on for each inspector (and one for the organization inspected), kept on one page. */
function inspectorSignatures(d: InspectionReportData, locale: Locale): Content {
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const line = (label: string): Content => ({
    columns: [
      { text: label, width: 220 },
      { stack: [{ text: ' ' }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 150, y2: 0, lineWidth: 0.5 }] }] },
      { text: `${tx('sign.date', locale)}${p('：', ':')}`, width: 90 },
    ],
    margin: [0, 8, 0, 0],
  });
  return {
    unbreakable: true,
    stack: [
      subTitle(p('检查人员签字', 'Inspectors sign')),
      ...d.inspectors.map((i) => line(i.unit ? `${i.name}${p(`（${i.unit}）`, ` (${i.unit})`)}` : i.name)),
      line(p('被检查单位负责人', 'For the organization inspected')),
    ],
  };
}

/** 检查报告: one inspection with its answers by section, findings, photos (with capture time), notes and addenda. */
export function inspectionReport(d: InspectionReportData, meta: ReportMeta): TDocumentDefinitions {
  const locale = meta.locale;
  const p = (zh: string, en: string) => pick(locale, zh, en);
  const titles = inspectionSectionTitles(locale);
  const disallowed = d.findings.reduce((s, f) => s + f.disallowFen, 0);
  const content: Content[] = [
    sectionTitle(titles[0]!),
    factsTable([
      [p('检查类型', 'Kind'), d.kind],
      [p('检查日期', 'Date'), d.date],
      [p('检查地点', 'Place'), text(d.place)],
      [p('检查表', 'Checklist'), d.checklist],
      [p('批复文号（项目编号）', 'Approval number'), d.project.agreementNumber],
      [p('项目名称', 'Project name'), d.project.name],
      [p('实施机构', 'Organization'), `${d.project.organizationName} ${d.project.organizationCreditCode ?? ''}`.trim()],
      [p('记录人', 'Recorded by'), d.recordedBy],
      [
        p('签字确认', 'Signed off'),
        d.signedOffBy
          ? `${d.signedOffBy} ${beijingTime(d.signedOffAt)}`
          : p('未签字确认（草稿）', 'Not signed off (draft)'),
      ],
    ]),
    sectionTitle(titles[1]!),
    dataTable(
      [
        { header: p('序号', 'No.'), align: 'right', noWrap: true },
        { header: p('姓名', 'Name') },
        { header: p('单位', 'Unit'), width: '*' },
        { header: p('签字', 'Signature'), width: 120 },
      ],
      d.inspectors.map((i, n): Cell[] => [n + 1, i.name, text(i.unit), { text: '' }]),
      locale,
    ),
    sectionTitle(titles[2]!),
  ];
  for (const s of d.sections) {
    content.push(subTitle(s.name));
    content.push(
      dataTable(
        [
          { header: p('序号', 'No.'), align: 'right', noWrap: true },
          { header: p('检查项目', 'Item'), width: '*' },
          { header: p('结果', 'Answer'), width: 70 },
          { header: p('说明', 'Note'), width: 130 },
        ],
        s.items.map((i) => [i.seq, i.text, i.answer, text(i.note)]),
        locale,
      ),
    );
  }
  content.push(sectionTitle(titles[3]!));
  if (d.findings.length === 0) content.push(note(tx('empty.findings', locale)));
  else {
    content.push(
      dataTable(
        [
          { header: p('序号', 'No.'), align: 'right', noWrap: true },
          { header: p('严重程度', 'Severity'), noWrap: true },
          { header: p('问题', 'Finding'), width: '*' },
          { header: p('整改要求', 'Requirement'), width: 110 },
          { header: p('责任人', 'Responsible') },
          { header: p('期限', 'Deadline'), noWrap: true },
          { header: p('核减金额', 'Disallowed'), money: true },
          { header: p('整改状态', 'Rectification') },
        ],
        d.findings.map((f): Cell[] => [
          f.seq,
          f.severity,
          f.vouchers.length
            ? `${f.description}${p(`（凭证号 ${f.vouchers.join('、')}）`, ` (vouchers ${f.vouchers.join(', ')})`)}`
            : f.description,
          f.requirement,
          f.responsiblePerson,
          f.deadline,
          f.disallowFen,
          text(f.rectification),
        ]),
        locale,
        { totalLabel: tx('total', locale) },
      ),
    );
    content.push(totalLine(p('核减金额合计', 'Disallowed total'), disallowed, locale));
  }
  content.push(sectionTitle(titles[4]!));
  if (d.files.length === 0) content.push(note(tx('empty.files', locale)));
  else
    content.push(
      dataTable(
        [
          { header: p('文件', 'File'), width: '*' },
          { header: p('类型', 'Kind'), noWrap: true },
          { header: p('拍摄时间（北京时间）', 'Taken (Beijing)') },
          { header: p('是否检查当日', 'Inspection day') },
          { header: p('上传人', 'Uploaded by') },
          { header: p('上传时间（北京时间）', 'Uploaded (Beijing)') },
          { header: 'SHA-256', noWrap: true },
        ],
        d.files.map((f) => [
          f.fileName,
          f.photo ? p('照片', 'photo') : p('扫描件', 'scan'),
          f.photo ? (f.takenAt ?? p('无拍摄时间', 'not recorded')) : '—',
          f.day,
          f.uploadedBy,
          beijingTime(f.uploadedAt),
          f.sha256.slice(0, 16),
        ]),
        locale,
      ),
    );
  content.push(sectionTitle(titles[5]!));
  content.push(
    note(d.notes.trim() === '' ? p('检查意见：无', 'Notes: none') : p(`检查意见：${d.notes}`, `Notes: ${d.notes}`)),
  );
  content.push(subTitle(p('补充说明', 'Addenda')));
  if (d.addenda.length === 0) content.push(note(tx('empty.addenda', locale)));
  else
    content.push(
      dataTable(
        [
          { header: p('日期', 'Date'), noWrap: true },
          { header: p('内容', 'Text'), width: '*' },
          { header: p('记录人', 'By') },
          { header: p('记录时间（北京时间）', 'Recorded (Beijing)') },
        ],
        d.addenda.map((a) => [a.date, a.text, a.by, beijingTime(a.at)]),
        locale,
      ),
    );
  content.push(inspectorSignatures(d, locale));
  content.push(signatureBlock(locale));
  return reportDocument({
    meta,
    title: tx('title.inspection', locale),
    program: `${d.program.code} ${d.program.name}`,
    year: d.program.year,
    cover: [
      [tx('cover.projectCode', locale), d.project.agreementNumber],
      [tx('cover.projectName', locale), d.project.name],
      [p('检查', 'Inspection'), `${d.kind} ${d.date}`],
      [tx('cover.program', locale), `${d.program.code} ${d.program.name}`],
      [tx('cover.organization', locale), d.project.organizationName],
      [tx('cover.creditCode', locale), text(d.project.organizationCreditCode)],
    ],
    content,
  });
}
