import { describe, expect, it } from 'vitest';
import { canonicalJson, checkFieldDisallowance, normalizeFinding } from './packs';

const finding = {
  itemId: null,
  severity: 'major' as const,
  description: '餐费列支无活动记录',
  requirement: '退回餐费',
  responsiblePerson: '王芳',
  deadline: '2016-06-30',
};

describe('a field finding’s 核减', () => {
  it('reads as before when there is none, so packs made earlier keep their digests', () => {
    const none = normalizeFinding({ ...finding, disallowFen: 0, voucherNos: [] });
    expect(canonicalJson(none)).toBe(canonicalJson(finding));
    expect(
      normalizeFinding({ ...finding, disallowFen: 100, voucherNos: [' 2016-0002', '2016-0001', '2016-0002'] }),
    ).toEqual({ ...finding, disallowFen: 100, voucherNos: ['2016-0001', '2016-0002'] });
  });

  it('names an unknown voucher, and an amount above the grant spending of the vouchers named', () => {
    const ledger = new Map([
      ['2016-0001', 50_000],
      ['2016-0002', 0],
      ['2016-0003', 20_000],
    ]);
    expect(checkFieldDisallowance({ disallowFen: 70_000, voucherNos: ['2016-0001', '2016-0003'] }, ledger)).toEqual([]);
    expect(checkFieldDisallowance({ disallowFen: 70_001, voucherNos: ['2016-0001', '2016-0003'] }, ledger)).toEqual([
      { rule: 'finding.disallowOverLines', params: { amount: '700.01', lines: '700.00' } },
    ]);
    expect(checkFieldDisallowance({ disallowFen: 1, voucherNos: ['2016-0002'] }, ledger)).toEqual([
      { rule: 'finding.disallowOverLines', params: { amount: '0.01', lines: '0.00' } },
    ]);
    expect(checkFieldDisallowance({ disallowFen: 1, voucherNos: ['2016-0009'] }, ledger)).toEqual([
      { rule: 'finding.voucherUnknown', params: { voucherNo: '2016-0009' } },
    ]);
  });
});
