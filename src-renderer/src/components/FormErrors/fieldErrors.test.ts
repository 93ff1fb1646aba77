import { describe, expect, it } from 'vitest';
import { fundProgramInput, makeCreditCode, organizationInput, ruleSetTemplate } from '@contract';
import { checkSchema, fieldId, isWithin, issuesToErrors } from './fieldErrors';

const GOOD = makeCreditCode('52', '500103', 'MJ0000001');
const BAD = `${GOOD.slice(0, 17)}${GOOD[17] === '0' ? '1' : '0'}`;

describe('checkSchema', () => {
  it('names the field and the rule, as main does', () => {
    const r = checkSchema(
      organizationInput,
      { name: '', kind: 'social_service', registration: 'registered', districtCode: '500103' },
      'zh',
    );
    expect(r.ok).toBe(false);
    expect(r.errors.name).toBe('名称：不能为空');
    expect(r.errors.creditCode).toBe('统一社会信用代码：登记的机构必须填写统一社会信用代码');
  });

  it('reports a wrong check character in one pass while other fields are still empty', () => {
    const r = checkSchema(
      organizationInput,
      { name: '', creditCode: BAD, kind: 'other', registration: 'registered' },
      'zh',
    );
    expect(r.errors.creditCode).toBe(`统一社会信用代码：校验位错误：第 18 位应为“${GOOD[17]}”`);
    expect(r.errors.name).toBe('名称：不能为空');
    expect(Object.keys(r.errors).sort()).toEqual(['creditCode', 'districtCode', 'name']);
  });

  it('speaks English when asked', () => {
    const r = checkSchema(
      organizationInput,
      { name: 'x', creditCode: BAD, kind: 'social_service', registration: 'registered', districtCode: '500103' },
      'en',
    );
    // The separator after the label is the contract's (describeIssue); the parts are what matter here.
    expect(r.errors.creditCode).toMatch(/^Unified social credit code/);
    expect(r.errors.creditCode).toContain(`check character is wrong: position 18 should be "${GOOD[17]}"`);
  });

  it('returns the parsed value when the draft is valid', () => {
    const r = checkSchema(
      organizationInput,
      {
        name: ' 心语 ',
        creditCode: GOOD.toLowerCase(),
        kind: 'social_service',
        registration: 'registered',
        districtCode: '500103',
      },
      'zh',
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data).toMatchObject({ name: '心语', creditCode: GOOD });
  });

  it('puts rule-set errors on their nested paths, in issue order', () => {
    const ruleSet = ruleSetTemplate('CENTRAL');
    ruleSet.managementFeeCapPercent = 5;
    ruleSet.tranchePlan[0]!.percent = 50;
    const r = checkSchema(
      fundProgramInput,
      { code: 'CQ-1', name: 'x', source: 'CENTRAL', year: 2025, totalAllocationFen: 100, ruleSet },
      'zh',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors['ruleSet.tranchePlan']).toBe('拨付计划：拨付计划各期比例之和应为 100%，当前为 90%');
    expect(r.errors['ruleSet.managementFeeCapPercent']).toContain('中央财政资金不得列支管理费');
    expect(r.order[0]).toBe('ruleSet.tranchePlan');
  });
});

describe('small helpers', () => {
  it('issuesToErrors keeps the first message per path', () => {
    expect(
      issuesToErrors([
        { path: 'a', message: '1' },
        { path: 'a', message: '2' },
        { path: 'b', message: '3' },
      ]),
    ).toEqual({ a: '1', b: '3' });
  });
  it('isWithin matches a path and its descendants only', () => {
    expect(isWithin('ruleSet.categories.0.code', 'ruleSet.categories')).toBe(true);
    expect(isWithin('ruleSet.categories', 'ruleSet.categories')).toBe(true);
    expect(isWithin('ruleSet.categoriesX', 'ruleSet.categories')).toBe(false);
    expect(isWithin('ruleSet', 'ruleSet.categories')).toBe(false);
  });
  it('fieldId makes CSS-friendly ids', () => {
    expect(fieldId('fp', 'ruleSet.classCaps.2.capFen')).toBe('fp-ruleSet-classCaps-2-capFen');
  });
});
