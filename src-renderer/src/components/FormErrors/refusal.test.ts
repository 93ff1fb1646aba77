import { describe, expect, it } from 'vitest';
import { formFieldLabel, ops, validationError, type ApiErrorBody } from '@contract';
import { ApiError } from '../../api/errors';
import { fieldOf, placeRefusal } from './refusal';

const WORDS = { rulesBroken: (n: number) => `${n} 项规则未通过`, rulesBrokenBelow: (n: number) => `${n} 项，见上方` };

/** What dispatch sends for a service refusal tied to a field (appErrorBody): the label in the op's scope. */
function refusal(op: keyof typeof ops, path: string | null, rules: string[]): ApiError {
  const message = rules.length > 1 ? `不符合规定（共 ${rules.length} 项）：${rules.join('；')}` : rules[0]!;
  const field = path === null ? undefined : formFieldLabel(ops[op].input, path, 'zh');
  const body: ApiErrorBody = {
    kind: 'RuleViolation',
    message,
    details: {
      rule: 'r',
      violations: rules.map((m) => ({ rule: 'r', message: m })),
      ...(path === null ? {} : { field, issues: [{ path, field: field!, rule: 'r', message }] }),
    },
  };
  return new ApiError(body);
}

/** What dispatch sends when the op's schema refuses the input. */
function invalid(op: keyof typeof ops, input: unknown): ApiError {
  const r = ops[op].input.safeParse(input);
  if (r.success) throw new Error('expected the schema to refuse');
  return new ApiError(validationError(r.error, 'zh', 'tranches.prepare'));
}

describe('placeRefusal', () => {
  it('puts a schema refusal under the field main named, with the label the form shows, and nothing above', () => {
    const e = invalid('tranches.prepare', { trancheId: 1, voucherNo: '', voucherDate: '2016-01-01' });
    const placed = placeRefusal(e, ['voucherNo', 'voucherDate'], WORDS, 'zh');
    expect(placed.fields).toEqual({
      voucherNo: `${formFieldLabel(ops['tranches.prepare'].input, 'voucherNo', 'zh')}：不能为空`,
    });
    expect(placed.fields.voucherNo).toBe('拨付凭证号：不能为空');
    expect(placed.alert).toBeNull();
  });

  it('puts a service refusal under its field once, in main’s words', () => {
    const e = refusal('ledger.post', 'costType', ['中央财政资金不得列支管理费（财社〔2012〕138号）']);
    const placed = placeRefusal(e, ['date', 'costType', 'amountFen'], WORDS, 'zh');
    expect(placed.fields).toEqual({ costType: '中央财政资金不得列支管理费（财社〔2012〕138号）' });
    expect(placed.alert).toBeNull();
  });

  it('sums up several rules: the field points up, the alert names the field and lists each rule once', () => {
    const e = refusal('ledger.post', 'amountFen', ['超出预算', '超过已到位财政资金']);
    const placed = placeRefusal(e, ['date', 'amountFen'], WORDS, 'zh');
    expect(placed.fields).toEqual({ amountFen: '2 项，见上方' });
    expect(placed.alert).toEqual({ title: '金额：2 项规则未通过', items: ['超出预算', '超过已到位财政资金'] });
    // Main's own message (which joins the rules) is not the title: that would say every rule twice.
    expect(placed.alert?.title).not.toContain('超出预算');
  });

  it('leaves a refusal about no field of the form to the alert, as its title alone', () => {
    const e = refusal('tranches.release', 'trancheId', ['拨付须由另一名财务人员审核']);
    expect(placeRefusal(e, [], WORDS, 'zh')).toEqual({
      fields: {},
      alert: { title: '拨付须由另一名财务人员审核', items: [] },
    });
    const plain = new ApiError({ kind: 'Forbidden', message: '没有权限', details: { rule: 'auth.forbidden' } });
    expect(placeRefusal(plain, ['reason'], WORDS, 'zh').alert).toEqual({ title: '没有权限', items: [] });
  });

  it('shows an error at a path the form has no field for in the alert, never hiding it', () => {
    const e = invalid('tranches.prepare', { trancheId: 0, voucherNo: 'V1', voucherDate: '2016-01-01' });
    const placed = placeRefusal(e, ['voucherNo', 'voucherDate'], WORDS, 'zh');
    expect(placed.fields).toEqual({});
    expect(placed.alert?.title).toBe(e.issues[0]!.message);
  });

  it('places a row cell’s error at its own path inside a table field, or above when the table leaves it there', () => {
    expect(fieldOf('lines.2.amountFen', ['reason', 'lines'])).toBe('lines.2.amountFen');
    expect(fieldOf('linesX', ['lines'])).toBeUndefined();
    const e = refusal('budgets.requestAdjustment', 'lines.2.amountFen', ['不得低于已支出']);
    expect(placeRefusal(e, ['reason'], WORDS, 'zh').alert).toEqual({ title: '不得低于已支出', items: [] });
  });

  it('uses details.path when main gives no issues', () => {
    const e = new ApiError({ kind: 'Conflict', message: '编号已被使用', details: { rule: 'x', path: 'code' } });
    expect(placeRefusal(e, ['code'], WORDS, 'zh')).toEqual({ fields: { code: '编号已被使用' }, alert: null });
  });
});
