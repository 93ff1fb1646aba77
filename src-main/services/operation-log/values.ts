/**
 * What an entry's before/after may hold. Secrets never reach the log: any field whose name is one of these
 * (compared without case, "_" or "-") is dropped at every depth, whatever the service passed.
 */
const SECRET_KEYS = new Set([
  'password',
  'passwordhash',
  'newpassword',
  'currentpassword',
  'token',
  'tokenhash',
  'sessiontoken',
]);

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase().replace(/[_-]/g, ''));
}

/** A JSON-safe copy without secrets: bigint → string, Date → ISO string, Map/Set → arrays, undefined dropped. */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? null : value;
  // Entity values are shallow; a runaway structure is cut rather than allowed to blow the stack.
  if (depth > 20) return '…';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value instanceof Map) return [...value].map(([k, v]) => [redact(k, depth + 1), redact(v, depth + 1)]);
  if (value instanceof Set) return [...value].map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (isSecretKey(k) || v === undefined) continue;
    out[k] = redact(v, depth + 1);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * For an update (both sides objects) only the fields that changed, each side with its own value; a
 * creation or removal keeps the whole value. A field present on one side only appears on that side.
 */
export function changedFields(before: unknown, after: unknown): { before: unknown; after: unknown } {
  if (!isRecord(before) || !isRecord(after)) return { before, after };
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    if (key in before) b[key] = before[key];
    if (key in after) a[key] = after[key];
  }
  return { before: b, after: a };
}

/** JSON text for a before/after column: null stays NULL. */
export function jsonColumn(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}
