import { ApiError } from '../../../api/errors';
import { describe, expect, it } from 'vitest';
import { namedServerError, relabel } from './formLabels';

const LABELS = { voucherNo: '拨付凭证号', voucherDate: '凭证日期' };

describe('relabel', () => {
  it('replaces a raw path with the label, in either language', () => {
    expect(relabel('voucherNo：不能为空', 'voucherNo', '拨付凭证号', 'zh')).toBe('拨付凭证号：不能为空');
    expect(relabel('voucherNo: is required', 'voucherNo', 'Voucher number', 'en')).toBe('Voucher number: is required');
  });

  it('leaves a message that does not start with the raw path alone', () => {
    expect(relabel('拨付凭证号：不能为空', 'voucherNo', '拨付凭证号', 'zh')).toBe('拨付凭证号：不能为空');
    expect(relabel('请填写拨付凭证号', 'voucherNo', '拨付凭证号', 'zh')).toBe('请填写拨付凭证号');
    expect(relabel('voucherNoX：不能为空', 'voucherNo', '拨付凭证号', 'zh')).toBe('voucherNoX：不能为空');
  });
});

describe('namedServerError', () => {
  const refusal = (path: string | null, message: string) =>
    new ApiError({
      kind: 'RuleViolation',
      message,
      details: {
        rule: 'tranche.dateInFuture',
        ...(path ? { issues: [{ path, field: path, rule: 'tranche.dateInFuture', message }] } : {}),
        violations: [{ rule: 'tranche.dateInFuture', message }],
      },
    });

  it('names the field main tied the rule to', () => {
    const e = namedServerError(refusal('voucherDate', '日期 2999-01-01 晚于今天（2025-01-01）'), LABELS, 'zh');
    expect(e.message).toBe('凭证日期：日期 2999-01-01 晚于今天（2025-01-01）');
    expect(e.kind).toBe('RuleViolation');
    expect(e.violations).toHaveLength(1);
  });

  it('does not name it twice, and relabels a raw path', () => {
    expect(namedServerError(refusal('voucherNo', '拨付凭证号：不能为空'), LABELS, 'zh').message).toBe(
      '拨付凭证号：不能为空',
    );
    expect(namedServerError(refusal('voucherNo', 'voucherNo：不能为空'), LABELS, 'zh').message).toBe(
      '拨付凭证号：不能为空',
    );
  });

  it('keeps an error about no field of the form as it is', () => {
    const plain = refusal(null, '拨付须由另一名财务人员审核');
    expect(namedServerError(plain, LABELS, 'zh')).toBe(plain);
    const other = refusal('trancheId', 'x');
    expect(namedServerError(other, LABELS, 'zh')).toBe(other);
  });
});
