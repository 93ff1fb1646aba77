import type { Db } from '../statements';

/**
 * The three checklists the bureau starts with (version 1 of each). Frozen with migration 0020: later
 * changes are new versions saved by an administrator. An item is [section, text, answer] where answer is
 * ['yes_no', finding if 否, suggested severity], ['score', maximum], ['number'] or ['text'].
 */
type Answer = ['yes_no', string, 'minor' | 'major' | 'severe'] | ['score', number] | ['number'] | ['text'];
type Item = [string, string, Answer];

const SOCIAL_WORK: Item[] = [
  [
    '项目管理',
    '项目执行团队与申报一致，配备持证社会工作者',
    ['yes_no', '项目团队与申报不一致或未配备持证社会工作者', 'major'],
  ],
  ['项目管理', '项目管理制度健全（例会、督导、档案管理）', ['yes_no', '项目管理制度不健全', 'minor']],
  ['项目管理', '项目实施进度与协议约定一致', ['yes_no', '项目实施进度滞后于协议约定', 'major']],
  ['项目管理', '项目档案完整、分类归档', ['yes_no', '项目档案不完整', 'minor']],
  ['项目管理', '按规定展示资助标识（如“彩票公益金资助—中国福利彩票”）', ['yes_no', '未按规定展示资助标识', 'minor']],
  ['服务开展', '服务对象需求评估记录完整', ['yes_no', '缺少服务对象需求评估记录', 'minor']],
  ['服务开展', '个案服务数（个）', ['number']],
  ['服务开展', '小组活动开展次数（次）', ['number']],
  ['服务开展', '活动签到表、照片等过程记录真实可查', ['yes_no', '活动过程记录不真实或无法核实', 'severe']],
  ['服务开展', '落实服务对象知情同意与隐私保护', ['yes_no', '未落实服务对象知情同意与隐私保护', 'major']],
  ['专业规范', '专业督导按计划开展并有记录', ['yes_no', '未按计划开展专业督导', 'minor']],
  ['专业规范', '服务专业性', ['score', 10]],
  ['资金使用', '项目资金专款专用', ['yes_no', '项目资金未专款专用', 'severe']],
  ['资金使用', '支出与预算科目一致', ['yes_no', '支出与预算科目不一致', 'major']],
  ['服务成效', '服务对象满意度抽查', ['score', 10]],
  ['服务成效', '绩效指标完成进度', ['score', 10]],
  ['服务成效', '检查组意见', ['text']],
];

const FINANCE: Item[] = [
  ['核算与账户', '项目资金单独核算，设立明细账', ['yes_no', '项目资金未单独核算', 'severe']],
  ['核算与账户', '会计凭证、账簿完整，凭证编号连续', ['yes_no', '会计凭证或账簿不完整', 'major']],
  ['核算与账户', '银行账户收支与账面记录一致', ['yes_no', '银行收支与账面记录不符', 'severe']],
  ['票据与支出', '无白条入账', ['yes_no', '存在白条入账', 'major']],
  ['票据与支出', '发票真实、合规，经查验无误', ['yes_no', '发票不真实或不合规', 'severe']],
  ['票据与支出', '未列支禁止列支的费用（管理费、招待费、购置车辆等）', ['yes_no', '列支了禁止列支的费用', 'severe']],
  ['票据与支出', '大额支出有合同、验收及审批手续', ['yes_no', '大额支出缺少合同、验收或审批手续', 'major']],
  ['票据与支出', '劳务费发放有签收，并依法代扣代缴个人所得税', ['yes_no', '劳务费发放手续不全', 'minor']],
  ['配套与拨付', '配套资金按协议到位', ['yes_no', '配套资金未按协议到位', 'major']],
  ['配套与拨付', '配套资金到位金额（元）', ['number']],
  ['配套与拨付', '资金拨付与协议约定一致', ['yes_no', '资金拨付与协议约定不一致', 'major']],
  ['配套与拨付', '预算调整已按规定审批', ['yes_no', '预算调整未经审批', 'major']],
  ['配套与拨付', '财务管理规范程度', ['score', 20]],
  ['配套与拨付', '检查意见', ['text']],
];

