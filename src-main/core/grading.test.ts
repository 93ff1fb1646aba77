import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal, parseDecimal } from './decimal';
import { GRADES, gradeFromTenths, gradeOf, isPassing, parseScore, type Grade } from './grading';

const grade = (text: string): Grade => {
  const r = parseDecimal(text);
  if (!r.ok) throw new Error(text);
  return gradeOf(r.value);
};

describe('grades: ≥ 90 优秀, 80–89 良好, 60–79 合格, < 60 不合格', () => {
  it.each([
    ['100', 'excellent'],
    ['90', 'excellent'],
    ['90.00', 'excellent'],
    ['89.99', 'good'],
    ['89.9', 'good'],
    ['80', 'good'],
    ['79.99', 'pass'],
    ['79.95', 'pass'],
    ['60', 'pass'],
    ['60.0', 'pass'],
    ['59.99', 'fail'],
    ['59.9999', 'fail'],
    ['0', 'fail'],
  ] as const)('%s → %s', (score, expected) => {
    expect(grade(score)).toBe(expected);
  });

  it('grades a score kept in tenths', () => {
    expect(gradeFromTenths(900)).toBe('excellent');
    expect(gradeFromTenths(899)).toBe('good');
    expect(gradeFromTenths(800)).toBe('good');
    expect(gradeFromTenths(799)).toBe('pass');
    expect(gradeFromTenths(600)).toBe('pass');
    expect(gradeFromTenths(599)).toBe('fail');
    expect(() => gradeFromTenths(59.9)).toThrow(RangeError);
  });

  it('does not drift where a float sum would: 0.1 × 600 summed in tenths is exactly 60', () => {
    let float = 0;
    for (let i = 0; i < 600; i++) float += 0.1;
    expect(float).not.toBe(60); // what a float-based grade would see
    const tenths = Array.from({ length: 600 }, () => 1).reduce((a, b) => a + b, 0);
    expect(gradeFromTenths(tenths)).toBe('pass');
  });

  it('only 不合格 fails a mid-term evaluation', () => {
    expect(GRADES.filter((g) => !isPassing(g))).toEqual(['fail']);
  });

  it('property: tenths and two-decimal text agree, and the grade never improves as the score falls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (a, b) => {
        const text = `${Math.floor(a / 10)}.${a % 10}0`;
        expect(grade(text)).toBe(gradeFromTenths(a));
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(GRADES.indexOf(gradeFromTenths(lo))).toBeGreaterThanOrEqual(GRADES.indexOf(gradeFromTenths(hi)));
      }),
    );
  });
});

describe('parseScore', () => {
  it('accepts 0–100 with up to two decimals', () => {
    expect(parseScore('82.5')).toEqual({ ok: true, value: decimal(825, 1) });
    expect(parseScore('100.00')).toEqual({ ok: true, value: decimal(10000, 2) });
    expect(parseScore('0')).toEqual({ ok: true, value: decimal(0) });
  });

  it('refuses out-of-range, over-precise and malformed scores', () => {
    expect(parseScore('100.01')).toEqual({ ok: false, error: 'out_of_range' });
    expect(parseScore('101')).toEqual({ ok: false, error: 'out_of_range' });
    expect(parseScore('-1')).toEqual({ ok: false, error: 'negative' });
    expect(parseScore('59.995')).toEqual({ ok: false, error: 'too_many_decimals' });
    expect(parseScore('sixty')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseScore('')).toEqual({ ok: false, error: 'empty' });
  });
});
