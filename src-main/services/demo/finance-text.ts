/**
 * Words for the demo's money: who was paid and for what, per budget category, and the reasons people give
 * for corrections. Picked by the seeded generator, so the text is as deterministic as the amounts.
 */

/** Payees and summaries (摘要) per budget category; a category not listed uses ACTIVITY's. */
export const LEDGER_TEXT: Record<string, { payees: readonly string[]; summaries: readonly string[] }> = {
  STAFF: {
    payees: ['项目社工 李娜', '项目社工 王磊', '项目主管 陈晓', '督导 周敏', '项目社工 刘洋', '项目助理 赵倩'],
    summaries: ['支付专职社工工资', '支付项目主管劳务费', '支付督导服务费', '缴纳项目人员社会保险', '支付社工交通补贴'],
  },
  ACTIVITY: {
    payees: [
      '重庆渝州文化传播有限公司',
      '重庆市永辉超市有限公司',
      '重庆山城会务服务有限公司',
      '社区居民委员会',
      '重庆公交集团有限公司',
      '重庆嘉和餐饮管理有限公司',
    ],
    summaries: [
      '社区主题活动场地租金',
      '小组活动物料费',
      '个案服务入户探访交通费',
      '亲子活动保险费',
      '节日慰问活动物资',
      '社区义诊活动耗材',
    ],
  },
  TRAINING: {
    payees: ['重庆市社会工作者协会', '重庆某职业培训学校', '西南大学社会工作系', '重庆青年志愿服务培训中心'],
    summaries: ['志愿者培训讲课费', '社工能力提升培训费', '培训场地及资料费', '外聘专家授课费'],
  },
  MATERIALS: {
    payees: ['重庆市永辉超市有限公司', '重庆新华书店集团', '重庆康复辅具中心', '重庆办公用品商行'],
    summaries: ['购买活动物资', '购买康复辅具', '购买学习用品', '购买办公耗材'],
  },
  PUBLICITY: {
    payees: ['重庆印象广告有限公司', '重庆嘉陵印务有限公司', '重庆山城传媒有限公司'],
    summaries: ['印制宣传折页', '制作宣传展板', '项目宣传视频制作费'],
  },
  EVALUATION: {
    payees: ['重庆天正会计师事务所', '重庆市社会组织评估中心', '重庆明德社会工作评估中心'],
    summaries: ['第三方评估费', '项目专项审计费', '中期评估专家费'],
  },
};

/** The many small receipts of a large volunteer project: per-volunteer subsidies and consumables. */
export const SMALL_ITEMS: readonly [string, string][] = [
  ['志愿者服务队', '志愿者交通补贴'],
  ['志愿者服务队', '志愿者误餐补贴'],
  ['重庆市永辉超市有限公司', '活动饮用水'],
  ['重庆办公用品商行', '签到表及文具'],
  ['重庆公交集团有限公司', '志愿者公交卡充值'],
];

/** Why a posted line was reversed (红字冲销) and posted again. */
export const LEDGER_REVERSAL_REASONS = {
  invoice: '发票号码录入错误，冲销后按正确发票重新入账',
  payee: '收款单位名称有误，冲销后更正重记',
  amount: '金额录入错误，冲销后按发票实际金额重新入账',
} as const;
export type LedgerMistake = keyof typeof LEDGER_REVERSAL_REASONS;

export const TRANCHE_REVERSAL_REASONS: readonly string[] = [
  '收款账户信息有误，资金被退回，冲回后重新拨付',
  '拨付凭证金额与协议不符，冲回后重新办理',
  '开户银行名称填写错误，冲回后重新拨付',
];

export const TRANCHE_CANCEL_REASON = '结项验收材料未能按期提交，经研究本期资金不再拨付，项目按已拨付资金结项';

/** Why a line was raised, by the raised line's category (the money comes from activities). */
export const ADJUSTMENT_REASONS: Record<string, string> = {
  STAFF: '服务对象增加，增聘兼职社工，从活动经费调增人员经费',
  TRAINING: '志愿者培训需求增加，从活动经费调增培训费',
  MATERIALS: '康复辅具需求增加，从活动经费调增物资材料费',
  PUBLICITY: '扩大项目宣传覆盖面，从活动经费调增宣传费',
  EVALUATION: '增加中期专项审计，从活动经费调增评估与审计费',
};
export const ADJUSTMENT_REJECTIONS: readonly string[] = [
  '调整理由不充分，请补充服务量测算依据',
  '活动经费增幅过大，请与区县民政部门沟通后重新申请',
];
export const ADJUSTMENT_PENDING_REASON = '服务对象增加，申请将宣传费节余调入活动经费';

/** Milestones each signed project plans besides the one its tranche plan names, with their evidence. */
export const MILESTONE_EVIDENCE: Record<'kickoff' | 'midterm' | 'final', { fileName: string; text: string }> = {
  kickoff: {
    fileName: '项目启动会签到表及照片说明.txt',
    text: '项目启动会签到表（示例数据）\n参会人员：项目社工、社区代表、服务对象代表\n会议内容：介绍项目目标与服务计划\n',
  },
  midterm: {
    fileName: '中期服务总结报告.txt',
    text: '中期服务总结报告（示例数据）\n一、服务开展情况\n二、资金使用情况\n三、存在问题及下一步计划\n',
  },
  final: {
    fileName: '结项评估报告.txt',
    text: '结项评估报告（示例数据）\n评估结论：项目完成协议约定的服务内容，绩效目标基本达成。\n',
  },
};
export const MILESTONE_NAMES = { kickoff: '项目启动会', midterm: '中期服务总结' } as const;
