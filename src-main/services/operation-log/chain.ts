import { hash } from 'node:crypto';
import type { LogRow } from '../../db/operation-log-repo';

/** What the first entry links to. */
export const ZERO_HASH = '0'.repeat(64);

/**
 * The hash of an entry is SHA-256 (lower-case hex) over its payload: the fields id, at, user_id, username,
 * roles, op, entity_type, entity_id, before_json, after_json, prev_hash in that order, each written as
 * "<byte length of its UTF-8 text>:<text>" (integers in decimal) and NULL as a bare ":", with nothing between
 * fields. The length prefixes make the encoding unambiguous. SQLite computes the same text from the stored
 * row (db/operation-log-repo.ts PAYLOAD_SQL), so anyone can re-check an entry with the sqlite3 shell (any
 * version) and sha256sum, outside this program:
 *
 *   sqlite3 grants.db "SELECT ifnull(length(CAST(id AS BLOB)) || ':' || id, ':') || … ||
 *     ifnull(length(CAST(prev_hash AS BLOB)) || ':' || prev_hash, ':') FROM operation_log WHERE id = 7" \
 *     | head -c -1 | sha256sum          # equals: SELECT hash FROM operation_log WHERE id = 7
 */
export function chainPayload(r: Omit<LogRow, 'hash'>): string {
  return (
    field(String(r.id)) +
    field(r.at) +
    field(r.userId === null ? null : String(r.userId)) +
    field(r.username) +
    field(r.roles) +
    field(r.op) +
    field(r.entityType) +
    field(r.entityId) +
    field(r.beforeJson) +
    field(r.afterJson) +
    field(r.prevHash)
  );
}

function field(text: string | null): string {
  return text === null ? ':' : `${Buffer.byteLength(text, 'utf8')}:${text}`;
}

export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

export function entryHash(r: Omit<LogRow, 'hash'>): string {
  return sha256Hex(chainPayload(r));
}

/**
 * SQLite stores text as UTF-8, which cannot hold a lone UTF-16 surrogate: the driver would silently store
 * U+FFFD, and the stored entry would no longer match the hash computed from the JS string. Every text field
 * goes through this before it is hashed and stored.
 */
export function wellFormed(text: string): string {
  return text.replace(/\p{Surrogate}/gu, '\uFFFD');
}
