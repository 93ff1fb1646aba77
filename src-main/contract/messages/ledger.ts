import type { Catalogue } from '../messages';

/**
 * Rule messages for the expenditure ledger (支出台账) and budget versions (预算调整); merged into
 * RULE_MESSAGES. Keys follow core/ledger.ts, core/ledger-rules.ts, core/budget-versions.ts and the services in
 * services/ledger and services/budgets. Amounts arrive as yuan text ("1,234.56"); a source as '@funds.X' and a
 * cost type as '@costType.x', named in each language. The forbidden-cost wording is the applications' one.
 */
export const LEDGER_MESSAGES: Catalogue = {
  // vouchers
  'ledger.voucher.malformed': {
    zh: '凭证号“{voucherNo}”格式不正确，应为“年度-顺序号”（如 2016-0001）',
    en: 'voucher number "{voucherNo}" is malformed; it should be year-sequence (e.g. 2016-0001)',
  },
  'ledger.voucher.duplicate': { zh: '凭证号 {voucherNo} 重复', en: 'voucher number {voucherNo} is used twice' },
  'ledger.voucher.gap': {
    zh: '{year} 年度凭证号不连续：缺少 {missing}',
    en: 'the {year} voucher numbers have a gap: {missing} is missing',
  },
  // posting rules
  'ledger.projectClosed': {
    zh: '项目已结项，支出台账只读，不能再登记或冲销',
    en: 'the project is closed; its ledger is read-only and nothing can be posted or reversed',
  },
  'ledger.dateInvalid': { zh: '日期 {date} 不是有效日期', en: '{date} is not a valid date' },
  'ledger.periodLocked': {
    zh: '{year} 年度已结账，不能在该期间（{date}）登记',
    en: 'the year {year} is closed (结账); nothing can be posted on {date}',
  },
  'ledger.dateOutsidePeriod': {
    zh: '支出日期 {date} 不在项目执行期（{start} 至 {end}）内',
    en: 'the date {date} is outside the project period ({start} to {end})',
  },
  'ledger.amountInvalid': {
    zh: '金额 {amount} 无效，支出金额须大于 0 且精确到分',
    en: 'the amount {amount} is invalid; an expenditure is more than 0, to the fen',
  },
  'ledger.unknownBudgetLine': {
    zh: '预算科目“{line}”不在当前预算（第 {version} 版）中',
    en: 'budget line "{line}" is not in the current budget (version {version})',
  },
  'ledger.lineAmbiguous': {
    zh: '预算科目“{text}”对应当前预算中的多行（{lines}），请填写预算行编号',
    en: 'budget line "{text}" matches several lines of the current budget ({lines}); give the line code',
  },
  'ledger.categoryNotAllowed': {
    zh: '预算行 {line} 的科目“{categoryCode}”不在本资金计划允许的预算科目内',
    en: 'budget line {line} has category "{categoryCode}", which the fund program does not allow',
  },
  'ledger.forbiddenCostType': {
    zh: '{source}不得列支{costType}（{basis}）',
    en: '{source} may not pay for {costType} ({basis})',
  },
  'ledger.overBudget': {
    zh: '预算行 {line} 的{share}超预算：当前预算（第 {version} 版）{share} {budget} 元，已支出 {actual} 元，本笔 {amount} 元，超出 {over} 元，超过允许的 {tolerancePercent}%（{allowed} 元）；须先经批准的预算调整将该行{share}调至不少于 {required} 元',
    en: "the {share} of budget line {line} would be overspent: current budget (version {version}) {budget} yuan, spent {actual} yuan, this entry {amount} yuan, over by {over} yuan, beyond the {tolerancePercent}% tolerance ({allowed} yuan); an approved adjustment must first raise the line's {share} to at least {required} yuan",
  },
  'ledger.advanceNotGrant': {
    zh: '垫支只适用于财政资金，配套资金支出不能标记为垫支',
    en: 'only grant spending can be an advance (垫支); matching funds cannot',
  },
  'ledger.grantExceedsReceived': {
    zh: '财政资金支出超过到位资金：已到位 {received} 元，已支出 {spent} 元，本笔 {amount} 元，超出 {shortfall} 元；如确需先行支付，请标记为垫支',
    en: 'grant spending exceeds the grant funds received: received {received} yuan, spent {spent} yuan, this entry {amount} yuan, short by {shortfall} yuan; mark it as an advance (垫支) if it must be paid first',
  },
  // reversals (红字冲销)
  'ledger.reversal.notFound': { zh: '台账记录不存在（ID {id}）', en: 'ledger line {id} does not exist' },
  'ledger.reversal.ofReversal': {
    zh: '凭证 {voucherNo} 本身是红字冲销，不能再冲销',
    en: 'voucher {voucherNo} is itself a reversal and cannot be reversed',
  },
  'ledger.reversal.already': {
    zh: '凭证 {voucherNo} 已由凭证 {reversalVoucherNo} 冲销，不能重复冲销',
    en: 'voucher {voucherNo} was already reversed by voucher {reversalVoucherNo}',
  },
  'ledger.reversal.beforeOriginal': {
    zh: '冲销日期 {date} 早于原凭证日期 {originalDate}',
    en: 'the reversal date {date} is before the original date {originalDate}',
  },
  // budget versions and adjustments
  'budget.projectNotApproved': {
    zh: '申报项目当前状态为“{state}”，立项后才有预算和支出台账',
    en: 'the application is "{state}"; a budget and a ledger exist only once it is approved',
  },
  'budget.projectClosed': {
    zh: '项目 {number} 已结项，预算不能再调整',
    en: 'project {number} is closed; its budget can no longer be adjusted',
  },
  'budget.noLines': { zh: '预算至少需要一行', en: 'a budget needs at least one line' },
  'budget.initialTotal': {
    zh: '预算合计 {total} 元，与批复金额 {approved} 元不一致',
    en: 'the budget totals {total} yuan, not the approved {approved} yuan',
  },
  'budget.repeatedLine': { zh: '预算行 {line} 重复', en: 'budget line {line} is repeated' },
  'budget.amountInvalid': {
    zh: '预算行 {line} 的金额 {amount} 无效（须为不小于 0 的金额，精确到分）',
    en: 'budget line {line}: the amount {amount} is invalid (0 or more, to the fen)',
  },
  'budget.unknownCategory': {
    zh: '预算行 {line} 的科目“{categoryCode}”不是本资金计划的预算科目',
    en: 'budget line {line}: "{categoryCode}" is not a budget category of the fund program',
  },
  'budget.categoryCap': {
    zh: '{category}合计 {amount} 元，占预算 {percent}%，超过上限 {capPercent}%',
    en: '{category} totals {amount} yuan, {percent}% of the budget, over the {capPercent}% cap',
  },
  'budget.staleRequest': {
    zh: '该申请基于第 {baseVersion} 版预算，当前已是第 {version} 版，请按最新版本重新申请',
    en: 'the request was made against version {baseVersion}, but the budget is now version {version}; request again against it',
  },
  'budget.reasonRequired': { zh: '预算调整须填写理由', en: 'a budget adjustment needs a reason' },
  'budget.categoryChanged': {
    zh: '预算行 {line} 的科目不能更改（应为“{categoryCode}”）',
    en: 'the category of budget line {line} cannot change (it is "{categoryCode}")',
  },
  'budget.newLineCategory': {
    zh: '新增预算行 {line} 须选择预算科目',
    en: 'the new budget line {line} needs a category',
  },
  'budget.costTypeChanged': {
    zh: '预算行 {line} 的费用类型不能更改',
    en: 'the cost type of budget line {line} cannot change',
  },
  'budget.forbiddenCostType': {
    zh: '预算行 {line}：{source}不得列支{costType}（{basis}）',
    en: 'budget line {line}: {source} may not pay for {costType} ({basis})',
  },
  'budget.belowActual': {
    zh: '预算行 {line} 的{share}调整为 {amount} 元，低于已支出的 {actual} 元',
    en: 'the {share} of budget line {line} would be cut to {amount} yuan, below the {actual} yuan already spent',
  },
  'budget.matchingTotalChanged': {
    zh: '预算调整只能在预算行之间调剂配套资金，配套资金合计须保持 {before} 元不变（调整后为 {after} 元）',
    en: 'an adjustment moves matching funds between lines; their total must stay {before} yuan (it would be {after} yuan)',
  },
  'budget.totalChanged': {
    zh: '预算调整只能在预算行之间调剂，合计须保持 {before} 元不变（调整后为 {after} 元）',
    en: 'an adjustment moves money between lines; the total must stay {before} yuan (it would be {after} yuan)',
  },
  'budget.overApproved': {
    zh: '调整后预算合计 {total} 元，超过批复金额 {approved} 元',
    en: 'the adjusted budget totals {total} yuan, more than the approved {approved} yuan',
  },
  'budget.noChange': { zh: '调整申请没有改变任何预算行', en: 'the request changes no budget line' },
  'budget.sameUser': {
    zh: '预算调整须由另一名财务人员审批，申请人不能审批自己的申请',
    en: 'a different finance officer must approve the adjustment; the requester may not approve it',
  },
  'budget.rejectOwn': {
    zh: '不能驳回自己提出的调整申请，如需取消请撤回',
    en: 'you cannot reject your own request; withdraw it instead',
  },
  'budget.withdrawNotRequester': {
    zh: '只有申请人（{requester}）可以撤回该调整申请',
    en: 'only the requester ({requester}) can withdraw the request',
  },
  'budget.adjustmentNotFound': { zh: '预算调整申请不存在（ID {id}）', en: 'adjustment request {id} does not exist' },
  'budget.adjustmentApproved': {
    zh: '第 {seq} 次调整申请已于 {at}（北京时间）批准，不能再处理',
    en: 'adjustment request no. {seq} was approved at {at} (Beijing time) and cannot be decided again',
  },
  'budget.adjustmentRejected': {
    zh: '第 {seq} 次调整申请已于 {at}（北京时间）驳回，不能再处理',
    en: 'adjustment request no. {seq} was rejected at {at} (Beijing time) and cannot be decided again',
  },
  'budget.adjustmentWithdrawn': {
    zh: '第 {seq} 次调整申请已于 {at}（北京时间）撤回，不能再处理',
    en: 'adjustment request no. {seq} was withdrawn at {at} (Beijing time) and cannot be decided again',
  },
  'budget.versionGap': {
    zh: '预算版本不连续：应为第 {expected} 版，实为第 {found} 版',
    en: 'budget versions have a gap: expected version {expected}, found {found}',
  },
};

