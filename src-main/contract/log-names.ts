import type { Locale } from './errors';

/**
 * What the operation log calls its ops and objects, in both languages. Main searches by these names in SQL
 * (searching 冲销 finds the reversals) and writes them into exports; the renderer shows the same names. An op
 * or event not listed here is shown and exported by its id rather than hidden.
 */
export const LOG_OP_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  'auth.setup': { zh: '初始化管理员', en: 'Set up administrator' },
  'auth.signIn': { zh: '登录', en: 'Sign in' },
  'auth.signOut': { zh: '退出登录', en: 'Sign out' },
  'auth.signInFailed': { zh: '登录失败', en: 'Failed sign-in' },
  'auth.lockout': { zh: '账号锁定', en: 'Account locked' },
  'auth.changePassword': { zh: '修改密码', en: 'Change password' },
  'users.create': { zh: '新建用户', en: 'Create user' },
  'users.update': { zh: '修改用户', en: 'Update user' },
  'users.resetPassword': { zh: '重置密码', en: 'Reset password' },
  'fundPrograms.create': { zh: '新建资金计划', en: 'Create fund program' },
  'fundPrograms.update': { zh: '修改资金计划', en: 'Update fund program' },
  'organizations.create': { zh: '新建机构', en: 'Create organization' },
  'organizations.update': { zh: '修改机构', en: 'Update organization' },
  'organizations.bar': { zh: '取消申报资格', en: 'Bar from applying' },
  'applications.create': { zh: '新建申报', en: 'Create application' },
  'applications.update': { zh: '修改申报', en: 'Update application' },
  'applications.submit': { zh: '提交申报', en: 'Submit application' },
  'applications.formalReview': { zh: '初审', en: 'Formal check' },
  'applications.assignReviewers': { zh: '指派专家', en: 'Assign experts' },
  'applications.declare': { zh: '利益冲突声明', en: 'Conflict declaration' },
  'applications.score': { zh: '专家评分', en: 'Expert scoring' },
  'applications.completeExpertReview': { zh: '完成专家评审', en: 'Complete expert review' },
  'applications.financeReview': { zh: '财务审核', en: 'Finance review' },
  'applications.startNotice': { zh: '开始公示', en: 'Start public notice' },
  'applications.approve': { zh: '立项', en: 'Approve' },
  'applications.reject': { zh: '不予立项', en: 'Reject' },
  'applications.import': { zh: '导入申报', en: 'Import applications' },
  'applications.export': { zh: '导出申报', en: 'Export applications' },
  'agreements.sign': { zh: '签订协议', en: 'Sign agreement' },
  'log.export': { zh: '导出操作日志', en: 'Export operation log' },
  'tranches.prepare': { zh: '准备拨付', en: 'Prepare tranche' },
  'tranches.withdraw': { zh: '撤回拨付', en: 'Withdraw tranche' },
  'tranches.release': { zh: '确认拨付', en: 'Release tranche' },
  'tranches.reverse': { zh: '冲销拨付', en: 'Reverse tranche' },
  'tranches.cancel': { zh: '取消拨付', en: 'Cancel tranche' },
  'ledger.post': { zh: '登记支出', en: 'Post expenditure' },
  'ledger.reverse': { zh: '红字冲销', en: 'Reverse expenditure' },
  'ledger.import': { zh: '导入支出', en: 'Import expenditures' },
  'ledger.export': { zh: '导出支出台账', en: 'Export expenditure ledger' },
  'budgets.requestAdjustment': { zh: '申请预算调整', en: 'Request budget adjustment' },
  'budgets.approveAdjustment': { zh: '批准预算调整', en: 'Approve budget adjustment' },
  'budgets.rejectAdjustment': { zh: '驳回预算调整', en: 'Reject budget adjustment' },
  'budgets.withdrawAdjustment': { zh: '撤回预算调整', en: 'Withdraw budget adjustment' },
  'milestones.plan': { zh: '新增里程碑', en: 'Plan milestone' },
  'milestones.complete': { zh: '完成里程碑', en: 'Complete milestone' },
  'milestones.verify': { zh: '验收里程碑', en: 'Verify milestone' },
  'indicators.record': { zh: '记录指标完成值', en: 'Record indicator value' },
  'attachments.upload': { zh: '上传附件', en: 'Upload attachment' },
  'closeOut.recordRecovery': { zh: '登记资金收回', en: 'Record recovery' },
  'closeOut.close': { zh: '结项', en: 'Close project' },
  'periods.lock': { zh: '结账', en: 'Lock fiscal year' },
  'savedFilters.save': { zh: '保存筛选', en: 'Save filter' },
  'savedFilters.delete': { zh: '删除筛选', en: 'Delete filter' },
  export: { zh: '导出', en: 'Export' },
  'exports.projects': { zh: '导出项目列表', en: 'Export the project list' },
  'exports.financeQueue': { zh: '导出财务审核列表', en: 'Export the finance queue' },
  'exports.ledger': { zh: '导出支出台账（按当前视图）', en: 'Export the ledger (as shown)' },
  'exports.budgetExecution': { zh: '导出预算执行表', en: 'Export budget against actual' },
  'exports.tranches': { zh: '导出资金拨付', en: 'Export the tranches' },
  'exports.organizations': { zh: '导出机构列表', en: 'Export the organization list' },
  'exports.users': { zh: '导出用户列表', en: 'Export the user list' },
  'exports.fundPrograms': { zh: '导出资金计划列表', en: 'Export the fund program list' },
  'backups.restore': { zh: '从备份恢复', en: 'Restore from a backup' },
  'exports.notices': { zh: '导出公示列表', en: 'Export the public notices' },
  'exports.trancheQueue': { zh: '导出待确认拨付列表', en: 'Export the tranches to release' },
  'exports.adjustmentQueue': { zh: '导出待审批预算调整列表', en: 'Export the budget adjustments to decide' },
  'exports.advances': { zh: '导出未结垫支项目列表', en: 'Export the open advances' },
  'exports.milestones': { zh: '导出未完成的里程碑列表', en: 'Export the unfinished milestones' },
  'home.checkChain': { zh: '校验日志链', en: 'Check the log chain' },
  'draws.run': { zh: '随机抽查', en: 'Random inspection draw' },
  'checklists.save': { zh: '保存检查模板', en: 'Save checklist' },
  'inspections.create': { zh: '新建检查', en: 'Create inspection' },
  'inspections.update': { zh: '修改检查', en: 'Update inspection' },
  'inspections.saveAnswers': { zh: '填写检查表', en: 'Answer checklist' },
  'inspections.addFinding': { zh: '登记检查问题', en: 'Record finding' },
  'inspections.removeFinding': { zh: '删除检查问题', en: 'Remove finding' },
  'inspections.attach': { zh: '添加检查附件', en: 'Attach to inspection' },
  'inspections.signOff': { zh: '检查签字确认', en: 'Sign off inspection' },
  'inspections.recordExpertSignature': { zh: '录入专家签字', en: "Record expert's signature" },
  'inspections.addAddendum': { zh: '检查补充说明', en: 'Add inspection addendum' },
  'findings.confirmDisallowance': { zh: '确认核减', en: 'Confirm disallowance' },
  'rectifications.submitEvidence': { zh: '登记整改材料', en: 'Record rectification evidence' },
  'rectifications.verify': { zh: '整改验证', en: 'Verify rectification' },
  'rectifications.reopen': { zh: '退回整改', en: 'Reopen rectification' },
  'reports.export': { zh: '生成报告', en: 'Generate a report' },
  'indicatorSystems.save': { zh: '修改评估指标体系', en: 'Edit indicator system' },
  'evaluations.create': { zh: '新建评估', en: 'Create evaluation' },
  'evaluations.declare': { zh: '评估利益冲突声明', en: 'Declare conflict of interest (evaluation)' },
  'evaluations.score': { zh: '评估打分', en: 'Score evaluation' },
  'evaluations.finalize': { zh: '完成评估', en: 'Finalize evaluation' },
  'packs.export': { zh: '导出检查包', en: 'Export field pack' },
  'packs.import': { zh: '导入检查结果', en: 'Import field results' },
  'packs.open': { zh: '打开检查包', en: 'Open field pack' },
  'packs.results': { zh: '写出检查结果', en: 'Write field results' },
  'packs.fieldRecordInspection': { zh: '现场记录检查', en: 'Record inspection in the field' },
  'packs.fieldRecordEvidence': { zh: '现场记录整改材料', en: 'Record evidence in the field' },
  'packs.fieldAddPhoto': { zh: '现场添加照片', en: 'Add photo in the field' },
  'reports.exportTables': { zh: '导出报告表格', en: 'Export report tables' },
};

