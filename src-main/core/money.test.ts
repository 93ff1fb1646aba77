import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  MAX_FEN,
  amountInWords,
  amountInWordsFromText,
  fenToDecimalString,
  formatFen,
  formatWan,
  parseAmount,
  type AmountError,
} from './money';

// [fen, expected]. Covers the bureau's worked examples, zero runs across 万/亿/万亿, 角/分 combos, max.
const WORDS: [number, string][] = [
  [0, '人民币零元整'],
  [1, '人民币壹分'],
  [5, '人民币伍分'],
  [10, '人民币壹角整'],
  [50, '人民币伍角整'],
  [35, '人民币叁角伍分'],
  [99, '人民币玖角玖分'],
  [100, '人民币壹元整'],
  [105, '人民币壹元零伍分'],
  [110, '人民币壹元壹角'],
  [1000, '人民币壹拾元整'],
  [1005, '人民币壹拾元零伍分'],
  [1010, '人民币壹拾元壹角'],
  [1100, '人民币壹拾壹元整'],
  [10000, '人民币壹佰元整'],
  [10100, '人民币壹佰零壹元整'],
  [11000, '人民币壹佰壹拾元整'],
  [100100, '人民币壹仟零壹元整'],
  [100001, '人民币壹仟元零壹分'],
  [140950, '人民币壹仟肆佰零玖元伍角'],
  [600714, '人民币陆仟零柒元壹角肆分'],
  [168032, '人民币壹仟陆佰捌拾元叁角贰分'],
  [1640902, '人民币壹万陆仟肆佰零玖元零贰分'],
  [1000000, '人民币壹万元整'],
  [1000100, '人民币壹万零壹元整'],
  [1001000, '人民币壹万零壹拾元整'],
  [1010000, '人民币壹万零壹佰元整'],
  [1100000, '人民币壹万壹仟元整'],
  [2000005, '人民币贰万元零伍分'],
  [10000000, '人民币壹拾万元整'],
  [10000001, '人民币壹拾万元零壹分'],
  [10100000, '人民币壹拾万零壹仟元整'],
  [300000070, '人民币叁佰万元柒角'],
  [1000000000, '人民币壹仟万元整'],
  [1000010000, '人民币壹仟万零壹佰元整'],
  [1000100000, '人民币壹仟万零壹仟元整'],
  [1234567890, '人民币壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角'],
  [2000000030, '人民币贰仟万元叁角'],
  [10000000000, '人民币壹亿元整'],
  [10000000100, '人民币壹亿零壹元整'],
  [10000000101, '人民币壹亿零壹元零壹分'],
  [10001000000, '人民币壹亿零壹万元整'],
  [10101010101, '人民币壹亿零壹佰零壹万零壹佰零壹元零壹分'],
  [11000000000, '人民币壹亿壹仟万元整'],
  [100000000000, '人民币壹拾亿元整'],
  [1000100000000, '人民币壹佰亿零壹佰万元整'],
  [5000000000000, '人民币伍佰亿元整'],
  [50000000000000, '人民币伍仟亿元整'],
  [100000000000000, '人民币壹万亿元整'],
  [100000000000001, '人民币壹万亿元零壹分'],
  [100000000010000, '人民币壹万亿零壹佰元整'],
  [100010000000000, '人民币壹万零壹亿元整'],
  [600000000000000, '人民币陆万亿元整'],
  [123456789012345, '人民币壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分'],
  [MAX_FEN, '人民币玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
];

// An independent reader for the words, so a property can check that nothing is lost or invented.
const DIGIT_VALUE: Record<string, number> = Object.fromEntries([...'零壹贰叁肆伍陆柒捌玖'].map((c, i) => [c, i]));
const UNIT_VALUE: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
function read4(s: string): number {
  let [total, digit] = [0, 0];
  for (const c of s) {
    if (c in UNIT_VALUE) [total, digit] = [total + digit * UNIT_VALUE[c]!, 0];
    else if (c in DIGIT_VALUE) digit = DIGIT_VALUE[c]!;
    else throw new Error(`unexpected ${c} in ${s}`);
  }
  return total + digit;
}
const readSplit = (s: string, unit: string, scale: number, inner: (x: string) => number) => {
  const [hi, lo] = s.includes(unit) ? s.split(unit) : ['', s];
  return inner(hi!) * scale + inner(lo!);
};
const read8 = (s: string) => readSplit(s, '万', 1e4, read4);
function readWords(words: string): number {
  const body = words.replace(/^人民币/, '').replace(/整$/, '');
  const [intPart, rest] = body.includes('元') ? body.split('元') : ['', body];
  const m = /^零?(?:(.)角)?(?:(.)分)?$/.exec(rest!);
  if (!m) throw new Error(`bad fraction in ${words}`);
  const yuan = readSplit(intPart!, '亿', 1e8, read8);
  return yuan * 100 + (m[1] ? DIGIT_VALUE[m[1]]! * 10 : 0) + (m[2] ? DIGIT_VALUE[m[2]]! : 0);
}

// Uniform integers almost never contain long zero runs, so also build amounts from sparse digits.
const sparseFen = fc
  .array(fc.constantFrom(0, 0, 0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 15 })
  .map((ds) => Number(ds.join('')));
const anyFen = fc.oneof(fc.integer({ min: 0, max: MAX_FEN }), sparseFen);
const signedFen = fc.integer({ min: -MAX_FEN, max: MAX_FEN });

describe('amountInWords', () => {
  it.each(WORDS)('%d fen → %s', (fen, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it('reads back to the same amount, never doubles or ends with 零', () => {
    fc.assert(
      fc.property(anyFen, (fen) => {
        const words = amountInWords(fen);
        expect(readWords(words)).toBe(fen);
        expect(words).not.toContain('零零');
        expect(words).not.toMatch(/零$/);
        expect(words.startsWith('人民币')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes 整 exactly after 元, or after 角 when there is no 元 part', () => {
    fc.assert(
      fc.property(anyFen, (fen) => {
        const expected = fen % 100 === 0 || (fen < 100 && fen % 10 === 0);
        expect(amountInWords(fen).endsWith('整')).toBe(expected);
        expect(amountInWords(fen).includes('整')).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([-1, 1.5, MAX_FEN + 1, Number.NaN, Infinity])('rejects %s', (fen) => {
    expect(() => amountInWords(fen)).toThrow(RangeError);
  });

  it('works from text', () => {
    expect(amountInWordsFromText('¥1,409.50')).toEqual({ ok: true, value: '人民币壹仟肆佰零玖元伍角' });
    expect(amountInWordsFromText('-1')).toEqual({ ok: false, error: 'negative' });
    expect(amountInWordsFromText('一百')).toEqual({ ok: false, error: 'not_a_number' });
  });
});

const ACCEPT: [string, number][] = [
  ['0', 0],
  ['-0', 0],
  ['-0.00', 0],
  ['1', 100],
  ['1.5', 150],
  ['1.05', 105],
  ['.5', 50],
  ['0.01', 1],
  ['12345', 1234500],
  ['007', 700],
  ['1,234.5', 123450],
  ['1,234,567.89', 123456789],
  ['  42  ', 4200],
  ['\u3000５\u3000', 500],
  ['+3', 300],
  ['¥100', 10000],
  ['￥1,000.00', 100000],
  ['+¥2', 200],
  ['１２３．４５', 12345],
  ['１，２３４', 123400],
  ['9999999999999.99', MAX_FEN],
  ['9,999,999,999,999.99', MAX_FEN],
];

const REJECT: [string, AmountError][] = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['abc', 'not_a_number'],
  ['1e5', 'not_a_number'],
  ['0x10', 'not_a_number'],
  ['NaN', 'not_a_number'],
  ['Infinity', 'not_a_number'],
  ['1 000', 'not_a_number'],
  ['¥ 5', 'not_a_number'],
  ['--1', 'not_a_number'],
  ['+-1', 'not_a_number'],
  ['-¥-1', 'not_a_number'],
  ['1.', 'not_a_number'],
  ['.', 'not_a_number'],
  ['-', 'not_a_number'],
  ['¥', 'not_a_number'],
  ['1.2.3', 'not_a_number'],
  ['1,23', 'not_a_number'],
  ['1234,567', 'not_a_number'],
  ['1,234,56', 'not_a_number'],
  [',123', 'not_a_number'],
  ['0,123', 'not_a_number'],
  ['100元', 'not_a_number'],
  ['1.234', 'too_many_decimals'],
  ['0.001', 'too_many_decimals'],
  ['1.230', 'too_many_decimals'],
  ['-1', 'negative'],
  ['-0.01', 'negative'],
  ['¥-5', 'negative'],
  ['－５', 'negative'],
  ['10000000000000', 'too_large'],
  ['99,999,999,999,999', 'too_large'],
];

describe('parseAmount', () => {
  it.each(ACCEPT)('accepts %j', (text, fen) => {
    expect(parseAmount(text)).toEqual({ ok: true, value: fen });
  });

  it.each(REJECT)('rejects %j as %s', (text, error) => {
    expect(parseAmount(text)).toEqual({ ok: false, error });
  });

  it('never yields -0', () => {
    const r = parseAmount('-0.00', { allowNegative: true });
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });

  it.each<[string, number | AmountError]>([
    ['-1', -100],
    ['-1,234.56', -123456],
    ['-¥5', -500],
    ['¥-5', -500],
    ['－５', -500],
    ['-9999999999999.99', -MAX_FEN],
    ['-10000000000000', 'too_large'],
  ])('with allowNegative, %j → %s', (text, expected) => {
    const r = parseAmount(text, { allowNegative: true });
    expect(r).toEqual(typeof expected === 'number' ? { ok: true, value: expected } : { ok: false, error: expected });
  });

  it('round-trips formatFen', () => {
    fc.assert(
      fc.property(signedFen, (fen) => {
        expect(parseAmount(formatFen(fen), { allowNegative: true })).toEqual({ ok: true, value: fen });
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips fenToDecimalString over 0..MAX_FEN', () => {
    fc.assert(
      fc.property(anyFen, (fen) => {
        expect(parseAmount(fenToDecimalString(fen))).toEqual({ ok: true, value: fen });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatting', () => {
  it.each<[number, string, string]>([
    [0, '0.00', '0.00'],
    [1, '0.01', '0.01'],
    [100, '1.00', '1.00'],
    [100000, '1,000.00', '1000.00'],
    [123456789, '1,234,567.89', '1234567.89'],
    [-123456789, '-1,234,567.89', '-1234567.89'],
    [-5, '-0.05', '-0.05'],
    [MAX_FEN, '9,999,999,999,999.99', '9999999999999.99'],
  ])('%d fen → %s / %s', (fen, display, plain) => {
    expect(formatFen(fen)).toBe(display);
    expect(fenToDecimalString(fen)).toBe(plain);
  });

  it.each([1.5, Number.NaN, Infinity, 2 ** 53])('formatFen rejects %s', (fen) => {
    expect(() => formatFen(fen)).toThrow(RangeError);
  });

  it.each<[number, number, string]>([
    [5_400_000_000, 2, '5,400.00'],
    [0, 2, '0.00'],
    [4_999, 2, '0.00'],
    [5_000, 2, '0.01'],
    [-5_000, 2, '-0.01'],
    [-4_999, 2, '0.00'],
    [123_456_789, 2, '123.46'],
    [123_456_789, 0, '123'],
    [123_456_789, 4, '123.4568'],
    [123_456_789, 6, '123.456789'],
    [MAX_FEN, 2, '1,000,000,000.00'],
  ])('formatWan(%d, %d) → %s', (fen, decimals, expected) => {
    expect(formatWan(fen, decimals)).toBe(expected);
  });

  it('formatWan with 6 decimals is exact', () => {
    fc.assert(
      fc.property(anyFen, (fen) => {
        const digits = String(fen).padStart(7, '0');
        expect(formatWan(fen, 6).replace(/,/g, '')).toBe(`${digits.slice(0, -6)}.${digits.slice(-6)}`);
      }),
    );
  });

  it('formatWan rejects bad decimals', () => {
    expect(() => formatWan(1, 7)).toThrow(RangeError);
    expect(() => formatWan(1, 1.5)).toThrow(RangeError);
  });
});
