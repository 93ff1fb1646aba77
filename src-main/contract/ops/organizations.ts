import { z } from 'zod';
import { normalizeCreditCode, validateCreditCode, type CreditCodeKind } from '../../core/credit-code';
import { isDistrictCode } from '../../core/districts';
import {
  dateSchema,
  defineOp,
  idSchema,
  listQuerySchema,
  listResultSchema,
  optionalText,
  text,
  timestampSchema,
  whenValid,
} from '../common';

export const ORG_KINDS = ['social_group', 'social_service', 'foundation', 'other'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const REGISTRATIONS = ['registered', 'filed'] as const;
export const RATINGS = ['5A', '4A', '3A', '2A', '1A'] as const;

const districtSchema = z.string().refine(isDistrictCode, { params: { rule: 'district.unknown' } });

/** Empty or whitespace means "no code" (a filed organization may lack one); anything else is normalised. */
const creditCodeField = z
  .string()
  .max(40)
  .nullable()
  .default(null)
  .transform((v) => {
    const n = v === null ? '' : normalizeCreditCode(v);
    return n === '' ? null : n;
  });

const orgFields = {
  name: text(100),
  creditCode: creditCodeField,
  kind: z.enum(ORG_KINDS),
  registration: z.enum(REGISTRATIONS),
  districtCode: districtSchema,
  legalRepresentative: optionalText(50),
  contactPerson: optionalText(50),
  phone: optionalText(30).refine((p) => p === '' || /^[0-9+\-() ]{5,30}$/.test(p), {
    params: { rule: 'phone.format' },
  }),
  foundedDate: dateSchema.nullable().default(null),
  rating: z.enum(RATINGS).nullable().default(null),
};

const KIND_BY_PREFIX: Record<CreditCodeKind, OrgKind> = {
  social_group: 'social_group',
  social_service: 'social_service',
  foundation: 'foundation',
};

interface OrgShape {
  creditCode: string | null;
  kind: OrgKind;
  registration: (typeof REGISTRATIONS)[number];
}

/** The code itself: present when registered, well-formed, right check character. Needs no other field. */
function checkCreditCode(o: Pick<OrgShape, 'creditCode' | 'registration'>, ctx: z.RefinementCtx): void {
  if (o.creditCode === null) {
    if (o.registration === 'registered')
      ctx.addIssue({
        code: 'custom',
        path: ['creditCode'],
        message: '',
        params: { rule: 'creditCode.requiredWhenRegistered' },
      });
    return;
  }
  const r = validateCreditCode(o.creditCode);
  if (!r.ok)
    ctx.addIssue({
      code: 'custom',
      path: ['creditCode'],
      message: '',
      params: { ...r.error, rule: `creditCode.${r.error.code}` },
    });
}

/** A civil-affairs code (5x) says what kind of organization it was issued to; a mismatch is a typo. */
function checkCodeMatchesKind(o: Pick<OrgShape, 'creditCode' | 'kind'>, ctx: z.RefinementCtx): void {
  if (o.creditCode === null) return;
  const r = validateCreditCode(o.creditCode);
  if (!r.ok) return;
  const codeKind = r.value.kind;
  if (codeKind && o.kind !== 'other' && KIND_BY_PREFIX[codeKind] !== o.kind)
    ctx.addIssue({
      code: 'custom',
      path: ['creditCode'],
      message: '',
      params: {
        rule: 'creditCode.kindMismatch',
        prefix: r.value.kindCode,
        codeKind: `@orgKind.${codeKind}`,
        kind: `@orgKind.${o.kind}`,
      },
    });
}

// Each rule runs as soon as the fields it reads are valid, so "校验位错误" shows before a kind is chosen.
export const organizationInput = z
  .strictObject(orgFields)
  .superRefine(checkCreditCode, whenValid('creditCode', 'registration'))
  .superRefine(checkCodeMatchesKind, whenValid('creditCode', 'kind'));
export const organizationUpdateInput = z
  .strictObject({ id: idSchema, ...orgFields })
  .superRefine(checkCreditCode, whenValid('creditCode', 'registration'))
  .superRefine(checkCodeMatchesKind, whenValid('creditCode', 'kind'));

export const organizationViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  creditCode: z.string().nullable(),
  kind: z.enum(ORG_KINDS),
  registration: z.enum(REGISTRATIONS),
  districtCode: z.string(),
  legalRepresentative: z.string(),
  contactPerson: z.string(),
  phone: z.string(),
  foundedDate: z.string().nullable(),
  rating: z.enum(RATINGS).nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type OrganizationView = z.output<typeof organizationViewSchema>;

export const organizationListQuery = listQuerySchema(
  ['name', 'creditCode', 'kind', 'registration', 'districtCode', 'rating', 'foundedDate', 'createdAt'],
  {
    kind: z.enum(ORG_KINDS).optional(),
    registration: z.enum(REGISTRATIONS).optional(),
    districtCode: districtSchema.optional(),
    rating: z.enum(RATINGS).optional(),
  },
);

/** A bar from a year's call (e.g. after a 不合格 final evaluation): such an organization cannot apply. */
export const organizationBarSchema = z.object({
  id: idSchema,
  organizationId: idSchema,
  fromYear: z.int(),
  toYear: z.int(),
  reason: z.string(),
  createdAt: timestampSchema,
});

export const organizationsOps = {
  'organizations.bars': defineOp({
    input: z.strictObject({ organizationId: idSchema }),
    output: z.array(organizationBarSchema),
    access: 'organizations.read',
    mutation: false,
  }),
  'organizations.bar': defineOp({
    input: z
      .strictObject({
        organizationId: idSchema,
        fromYear: z.int().min(2000).max(2100),
        toYear: z.int().min(2000).max(2100),
        reason: text(500),
      })
      .superRefine((v, ctx) => {
        if (v.toYear < v.fromYear)
          ctx.addIssue({ code: 'custom', path: ['toYear'], message: '', params: { rule: 'date.order' } });
      }),
    output: organizationBarSchema,
    access: 'organizations.sanction',
    mutation: true,
  }),
  'organizations.list': defineOp({
    input: organizationListQuery,
    output: listResultSchema(organizationViewSchema),
    access: 'organizations.read',
    mutation: false,
  }),
  'organizations.get': defineOp({
    input: z.strictObject({ id: idSchema }),
    output: organizationViewSchema,
    access: 'organizations.read',
    mutation: false,
  }),
  'organizations.create': defineOp({
    input: organizationInput,
    output: organizationViewSchema,
    access: 'organizations.manage',
    mutation: true,
  }),
  'organizations.update': defineOp({
    input: organizationUpdateInput,
    output: organizationViewSchema,
    access: 'organizations.manage',
    mutation: true,
  }),
} as const;
