import type { Catalogue } from '../messages';

/**
 * Rule messages for close-out (结项), recovery (资金收回) and the fiscal period lock (结账); merged into
 * RULE_MESSAGES. Keys follow core/close-out.ts and services/close-out, services/periods. A checklist item has
 * two messages: what holds (shown on the checklist) and what fails (shown, and named when closing is refused).
 */
export const CLOSE_OUT_MESSAGES: Catalogue = {
  // checklist (core closeOutChecklist)
  'closeOut.notApplicable': { zh: '尚无监督检查记录', en: 'no supervision records yet' },
  'closeOut.tranchesSettled': {
    zh: '全部 {count} 期拨付已拨付或取消',
    en: 'all {count} tranches are released or cancelled',
  },
  'closeOut.tranchesUnsettled': {
    zh: '有 {count} 期拨付尚未完成（第 {seqs} 期），须拨付或取消',
    en: '{count} tranches are not settled (tranche {seqs}); release or cancel them',
  },
  'closeOut.allPosted': {
    zh: '所有事项均已记账，无待确认的拨付或待审批的预算调整',
    en: 'everything entered is posted; no tranche or budget adjustment awaits approval',
  },
  'closeOut.unposted': {
    zh: '有 {count} 笔事项尚未完成审核（待确认的拨付或待审批的预算调整）',
    en: '{count} entries are still awaiting approval (tranches prepared but not released, or budget adjustments)',
  },
  'closeOut.noOpenAdvances': { zh: '无未结清的垫支', en: 'no advance is open' },
  'closeOut.openAdvances': {
    zh: '财政资金支出 {spent} 元超过到位资金 {received} 元，尚有垫支 {open} 元未结清',
    en: 'grant spending of {spent} yuan exceeds the {received} yuan received: an advance of {open} yuan is open',
  },
  'closeOut.recoverySettled': {
    zh: '应收回资金已全部收回（已收回 {recovered} 元）',
    en: 'everything due has been recovered ({recovered} yuan recovered)',
  },
  'closeOut.recoveryOutstanding': {
    zh: '应收回 {due} 元，已收回 {recovered} 元，尚有 {outstanding} 元未收回',
    en: '{due} yuan is due for recovery and {recovered} yuan was recovered: {outstanding} yuan is outstanding',
  },
  'closeOut.rectificationsClosed': {
    zh: '{count} 项整改事项均已完成',
    en: 'all {count} rectification items are closed',
  },
  'closeOut.rectificationsOpen': {
    zh: '有 {count} 项整改事项尚未完成（{refs}）',
    en: '{count} rectification items are still open ({refs})',
  },
  'closeOut.finalEvaluationPresent': {
    zh: '结项评估 {score} 分（{grade}，{date}）',
    en: 'the final evaluation scored {score} ({grade}, {date})',
  },
  'closeOut.finalEvaluationMissing': { zh: '尚无结项评估', en: 'there is no final evaluation yet' },
  // closing (services/close-out)
  'closeOut.notApproved': {
    zh: '申报项目当前状态为“{state}”，立项后才能结项或收回资金',
    en: 'the application is "{state}"; only an approved project can be closed or have money recovered',
  },
  'closeOut.alreadyClosed': {
    zh: '项目 {project} 已于 {date} 结项，不能重复结项',
    en: 'project {project} was already closed on {date}',
  },
  'closeOut.dateInFuture': {
    zh: '结项日期 {date} 晚于今天（{today}）',
    en: 'the closing date {date} is after today ({today})',
  },
  'closeOut.dateBeforeLastEntry': {
    zh: '结项日期 {date} 早于本项目最后一笔记账日期 {last}',
    en: 'the closing date {date} is before the project’s last posting ({last})',
  },
  'closeOut.periodLocked': {
    zh: '{year} 年度已结账，结项日期不能为 {date}',
    en: 'the fiscal year {year} is locked; the project cannot be closed on {date}',
  },
  // recoveries (core checkRecovery, services/close-out)
  'recovery.amountInvalid': { zh: '收回金额 {amount} 无效', en: 'the amount {amount} is not valid' },
  'recovery.voucherRequired': { zh: '请填写收款凭证号', en: 'a receipt voucher number is required' },
  'recovery.dateInvalid': { zh: '日期 {date} 不是有效日期', en: '{date} is not a valid date' },
  'recovery.dateInFuture': {
    zh: '收回日期 {date} 晚于今天（{today}），不能登记未来日期',
    en: 'the recovery date {date} is after today ({today})',
  },
  'recovery.overReceived': {
    zh: '已收回 {recovered} 元加本次 {amount} 元，超过到位财政资金 {received} 元',
    en: '{recovered} yuan recovered plus {amount} yuan exceeds the {received} yuan of grant funds received',
  },
  'recovery.disallowedOverSpent': {
    zh: '已认定不合规支出 {disallowed} 元加本次 {amount} 元，超过财政资金支出 {spent} 元',
    en: '{disallowed} yuan already disallowed plus {amount} yuan exceeds the grant spending of {spent} yuan',
  },
  'recovery.reasonRequired': {
    zh: '收回不合规支出须写明原因（哪些支出、依据）',
    en: 'recovering disallowed spending needs a reason (which spending, on what grounds)',
  },
  'recovery.projectClosed': {
    zh: '项目 {project} 已结项，不能再登记资金收回',
    en: 'project {project} is closed; no more recoveries can be recorded',
  },
  'recovery.periodLocked': {
    zh: '{year} 年度已结账，不能登记日期为 {date} 的资金收回',
    en: 'the fiscal year {year} is locked; no recovery dated {date} can be recorded',
  },
  // fiscal period lock (core checkPeriodLock, services/periods)
  'period.alreadyLocked': { zh: '{year} 年度已结账', en: 'the fiscal year {year} is already locked' },
  'period.notEnded': {
    zh: '{year} 年度尚未结束（今天是 {today}），不能结账',
    en: 'the fiscal year {year} has not ended (today is {today}); it cannot be locked yet',
  },
  'period.unposted': {
    zh: '{year} 年度尚有 {count} 笔事项未记账（{kinds}），全部记账后才能结账',
    en: 'the fiscal year {year} still has {count} entries not posted ({kinds}); post them first',
  },
  'period.pendingKind.tranche': { zh: '待确认的拨付', en: 'tranches awaiting release' },
  // tranche mutations (services/tranches/load.ts, step.ts)
  'tranche.projectClosed': {
    zh: '项目 {project} 已结项，不能再办理拨付',
    en: 'project {project} is closed; its tranches can no longer change',
  },
  'tranche.periodLocked': {
    zh: '{year} 年度已结账，不能登记日期为 {date} 的拨付',
    en: 'the fiscal year {year} is locked; nothing dated {date} can be posted',
  },
};

/**
 * Field labels for the close-out and period ops, scoped by the op's area ('closeOut', 'periods') where a name
 * is generic. A service's refusal is labelled without a scope, so its fields have plain labels too.
 */
export const CLOSE_OUT_FIELD_LABELS: Catalogue = {
  closedDate: { zh: '结项日期', en: 'Closing date' },
  amountFen: { zh: '金额', en: 'Amount' },
  'closeOut:applicationId': { zh: '项目', en: 'Project' },
  'closeOut:kind': { zh: '收回类型', en: 'Kind of recovery' },
  'closeOut:amountFen': { zh: '收回金额', en: 'Amount recovered' },
  'closeOut:voucherNo': { zh: '收款凭证号', en: 'Receipt voucher' },
  'closeOut:date': { zh: '收回日期', en: 'Date recovered' },
  'closeOut:reason': { zh: '收回原因', en: 'Reason' },
  'closeOut:closedDate': { zh: '结项日期', en: 'Closing date' },
  'closeOut:note': { zh: '结项说明', en: 'Note' },
  'periods:year': { zh: '会计年度', en: 'Fiscal year' },
  'periods:note': { zh: '结账说明', en: 'Note' },
};
