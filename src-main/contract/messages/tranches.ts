import type { Catalogue } from '../messages';

/**
 * Rule messages for tranches (资金拨付); merged into RULE_MESSAGES. Keys follow core/tranche-state.ts and
 * core/tranche-gates.ts; enum values arrive as '@group.value' and are named from TRANCHE_VALUE_LABELS.
 * A gate has two messages: what holds (shown on the timeline) and what fails (shown and refused).
 */
export const TRANCHES_MESSAGES: Catalogue = {
  'tranche.notFound': { zh: '拨付计划不存在（ID {id}）', en: 'tranche {id} does not exist' },
  'tranche.notApproved': {
    zh: '申报项目当前状态为“{state}”，立项后才有拨付计划',
    en: 'the application is "{state}"; tranches exist only once it is approved',
  },
  'tranche.illegalTransition': {
    zh: '该期拨付当前状态为“{trancheState}”，不能执行“{trancheAction}”',
    en: 'the tranche is "{trancheState}"; "{trancheAction}" is not possible now',
  },
  'tranche.voucherRequired': { zh: '请填写拨付凭证号', en: 'a voucher number is required' },
  'tranche.dateInvalid': { zh: '日期 {date} 不是有效日期', en: '{date} is not a valid date' },
  'tranche.dateInFuture': {
    zh: '日期 {date} 晚于今天（{today}），不能登记未来日期',
    en: 'the date {date} is after today ({today})',
  },
  'tranche.makerChecker': {
    zh: '拨付须由另一名财务人员审核，经办人不能审核自己提交的拨付',
    en: 'a different finance officer must release the tranche; whoever prepared it may not release it',
  },
  'tranche.alreadyReversed': {
    zh: '第 {seq} 期拨付（凭证号 {voucherNo}）已于 {date} 冲销，不能重复冲销',
    en: 'tranche {seq} (voucher {voucherNo}) was already reversed on {date}',
  },
  'tranche.reversalReason': { zh: '冲销须填写原因', en: 'a reversal needs a reason' },
  'tranche.reversalBeforeRelease': {
    zh: '冲销日期 {date} 早于拨付日期 {released}',
    en: 'the reversal date {date} is before the release date {released}',
  },
  'tranche.cancelReason': { zh: '取消拨付须填写原因', en: 'cancelling a tranche needs a reason' },
  // gates
  'tranche.gate.signed': { zh: '项目协议已于 {date} 签订', en: 'the agreement was signed on {date}' },
  'tranche.gate.notSigned': { zh: '项目协议尚未签订', en: 'the agreement has not been signed' },
  'tranche.gate.midtermMissing': { zh: '尚无中期评估', en: 'there is no mid-term evaluation yet' },
  'tranche.gate.midtermPassed': {
    zh: '中期评估 {score} 分（{grade}，{date}）',
    en: 'the mid-term evaluation scored {score} ({grade}, {date})',
  },
  'tranche.gate.midtermFailed': {
    zh: '中期评估 {score} 分，等级为“{grade}”（{date}），不予拨付',
    en: 'the mid-term evaluation scored {score}, graded "{grade}" ({date}); the tranche may not be released',
  },
  'tranche.gate.milestoneMissing': {
    zh: '里程碑“{milestone}”尚未验收',
    en: 'milestone "{milestone}" has not been verified',
  },
  'tranche.gate.milestoneNotVerified': {
    zh: '里程碑“{milestone}”尚未验收',
    en: 'milestone "{milestone}" has not been verified',
  },
  'tranche.gate.milestoneVerified': { zh: '里程碑“{milestone}”已验收', en: 'milestone "{milestone}" is verified' },
  'tranche.gate.previousNotReleased': {
    zh: '第 {previousSeq} 期拨付尚未完成（当前状态：{trancheState}）',
    en: 'tranche {previousSeq} is not settled yet (it is "{trancheState}")',
  },
  'tranche.gate.previousReleased': {
    zh: '第 {previousSeq} 期及以前各期已拨付或取消',
    en: 'tranche {previousSeq} and earlier are released or cancelled',
  },
  'tranche.gate.noSevereRectification': {
    zh: '无未完成的严重整改事项',
    en: 'no severe rectification is open',
  },
  'tranche.gate.severeRectificationOpen': {
    zh: '有 {count} 项严重整改事项尚未完成（{refs}）',
    en: '{count} severe rectification items are still open ({refs})',
  },
  'tranche.gate.withinApproved': {
    zh: '已拨付 {released} 元加本期 {amount} 元，未超过批复金额 {approved} 元',
    en: '{released} yuan released plus {amount} yuan stays within the approved {approved} yuan',
  },
  'tranche.gate.overApproved': {
    zh: '已拨付 {released} 元加本期 {amount} 元，超过批复金额 {approved} 元 {excess} 元',
    en: '{released} yuan released plus {amount} yuan exceeds the approved {approved} yuan by {excess} yuan',
  },
};

/** Names of the tranche states, actions and evaluation grades used in the messages above. */
export const TRANCHE_VALUE_LABELS: Catalogue = {
  'trancheState.planned': { zh: '待拨付', en: 'planned' },
  'trancheState.prepared': { zh: '待确认拨付', en: 'awaiting release' },
  'trancheState.released': { zh: '已拨付', en: 'released' },
  'trancheState.reversed': { zh: '已冲销', en: 'reversed' },
  'trancheState.cancelled': { zh: '已取消', en: 'cancelled' },
  'trancheCondition.on_signing': { zh: '协议签订后', en: 'on signing' },
  'trancheCondition.midterm_passed': { zh: '中期评估合格后', en: 'after a passed mid-term evaluation' },
  'trancheCondition.milestone_verified': { zh: '里程碑验收后', en: 'after a verified milestone' },
  'trancheAction.prepare': { zh: '准备拨付', en: 'prepare' },
  'trancheAction.withdraw': { zh: '撤回', en: 'withdraw' },
  'trancheAction.release': { zh: '确认拨付', en: 'release' },
  'trancheAction.reverse': { zh: '冲销', en: 'reverse' },
  'trancheAction.cancel': { zh: '取消', en: 'cancel' },
  'grade.excellent': { zh: '优秀', en: 'excellent' },
  'grade.good': { zh: '良好', en: 'good' },
  'grade.pass': { zh: '合格', en: 'pass' },
  'grade.fail': { zh: '不合格', en: 'fail' },
};
