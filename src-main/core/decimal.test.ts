import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  basisPoints,
  basisPointsText,
  compareDecimal,
  decimal,
  decimalFromNumber,
  decimalRatio,
  decimalText,
  parseDecimal,
} from './decimal';

describe('parseDecimal', () => {
  it('reads exact decimals, keeping the scale they were typed with', () => {
    expect(parseDecimal('79.95')).toEqual({ ok: true, value: { units: 7995, scale: 2 } });
    expect(parseDecimal('60')).toEqual({ ok: true, value: { units: 60, scale: 0 } });
    expect(parseDecimal('060.0')).toEqual({ ok: true, value: { units: 600, scale: 1 } });
    expect(parseDecimal(' ８９．５ ')).toEqual({ ok: true, value: { units: 895, scale: 1 } });
    expect(parseDecimal('-0')).toEqual({ ok: true, value: { units: 0, scale: 0 } });
    expect(parseDecimal('-1.5', { allowNegative: true })).toEqual({ ok: true, value: { units: -15, scale: 1 } });
  });

  it('refuses what is not an exact decimal, saying why', () => {
    expect(parseDecimal('')).toEqual({ ok: false, error: 'empty' });
    expect(parseDecimal('1e3')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseDecimal('1.')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseDecimal('.5')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseDecimal('1.2345678')).toEqual({ ok: false, error: 'too_many_decimals' });
    expect(parseDecimal('1.234', { maxScale: 2 })).toEqual({ ok: false, error: 'too_many_decimals' });
    expect(parseDecimal('-2')).toEqual({ ok: false, error: 'negative' });
    expect(parseDecimal('1234567890123456')).toEqual({ ok: false, error: 'too_large' });
  });

  it('property: text → decimal → text is the identity for canonical decimals', () => {
    const canonical = fc
      .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 6 }))
      .map(([units, scale]) => decimalText({ units, scale }));
    fc.assert(
      fc.property(canonical, (text) => {
        const r = parseDecimal(text);
        expect(r.ok && decimalText(r.value)).toBe(text);
      }),
    );
  });
});

describe('decimalText, decimalFromNumber', () => {
  it('prints leading zeros and signs', () => {
    expect(decimalText({ units: 5, scale: 2 })).toBe('0.05');
    expect(decimalText({ units: -5, scale: 1 })).toBe('-0.5');
    expect(decimalText({ units: 0, scale: 2 })).toBe('0.00');
    expect(decimalText({ units: 12345, scale: 0 })).toBe('12345');
  });

  it('takes a number as the decimal it prints as, not its binary expansion', () => {
    expect(decimalFromNumber(95.5)).toEqual({ units: 955, scale: 1 });
    expect(decimalFromNumber(300)).toEqual({ units: 300, scale: 0 });
    // 0.30000000000000004 is not the decimal anyone typed, and has too many digits to hold exactly.
    expect(() => decimalFromNumber(0.1 + 0.2)).toThrow(RangeError);
    expect(() => decimalFromNumber(0.1 + 0.2, 20)).toThrow(RangeError);
    expect(() => decimalFromNumber(Number.NaN)).toThrow(RangeError);
  });

  it('decimal() refuses non-integers', () => {
    expect(() => decimal(1.5)).toThrow(RangeError);
    expect(() => decimal(1, -1)).toThrow(RangeError);
  });
});

describe('compareDecimal', () => {
  it('compares across scales exactly', () => {
    expect(compareDecimal(decimal(600, 1), decimal(60))).toBe(0);
    expect(compareDecimal(decimal(5999, 2), decimal(60))).toBe(-1);
    expect(compareDecimal(decimal(800001, 4), decimal(80))).toBe(1);
  });

  it('property: agrees with rational comparison of a/10^s and b/10^t', () => {
    const d = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(d, d, ([a, s], [b, t]) => {
        const left = BigInt(a) * 10n ** BigInt(t);
        const right = BigInt(b) * 10n ** BigInt(s);
        const expected = left < right ? -1 : left > right ? 1 : 0;
        expect(compareDecimal({ units: a, scale: s }, { units: b, scale: t })).toBe(expected);
      }),
    );
  });
});

describe('ratios and basis points', () => {
  it('rounds half away from zero, once', () => {
    expect(basisPoints({ numerator: 2n, denominator: 3n })).toBe(6667);
    expect(basisPoints({ numerator: 1n, denominator: 3n })).toBe(3333);
    expect(basisPoints({ numerator: 1n, denominator: 8n })).toBe(1250);
    expect(basisPoints({ numerator: 1n, denominator: 20_000n })).toBe(1); // 0.5 bp → 1
    expect(basisPoints({ numerator: 1n, denominator: 20_001n })).toBe(0);
    expect(basisPoints({ numerator: -1n, denominator: 20_000n })).toBe(-1);
    expect(basisPoints({ numerator: 3n, denominator: 2n })).toBe(15_000);
    // A rate whose basis points a number cannot hold is a bug upstream, not a value to round silently.
    expect(() => basisPoints({ numerator: 10n ** 15n, denominator: 1n })).toThrow(RangeError);
  });

  it('decimalRatio is exact across scales and undefined against zero', () => {
    expect(decimalRatio(decimal(45), decimal(600, 1))).toEqual({ numerator: 450n, denominator: 600n });
    expect(decimalRatio(decimal(1), decimal(0, 2))).toBeNull();
    expect(decimalRatio(decimal(1), decimal(-2))).toEqual({ numerator: -1n, denominator: 2n });
  });

  it('prints basis points as a percentage with two decimals', () => {
    expect(basisPointsText(6667)).toBe('66.67');
    expect(basisPointsText(5)).toBe('0.05');
    expect(basisPointsText(10_000)).toBe('100.00');
    expect(() => basisPointsText(1.5)).toThrow(RangeError);
  });

  it('property: basis points are within half a unit of the exact rate', () => {
    fc.assert(
      // Rates up to 10^8 % keep the basis points a safe integer.
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 15n }), (n0, d) => {
        const n = n0 % (d * 10n ** 6n);
        const bp = BigInt(basisPoints({ numerator: n, denominator: d }));
        // |bp − 10000·n/d| ≤ 1/2, with ties going up: 2·(10000n) − d < 2·bp·d ≤ 2·(10000n) + d.
        expect(2n * bp * d).toBeGreaterThan(20_000n * n - d);
        expect(2n * bp * d).toBeLessThanOrEqual(20_000n * n + d);
      }),
    );
  });
});
