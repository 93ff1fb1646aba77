/** Chinese text for the allocation controls: a program's money against its allocation, in the dialogs too. */
export const zhAllocation = {
  allocation: {
    title: '额度与资金使用',
    summaryLabel: '资金计划额度与资金使用',
    allocated: '资金总额',
    committed: '已立项',
    remaining: '剩余额度',
    released: '已拨付',
    spent: '已支出（财政资金）',
    recovered: '已收回',
    balance: '结余',
    negativeWords: '超出 {{words}}',
    projects: '{{count}} 个项目',
    hints: {
      committed: '已立项项目的立项金额合计，即已占用的额度。',
      remaining: '资金总额 − 已立项。收回的资金退回资金来源，不增加剩余额度；需再次安排时，由管理员调高资金总额。',
      released: '各项目已拨付的资金（扣除冲销）。',
      spent: '各项目台账中的财政资金支出（扣除红字冲销）。',
      recovered: '已收回的结余资金和不合规支出。',
      balance: '已拨付 − 已支出 − 已收回：已拨付给机构、尚未支出也未收回的资金；为负数时表示存在垫支。',
    },
    dialog:
      '资金计划“{{program}}”：资金总额 {{allocated}} 元，已立项 {{committed}} 元，剩余额度 {{remaining}} 元（{{words}}）',
    dialogTitle: '资金计划额度',
    overRemaining: '本项目金额 {{amount}} 元超过剩余额度 {{remaining}} 元：立项时最多可批准 {{remaining}} 元。',
    noneLeft: '该资金计划的额度已用完，须由管理员调高资金总额后才能立项。',
    limitReviewed: '不得高于财务审核核定的 {{amount}} 元',
    limitAllocation: '不得高于资金计划剩余额度 {{amount}} 元（财务审核核定 {{reviewed}} 元）',
  },
};