/**
 * Field labels for the ledger and budget ops (merged into fields.ts). Names no other area uses are plain
 * (refusals from the services are labelled without a scope); the rest are scoped to 'ledger:' / 'budgets:'.
 */
export const LEDGER_FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  lineId: { zh: '台账记录', en: 'Ledger line' },
  adjustmentId: { zh: '调整申请', en: 'Adjustment request' },
  baseVersion: { zh: '预算版本', en: 'Budget version' },
  invoiceNo: { zh: '发票号', en: 'Invoice number' },
  lineCode: { zh: '预算科目', en: 'Budget line' },
  share: { zh: '资金性质', en: 'Funding share' },
  payee: { zh: '收款方', en: 'Payee' },
  summary: { zh: '摘要', en: 'Summary' },
  advance: { zh: '垫支', en: 'Advance' },
  costType: { zh: '费用类型', en: 'Cost type' },
  replacement: { zh: '更正后的支出', en: 'Corrected line' },
  dateFrom: { zh: '起始日期', en: 'From' },
  dateTo: { zh: '截止日期', en: 'To' },
  reversals: { zh: '红字冲销', en: 'Reversals' },
  'ledger:date': { zh: '支出日期', en: 'Date' },
  'ledger:amountFen': { zh: '金额', en: 'Amount' },
  'ledger:reason': { zh: '冲销原因', en: 'Reason for the reversal' },
  'ledger:applicationId': { zh: '项目', en: 'Project' },
  'budgets:reason': { zh: '理由', en: 'Reason' },
  'budgets:lines': { zh: '预算行', en: 'Budget lines' },
  'budgets:lines.lineCode': { zh: '预算行编号', en: 'Line code' },
  'budgets:lines.categoryCode': { zh: '预算科目', en: 'Category' },
  'budgets:lines.amountFen': { zh: '调整后金额', en: 'New amount' },
  'budgets:lines.costType': { zh: '费用类型', en: 'Cost type' },
  'budgets:applicationId': { zh: '项目', en: 'Project' },
};
