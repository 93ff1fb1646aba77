import { describe, expect, it } from 'vitest';
import { makeCreditCode } from '../core/credit-code';
import { ruleSetTemplate } from '../core/rule-set';
import { labelScopeOf, opLabelScope } from './fields';
import { OP_NAMES, ops } from './index';
import { ruleMessage } from './messages';
import { applicationInput } from './ops/applications';
import { fundProgramInput } from './ops/fund-programs';
import { organizationInput } from './ops/organizations';
import { describeIssue, validationError } from './validation';

function messages(
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  value: unknown,
  locale: 'zh' | 'en',
  scope?: string,
) {
  const r = schema.safeParse(value) as { success: boolean; error?: { issues: Parameters<typeof describeIssue>[0][] } };
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => describeIssue(i, locale, scope).message);
}

describe('validation messages', () => {
  it('name the field with a separator that fits the language', () => {
    expect(messages(organizationInput, { name: '' }, 'zh')).toContain('名称：不能为空');
    expect(messages(organizationInput, { name: '' }, 'en')).toContain('Name: is required');
  });

  it('read an empty select as required, not as a list of ids', () => {
    const m = messages(organizationInput, { name: '某机构', registration: 'filed', districtCode: '500101' }, 'zh');
    expect(m).toContain('机构类型：不能为空');
    expect(m.join()).not.toContain('social_group');
  });

  it('run the check character rule before a kind is chosen', () => {
    const good = makeCreditCode('52', '500103', 'MA0000001');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const m = messages(organizationInput, { name: '', creditCode: bad, registration: 'registered' }, 'zh');
    expect(m).toContain(`统一社会信用代码：校验位错误：第 18 位应为“${good[17]}”`);
  });

  it('show enum names, not ids, inside rule messages', () => {
    const code = makeCreditCode('53', '500103', 'MA0000001');
    const m = messages(
      organizationInput,
      { name: 'x', creditCode: code, kind: 'social_group', registration: 'registered', districtCode: '500103' },
      'zh',
    );
    expect(m).toContain('统一社会信用代码：第 1–2 位为“53”（基金会），与机构类型“社会团体”不符');
    const rs = { ...ruleSetTemplate('CENTRAL'), forbiddenCostTypes: [] };
    const p = messages(
      fundProgramInput,
      { code: 'X1', name: 'x', source: 'CENTRAL', year: 2026, totalAllocationFen: 1, ruleSet: rs },
      'zh',
    );
    expect(p.join()).toContain('楼堂馆所建设、基础设施建设');
    expect(ruleMessage('ruleSet.centralForbidden', 'en', { missing: ['@costType.fine'] })).toContain('fines');
  });

  it('label an application name as 项目名称 where the schema carries the applications scope', () => {
    expect(labelScopeOf(applicationInput)).toBe('applications.create');
    const r = applicationInput.safeParse({ name: '' });
    expect(r.success).toBe(false);
    if (r.success) return;
    const body = validationError(r.error, 'zh', labelScopeOf(applicationInput));
    expect(body.details?.issues?.find((i) => i.path === 'name')?.message).toBe('项目名称：不能为空');
    expect(validationError(r.error, 'zh').details?.issues?.find((i) => i.path === 'name')?.field).toBe('名称');
  });
});

describe('op label scopes', () => {
  it('names every op input’s fields by the op itself (then its area), as dispatch does', () => {
    // One empty input object serves several ops without parameters; it has no field to name.
    const shared = (op: (typeof OP_NAMES)[number]) => OP_NAMES.some((o) => o !== op && ops[o].input === ops[op].input);
    const off = OP_NAMES.filter((op) => !shared(op) && labelScopeOf(ops[op].input) !== op);
    expect(off).toEqual([]);
    expect(opLabelScope('agreements.sign')).toBe('applications');
    const issue = ops['closeOut.recordRecovery'].input.safeParse({ applicationId: 1 });
    expect(issue.success).toBe(false);
    expect(validationError(issue.error!, 'zh', labelScopeOf(ops['closeOut.recordRecovery'].input)).message).toContain(
      '收款凭证号',
    );
  });
});