export const LOG_ENTITY_TYPE_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  application: { zh: '申报项目', en: 'Application' },
  organization: { zh: '机构', en: 'Organization' },
  fundProgram: { zh: '资金计划', en: 'Fund program' },
  user: { zh: '用户', en: 'User' },
  agreement: { zh: '项目协议', en: 'Agreement' },
  organizationBar: { zh: '取消申报资格', en: 'Bar from applying' },
  savedFilter: { zh: '已保存的筛选', en: 'Saved filter' },
  session: { zh: '会话', en: 'Session' },
  assignment: { zh: '评审指派', en: 'Review assignment' },
  log: { zh: '操作日志', en: 'Operation log' },
  tranche: { zh: '拨付', en: 'Tranche' },
  budgetAdjustment: { zh: '预算调整申请', en: 'Budget adjustment request' },
  budgetVersion: { zh: '预算版本', en: 'Budget version' },
  ledger: { zh: '支出台账', en: 'Expenditure ledger' },
  ledgerLine: { zh: '台账记录', en: 'Ledger line' },
  milestone: { zh: '里程碑', en: 'Milestone' },
  indicatorReading: { zh: '指标完成值', en: 'Indicator reading' },
  attachment: { zh: '附件', en: 'Attachment' },
  recovery: { zh: '资金收回', en: 'Recovery' },
  closeOut: { zh: '结项', en: 'Close-out' },
  fiscalPeriod: { zh: '会计期间', en: 'Fiscal period' },
  chainCheck: { zh: '日志链校验', en: 'Log chain check' },
  import: { zh: '导入', en: 'Import' },
  export: { zh: '导出', en: 'Export' },
  demo: { zh: '示例数据', en: 'Sample data' },
  supervisionDraw: { zh: '随机抽查记录', en: 'Inspection draw' },
  checklist: { zh: '检查模板', en: 'Checklist' },
  inspection: { zh: '检查', en: 'Inspection' },
  finding: { zh: '检查问题', en: 'Finding' },
  inspectionAddendum: { zh: '检查补充说明', en: 'Inspection addendum' },
  rectification: { zh: '整改事项', en: 'Rectification' },
  report: { zh: '报告', en: 'Report' },
  indicatorSystem: { zh: '评估指标体系', en: 'Indicator system' },
  evaluation: { zh: '评估', en: 'Evaluation' },
  pack: { zh: '检查包', en: 'Field pack' },
  fieldRecord: { zh: '现场记录', en: 'Field record' },
};

/** "ledger.reverse" → 红字冲销 / Reverse expenditure; an unnamed op as its id. */
export function logOpName(op: string, locale: Locale): string {
  return Object.hasOwn(LOG_OP_NAMES, op) ? LOG_OP_NAMES[op]![locale] : op;
}

export function logEntityTypeName(type: string | null, locale: Locale): string {
  if (type === null) return '—';
  return Object.hasOwn(LOG_ENTITY_TYPE_NAMES, type) ? LOG_ENTITY_TYPE_NAMES[type]![locale] : type;
}

function named(names: Readonly<Record<string, { zh: string; en: string }>>, text: string): string[] {
  const term = text.trim().toLowerCase();
  if (term === '') return [];
  return Object.entries(names)
    .filter(([, n]) => n.zh.includes(term) || n.en.toLowerCase().includes(term))
    .map(([id]) => id);
}

/** The ops whose name, in either language, contains the text (without regard to case): 冲销 → the reversals. */
export function opsNamed(text: string): string[] {
  return named(LOG_OP_NAMES, text);
}

export function entityTypesNamed(text: string): string[] {
  return named(LOG_ENTITY_TYPE_NAMES, text);
}
