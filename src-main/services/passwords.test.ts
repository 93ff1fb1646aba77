import { describe, expect, it } from 'vitest';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  const hash = hashPassword('correct horse 1');

  it('stores scrypt$N$r$p$salt$hash with a random salt', () => {
    const [scheme, n, r, p, salt, key] = hash.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
    expect(hashPassword('correct horse 1')).not.toBe(hash);
  });

  it('verifies the right password only', () => {
    expect(verifyPassword('correct horse 1', hash)).toBe(true);
    expect(verifyPassword('correct horse 2', hash)).toBe(false);
    expect(verifyPassword('', hash)).toBe(false);
  });

  it('treats composed and decomposed Unicode alike', () => {
    const h = hashPassword('caf\u00e9-2024');
    expect(verifyPassword('cafe\u0301-2024', h)).toBe(true);
  });

  it('is deterministic for a given salt (demo data)', () => {
    const salt = Buffer.alloc(16, 7);
    expect(hashPassword('demo1234', salt)).toBe(hashPassword('demo1234', salt));
  });

  it.each([
    'plain',
    'scrypt$16384$8$1$c2FsdA==',
    'scrypt$16385$8$1$c2FsdA==$aGFzaA==',
    'scrypt$1073741824$8$1$c2FsdA==$aGFzaA==',
    'scrypt$1048576$32$1$c2FsdA==$aGFzaA==',
    'scrypt$16384$8$64$c2FsdA==$aGFzaA==',
    'scrypt$16384$0$1$c2FsdA==$aGFzaA==',
    'scrypt$16384$8$1$c2FsdA==$',
    'bcrypt$16384$8$1$c2FsdA==$aGFzaA==',
  ])('rejects a malformed or hostile stored hash: %s', (stored) => {
    expect(verifyPassword('anything1', stored)).toBe(false);
  });

  it('burns comparable time for unknown users', () => {
    expect(() => burnPasswordCheck('whatever1')).not.toThrow();
  });
});
