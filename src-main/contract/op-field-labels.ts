import type { Locale } from './errors';

type Labels = Record<string, Record<Locale, string>>;

/** A corrected line's fields, named apart from the reversal's own date and reason in the same form. */
const CORRECTED: Labels = Object.fromEntries(
  (
    [
      ['date', '支出日期', 'date'],
      ['invoiceNo', '发票号', 'invoice number'],
      ['lineCode', '预算科目', 'budget line'],
      ['share', '资金性质', 'funding share'],
      ['payee', '收款方', 'payee'],
      ['summary', '摘要', 'summary'],
      ['amountFen', '金额', 'amount'],
      ['advance', '垫支', 'advance'],
      ['costType', '费用类型', 'cost type'],
    ] as const
  ).map(([key, zh, en]) => [`ledger.reverse:replacement.${key}`, { zh: `更正后的${zh}`, en: `Corrected ${en}` }]),
);

/**
 * Labels one op gives a field that its area names otherwise ('<op>:<full path>'): the reason of a withdrawal
 * is 撤回原因, of a cancellation 取消原因. The op's form shows these very labels, and main's refusals use them.
 */
export const OP_FIELD_LABELS: Labels = {
  'tranches.withdraw:reason': { zh: '撤回原因', en: 'Reason for withdrawing' },
  'tranches.cancel:reason': { zh: '取消原因', en: 'Reason for cancelling' },
  'tranches.reverse:reason': { zh: '冲销原因', en: 'Reason for the reversal' },
  'ledger.reverse:date': { zh: '冲销日期', en: 'Reversal date' },
  ...CORRECTED,
  'budgets.requestAdjustment:reason': { zh: '调整原因', en: 'Reason for the adjustment' },
  'budgets.requestAdjustment:lines': { zh: '调整明细', en: 'Changes' },
  'budgets.rejectAdjustment:reason': { zh: '驳回原因', en: 'Reason for rejection' },
};
