import type { OrganizationView, OrgKind } from '@contract';
import type { RATINGS, REGISTRATIONS } from '@contract';
import { validateCreditCode } from '@contract';

export type Registration = (typeof REGISTRATIONS)[number];
export type Rating = (typeof RATINGS)[number];

export interface OrgDraft {
  name: string;
  creditCode: string;
  kind: OrgKind | undefined;
  registration: Registration | undefined;
  districtCode: string | undefined;
  legalRepresentative: string;
  contactPerson: string;
  phone: string;
  foundedDate: string | null;
  rating: Rating | null;
}

export const ORG_PATHS = [
  'name',
  'creditCode',
  'kind',
  'registration',
  'districtCode',
  'legalRepresentative',
  'contactPerson',
  'phone',
  'foundedDate',
  'rating',
];

export function emptyOrganization(): OrgDraft {
  return {
    name: '',
    creditCode: '',
    kind: undefined,
    registration: 'registered',
    districtCode: undefined,
    legalRepresentative: '',
    contactPerson: '',
    phone: '',
    foundedDate: null,
    rating: null,
  };
}

export function organizationDraft(v: OrganizationView): OrgDraft {
  return {
    name: v.name,
    creditCode: v.creditCode ?? '',
    kind: v.kind,
    registration: v.registration,
    districtCode: v.districtCode,
    legalRepresentative: v.legalRepresentative,
    contactPerson: v.contactPerson,
    phone: v.phone,
    foundedDate: v.foundedDate,
    rating: v.rating,
  };
}

/** Positions 1–2 of a valid civil-affairs code say the kind (51/52/53); used to pre-select 机构类型. */
export function kindFromCreditCode(code: string): OrgKind | undefined {
  const r = validateCreditCode(code);
  return r.ok && r.value.kind ? r.value.kind : undefined;
}
