import type { Catalogue } from '../messages';

/** Rule messages of the view exports (services/exports); merged into RULE_MESSAGES. */
export const EXPORT_MESSAGES: Catalogue = {
  'export.unknownColumn': {
    zh: '“{column}”列不能导出（{view}可导出的列：{allowed}）',
    en: 'the column "{column}" cannot be exported ({view} exports: {allowed})',
  },
  'export.duplicateColumn': {
    zh: '“{column}”列重复',
    en: 'the column "{column}" is listed twice',
  },
};

/** Field names of the export ops' own inputs, for their validation messages. */
export const EXPORT_FIELD_LABELS: Catalogue = {
  'exports:columns': { zh: '导出列', en: 'Exported columns' },
  'exports:columns.id': { zh: '列', en: 'Column' },
  'exports:columns.label': { zh: '列标题', en: 'Column header' },
  'exports:format': { zh: '文件格式', en: 'File format' },
  'exports:applicationId': { zh: '项目', en: 'Project' },
  // Filter names the 说明 sheet uses that no form labels yet.
  'applications:state': { zh: '状态', en: 'State' },
  'users:role': { zh: '角色', en: 'Role' },
  // The worklists' check boxes, as they read on screen.
  'worklists:ended': { zh: '公示已结束', en: 'Notice ended' },
  'worklists:preparedByOthers': { zh: '只看他人准备的拨付', en: 'Only tranches prepared by others' },
  'worklists:requestedByOthers': { zh: '只看他人提出的申请', en: 'Only requests made by others' },
  'worklists:overdue': { zh: '只看逾期的', en: 'Overdue only' },
};

/**
 * The words of an export's 说明 sheet (and the CSV's leading # lines), and the names of the views, in both
 * languages: an export is written in the language of the person exporting.
 */
export const EXPORT_WORDS = {
  about: { zh: '说明', en: 'About' },
  item: { zh: '项目', en: 'Item' },
  content: { zh: '内容', en: 'Content' },
  view: { zh: '导出内容', en: 'Exported view' },
  subject: { zh: '所属项目', en: 'Project' },
  search: { zh: '搜索', en: 'Search' },
  filters: { zh: '筛选条件', en: 'Filters' },
  sort: { zh: '排序', en: 'Sort' },
  none: { zh: '无', en: 'none' },
  defaultSort: { zh: '默认顺序', en: 'default order' },
  ascending: { zh: '升序', en: 'ascending' },
  descending: { zh: '降序', en: 'descending' },
  exportedBy: { zh: '导出人', en: 'Exported by' },
  exportedAt: { zh: '导出时间', en: 'Exported at' },
  timeZone: { zh: '时间口径', en: 'Times' },
  timeZoneText: {
    zh: '时间为北京时间（UTC+08:00）；日期为公历日期',
    en: 'times are Beijing time (UTC+08:00); dates are calendar dates',
  },
  rows: { zh: '导出条数', en: 'Rows' },
  unit: { zh: '金额单位', en: 'Amounts' },
  unitText: { zh: '元，保留两位小数（精确到分）', en: 'yuan, two decimals (exact to the fen)' },
  total: { zh: '合计', en: 'Total' },
  negative: { zh: '负', en: 'minus ' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  // As the ledger's 关联凭证 column reads them.
  reversalOf: { zh: '冲销 {voucherNo}', en: 'Reverses {voucherNo}' },
  reversedBy: { zh: '红字 {voucherNo}', en: 'Reversal {voucherNo}' },
  never: { zh: '从未登录', en: 'never' },
  active: { zh: '正常', en: 'Active' },
  disabled: { zh: '已停用', en: 'Disabled' },
  locked: { zh: '已锁定', en: 'Locked' },
  to: { zh: '至', en: 'to' },
  // The worklists' tags, as their grids show them.
  noticeEnded: { zh: '已结束，可立项', en: 'Ended: may be approved' },
  noticeRunning: { zh: '公示中，截止日次日起可立项', en: 'Running: approval from the day after it ends' },
  youMayAct: { zh: '可由您处理', en: 'You may act' },
  preparedByYou: { zh: '本人准备，须他人确认', en: 'Yours: another officer releases' },
  requestedByYou: { zh: '本人申请，须他人审批', en: 'Yours: another officer decides' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  notOverdue: { zh: '未到期', en: 'Not yet due' },
  csvNote: {
    zh: 'CSV 开头以 # 开始的行为说明，空行之后为表头和数据',
    en: 'the lines starting with # are this note; the header and the rows follow the blank line',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export const EXPORT_VIEW_NAMES = {
  projects: { zh: '项目', en: 'Projects' },
  financeQueue: { zh: '财务审核', en: 'Finance queue' },
  ledger: { zh: '支出台账', en: 'Expenditure ledger' },
  budgetExecution: { zh: '预算执行', en: 'Budget against actual' },
  tranches: { zh: '资金拨付', en: 'Tranches' },
  organizations: { zh: '机构', en: 'Organizations' },
  users: { zh: '用户', en: 'Users' },
  fundPrograms: { zh: '资金计划', en: 'Fund programs' },
  notices: { zh: '公示', en: 'Public notices' },
  trancheQueue: { zh: '待确认拨付', en: 'Tranches to release' },
  adjustmentQueue: { zh: '待审批预算调整', en: 'Budget adjustments to decide' },
  advances: { zh: '未结垫支项目', en: 'Open advances' },
  milestones: { zh: '未完成的里程碑', en: 'Unfinished milestones' },
} as const satisfies Record<string, { zh: string; en: string }>;

/** Enumerations the other catalogues do not name (value → label), for cells and filter descriptions. */
export const EXPORT_VALUE_LABELS: Catalogue = {
  'share.grant': { zh: '财政资金', en: 'Grant' },
  'share.matching': { zh: '配套资金', en: 'Matching funds' },
  'registration.registered': { zh: '登记', en: 'Registered' },
  'registration.filed': { zh: '备案', en: 'Filed' },
  'role.admin': { zh: '系统管理员', en: 'Administrator' },
  'role.finance': { zh: '财务审核', en: 'Finance officer' },
  'role.project': { zh: '项目管理', en: 'Project officer' },
  'role.evaluator': { zh: '评估检查', en: 'Evaluator' },
  'role.auditor': { zh: '审计', en: 'Auditor' },
  'reversals.all': { zh: '全部记录', en: 'All lines' },
  'reversals.reversalsOnly': { zh: '仅红字冲销', en: 'Reversals only' },
  'reversals.hideReversed': { zh: '仅有效记录', en: 'Lines in effect' },
};
