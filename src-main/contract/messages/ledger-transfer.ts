import type { Catalogue } from '../messages';

/**
 * Rule messages of the expenditure import (`grants import expenditures`, services/transfer/expenditures);
 * merged into RULE_MESSAGES. Each is the 原因 of a `第N行 列名: 原因` line; the posting rules' own messages
 * (ledger.*) follow them for the rows whose cells are fine.
 */
export const LEDGER_TRANSFER_MESSAGES: Catalogue = {
  'ledgerImport.projectNotFound': {
    zh: '没有项目编号为“{code}”的项目（项目编号即立项批准文号）',
    en: 'there is no project "{code}" (the project code is the approval number)',
  },
  'ledgerImport.dateFormat': {
    zh: '“{value}”不是日期，应为 YYYY-MM-DD、YYYY/M/D、YYYY年M月D日 或 Excel 日期（如 2016-03-01）',
    en: '"{value}" is not a date; use YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or an Excel date (e.g. 2016-03-01)',
  },
  'ledgerImport.shareUnknown': {
    zh: '“{value}”不是资金性质，应为“财政资金”或“配套资金”',
    en: '"{value}" is not a funding share; use 财政资金 (grant) or 配套资金 (matching)',
  },
  'ledgerImport.advanceUnknown': {
    zh: '“{value}”无法识别，垫支列应填“是”或“否”（不填为否）',
    en: '"{value}" is not understood; the advance column takes 是 (yes) or 否 (no), blank for no',
  },
  'ledgerImport.costTypeUnknown': {
    zh: '“{value}”不是费用类型（可选：{allowed}；不填则按预算科目）',
    en: '"{value}" is not a cost type (allowed: {allowed}; leave it blank to use the budget line\'s)',
  },
  'ledgerImport.amountZero': { zh: '金额不能为 0', en: 'the amount cannot be 0' },
  'ledgerImport.negativeWithoutReversal': {
    zh: '负数金额只用于红字冲销：请在“冲销凭证号”列填写被冲销的原凭证号',
    en: 'a negative amount is only for a reversal (红字冲销): name the voucher it reverses in 冲销凭证号',
  },
  'ledgerImport.reasonWithoutReversal': {
    zh: '只有红字冲销行填写冲销原因（该行没有冲销凭证号）',
    en: 'only a reversal row takes a reason (this row names no voucher to reverse)',
  },
  'ledgerImport.reversalPositive': {
    zh: '冲销凭证 {voucherNo} 的红字冲销金额应为负数',
    en: 'the reversal of voucher {voucherNo} must have a negative amount',
  },
  'ledgerImport.reversalTargetUnknown': {
    zh: '凭证号 {voucherNo} 既不是本文件中项目 {code} 的行，也不在该项目的支出台账中',
    en: 'voucher {voucherNo} is neither a row of project {code} in this file nor in its ledger',
  },
  'ledgerImport.reversalTargetAmbiguous': {
    zh: '本文件中有多行的凭证号为 {voucherNo}（第 {rows} 行），无法确定冲销哪一行',
    en: 'several rows of this file have voucher {voucherNo} (rows {rows}); it is unclear which one to reverse',
  },
  'ledgerImport.reversalOfFailedRow': {
    zh: '被冲销的凭证 {voucherNo}（第 {row} 行）未能导入，本行无法冲销',
    en: 'voucher {voucherNo} (row {row}) could not be imported, so this row cannot reverse it',
  },
  'ledgerImport.reversalAmount': {
    zh: '冲销凭证 {voucherNo} 的金额应为 {expected} 元（原金额的相反数）',
    en: 'the reversal of voucher {voucherNo} must be {expected} yuan (the original amount negated)',
  },
  'ledgerImport.reversalLine': {
    zh: '冲销凭证 {voucherNo} 的预算科目应与原凭证相同（{expected}）',
    en: 'the reversal of voucher {voucherNo} must have the original budget line ({expected})',
  },
  'ledgerImport.reversalShare': {
    zh: '冲销凭证 {voucherNo} 的资金性质应与原凭证相同',
    en: 'the reversal of voucher {voucherNo} must have the original funding share',
  },
};
