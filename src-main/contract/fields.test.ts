import { describe, expect, it } from 'vitest';
import { fieldLabel, formFieldLabel, labelScopeOf, OP_NAMES, ops } from './index';

describe('field labels: one place for the form and for main', () => {
  it('scopes an input only one op takes by that op, so its own labels apply', () => {
    expect(labelScopeOf(ops['tranches.withdraw'].input)).toBe('tranches.withdraw');
    expect(labelScopeOf(ops['ledger.reverse'].input)).toBe('ledger.reverse');
    expect(formFieldLabel(ops['tranches.withdraw'].input, 'reason', 'zh')).toBe('撤回原因');
    expect(formFieldLabel(ops['tranches.cancel'].input, 'reason', 'zh')).toBe('取消原因');
    expect(formFieldLabel(ops['budgets.requestAdjustment'].input, 'reason', 'zh')).toBe('调整原因');
    expect(formFieldLabel(ops['budgets.rejectAdjustment'].input, 'reason', 'en')).toBe('Reason for rejection');
  });

  it('names a reversal’s date apart from its corrected line’s, and array rows without their index', () => {
    const reverse = ops['ledger.reverse'].input;
    expect(formFieldLabel(reverse, 'date', 'zh')).toBe('冲销日期');
    expect(formFieldLabel(reverse, 'replacement.date', 'zh')).toBe('更正后的支出日期');
    expect(formFieldLabel(reverse, 'replacement.amountFen', 'en')).toBe('Corrected amount');
    expect(formFieldLabel(ops['ledger.post'].input, 'date', 'zh')).toBe('支出日期');
    expect(formFieldLabel(ops['budgets.requestAdjustment'].input, 'lines.3.amountFen', 'zh')).toBe('调整后金额');
  });

  it('falls back to the area and then to the plain label; an op’s label never leaks to another op', () => {
    expect(fieldLabel(['reason'], 'zh', 'tranches.prepare')).toBe('原因');
    expect(fieldLabel(['voucherNo'], 'zh', 'tranches.prepare')).toBe('拨付凭证号');
    expect(fieldLabel(['name'], 'zh', 'reviews.score')).toBe(fieldLabel(['name'], 'zh', 'applications'));
    expect(fieldLabel(['date'], 'zh', 'ledger.post')).toBe('支出日期');
  });

  it('gives every op input with fields a scope of its own area', () => {
    for (const op of OP_NAMES) {
      const shape = (ops[op].input as { shape?: object }).shape;
      if (shape !== undefined && Object.keys(shape).length === 0) continue;
      const scope = labelScopeOf(ops[op].input);
      expect(scope, op).toBeDefined();
      const area = (s: string) => s.split('.')[0];
      const mapped = (s: string) => (['reviews', 'agreements'].includes(area(s)!) ? 'applications' : area(s));
      expect(mapped(scope!), op).toBe(mapped(op));
    }
  });
});
