import { describe, expect, it } from 'vitest';
import { grants } from '../testing/cli';

describe('grants amount-words', () => {
  // The bureau's worked examples and the edges of the range.
  it.each([
    ['100000001.01', '人民币壹亿零壹元零壹分'],
    ['1409.50', '人民币壹仟肆佰零玖元伍角'],
    ['6007.14', '人民币陆仟零柒元壹角肆分'],
    ['16409.02', '人民币壹万陆仟肆佰零玖元零贰分'],
    ['100000.00', '人民币壹拾万元整'],
    ['10', '人民币壹拾元整'],
    ['0.05', '人民币伍分'],
    ['0.50', '人民币伍角整'],
    ['0', '人民币零元整'],
    ['¥1,409.50', '人民币壹仟肆佰零玖元伍角'],
    ['１６４０９.０２', '人民币壹万陆仟肆佰零玖元零贰分'],
    ['9999999999999.99', '人民币玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%s → %s', (amount, words) => {
    const r = grants(['amount-words', amount]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(words + '\n');
    expect(r.code).toBe(0);
  });

  it.each([
    ['abc', 'amount.not_a_number', '不是有效金额'],
    ['1.234', 'amount.too_many_decimals', '最多两位小数'],
    ['-5', 'amount.negative', '不能为负数'],
    ['-0.5', 'amount.negative', '不能为负数'],
    ['10000000000000', 'amount.too_large', '超出允许的最大金额'],
    ['1e5', 'amount.not_a_number', '不是有效金额'],
    ['', 'amount.empty', '请输入金额'],
  ])('rejects %j naming the rule, exit 1', (amount, rule, message) => {
    const r = grants(['amount-words', amount]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(rule);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain(`“${amount}”`);
  });

  it('speaks English with --lang en', () => {
    const r = grants(['--lang', 'en', 'amount-words', '1.234']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'error: invalid amount "1.234": may have at most 2 decimals (fen) (rule amount.too_many_decimals)\n',
    );
  });

  it('is a usage error without an amount or with two', () => {
    const none = grants(['amount-words']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('缺少参数 <amount>');
    expect(none.stderr).toContain('用法：grants amount-words <金额>');
    const two = grants(['amount-words', '1', '2']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('多余的参数“2”');
  });
});
