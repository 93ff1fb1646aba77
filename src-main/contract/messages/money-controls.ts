import type { Catalogue } from '../messages';

/**
 * Money controls a finance office expects: the allocation as a ceiling (额度控制) and the separation of
 * incompatible duties (不相容职务分离). Amounts arrive as yuan text ("1,234.56").
 */
export const MONEY_CONTROLS_MESSAGES: Catalogue = {
  'allocation.exceeded': {
    zh: '立项金额 {approved} 元超出资金计划“{program}”的剩余额度：资金总额 {allocated} 元，已立项 {committed} 元，剩余额度 {remaining} 元',
    en: 'the approved {approved} yuan exceeds what is left of the allocation of "{program}": total allocation {allocated} yuan, already approved {committed} yuan, remaining {remaining} yuan',
  },
  'allocation.belowCommitted': {
    zh: '资金计划“{program}”的资金总额不能低于已立项金额 {committed} 元（拟调整为 {allocated} 元）',
    en: 'the total allocation of "{program}" cannot be lowered below the {committed} yuan already approved (requested {allocated} yuan)',
  },
  'application.sod.financeReviewer': {
    zh: '您是该项目的财务审核人，不能审批立项（不相容职务分离：审核与审批不得由同一人办理）',
    en: 'you did the finance review of this application, so you cannot approve it (separation of duties: whoever reviews may not approve)',
  },
  'user.auditorExclusive': {
    zh: '审计角色不得与{roles}兼任（不相容职务分离：审计人员不得担任可修改数据的职务）',
    en: 'the auditor role cannot be combined with {roles} (separation of duties: an auditor holds no role that changes data)',
  },
};

/** Role names for the messages above ('@role.finance'). */
export const ROLE_VALUE_LABELS: Catalogue = {
  'role.admin': { zh: '系统管理员', en: 'administrator' },
  'role.finance': { zh: '财务审核', en: 'finance officer' },
  'role.project': { zh: '项目管理', en: 'project officer' },
  'role.evaluator': { zh: '评估检查', en: 'evaluator' },
  'role.auditor': { zh: '审计', en: 'auditor' },
};
