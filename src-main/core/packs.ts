/**
 * 检查包 (field packs): the pure rules. A pack carries, per project, one empty inspection for the field and
 * the project's open rectifications; a result carries what was recorded on them. At the office a field
 * version is applied only over the version it was based on: when the office changed the same record since
 * export, the import stops and a person chooses one of the two versions.
 */

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

export function normalizeInspection(c: InspectionContent): InspectionContent {
  return {
    ...c,
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
