import type { Locale } from './errors';
import { APPLICATION_FIELD_LABELS } from './messages/applications';
import { LEDGER_FIELD_LABELS } from './messages/ledger';
import { MILESTONE_FIELD_LABELS } from './messages/milestones';
import { CLOSE_OUT_FIELD_LABELS } from './messages/close-out';
import { EXPORT_FIELD_LABELS } from './messages/exports';
import { DRAW_FIELD_LABELS } from './messages/draws';
import { INSPECTION_FIELD_LABELS } from './messages/inspections';
import { EVALUATION_FIELD_LABELS } from './messages/evaluations';
import { REPORT_FIELD_LABELS } from './messages/reporting';
import { OP_FIELD_LABELS } from './op-field-labels';
import { PACK_FIELD_LABELS } from './messages/packs';

/**
 * Field labels for error messages, keyed by the field's dotted path without array indices, falling back to
 * the last key. "统一社会信用代码：校验位错误" is what a finance officer can act on; "creditCode: invalid" is not.
 */
const BASE_LABELS: Record<string, { zh: string; en: string }> = {
  username: { zh: '用户名', en: 'User name' },
  password: { zh: '密码', en: 'Password' },
  currentPassword: { zh: '当前密码', en: 'Current password' },
  newPassword: { zh: '新密码', en: 'New password' },
  displayName: { zh: '姓名', en: 'Full name' },
  roles: { zh: '角色', en: 'Roles' },
  disabled: { zh: '停用', en: 'Disabled' },
  loadDemo: { zh: '加载示例数据', en: 'Load sample data' },
  id: { zh: 'ID', en: 'ID' },
  date: { zh: '日期', en: 'Date' },
  reason: { zh: '原因', en: 'Reason' },
  voucherNo: { zh: '凭证号', en: 'Voucher number' },
  voucherDate: { zh: '凭证日期', en: 'Voucher date' },
  trancheId: { zh: '拨付期次', en: 'Tranche' },
  'tranches:voucherNo': { zh: '拨付凭证号', en: 'Voucher number' },
  'tranches:voucherDate': { zh: '凭证日期', en: 'Voucher date' },
  'tranches:date': { zh: '冲销日期', en: 'Reversal date' },
  page: { zh: '页码', en: 'Page' },
  pageSize: { zh: '每页条数', en: 'Page size' },
  sort: { zh: '排序', en: 'Sort' },
  'sort.id': { zh: '排序列', en: 'Sort column' },
  'sort.desc': { zh: '排序方向', en: 'Sort direction' },
  search: { zh: '搜索', en: 'Search' },
  filters: { zh: '筛选条件', en: 'Filters' },
  code: { zh: '编号', en: 'Code' },
  name: { zh: '名称', en: 'Name' },
  source: { zh: '资金来源', en: 'Fund source' },
  year: { zh: '年度', en: 'Year' },
  totalAllocationFen: { zh: '资金总额', en: 'Total allocation' },
  applicationStart: { zh: '申报开始日期', en: 'Application start' },
  applicationEnd: { zh: '申报截止日期', en: 'Application deadline' },
  notes: { zh: '备注', en: 'Notes' },
  ruleSet: { zh: '规则集', en: 'Rule set' },
  'ruleSet.categories': { zh: '预算科目', en: 'Budget categories' },
  'ruleSet.categories.code': { zh: '预算科目编码', en: 'Budget category code' },
  'ruleSet.categories.name': { zh: '预算科目名称', en: 'Budget category name' },
  'ruleSet.categories.capPercent': { zh: '科目上限（%）', en: 'Category cap (%)' },
  'ruleSet.forbiddenCostTypes': { zh: '禁止列支的费用', en: 'Forbidden cost types' },
  'ruleSet.managementFeeCapPercent': { zh: '管理费上限（%）', en: 'Management fee cap (%)' },
  'ruleSet.matchingSharePercent': { zh: '配套资金比例（%）', en: 'Required matching share (%)' },
  'ruleSet.budgetTolerancePercent': { zh: '预算调整容差（%）', en: 'Budget tolerance (%)' },
  'ruleSet.classCaps': { zh: '项目类别上限', en: 'Project class caps' },
  'ruleSet.classCaps.code': { zh: '项目类别', en: 'Project class' },
  'ruleSet.classCaps.name': { zh: '类别名称', en: 'Class name' },
  'ruleSet.classCaps.capFen': { zh: '单个项目上限', en: 'Per-project cap' },
  'ruleSet.tranchePlan': { zh: '拨付计划', en: 'Tranche plan' },
  'ruleSet.tranchePlan.percent': { zh: '拨付比例（%）', en: 'Tranche share (%)' },
  'ruleSet.tranchePlan.condition': { zh: '拨付条件', en: 'Release condition' },
  'ruleSet.tranchePlan.milestoneName': { zh: '里程碑名称', en: 'Milestone name' },
  'ruleSet.rubric': { zh: '评分标准', en: 'Scoring rubric' },
  'ruleSet.rubric.code': { zh: '评分项编码', en: 'Criterion code' },
  'ruleSet.rubric.name': { zh: '评分项名称', en: 'Criterion name' },
  'ruleSet.rubric.maxPoints': { zh: '评分项满分', en: 'Maximum points' },
  'ruleSet.scoreOutlierDistance': { zh: '离群分差', en: 'Outlier distance' },
  'ruleSet.noticeMinDays': { zh: '最短公示天数', en: 'Minimum notice days' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  kind: { zh: '机构类型', en: 'Kind' },
  registration: { zh: '登记方式', en: 'Registration' },
  districtCode: { zh: '区县', en: 'District' },
  legalRepresentative: { zh: '法定代表人', en: 'Legal representative' },
  contactPerson: { zh: '联系人', en: 'Contact person' },
  phone: { zh: '联系电话', en: 'Phone' },
  foundedDate: { zh: '成立日期', en: 'Founded' },
  rating: { zh: '评估等级', en: 'Rating' },
};

/** Each area's labels. A key in two parts would let the later one rename the field everywhere: a test forbids it. */
export const FIELD_LABEL_PARTS: readonly Record<string, { zh: string; en: string }>[] = [
  BASE_LABELS,
  APPLICATION_FIELD_LABELS,
  LEDGER_FIELD_LABELS,
  MILESTONE_FIELD_LABELS,
  CLOSE_OUT_FIELD_LABELS,
  EXPORT_FIELD_LABELS,
  DRAW_FIELD_LABELS,
  INSPECTION_FIELD_LABELS,
  EVALUATION_FIELD_LABELS,
  REPORT_FIELD_LABELS,
  OP_FIELD_LABELS,
  PACK_FIELD_LABELS,
];

const LABELS: Record<string, { zh: string; en: string }> = Object.assign({}, ...FIELD_LABEL_PARTS);

/**
 * Some field names mean different things in different areas ("name" is an organization's 机构名称 but an
 * application's 项目名称), and a few differ between the ops of one area (a tranche's reason is 撤回原因 in
 * one dialog and 取消原因 in another). A scope is an op's name ('tranches.withdraw') or an area ('tranches'):
 * labels keyed '<op>:<path>' win, then '<area>:<path>' (or its last key), then the plain ones. An op's schema
 * carries its scope (withLabelScope; contract/index.ts scopes every op's input by its name), and main labels
 * the op's errors by that same scope, so a form's visible label and main's message name a field alike.
 */
const SCOPES = new WeakMap<object, string>();
export function withLabelScope<T extends object>(schema: T, scope: string): T {
  SCOPES.set(schema, scope);
  return schema;
}
/** The label area of an op (or of an op-level scope): its first part, with reviews.* and agreements.* read as applications. */
export function opLabelScope(op: string): string {
  const area = op.split('.')[0] ?? '';
  return area === 'reviews' || area === 'agreements' ? 'applications' : area;
}

export function labelScopeOf(schema: object): string | undefined {
  return SCOPES.get(schema);
}

export function fieldLabel(path: readonly PropertyKey[], locale: Locale, scope?: string): string {
  const keys = path.filter((k): k is string => typeof k === 'string' && !/^\d+$/.test(k));
  const full = keys.join('.');
  const last = keys[keys.length - 1] ?? '';
  const area = scope === undefined ? undefined : opLabelScope(scope);
  // An op's own labels name the whole path only: 'ledger.reverse:date' must not also name replacement.date.
  const own = scope !== undefined && scope !== area ? LABELS[`${scope}:${full}`] : undefined;
  const scoped = area ? (LABELS[`${area}:${full}`] ?? LABELS[`${area}:${last}`]) : undefined;
  const hit = own ?? scoped ?? LABELS[full] ?? LABELS[last];
  if (hit) return hit[locale];
  return full || (locale === 'zh' ? '输入' : 'input');
}

/** A form field's label as main names it in the errors of the op the schema belongs to ('lines.2.amountFen' too). */
export function formFieldLabel(schema: object, path: string, locale: Locale): string {
  return fieldLabel(path.split('.'), locale, labelScopeOf(schema));
}
