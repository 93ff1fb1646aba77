import { describe, expect, it } from 'vitest';
import { expenditureInput } from '../../../contract/index';
import { parseAdvance, parseCostType, parseLedgerDate, parseShare, parseSignedAmount } from './cells';
import { mapExpenditureHeader } from './columns';
import { TEXT_LIMITS } from './rows';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : 'refused');
const rule = (r: { ok: true } | { ok: false; error: { rule: string } }) => (r.ok ? 'ok' : r.error.rule);

describe('expenditure cells', () => {
  it.each([
    ['2015-06-01', '2015-06-01'],
    ['2015/6/1', '2015-06-01'],
    ['2015.6.1', '2015-06-01'],
    ['2015年6月1日', '2015-06-01'],
    ['２０１５年６月１日', '2015-06-01'],
    ['2015-06-01 00:00:00', '2015-06-01'],
    ['2015-06-01 23:59:59.9', '2015-06-01'],
    ['2015/6/1 9:30', '2015-06-01'],
    ['20150601', '2015-06-01'],
    // Excel serial days, as a CSV saved from a date cell that lost its format carries them.
    ['42156', '2015-06-01'],
    ['42156.5', '2015-06-01'],
    ['42369', '2015-12-31'],
  ])('reads the date %s', (text, iso) => {
    expect(value(parseLedgerDate(text))).toBe(iso);
  });

  it.each([
    ['2015-02-30', 'import.dateInvalid'],
    ['20150230', 'import.dateInvalid'],
    ['2016-12-10 25:99', 'import.timeInvalid'],
    ['2016-12-10 99:99:99.9', 'import.timeInvalid'],
    ['2016-12-10 24:00', 'import.timeInvalid'],
    ['2016-12-10 12:60', 'import.timeInvalid'],
    ['2016-12-10 12:00:60', 'import.timeInvalid'],
    ['2015', 'ledgerImport.dateFormat'],
    ['156', 'ledgerImport.dateFormat'],
    ['六月一日', 'ledgerImport.dateFormat'],
    ['01/06/2015', 'ledgerImport.dateFormat'],
  ])('refuses the date %s (%s)', (text, r) => {
    expect(rule(parseLedgerDate(text))).toBe(r);
  });

  it('reads amounts exactly to the fen, reversals negative, and refuses what is not money', () => {
    expect(value(parseSignedAmount('1,234.56'))).toBe(123_456);
    expect(value(parseSignedAmount('¥0.1'))).toBe(10);
    expect(value(parseSignedAmount('-300.00'))).toBe(-30_000);
    // The largest amount there is, exact: 9999999999999.99 × 100 as a float would not be.
    expect(value(parseSignedAmount('9,999,999,999,999.99'))).toBe(999_999_999_999_999);
    expect(rule(parseSignedAmount('10000000000000'))).toBe('amount.too_large');
    expect(rule(parseSignedAmount('1.234'))).toBe('amount.too_many_decimals');
    expect(rule(parseSignedAmount('一百元'))).toBe('amount.not_a_number');
    expect(rule(parseSignedAmount('0.00'))).toBe('ledgerImport.amountZero');
    expect(rule(parseSignedAmount(''))).toBe('schema.required');
  });

  it('reads the funding share, the advance mark and the cost type by name or code', () => {
    expect(['财政资金', '财政', 'Grant', '配套资金', '自筹', 'matching'].map((t) => value(parseShare(t)))).toEqual([
      'grant',
      'grant',
      'grant',
      'matching',
      'matching',
      'matching',
    ]);
    expect(rule(parseShare('专项资金'))).toBe('ledgerImport.shareUnknown');
    expect(['是', 'Y', 'TRUE', '1', '否', '', 'no'].map((t) => value(parseAdvance(t)))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(rule(parseAdvance('也许'))).toBe('ledgerImport.advanceUnknown');
    expect(['招待费', 'hospitality', 'Management fees', ''].map((t) => value(parseCostType(t)))).toEqual([
      'hospitality',
      'hospitality',
      'management_fee',
      null,
    ]);
    const unknown = parseCostType('咖啡');
    expect(!unknown.ok && unknown.error).toMatchObject({ rule: 'ledgerImport.costTypeUnknown' });
  });

  it('keeps the text limits of the ledger.post schema', () => {
    const ok = {
      date: '2015-06-01',
      lineCode: '02',
      share: 'grant',
      amountFen: 1,
      invoiceNo: 'x'.repeat(TEXT_LIMITS.invoiceNo),
      payee: 'x'.repeat(TEXT_LIMITS.payee),
      summary: 'x'.repeat(TEXT_LIMITS.summary),
    };
    expect(expenditureInput.safeParse(ok).success).toBe(true);
    for (const k of ['invoiceNo', 'payee', 'summary'] as const)
      expect(expenditureInput.safeParse({ ...ok, [k]: 'x'.repeat(TEXT_LIMITS[k] + 1) }).success).toBe(false);
  });
});

describe('expenditure header', () => {
  it('maps Chinese headers, English aliases and full-width brackets, and names what is missing', () => {
    const m = mapExpenditureHeader([
      'Project code',
      '日期',
      '发票号码',
      'Budget line',
      '资金性质',
      '收款单位',
      '摘要',
      '金额（元）',
      '是否垫支',
      '备注',
    ]);
    expect(m.missing).toEqual([]);
    expect(m.index).toMatchObject({ project: 0, invoiceNo: 2, budgetLine: 3, payee: 5, amount: 7, advance: 8 });
    expect(m.label.amount).toBe('金额（元）');
    expect(mapExpenditureHeader(['项目编号', '日期']).missing.map((c) => c.zh)).toEqual([
      '发票号',
      '预算科目',
      '资金性质',
      '收款方',
      '摘要',
      '金额(元)',
    ]);
    expect(mapExpenditureHeader(['金额', '金额(元)']).duplicate).toEqual({ column: '金额', other: '金额(元)' });
    // An amount in 万元 is not an amount in 元.
    expect(mapExpenditureHeader(['金额(万元)']).index.amount).toBeUndefined();
  });
});
