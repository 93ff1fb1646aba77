import type { Locale } from './errors';
import { localizeParam } from './value-labels';
import { APPLICATIONS_MESSAGES } from './messages/applications';
import { LOG_MESSAGES } from './messages/log';
import { TRANCHES_MESSAGES } from './messages/tranches';
import { LEDGER_MESSAGES } from './messages/ledger';
import { MILESTONES_MESSAGES } from './messages/milestones';
import { TRANSFER_MESSAGES } from './messages/transfer';
import { CLOSE_OUT_MESSAGES } from './messages/close-out';
import { LEDGER_TRANSFER_MESSAGES } from './messages/ledger-transfer';
import { MONEY_CONTROLS_MESSAGES } from './messages/money-controls';
import { EXPORT_MESSAGES } from './messages/exports';
import { BACKUP_MESSAGES } from './messages/backup';
import { DRAWS_MESSAGES } from './messages/draws';
import { INSPECTIONS_MESSAGES } from './messages/inspections';
import { REPORT_MESSAGES } from './messages/reporting';
import { EVALUATIONS_MESSAGES } from './messages/evaluations';
import { PACKS_MESSAGES } from './messages/packs';

/**
 * The message catalogue shared by main (error envelopes) and the renderer (form errors), so a rule reads the
 * same wherever it is caught. Placeholders are {name}.
 */
export type Catalogue = Record<string, { zh: string; en: string }>;