// The duties of a volunteer-service organization under 《志愿服务条例》: real-name registration, truthful
// service records matching the national system, suitable assignments, training, insurance and safety,
// privacy, no payment from those served, and record certificates on request.
const VOLUNTEER: Item[] = [
  ['志愿者管理', '志愿者已在全国志愿服务信息系统实名注册', ['yes_no', '志愿者未实名注册', 'major']],
  ['志愿者管理', '参与项目的志愿者人数（人）', ['number']],
  [
    '志愿者管理',
    '如实记录志愿者个人信息、服务情况、培训情况、表彰奖励和评价情况',
    ['yes_no', '志愿服务记录不完整或不真实', 'major'],
  ],
  [
    '志愿者管理',
    '服务时长与全国志愿服务信息系统记录一致',
    ['yes_no', '服务时长与全国志愿服务信息系统不一致', 'severe'],
  ],
  ['志愿者管理', '累计志愿服务时长（小时）', ['number']],
  [
    '志愿者管理',
    '活动安排与志愿者的年龄、知识、技能和身体状况相适应',
    ['yes_no', '活动安排与志愿者条件不相适应', 'minor'],
  ],
  ['志愿者管理', '未成年人参与志愿服务已征得监护人同意', ['yes_no', '未成年人参与未征得监护人同意', 'major']],
  ['培训与保障', '开展志愿者岗前培训并有记录', ['yes_no', '未开展志愿者培训', 'minor']],
  [
    '培训与保障',
    '为参与可能发生人身危险活动的志愿者购买人身意外伤害保险',
    ['yes_no', '未为志愿者购买人身意外伤害保险', 'severe'],
  ],
  ['培训与保障', '制定安全保障措施和突发事件应急预案', ['yes_no', '缺少安全保障措施或应急预案', 'major']],
  ['培训与保障', '保护志愿者和服务对象的个人信息', ['yes_no', '个人信息保护不到位', 'major']],
  ['服务规范', '未向服务对象收取或变相收取报酬', ['yes_no', '向服务对象收取或变相收取报酬', 'severe']],
  ['服务规范', '按志愿者申请如实出具志愿服务记录证明', ['yes_no', '未如实出具志愿服务记录证明', 'minor']],
  ['服务规范', '服务对象满意度', ['score', 10]],
  ['服务规范', '检查组意见', ['text']],
];

const TEMPLATES: [string, string, Item[]][] = [
  ['SOCIAL_WORK_FIELD', '社会工作服务项目实地检查表', SOCIAL_WORK],
  ['FINANCE', '财务检查表', FINANCE],
  ['VOLUNTEER', '志愿服务项目检查表', VOLUNTEER],
];

const AT = '2026-12-01T00:00:00.000Z';

export function seedChecklists(db: Db): void {
  const template = db.prepare('INSERT INTO checklist_templates (code, created_at) VALUES (?, ?)');
  const version = db.prepare(
    'INSERT INTO checklist_versions (template_id, version, name, created_at) VALUES (?, 1, ?, ?)',
  );
  const item = db.prepare(
    `INSERT INTO checklist_items (version_id, seq, section, text, answer_type, max_score, finding_text, finding_severity)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [code, name, items] of TEMPLATES) {
    const t = template.run(code, AT).lastInsertRowid;
    const v = version.run(t, name, AT).lastInsertRowid;
    items.forEach(([section, text, a], i) =>
      item.run(
        v,
        i + 1,
        section,
        text,
        a[0],
        a[0] === 'score' ? a[1] : null,
        a[0] === 'yes_no' ? a[1] : '',
        a[0] === 'yes_no' ? a[2] : null,
      ),
    );
  }
}
