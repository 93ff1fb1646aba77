import type { Locale } from '../contract/errors';
import { interpolate } from '../contract/messages';
import type { ReportKind } from './types';

/** The words of the reports, in both languages. English text uses no Chinese punctuation. */
const TEXT = {
  'title.project': { zh: '项目审计报告', en: 'Project audit report' },
  'title.tranche': { zh: '资金拨付审批单', en: 'Tranche release approval form' },
  'title.program': { zh: '资金计划年度汇总', en: 'Fund program annual summary' },
  draft: { zh: '草稿', en: 'DRAFT' },
  unit: { zh: '单位：元', en: 'Unit: yuan' },
  total: { zh: '合计', en: 'Total' },
  inWords: { zh: '大写', en: 'In words' },
  page: { zh: '第 {page} 页 共 {pages} 页', en: 'Page {page} of {pages}' },
  footerId: { zh: '报告编号 {number} · 指纹 {short}', en: 'Report {number} · fingerprint {short}' },
  none: { zh: '无', en: 'None' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  dash: { zh: '—', en: '—' },
  // cover
  'cover.number': { zh: '报告编号', en: 'Report number' },
  'cover.projectCode': { zh: '项目编号', en: 'Project code' },
  'cover.projectName': { zh: '项目名称', en: 'Project name' },
  'cover.source': { zh: '资金来源', en: 'Fund source' },
  'cover.program': { zh: '资金计划', en: 'Fund program' },
  'cover.year': { zh: '年度', en: 'Year' },
  'cover.organization': { zh: '实施机构', en: 'Organization' },
  'cover.creditCode': { zh: '统一社会信用代码', en: 'Unified social credit code' },
  'cover.preparedBy': { zh: '编制人', en: 'Prepared by' },
  'cover.generatedAt': { zh: '生成时间（北京时间）', en: 'Generated (Beijing time)' },
  'cover.fingerprint': { zh: '完整性指纹（SHA-256）', en: 'Integrity fingerprint (SHA-256)' },
  'cover.qr': {
    zh: '扫描二维码可得报告编号与指纹；用“grants verify-report”可核对本报告与数据库是否一致。',
    en: 'The QR code holds the report number and fingerprint; "grants verify-report" checks this report against the database.',
  },
  'cover.draftNote': {
    zh: '本报告所涉数据尚未最终确定（项目未结项、年度未结账、拨付未完成、检查未签字确认或评估未完成），仅供参考。',
    en: 'The data in this report is not final (the project is not closed, the year not locked, the tranche not released, the inspection not signed off or the evaluation not finalized).',
  },
  // signatures
  'sign.preparer': { zh: '编制人', en: 'Prepared by' },
  'sign.reviewer': { zh: '审核人', en: 'Reviewed by' },
  'sign.head': { zh: '负责人', en: 'Approved by' },
  'sign.date': { zh: '日期', en: 'Date' },
  'sign.title': { zh: '签字', en: 'Signatures' },
  // empty sections
  'empty.inspections': { zh: '无检查记录', en: 'No inspections recorded' },
  'empty.rectifications': { zh: '无整改事项', en: 'No rectification items' },
  'empty.evaluations': { zh: '无评估记录', en: 'No evaluations recorded' },
  'empty.recoveries': { zh: '无资金收回记录', en: 'No recoveries recorded' },
  'empty.ledger': { zh: '无支出记录', en: 'No expenditure posted' },
  'empty.tranches': { zh: '无拨付计划', en: 'No tranches planned' },
  'empty.milestones': { zh: '无里程碑', en: 'No milestones' },
  'empty.indicators': { zh: '无绩效指标', en: 'No indicators' },
  'empty.adjustments': { zh: '无预算调整', en: 'No budget adjustments' },
  'empty.log': { zh: '无操作日志记录', en: 'No log entries' },
  'empty.issues': { zh: '未发现需要处理的问题', en: 'No issues requiring action were found' },
  'empty.projects': { zh: '无项目', en: 'No projects' },
  'title.disclosure': { zh: '彩票公益金使用情况公告', en: 'Lottery public-welfare fund use notice' },
  'title.inspection': { zh: '检查报告', en: 'Inspection report' },
  'title.rectificationNotice': { zh: '整改通知书', en: 'Rectification notice' },
  'title.evaluation': { zh: '评估报告', en: 'Evaluation report' },
  'empty.findings': { zh: '未发现问题', en: 'No findings' },
  'empty.files': { zh: '无照片或附件', en: 'No photos or files' },
  'empty.addenda': { zh: '无补充说明', en: 'No addenda' },
} as const;

export type ReportTextKey = keyof typeof TEXT;

export function tx(key: ReportTextKey, locale: Locale, params?: Record<string, unknown>): string {
  return interpolate(TEXT[key][locale], params);
}

/** A report's title by its kind: every kind has its title.<kind> text. */
export function reportTitle(kind: ReportKind, locale: Locale): string {
  return tx(`title.${kind}`, locale);
}

/** A pair written inline: the text in the report's language. */
export function pick(locale: Locale, zh: string, en: string): string {
  return locale === 'zh' ? zh : en;
}
