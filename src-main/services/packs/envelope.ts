import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { canonicalJson, PACK_FORMAT, PACK_NO_RE, type PackKind } from '../../core/packs';
import { AppError } from '../app-error';

/**
 * The file a pack or a result travels as: a header line, the body (JSON) and a last line with the
 * HMAC-SHA256 of every byte before it, under the pack's own key. Checking is strict (the exact header and
 * signature line, lowercase hex), so any altered byte is refused, not only those in the body.
 *
 *   GRANTS-PACK/1 pack JCB-2026-0001
 *   {...}
 *   HMAC-SHA256 3f0c…
 */

const SIG_PREFIX = 'HMAC-SHA256 ';
const HEADER_RE = /^GRANTS-PACK\/1 (pack|results) (JCB-\d{4}-\d{4})$/;
const SIG_RE = /^HMAC-SHA256 [0-9a-f]{64}\n$/;

export function newPackKey(): string {
  return randomBytes(32).toString('hex');
}

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

export function digestOf(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

function hmac(keyHex: string, bytes: Buffer): Buffer {
  return createHmac('sha256', Buffer.from(keyHex, 'hex')).update(bytes).digest();
}

export function sealPack(kind: PackKind, packNo: string, keyHex: string, body: unknown): Buffer {
  if (!PACK_NO_RE.test(packNo)) throw new Error(`not a pack number: ${packNo}`);
  const signed = Buffer.from(`${PACK_FORMAT} ${kind} ${packNo}\n${JSON.stringify(body)}\n`, 'utf8');
  return Buffer.concat([signed, Buffer.from(`${SIG_PREFIX}${hmac(keyHex, signed).toString('hex')}\n`, 'latin1')]);
}

export interface OpenedEnvelope {
  kind: PackKind;
  packNo: string;
  /** The body as parsed, before the signature is checked: only `verifyEnvelope` makes it trustworthy. */
  body: unknown;
  signed: Buffer;
  signature: Buffer;
}

const malformed = (field: string) => new AppError('RuleViolation', 'pack.malformed', {}, field);

/** Splits a file into its parts; refuses anything not shaped exactly like a pack or result. */
export function openEnvelope(bytes: Buffer, field = 'file'): OpenedEnvelope {
  const firstNl = bytes.indexOf(0x0a);
  const sigStart = bytes.lastIndexOf(`\n${SIG_PREFIX}`) + 1;
  if (firstNl <= 0 || sigStart <= firstNl + 1) throw malformed(field);
  const sigLine = bytes.subarray(sigStart).toString('latin1');
  const header = HEADER_RE.exec(bytes.subarray(0, firstNl).toString('latin1'));
  if (!header || !SIG_RE.test(sigLine)) throw malformed(field);
  let body: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(firstNl + 1, sigStart - 1));
    body = JSON.parse(text);
  } catch {
    throw malformed(field);
  }
  return {
    kind: header[1] as PackKind,
    packNo: header[2]!,
    body,
    signed: bytes.subarray(0, sigStart),
    signature: Buffer.from(sigLine.slice(SIG_PREFIX.length, -1), 'hex'),
  };
}

/** The signature checked under the key; an altered file is refused naming the pack, and nothing is read from it. */
export function verifyEnvelope(e: OpenedEnvelope, keyHex: string, kind: PackKind, field = 'file'): void {
  if (e.kind !== kind)
    throw new AppError('RuleViolation', kind === 'pack' ? 'pack.notAPack' : 'pack.notResults', {}, field);
  const expected = hmac(keyHex, e.signed);
  if (expected.length !== e.signature.length || !timingSafeEqual(expected, e.signature))
    throw new AppError('RuleViolation', 'pack.signatureInvalid', { pack: e.packNo }, field);
  const b = e.body as { packNo?: unknown; kind?: unknown } | null;
  if (b === null || typeof b !== 'object' || b.packNo !== e.packNo || b.kind !== kind) throw malformed(field);
}
