import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// scrypt parameters for new hashes; each hash records its own, so these can be raised later without
// invalidating stored passwords.
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
// Refuse absurd parameters from a tampered row instead of letting them exhaust memory or CPU: allow up to
// 8× today's cost (128·N·r bytes ≤ 128 MiB, p ≤ 4), room enough to raise the parameters later.
const MAX_MEMORY = 128 * 1024 * 1024;
const MAX_P = 4;

/** `scrypt$N$r$p$saltB64$hashB64`. The salt is random unless given (deterministic demo data only). */
export function hashPassword(password: string, salt: Buffer = randomBytes(SALT_LENGTH)): string {
  const key = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: memoryFor(N, R) });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const sane =
    [n, r, p].every(Number.isSafeInteger) &&
    n >= 2 &&
    (n & (n - 1)) === 0 &&
    r >= 1 &&
    p >= 1 &&
    p <= MAX_P &&
    128 * n * r <= MAX_MEMORY;
  if (!sane) return false;
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (expected.length === 0 || expected.length > 64) return false;
  const actual = scryptSync(password.normalize('NFC'), salt, expected.length, { N: n, r, p, maxmem: memoryFor(n, r) });
  return timingSafeEqual(actual, expected);
}

let dummyHash: string | undefined;

/**
 * Spends the same scrypt time as a real check, so "no such user" cannot be told apart from "wrong password"
 * by timing.
 */
export function burnPasswordCheck(password: string): void {
  dummyHash ??= hashPassword('not-a-real-password-0', Buffer.alloc(SALT_LENGTH));
  verifyPassword(password, dummyHash);
}

function memoryFor(n: number, r: number): number {
  return 128 * n * r * 2 + 1024 * 1024;
}
