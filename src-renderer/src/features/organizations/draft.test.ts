import { describe, expect, it } from 'vitest';
import { makeCreditCode, organizationInput, organizationUpdateInput, type OrganizationView } from '@contract';
import { checkSchema } from '../../components/FormErrors/fieldErrors';
import { emptyOrganization, kindFromCreditCode, organizationDraft } from './draft';

describe('organization draft', () => {
  it('reports a wrong check character while name and district are still empty', () => {
    const good = makeCreditCode('52', '500103', 'MJ0000001');
    const bad = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
    const draft = { ...emptyOrganization(), creditCode: bad, kind: 'social_service' as const };
    const r = checkSchema(organizationInput, draft, 'zh');
    expect(r.errors.creditCode).toBe(`统一社会信用代码：校验位错误：第 18 位应为“${good[17]}”`);
    expect(r.errors.name).toBe('名称：不能为空');
  });

  it('round-trips a stored organization, a missing code becoming an empty field and back', () => {
    const view: OrganizationView = {
      id: 4,
      name: '九龙坡区学府社区共享志愿服务队',
      creditCode: null,
      kind: 'other',
      registration: 'filed',
      districtCode: '500107',
      legalRepresentative: '',
      contactPerson: '',
      phone: '',
      foundedDate: '2006-12-21',
      rating: null,
      createdAt: 'x',
      updatedAt: 'x',
    };
    const draft = organizationDraft(view);
    expect(draft.creditCode).toBe('');
    const r = organizationUpdateInput.safeParse({ id: 4, ...draft });
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.creditCode).toBeNull();
  });

  it('starts as a registered organization with nothing else chosen, so the code is required', () => {
    const r = organizationInput.safeParse(emptyOrganization());
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.issues.map((i) => i.path.join('.'))).toEqual(['name', 'kind', 'districtCode', 'creditCode']);
  });

  it('reads the kind from a valid civil-affairs code only', () => {
    expect(kindFromCreditCode(makeCreditCode('51', '500103', 'MJ0000001'))).toBe('social_group');
    expect(kindFromCreditCode(makeCreditCode('53', '500103', 'MJ0000001'))).toBe('foundation');
    expect(kindFromCreditCode('52500103MJ0000001')).toBeUndefined();
    expect(kindFromCreditCode(makeCreditCode('91', '500103', 'MA0000001'))).toBeUndefined();
  });
});
