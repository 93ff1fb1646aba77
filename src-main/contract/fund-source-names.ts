/**
 * The one name of each fund source (资金来源), wherever it appears: the program list and page, the form's
 * choices, rule messages ("中央财政资金不得列支管理费") and exports. The money is named, not the program, so the
 * same words read right as a column value and inside a sentence. English is in lower case for use mid-sentence.
 */
export const FUND_SOURCE_NAMES = {
  CENTRAL: { zh: '中央财政资金', en: 'central fiscal funds' },
  LOTTERY: { zh: '市级福彩公益金', en: 'municipal welfare-lottery funds' },
  CENTRAL_LOTTERY: { zh: '中央专项彩票公益金', en: 'central special lottery funds' },
} as const;
