import type { Catalogue } from '../messages';
import { FUND_SOURCE_NAMES } from '../fund-source-names';

/**
 * Rule messages for applications, review, approval and agreements; merged into RULE_MESSAGES. Placeholders
 * are {name}; enum values arrive as '@group.value' references and are named from APPLICATION_VALUE_LABELS.
 */
export const APPLICATIONS_MESSAGES: Catalogue = {
  'application.notFound': { zh: '申报项目不存在（ID {id}）', en: 'application {id} does not exist' },
  'application.violations': {
    zh: '不符合规定（共 {count} 项）：{list}',
    en: '{count} rules are not met: {list}',
  },
  'application.illegalTransition': {
    zh: '当前状态为“{state}”，不能执行“{action}”',
    en: 'the application is "{state}"; "{action}" is not possible now',
  },
  // submission rules (the program's rule set)
  'application.unknownClass': {
    zh: '项目类别“{classCode}”不在本资金计划中（可选：{classes}）',
    en: 'project class "{classCode}" is not one of this program\'s classes ({classes})',
  },
  'application.classCap': {
    zh: '申请金额 {requested} 元超过 {classCode} 类（{className}）单个项目上限 {cap} 元',
    en: 'the request of {requested} yuan exceeds the class {classCode} ({className}) cap of {cap} yuan',
  },
  'application.unknownCategory': {
    zh: '预算第 {line} 行：科目“{categoryCode}”不是本资金计划的预算科目',
    en: 'budget line {line}: "{categoryCode}" is not a budget category of this program',
  },
  'application.categoryCap': {
    zh: '预算科目“{category}”{amount} 元，占预算总额的 {percent}%，超过上限 {capPercent}%',
    en: 'budget category "{category}" ({amount} yuan) is {percent}% of the budget, over its cap of {capPercent}%',
  },
  'application.forbiddenCostType': {
    zh: '预算第 {line} 行：{source}不得列支{costType}（{basis}）',
    en: 'budget line {line}: {source} may not pay for {costType} ({basis})',
  },
  'application.managementFeeCap': {
    zh: '管理费 {amount} 元，占预算总额的 {percent}%，超过上限 {capPercent}%',
    en: 'the management fee of {amount} yuan is {percent}% of the budget, over the cap of {capPercent}%',
  },
  'application.matchingShare': {
    zh: '配套资金 {matching} 元不足：应不低于申请金额的 {percent}%，即 {required} 元',
    en: 'matching funds of {matching} yuan are too low: at least {percent}% of the request, {required} yuan, is required',
  },
  'application.periodOutsideYear': {
    zh: '项目周期 {start} 至 {end} 超出资金计划年度（{year}-01-01 至 {year}-12-31）',
    en: 'the project period {start} to {end} is outside the program year ({year}-01-01 to {year}-12-31)',
  },
  'application.periodOrder': {
    zh: '项目结束日期 {end} 早于开始日期 {start}',
    en: 'the project ends ({end}) before it starts ({start})',
  },
  'application.budgetSum': {
    zh: '预算明细合计 {sum} 元，与申请金额 {requested} 元不一致',
    en: 'the budget lines add up to {sum} yuan, not the requested {requested} yuan',
  },
  'application.matchingSum': {
    zh: '预算明细的配套资金合计 {sum} 元，与配套资金 {matching} 元不一致',
    en: "the budget lines' matching funds add up to {sum} yuan, not the {matching} yuan of matching funds",
  },
  'application.noIndicators': { zh: '至少填写一项绩效指标', en: 'at least one performance indicator is required' },
  'application.noBudgetLines': { zh: '至少填写一行预算明细', en: 'at least one budget line is required' },
  'application.filedCentral': {
    zh: '备案的社会组织不能申报{source}项目',
    en: 'a filed (备案) organization cannot apply for {source}',
  },
  'application.barred': {
    zh: '该机构已被取消 {fromYear}–{toYear} 年度的申报资格（{reason}）',
    en: 'the organization is barred from applying for {fromYear}–{toYear} ({reason})',
  },
  'application.duplicate': {
    zh: '该机构已就本资金计划申报了项目 {code}，不能重复申报',
    en: 'the organization already has application {code} for this program',
  },
  // review
  'application.reasonRequired': { zh: '请填写理由', en: 'a reason is required' },
  'application.notAssigned': { zh: '您未被指派评审该项目', en: 'you are not assigned to review this application' },
  'application.declareFirst': {
    zh: '请先作出无利益冲突声明，再进行评分',
    en: 'declare that you have no conflict of interest before scoring',
  },
  'application.alreadyDeclared': {
    zh: '您已作出声明（{declaration}），不能再次声明',
    en: 'you have already declared ({declaration})',
  },
  'application.alreadyScored': { zh: '您已对该项目评分，不能重复评分', en: 'you have already scored this application' },
  'application.sod.conflictDeclared': {
    zh: '您已声明与该项目存在利益冲突并回避，不能评分',
    en: 'you declared a conflict of interest for this application and may not score it',
  },
  'application.sod.conflictedOrganization': {
    zh: '您曾声明与“{organization}”存在利益冲突，不能评审该机构的任何项目',
    en: 'you declared a conflict of interest with "{organization}" and may not review any of its applications',
  },
  'application.notEvaluator': {
    zh: '用户“{name}”不是在用的评估专家',
    en: 'user "{name}" is not an active evaluator',
  },
  'application.alreadyAssigned': {
    zh: '专家“{name}”已被指派评审该项目',
    en: 'expert "{name}" is already assigned to this application',
  },
  'application.evaluatorRepeated': {
    zh: '专家“{name}”在名单中重复出现',
    en: 'expert "{name}" is listed more than once',
  },
  'application.evaluatorIsAuthor': {
    zh: '“{name}”填报或提交了该项目，不能担任其评审专家',
    en: '"{name}" entered or submitted this application and cannot review it',
  },
  'application.evaluatorConflicted': {
    zh: '专家“{name}”曾声明与“{organization}”存在利益冲突，不能指派',
    en: 'expert "{name}" declared a conflict of interest with "{organization}" and cannot be assigned',
  },
  'application.score.unknownCriterion': {
    zh: '评分项“{criterion}”不在本资金计划的评分标准中',
    en: '"{criterion}" is not a criterion of this program\'s rubric',
  },
  'application.score.duplicateCriterion': {
    zh: '评分项“{criterion}”重复评分',
    en: 'criterion "{criterion}" is scored more than once',
  },
  'application.score.missingCriterion': {
    zh: '评分项“{criterion}”未评分',
    en: 'criterion "{criterion}" is not scored',
  },
  'application.score.range': {
    zh: '评分项“{criterion}”得分 {points} 无效：应为 0–{max} 分，以 0.5 分为单位',
    en: 'criterion "{criterion}": {points} is not valid; give 0–{max} points in steps of 0.5',
  },
  'application.score.overMax': {
    zh: '评分项“{criterion}”得分 {points} 超过该项满分 {max} 分',
    en: 'criterion "{criterion}": {points} is above its maximum of {max} points',
  },
  'application.noScores': { zh: '尚无专家评分', en: 'no expert has scored yet' },
  'application.expertReviewIncomplete': {
    zh: '尚有专家未完成声明或评分：{names}',
    en: 'these experts have not declared or scored yet: {names}',
  },
  // finance review, notice, decision
  'application.finance.unknownLine': {
    zh: '预算行（ID {lineId}）不属于该项目',
    en: 'budget line {lineId} does not belong to this application',
  },
  'application.finance.repeatedLine': { zh: '预算行（ID {lineId}）重复', en: 'budget line {lineId} is given twice' },
  'application.finance.overLine': {
    zh: '预算第 {line} 行：核定金额 {approved} 元超过申请金额 {amount} 元',
    en: 'budget line {line}: the approved {approved} yuan exceeds the {amount} yuan asked for',
  },
  'application.finance.cutReason': {
    zh: '预算第 {line} 行核减 {cut} 元，须说明理由',
    en: 'budget line {line} is cut by {cut} yuan: give the reason',
  },
  'application.notice.order': {
    zh: '公示结束日期 {endDate} 早于开始日期 {startDate}',
    en: 'the notice ends ({endDate}) before it starts ({startDate})',
  },
  'application.notice.tooShort': {
    zh: '公示期 {startDate} 至 {endDate} 共 {days} 天，少于规定的 {minDays} 天',
    en: 'the notice {startDate} to {endDate} lasts {days} days, fewer than the required {minDays}',
  },
  'application.notice.notEnded': {
    zh: '公示期至 {endDate} 结束，公示结束后方可立项（今天是 {today}）',
    en: 'the public notice runs until {endDate}; approval is possible only after it ends (today is {today})',
  },
  'application.approve.positive': { zh: '立项金额必须大于 0', en: 'the approved amount must be more than 0' },
  'application.approve.overReviewed': {
    zh: '立项金额 {approved} 元超过财务审核核定的 {reviewed} 元',
    en: 'the approved {approved} yuan exceeds the {reviewed} yuan set by the finance review',
  },
  'application.approvalNumberTaken': {
    zh: '立项文号“{number}”已被项目 {code} 使用',
    en: 'approval number "{number}" is already used by {code}',
  },
  'application.sod.creator': {
    zh: '您是该项目的填报人，不能审批立项（职责分离）',
    en: 'you entered this application, so you cannot approve it (separation of duties)',
  },
  'application.sod.submitter': {
    zh: '您提交了该项目，不能审批立项（职责分离）',
    en: 'you submitted this application, so you cannot approve it (separation of duties)',
  },
  'application.sod.financeRole': {
    zh: '立项审批须由财务审核人员进行',
    en: 'approval needs the finance officer role',
  },
  'agreement.notFound': { zh: '申报项目 {id} 尚无项目协议', en: 'application {id} has no agreement' },
  'agreement.alreadySigned': { zh: '项目协议已于 {date} 签订', en: 'the agreement was already signed on {date}' },
  'agreement.projectClosed': {
    zh: '项目已于 {date} 结项，不能再签订协议',
    en: 'the project was closed on {date}; the agreement can no longer be signed',
  },
  'agreement.beforeApproval': {
    zh: '签订日期不能早于立项日期 {date}',
    en: 'the agreement cannot be signed before the approval date {date}',
  },
  // organization bars, saved filters
  'savedFilter.notFound': { zh: '筛选方案不存在（ID {id}）', en: 'saved filter {id} does not exist' },
};

