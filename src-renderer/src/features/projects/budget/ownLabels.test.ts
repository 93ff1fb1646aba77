import { fieldLabel, labelScopeOf, ops } from '@contract';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/errors';
import type { FormApi } from '../../../components/FormErrors/useSchemaForm';
import { ownLabel, withOwnLabels } from './ownLabels';

describe('ownLabel', () => {
  const mains = (path: string[], scope: string) => fieldLabel(path, 'zh', scope);

  it('replaces main’s label of the field with the form’s own', () => {
    const reason = mains(['reason'], 'budgets');
    expect(ownLabel(`${reason}：不能为空`, 'reason', '调整原因', 'zh', 'budgets')).toBe('调整原因：不能为空');
    const date = mains(['replacement', 'date'], 'ledger');
    expect(ownLabel(`${date}：不能为空`, 'replacement.date', '更正后的日期', 'zh', 'ledger')).toBe(
      '更正后的日期：不能为空',
    );
  });

  it('looks labels up without the row index', () => {
    const amount = mains(['lines', 'amountFen'], 'budgets');
    expect(ownLabel(`${amount}：不能小于 0`, 'lines.2.amountFen', '预算行 03 调整后金额', 'zh', 'budgets')).toBe(
      '预算行 03 调整后金额：不能小于 0',
    );
  });

  it('also replaces a raw path, in either language, and leaves other messages alone', () => {
    expect(ownLabel('payee：不能为空', 'payee', '收款方', 'zh', undefined)).toBe('收款方：不能为空');
    expect(ownLabel('payee: is required', 'payee', 'Payee', 'en', undefined)).toBe('Payee: is required');
    expect(ownLabel('中央财政资金不得列支管理费', 'costType', '费用类型', 'zh', 'ledger')).toBe(
      '中央财政资金不得列支管理费',
    );
  });

  it('the forms’ schemas carry the scope main labels their errors in', () => {
    expect(labelScopeOf(ops['budgets.requestAdjustment'].input)).toBe('budgets');
    expect(labelScopeOf(ops['ledger.reverse'].input)).toBe('ledger');
  });
});

describe('withOwnLabels', () => {
  const refusal = (violations: string[]) =>
    new ApiError({
      kind: 'RuleViolation',
      message: violations.length > 1 ? `不符合规定（共 ${violations.length} 项）：…` : violations[0]!,
      details: {
        issues: [{ path: 'amountFen', field: 'amountFen', rule: 'x', message: 'full text' }],
        violations: violations.map((message) => ({ rule: 'x', message })),
      },
    });
  const form = (serverError: ApiError | null) =>
    ({
      formId: 'f',
      locale: 'zh',
      serverError,
      errorFor: (p: string) => (serverError && p === 'amountFen' ? 'full text' : undefined),
    }) as unknown as FormApi<object>;
  const sums = { title: (n: number) => `${n} 项规则未通过`, field: (n: number) => `${n} 项，见上方` };
  const schema = ops['ledger.post'].input;

  it('sums up a refusal of several rules, naming the field', () => {
    const f = withOwnLabels(form(refusal(['超预算', '超过到位资金'])), { amountFen: '金额' }, schema, sums);
    expect(f.serverError?.message).toBe('金额：2 项规则未通过');
    expect(f.serverError?.violations.map((v) => v.message)).toEqual(['超预算', '超过到位资金']);
    expect(f.errorFor('amountFen')).toBe('2 项，见上方');
  });

  it('names the field of a single rule and keeps the rule’s words', () => {
    const f = withOwnLabels(form(refusal(['中央财政资金不得列支管理费'])), { amountFen: '金额' }, schema, sums);
    expect(f.serverError?.message).toBe('金额：中央财政资金不得列支管理费');
    expect(withOwnLabels(form(null), {}, schema, sums).serverError).toBeNull();
  });
});