const BASE_MESSAGES: Catalogue = {
  // generic schema rules
  'schema.required': { zh: '不能为空', en: 'is required' },
  'schema.type': { zh: '类型不正确，应为{expected}', en: 'has the wrong type (expected {expected})' },
  'schema.minLength': { zh: '至少 {min} 个字符', en: 'must have at least {min} characters' },
  'schema.maxLength': { zh: '不能超过 {max} 个字符', en: 'must have at most {max} characters' },
  'schema.minItems': { zh: '至少 {min} 项', en: 'must have at least {min} items' },
  'schema.maxItems': { zh: '不能超过 {max} 项', en: 'must have at most {max} items' },
  'schema.min': { zh: '不能小于 {min}', en: 'must be at least {min}' },
  'schema.max': { zh: '不能大于 {max}', en: 'must be at most {max}' },
  'schema.integer': { zh: '必须是整数', en: 'must be a whole number' },
  'schema.multipleOf': { zh: '必须是 {step} 的整数倍', en: 'must be a multiple of {step}' },
  'schema.enum': { zh: '必须是以下之一：{values}', en: 'must be one of: {values}' },
  'schema.format': { zh: '格式不正确（{format}）', en: 'has an invalid format ({format})' },
  'schema.date': { zh: '必须是有效日期（YYYY-MM-DD）', en: 'must be a valid date (YYYY-MM-DD)' },
  'schema.unknownKeys': { zh: '包含未知字段：{keys}', en: 'contains unknown fields: {keys}' },
  'schema.invalid': { zh: '不符合要求', en: 'is invalid' },
  // money
  'amount.empty': { zh: '请输入金额', en: 'enter an amount' },
  'amount.not_a_number': { zh: '不是有效金额', en: 'is not a valid amount' },
  'amount.too_many_decimals': { zh: '最多两位小数（精确到分）', en: 'may have at most 2 decimals (fen)' },
  'amount.negative': { zh: '不能为负数', en: 'must not be negative' },
  'amount.too_large': { zh: '超出允许的最大金额', en: 'exceeds the largest allowed amount' },
  // credit code (GB 32100-2015)
  'creditCode.empty': { zh: '不能为空', en: 'is required' },
  'creditCode.length': {
    zh: '应为 18 位，当前为 {length} 位',
    en: 'must have 18 characters, it has {length}',
  },
  'creditCode.charset': {
    zh: '第 {position} 位“{char}”不是有效字符（不含 I、O、S、V、Z）',
    en: 'character {position} "{char}" is not allowed (no I, O, S, V, Z)',
  },
  'creditCode.check': {
    zh: '校验位错误：第 18 位应为“{expected}”',
    en: 'check character is wrong: position 18 should be "{expected}"',
  },
  'creditCode.requiredWhenRegistered': {
    zh: '登记的机构必须填写统一社会信用代码',
    en: 'is required for a registered organization',
  },
  'creditCode.kindMismatch': {
    zh: '第 1–2 位为“{prefix}”（{codeKind}），与机构类型“{kind}”不符',
    en: 'positions 1–2 are "{prefix}" ({codeKind}), which does not match the kind "{kind}"',
  },
  'district.unknown': { zh: '不是重庆市的区县代码', en: 'is not a Chongqing district code' },
  'phone.format': { zh: '应为电话号码（数字、空格、-、+）', en: 'must be a phone number' },
  'date.order': { zh: '不能早于开始日期', en: 'must not be before the start date' },
  'date.future': { zh: '不能晚于今天', en: 'must not be in the future' },
  // fund program rule sets
  'ruleSet.percent': { zh: '必须是 0–100 的整数百分比', en: 'must be a whole percentage 0–100' },
  'ruleSet.trancheSum': {
    zh: '拨付计划各期比例之和应为 100%，当前为 {sum}%',
    en: 'tranche percentages must sum to 100%, they sum to {sum}%',
  },
  'ruleSet.milestoneName': {
    zh: '条件为“里程碑验收”时必须填写里程碑名称',
    en: 'a milestone name is required for a milestone condition',
  },
  'ruleSet.duplicateCategory': { zh: '预算科目编码“{code}”重复', en: 'budget category code "{code}" is repeated' },
  'ruleSet.duplicateCriterion': { zh: '评分项编码“{code}”重复', en: 'scoring criterion code "{code}" is repeated' },
  'ruleSet.duplicateClass': { zh: '项目类别“{code}”重复', en: 'project class "{code}" is repeated' },
  'ruleSet.centralManagementFee': {
    zh: '中央财政资金不得列支管理费，管理费上限必须为 0',
    en: 'central funds may not pay a management fee: the cap must be 0',
  },
  'ruleSet.centralForbidden': {
    zh: '中央财政资金必须禁止列支：{missing}',
    en: 'central funds must forbid: {missing}',
  },
  // entity rules
  'fundProgram.codeTaken': { zh: '资金计划编号“{code}”已存在', en: 'fund program code "{code}" already exists' },
  'fundProgram.notFound': { zh: '资金计划不存在（ID {id}）', en: 'fund program {id} does not exist' },
  'organization.creditCodeTaken': {
    zh: '统一社会信用代码“{code}”已被机构“{name}”使用',
    en: 'credit code "{code}" is already used by "{name}"',
  },
  'organization.notFound': { zh: '机构不存在（ID {id}）', en: 'organization {id} does not exist' },
  'user.notFound': { zh: '用户不存在（ID {id}）', en: 'user {id} does not exist' },
  'user.usernameTaken': { zh: '用户名“{username}”已存在', en: 'user name "{username}" already exists' },
  'user.lastAdmin': {
    zh: '不能停用或撤销最后一个系统管理员',
    en: 'cannot disable or demote the last administrator',
  },
  'user.selfDisable': { zh: '不能停用自己的账号', en: 'you cannot disable your own account' },
  'password.weak': {
    zh: '至少 8 位，且同时包含字母和数字',
    en: 'must have at least 8 characters with letters and digits',
  },
  'password.wrongCurrent': { zh: '当前密码不正确', en: 'the current password is wrong' },
  // auth
  'auth.required': { zh: '请先登录', en: 'please sign in' },
  'auth.expired': { zh: '登录已过期，请重新登录', en: 'your session expired, please sign in again' },
  'auth.badCredentials': { zh: '用户名或密码错误', en: 'wrong user name or password' },
  'auth.locked': {
    zh: '账号已锁定（连续 {attempts} 次密码错误），请于 {until} 后再试',
    en: 'account locked after {attempts} failed attempts; try again after {until}',
  },
  'auth.disabled': { zh: '账号已停用', en: 'this account is disabled' },
  'auth.alreadySetUp': {
    zh: '系统已初始化，不能再次创建管理员',
    en: 'the system is already set up; an administrator exists',
  },
  'auth.forbidden': {
    zh: '没有权限：此操作需要“{permission}”权限',
    en: 'not allowed: this needs the "{permission}" permission',
  },
  'op.unknown': { zh: '未知操作“{op}”', en: 'unknown operation "{op}"' },
  'internal.error': {
    zh: '系统内部错误，操作未执行（参考号 {ref}）',
    en: 'internal error, nothing was changed (reference {ref})',
  },
  'db.busy': {
    zh: '数据库正忙：另一项导入正在进行，请稍后重试',
    en: 'the database is busy: another import is running, please try again shortly',
  },
  'log.tableMissing': {
    zh: '操作日志表已被删除（日志被篡改），无法记录此操作，已拒绝执行；请系统管理员用 grants audit verify 检查并从备份恢复',
    en: 'the operation log table was dropped (the log was tampered with), so this change cannot be logged and was refused; an administrator should check with grants audit verify and restore a backup',
  },
  'attachment.store.notFolder': {
    zh: '附件库有误：{path} 应为文件夹，却是一个文件；请系统管理员把它移走（附件库会自动重建）后重试',
    en: 'the attachment store is broken: {path} should be a folder but is a file; an administrator should move it away (the store is rebuilt) and try again',
  },
  'attachment.store.notFile': {
    zh: '附件库有误：{path} 下应为文件的位置是一个文件夹',
    en: 'the attachment store is broken: a folder stands where a file belongs under {path}',
  },
  'attachment.store.noPermission': {
    zh: '附件库 {path} 没有写入权限，文件未保存',
    en: 'no permission to write to the attachment store {path}; the file was not saved',
  },
  'attachment.store.readOnly': {
    zh: '附件库 {path} 位于只读位置，文件未保存',
    en: 'the attachment store {path} is on a read-only location; the file was not saved',
  },
  'attachment.store.diskFull': {
    zh: '附件库 {path} 所在磁盘已满，文件未保存',
    en: 'the disk of the attachment store {path} is full; the file was not saved',
  },
  'attachment.store.other': {
    zh: '附件库 {path} 无法写入（{code}），文件未保存',
    en: 'cannot write to the attachment store {path} ({code}); the file was not saved',
  },
  'demo.notEmpty': {
    zh: '数据库中已有数据，不能加载示例数据',
    en: 'the database already has data; sample data cannot be loaded',
  },
};