/** Names of the enum values used in the messages above ('@group.value'). */
export const APPLICATION_VALUE_LABELS: Catalogue = {
  'applicationState.draft': { zh: '草稿', en: 'draft' },
  'applicationState.submitted': { zh: '已提交', en: 'submitted' },
  'applicationState.returned': { zh: '已退回', en: 'returned' },
  'applicationState.expert_review': { zh: '专家评审中', en: 'in expert review' },
  'applicationState.finance_review': { zh: '财务审核中', en: 'in finance review' },
  'applicationState.finance_reviewed': { zh: '财务已审核', en: 'finance-reviewed' },
  'applicationState.in_notice': { zh: '公示中', en: 'in public notice' },
  'applicationState.approved': { zh: '已立项', en: 'approved' },
  'applicationState.rejected': { zh: '不予立项', en: 'rejected' },
  'applicationAction.update': { zh: '修改', en: 'edit' },
  'applicationAction.submit': { zh: '提交', en: 'submit' },
  'applicationAction.formalPass': { zh: '初审通过', en: 'pass the formal check' },
  'applicationAction.formalReturn': { zh: '初审退回', en: 'return after the formal check' },
  'applicationAction.assignReviewers': { zh: '指派评审专家', en: 'assign experts' },
  'applicationAction.declare': { zh: '利益冲突声明', en: 'declare conflicts of interest' },
  'applicationAction.score': { zh: '专家评分', en: 'score' },
  'applicationAction.completeExpertReview': { zh: '完成专家评审', en: 'complete the expert review' },
  'applicationAction.financeReview': { zh: '财务审核', en: 'finance review' },
  'applicationAction.startNotice': { zh: '开始公示', en: 'start the public notice' },
  'applicationAction.approve': { zh: '立项', en: 'approve' },
  'applicationAction.reject': { zh: '不予立项', en: 'reject' },
  'declaration.pending': { zh: '未声明', en: 'not declared' },
  'declaration.no_conflict': { zh: '无利益冲突', en: 'no conflict of interest' },
  'declaration.conflict': { zh: '存在利益冲突', en: 'conflict of interest' },
  'funds.CENTRAL': FUND_SOURCE_NAMES.CENTRAL,
  'funds.LOTTERY': FUND_SOURCE_NAMES.LOTTERY,
  'funds.CENTRAL_LOTTERY': FUND_SOURCE_NAMES.CENTRAL_LOTTERY,
};

