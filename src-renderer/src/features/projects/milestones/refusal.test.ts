import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/errors';
import { namedRefusal } from './refusal';

function refusal(path: string, message: string): ApiError {
  const issue = { path, field: path, rule: 'r', message };
  return new ApiError({ kind: 'RuleViolation', message, details: { issues: [issue], violations: [issue] } });
}

const labels = { value: '完成值', date: '日期', name: '里程碑名称' };

describe('namedRefusal', () => {
  it('leaves a message that already names its field as main wrote it', () => {
    const e = refusal('value', '完成值“abc”不是有效数字');
    expect(namedRefusal(e, labels, 'zh')).toBe(e);
  });

  it('puts the label in front of a message that does not name its field', () => {
    const e = namedRefusal(refusal('name', '本项目已有名为“开班”的里程碑'), labels, 'zh');
    expect(e.message).toBe('里程碑名称：本项目已有名为“开班”的里程碑');
    expect(e.kind).toBe('RuleViolation');
    expect(e.violations).toHaveLength(1);
    expect(namedRefusal(refusal('name', 'taken'), { name: 'Milestone name' }, 'en').message).toBe(
      'Milestone name: taken',
    );
  });

  it('leaves a refusal about no known field alone', () => {
    const e = refusal('milestoneId', '里程碑须由完成登记人以外的人员验收');
    expect(namedRefusal(e, labels, 'zh')).toBe(e);
    const plain = new ApiError({ kind: 'Forbidden', message: 'no', details: {} });
    expect(namedRefusal(plain, labels, 'zh')).toBe(plain);
  });
});