/** The catalogue's parts. A key in two parts would let the later one win silently: a test forbids it. */
export const RULE_MESSAGE_PARTS: readonly Catalogue[] = [
  BASE_MESSAGES,
  APPLICATIONS_MESSAGES,
  LOG_MESSAGES,
  TRANSFER_MESSAGES,
  TRANCHES_MESSAGES,
  LEDGER_MESSAGES,
  MILESTONES_MESSAGES,
  CLOSE_OUT_MESSAGES,
  LEDGER_TRANSFER_MESSAGES,
  MONEY_CONTROLS_MESSAGES,
  EXPORT_MESSAGES,
  BACKUP_MESSAGES,
  DRAWS_MESSAGES,
  INSPECTIONS_MESSAGES,
  REPORT_MESSAGES,
  EVALUATIONS_MESSAGES,
  PACKS_MESSAGES,
];

export const RULE_MESSAGES: Catalogue = Object.assign({}, ...RULE_MESSAGE_PARTS) as Catalogue;

export const PERMISSION_LABELS: Catalogue = {
  'users.manage': { zh: '用户管理', en: 'manage users' },
  'fundPrograms.read': { zh: '查看资金计划', en: 'view fund programs' },
  'fundPrograms.manage': { zh: '管理资金计划', en: 'manage fund programs' },
  'organizations.read': { zh: '查看机构', en: 'view organizations' },
  'organizations.manage': { zh: '管理机构', en: 'manage organizations' },
  'system.read': { zh: '查看系统信息', en: 'view system information' },
  'log.read': { zh: '查看操作日志', en: 'view the operation log' },
  'applications.read': { zh: '查看申报项目', en: 'view applications' },
  'applications.edit': { zh: '填报申报项目', en: 'enter applications' },
  'applications.formalReview': { zh: '初审', en: 'formal check' },
  'applications.assignReviewers': { zh: '指派评审专家', en: 'assign reviewers' },
  'applications.score': { zh: '专家评分', en: 'expert scoring' },
  'applications.financeReview': { zh: '财务审核', en: 'finance review' },
  'applications.approve': { zh: '立项审批', en: 'approve applications' },
  'applications.import': { zh: '导入申报项目', en: 'import applications' },
  'applications.export': { zh: '导出数据', en: 'export data' },
  'organizations.sanction': { zh: '登记机构处理（取消申报资格）', en: 'bar organizations' },
  'tranches.manage': { zh: '资金拨付', en: 'release tranches' },
  'ledger.post': { zh: '登记支出台账', en: 'post expenditures' },
  'budgets.request': { zh: '申请预算调整', en: 'request budget adjustments' },
  'budgets.approve': { zh: '审批预算调整', en: 'approve budget adjustments' },
  'milestones.manage': { zh: '里程碑与绩效指标', en: 'manage milestones and indicators' },
  'attachments.upload': { zh: '上传附件', en: 'upload attachments' },
  'projects.close': { zh: '项目结项', en: 'close projects' },
  'recoveries.record': { zh: '资金收回', en: 'record recoveries' },
  'periods.lock': { zh: '结账', en: 'lock fiscal periods' },
  'backups.restore': { zh: '从备份恢复', en: 'restore from a backup' },
  'draws.run': { zh: '随机抽查', en: 'run random inspection draws' },
  'checklists.manage': { zh: '管理检查模板', en: 'manage checklists' },
  'inspections.record': { zh: '监督检查', en: 'record inspections' },
  'rectifications.evidence': { zh: '登记整改材料', en: 'record rectification evidence' },
  'rectifications.verify': { zh: '整改验证', en: 'verify rectifications' },
  'evaluations.manage': { zh: '组织评估', en: 'organize evaluations' },
  'evaluations.score': { zh: '评估打分', en: 'score evaluations' },
  'indicatorSystems.manage': { zh: '维护评估指标体系', en: 'edit indicator systems' },
};

export function interpolate(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

export function ruleMessage(rule: string, locale: Locale, params: Record<string, unknown> = {}): string {
  const entry = RULE_MESSAGES[rule] ?? RULE_MESSAGES['schema.invalid']!;
  const shown: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) shown[k] = localizeParam(v, locale);
  return interpolate(entry[locale], shown);
}

/** "统一社会信用代码：…" in Chinese, "Unified social credit code: …" in English. */
export function fieldMessage(field: string, message: string, locale: Locale): string {
  return locale === 'zh' ? `${field}：${message}` : `${field}: ${message}`;
}