/** Labels of the application ops' input fields, for messages that name the field. */
export const APPLICATION_FIELD_LABELS: Catalogue = {
  // Scoped: an application's name is its project name (see fieldLabel's scope).
  'applications:name': { zh: '项目名称', en: 'Project name' },
  'applications:reason': { zh: '原因', en: 'Reason' },
  fundProgramId: { zh: '资金计划', en: 'Fund program' },
  organizationId: { zh: '申报机构', en: 'Organization' },
  classCode: { zh: '项目类别', en: 'Project class' },
  projectKind: { zh: '项目类型', en: 'Project kind' },
  serviceArea: { zh: '服务领域', en: 'Service area' },
  beneficiaries: { zh: '服务对象', en: 'Beneficiaries' },
  beneficiaryCount: { zh: '受益人数', en: 'Number of beneficiaries' },
  periodStart: { zh: '开始日期', en: 'Start date' },
  periodEnd: { zh: '结束日期', en: 'End date' },
  objectives: { zh: '项目目标', en: 'Objectives' },
  requestedFen: { zh: '申请金额', en: 'Amount requested' },
  matchingFen: { zh: '配套资金', en: 'Matching funds' },
  indicators: { zh: '绩效指标', en: 'Performance indicators' },
  'indicators.name': { zh: '指标名称', en: 'Indicator' },
  'indicators.unit': { zh: '指标单位', en: 'Unit' },
  'indicators.target': { zh: '指标目标值', en: 'Target' },
  budgetLines: { zh: '预算明细', en: 'Budget lines' },
  'budgetLines.categoryCode': { zh: '预算科目', en: 'Budget category' },
  'budgetLines.costType': { zh: '费用类型', en: 'Cost type' },
  'budgetLines.amountFen': { zh: '申请财政资金', en: 'Grant requested' },
  'budgetLines.matchingFen': { zh: '配套资金', en: 'Matching funds' },
  'budgetLines.note': { zh: '说明', en: 'Note' },
  decision: { zh: '初审结论', en: 'Decision' },
  reason: { zh: '原因', en: 'Reason' },
  evaluatorIds: { zh: '评审专家', en: 'Experts' },
  hasConflict: { zh: '利益冲突', en: 'Conflict of interest' },
  scores: { zh: '评分', en: 'Scores' },
  'scores.criterionCode': { zh: '评分项', en: 'Criterion' },
  'scores.points': { zh: '得分', en: 'Points' },
  comment: { zh: '评审意见', en: 'Comment' },
  lines: { zh: '预算核减', en: 'Budget cuts' },
  'lines.lineId': { zh: '预算行', en: 'Budget line' },
  'lines.approvedFen': { zh: '核定金额', en: 'Approved amount' },
  'lines.reason': { zh: '核减原因', en: 'Reason for the cut' },
  opinion: { zh: '审核意见', en: 'Opinion' },
  startDate: { zh: '公示开始日期', en: 'Notice start date' },
  endDate: { zh: '公示结束日期', en: 'Notice end date' },
  approvedFen: { zh: '立项金额', en: 'Approved amount' },
  approvalNumber: { zh: '立项文号', en: 'Approval number' },
  applicationId: { zh: '申报项目', en: 'Application' },
  signedDate: { zh: '签订日期', en: 'Signing date' },
  fromYear: { zh: '起始年度', en: 'From year' },
  toYear: { zh: '截止年度', en: 'To year' },
  pendingOnly: { zh: '仅看待办', en: 'Pending only' },
  list: { zh: '列表', en: 'List' },
  query: { zh: '筛选条件', en: 'Query' },
};
