import { CREDIT_CODE_ALPHABET, makeCreditCode } from '../../core/credit-code';
import { DISTRICTS, MUNICIPAL_CODE } from '../../core/districts';
import type { OrganizationFields } from '../../db/organizations-repo';
import { organizationName, personName, phoneNumber, type OrgKindCode } from './names';
import type { Prng } from './prng';

const KIND_PREFIX: Record<Exclude<OrgKindCode, 'other'>, string> = {
  social_group: '51',
  social_service: '52',
  foundation: '53',
};

const RATINGS = [
  ['5A', 5],
  ['4A', 25],
  ['3A', 45],
  ['2A', 20],
  ['1A', 5],
] as const;

// The bureau's own examples, so the sample data shows what users will recognise.
const FEATURED: readonly { name: string; kind: OrgKindCode; district: string }[] = [
  { name: '重庆市渝中区心语社会工作服务中心', kind: 'social_service', district: '500103' },
  { name: '万州区守护天使志愿者协会', kind: 'social_group', district: '500101' },
  { name: '重庆市点亮心窗公益基金会', kind: 'foundation', district: MUNICIPAL_CODE },
];

const BASE = 31 ** 7;
// A multiplier coprime with 31^7 makes i → code a bijection, so codes are unique yet look unrelated.
const MULTIPLIER = 7_368_787;

/** Positions 9–17: "MJ" (as civil-affairs codes often begin) and seven characters unique per index. */
export function demoOrgCode(i: number): string {
  let n = (i * MULTIPLIER + 1_234_567) % BASE;
  let s = '';
  for (let k = 0; k < 7; k++) {
    s = CREDIT_CODE_ALPHABET[n % 31]! + s;
    n = Math.floor(n / 31);
  }
  return `MJ${s}`;
}

function dateIn(rng: Prng, fromYear: number, toYear: number): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${rng.int(fromYear, toYear)}-${p(rng.int(1, 12))}-${p(rng.int(1, 28))}`;
}

/**
 * Organizations spread over every district (the first 39 after the featured ones take each district in
 * turn), mostly registered (登记) with a valid code whose prefix matches the kind and whose region is the
 * district; community teams and some associations are filed (备案) without one.
 */
export function* demoOrganizations(count: number, rng: Prng): Generator<OrganizationFields> {
  const usedNames = new Set<string>();
  for (let i = 0; i < count; i++) {
    const featured = FEATURED[i];
    const district = featured
      ? featured.district
      : i - FEATURED.length < DISTRICTS.length
        ? DISTRICTS[i - FEATURED.length]!.code
        : rng.pick(DISTRICTS).code;
    const d = DISTRICTS.find((x) => x.code === district)!;
    const kind: OrgKindCode =
      featured?.kind ??
      rng.weighted<OrgKindCode>([
        ['social_service', 55],
        ['social_group', 30],
        ['foundation', 7],
        ['other', 8],
      ]);
    let name = featured?.name ?? '';
    // Names repeat only once the vocabulary runs out, which matters for scale runs, not the sample set.
    for (let attempt = 0; !name || (usedNames.has(name) && attempt < 8); attempt++)
      name = organizationName(rng, kind, d.name, d.code === MUNICIPAL_CODE);
    usedNames.add(name);
    const prefix = kind === 'other' ? null : KIND_PREFIX[kind];
    const filed = prefix === null || (kind === 'social_group' && !featured && rng.chance(0.15));
    yield {
      name,
      creditCode: filed || prefix === null ? null : makeCreditCode(prefix, district, demoOrgCode(i)),
      kind,
      registration: filed ? 'filed' : 'registered',
      districtCode: district,
      legalRepresentative: filed ? '' : personName(rng),
      contactPerson: personName(rng),
      phone: phoneNumber(rng),
      foundedDate: dateIn(rng, 2000, 2015),
      rating: !filed && rng.chance(0.4) ? rng.weighted(RATINGS) : null,
    };
  }
}
