/**
 * 检查包 (field packs): the pure rules. A pack carries, per project, one empty inspection for the field and
 * the project's open rectifications; a result carries what was recorded on them. At the office a field
 * version is applied only over the version it was based on: when the office changed the same record since
 * export, the import stops and a person chooses one of the two versions.
 */

import { fenText, type Violation } from './violations';

export const PACK_FORMAT = 'GRANTS-PACK/1';
export const PACK_KINDS = ['pack', 'results'] as const;
export type PackKind = (typeof PACK_KINDS)[number];
export const PACK_NO_RE = /^JCB-\d{4}-\d{4}$/;
export const PACK_RECORD_KINDS = ['inspection', 'rectification'] as const;
export type PackRecordKind = (typeof PACK_RECORD_KINDS)[number];
export const PACK_SIDES = ['office', 'field'] as const;
export type PackSide = (typeof PACK_SIDES)[number];

/** What a person decides per conflicting record, keyed 'inspection-12' / 'rectification-5'. */
export type Resolutions = Readonly<Record<string, PackSide>>;

export function recordKey(kind: PackRecordKind, refId: number): string {
  return `${kind}-${refId}`;
}

export function parseRecordKey(key: string): { kind: PackRecordKind; refId: number } | null {
  const m = /^(inspection|rectification)-(\d{1,12})$/.exec(key);
  return m ? { kind: m[1] as PackRecordKind, refId: Number(m[2]) } : null;
}

/** The inspection content a field records and an import compares: everything but who signed it. */
export interface InspectionContent {
  kind: 'field' | 'special' | 'finance' | 'random';
  date: string;
  place: string;
  notes: string;
  answers: { itemId: number; value: string; note: string }[];
  findings: {
    itemId: number | null;
    severity: 'minor' | 'major' | 'severe';
    description: string;
    requirement: string;
    responsiblePerson: string;
    deadline: string;
    /**
     * 核减: grant spending to disallow (fen) and the 凭证号 of the ledger lines it concerns. Present only on a
     * finding that has one, so the content (and digest) of every other finding reads as it always did.
     */
    disallowFen?: number;
    voucherNos?: string[];
  }[];
  /** SHA-256 of the photos and scans. */
  photos: string[];
}

/** Evidence recorded in the field for an open rectification item. */
export interface EvidenceContent {
  note: string;
  photos: string[];
}

/** Key order fixed and arrays sorted where order carries no meaning, so equal content has one text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

type Finding = InspectionContent['findings'][number];

/** A finding with its 核减 written one way: no keys without one; voucher numbers trimmed, once each, sorted. */
export function normalizeFinding(f: Finding): Finding {
  const { disallowFen = 0, voucherNos = [], ...rest } = f;
  const vouchers = [...new Set(voucherNos.map((v) => v.trim()))].sort();
  return disallowFen === 0 && vouchers.length === 0 ? rest : { ...rest, disallowFen, voucherNos: vouchers };
}

export function normalizeInspection(c: InspectionContent): InspectionContent {
  return {
    ...c,
    findings: c.findings.map(normalizeFinding),
    answers: [...c.answers].sort((a, b) => a.itemId - b.itemId),
    photos: [...new Set(c.photos)].sort(),
  };
}

export type ImportDecision =
  { action: 'unchanged' } | { action: 'apply'; side: 'field' } | { action: 'keepOffice' } | { action: 'conflict' };

/**
 * One record of a result: already settled with this very content → nothing to do; the office still as it
 * was when the field started from it → apply; otherwise the person's choice, or a conflict.
 */
export function decideRecord(f: {
  fieldDigest: string;
  settledDigest: string | null;
  baseDigest: string;
  officeDigest: string;
  resolution: PackSide | undefined;
}): ImportDecision {
  if (f.settledDigest === f.fieldDigest) return { action: 'unchanged' };
  if (f.officeDigest === f.baseDigest) return { action: 'apply', side: 'field' };
  if (f.resolution === 'field') return { action: 'apply', side: 'field' };
  if (f.resolution === 'office') return { action: 'keepOffice' };
  return { action: 'conflict' };
}

/**
 * A field finding's 核减 against the project's ledger as the pack carries it (grant spending per 凭证号): each
 * voucher must be in the ledger, and the amount cannot exceed the grant spending on the lines named — the
 * rules the office applies to its own findings.
 */
export function checkFieldDisallowance(
  f: { disallowFen: number; voucherNos: readonly string[] },
  grantByVoucher: ReadonlyMap<string, number>,
): Violation[] {
  const out: Violation[] = [];
  let grant = 0;
  for (const voucherNo of new Set(f.voucherNos.map((v) => v.trim()))) {
    const g = grantByVoucher.get(voucherNo);
    if (g === undefined) out.push({ rule: 'finding.voucherUnknown', params: { voucherNo } });
    else grant += g;
  }
  if (out.length === 0 && f.disallowFen > grant)
    out.push({ rule: 'finding.disallowOverLines', params: { amount: fenText(f.disallowFen), lines: fenText(grant) } });
  return out;
}
