import { describe, expect, it } from 'vitest';
import { makeCreditCode, organizationInput, organizationUpdateInput, type OrganizationView } from '@contract';
import { emptyOrganization, kindFromCreditCode, ORG_SAMPLE, organizationDraft } from './draft';

describe('organization draft', () => {
  it('has a sample that is itself valid (the early credit-code check relies on it)', () => {
    expect(organizationInput.safeParse(ORG_SAMPLE).success).toBe(true);
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

  it('starts as a registered organization with nothing else chosen', () => {
    const r = organizationInput.safeParse(emptyOrganization());
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join('.'))).toEqual(['name', 'kind', 'districtCode']);
  });

  it('reads the kind from a valid civil-affairs code only', () => {
    expect(kindFromCreditCode(makeCreditCode('51', '500103', 'MJ0000001'))).toBe('social_group');
    expect(kindFromCreditCode(makeCreditCode('53', '500103', 'MJ0000001'))).toBe('foundation');
    expect(kindFromCreditCode('52500103MJ0000001')).toBeUndefined();
    expect(kindFromCreditCode(makeCreditCode('91', '500103', 'MA0000001'))).toBeUndefined();
  });
});
