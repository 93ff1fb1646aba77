import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  makeCreditCode,
  normalizeCreditCode,
  validateCreditCode,
} from './credit-code';

// Codes that appear in public validator test suites; each check character was recomputed
// with this module's algorithm before being listed here, not taken on trust.
const PUBLIC_VALID = [
  '91350100M000100Y43',
  '91110000802100433B',
  '91110105771583283D',
  '91110108740084270C',
  '91440300708461136T',
  '112302070019030687',
  '51610700305332460K',
];

const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET);
const chars = (n: number) => fc.array(alphabetChar, { minLength: n, maxLength: n }).map((a) => a.join(''));
const anyCode = fc
  .tuple(chars(2), fc.integer({ min: 0, max: 999999 }), chars(9))
  .map(([kind, region, org]) => makeCreditCode(kind, String(region).padStart(6, '0'), org));

describe('credit code', () => {
  it('uses the 31-character alphabet without I, O, S, V, Z', () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    expect(CREDIT_CODE_ALPHABET).not.toMatch(/[IOSVZ]/);
  });

  it.each(PUBLIC_VALID)('accepts public code %s', (code) => {
    expect(validateCreditCode(code).ok).toBe(true);
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it.each<[string, string | null]>([
    ['51', 'social_group'],
    ['52', 'social_service'],
    ['53', 'foundation'],
    ['91', null],
  ])('reads kind %s', (kindCode, kind) => {
    const code = makeCreditCode(kindCode, '500103', 'MA5U1234X');
    expect(validateCreditCode(code)).toEqual({
      ok: true,
      value: { code, authority: kindCode[0], kindCode, kind, regionCode: '500103' },
    });
  });

  it('normalises full-width, lower case and surrounding space', () => {
    const code = makeCreditCode('52', '500106', 'MA60ABC1X');
    const messy =
      ' \u3000' + [...code.toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('') + ' ';
    expect(normalizeCreditCode(messy)).toBe(code);
    const r = validateCreditCode(messy);
    expect(r.ok && r.value.code).toBe(code);
  });

  describe('errors', () => {
    const good = makeCreditCode('53', '500000', '12345678X');
    it.each(['', '   ', '\u3000'])('empty: %j', (raw) => {
      expect(validateCreditCode(raw)).toEqual({ ok: false, error: { code: 'empty' } });
    });
    it.each([
      ['123', 3],
      [good + '0', 19],
      [good.slice(0, 17), 17],
    ])('length: %s', (raw, length) => {
      expect(validateCreditCode(raw as string)).toEqual({ ok: false, error: { code: 'length', length } });
    });
    it.each<[string, number, string]>([
      [good.slice(0, 4) + 'I' + good.slice(5), 5, 'I'],
      ['o' + good.slice(1), 1, 'O'],
      [good.slice(0, 8) + ' ' + good.slice(9), 9, ' '],
      [good.slice(0, 17) + 'Z', 18, 'Z'],
      [good.slice(0, 10) + '中' + good.slice(11), 11, '中'],
    ])('charset: %j', (raw, position, char) => {
      expect(validateCreditCode(raw)).toEqual({ ok: false, error: { code: 'charset', position, char } });
    });
    it('check: reports the expected character', () => {
      const wrong = CREDIT_CODE_ALPHABET[(CREDIT_CODE_ALPHABET.indexOf(good[17]!) + 1) % 31]!;
      expect(validateCreditCode(good.slice(0, 17) + wrong)).toEqual({
        ok: false,
        error: { code: 'check', expected: good[17] },
      });
    });
  });

  it('makeCreditCode always validates', () => {
    fc.assert(
      fc.property(anyCode, (code) => {
        expect(validateCreditCode(code).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('detects every single-character substitution', () => {
    fc.assert(
      fc.property(anyCode, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (code, i, shift) => {
        const replaced = CREDIT_CODE_ALPHABET[(CREDIT_CODE_ALPHABET.indexOf(code[i]!) + shift) % 31]!;
        const r = validateCreditCode(code.slice(0, i) + replaced + code.slice(i + 1));
        expect(r.ok ? null : r.error.code).toBe('check');
      }),
      { numRuns: 2000 },
    );
  });

  it('detects adjacent transpositions within the first 17 characters', () => {
    fc.assert(
      fc.property(anyCode, fc.integer({ min: 0, max: 15 }), (code, i) => {
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(validateCreditCode(swapped).ok).toBe(false);
      }),
    );
  });

  it('rejects malformed input to the helpers', () => {
    expect(() => creditCodeCheckChar('1234')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('5310000050000000I')).toThrow(RangeError);
    expect(() => makeCreditCode('5', '500000', '123456789')).toThrow(RangeError);
    expect(() => makeCreditCode('53', '50000', '123456789')).toThrow(RangeError);
    expect(() => makeCreditCode('53', '500000', '12345678')).toThrow(RangeError);
  });
});
