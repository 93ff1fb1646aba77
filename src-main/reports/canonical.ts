/**
 * The canonical text of a report's data: JSON with object keys sorted at every level and no spaces, so the
 * same data gives the same bytes in Node and in a browser. The fingerprint is SHA-256 over this text, a
 * newline and the operation-log head hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('not a finite number');
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What the fingerprint covers besides the head hash: the data shown and the report's own facts. */
export function fingerprintInput(
  meta: { kind: string; number: string; generatedAt: string; generatedBy: string; locale: string; draft: boolean },
  data: unknown,
  logHeadHash: string,
): string {
  const { kind, number, generatedAt, generatedBy, locale, draft } = meta;
  return `${canonicalJson({ kind, number, generatedAt, generatedBy, locale, draft, data })}\n${logHeadHash}`;
}
