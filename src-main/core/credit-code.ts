/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters,
 * 1 = registering authority, 2 = kind, 3–8 = region code at registration, 9–17 = organization
 * code, 18 = check character over the first 17.
 */
import { err, ok, type Result } from './result';

/** The standard drops I, O, S, V and Z to avoid confusion with 1, 0, 5, U and 2. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const MODULUS = CREDIT_CODE_ALPHABET.length; // 31
const CODE_LENGTH = 18;

export type CreditCodeError = 'empty' | 'length' | 'charset' | 'check';

export interface CreditCodeErrorDetail {
  code: CreditCodeError;
  /** 'charset': 1-based position of the first offending character. */
  position?: number;
  /** 'charset': the offending character. */
  char?: string;
  /** 'check': the check character the first 17 characters call for. */
  expected?: string;
  /** 'length': the actual length, in characters, after normalisation. */
  length?: number;
}

/** Civil-affairs kinds (authority 5): 51 社会团体, 52 社会服务机构 (民办非企业单位), 53 基金会. */
export type CreditCodeKind = 'social_group' | 'social_service' | 'foundation';

const KINDS: Readonly<Record<string, CreditCodeKind>> = {
  '51': 'social_group',
  '52': 'social_service',
  '53': 'foundation',
};

export interface CreditCodeInfo {
  /** The normalised 18-character code, suitable for storage and comparison. */
  code: string;
  authority: string;
  kindCode: string;
  kind: CreditCodeKind | null;
  /** Region at registration time; deliberately not checked against today's districts. */
  regionCode: string;
}

// 3^(i-1) mod 31 for i = 1..17, precomputed once.
const WEIGHTS: readonly number[] = Array.from({ length: CODE_LENGTH - 1 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % MODULUS;
  return w;
});

/**
 * Codes arrive pasted from PDFs, typed with a Chinese IME, or in lower case. Inner spaces are
 * kept on purpose: silently dropping them could turn a typo into a different, valid code.
 */
export function normalizeCreditCode(raw: string): string {
  return raw
    .trim()
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/** Check character for the first 17 characters (already normalised). Throws on bad input. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== CODE_LENGTH - 1) {
    throw new RangeError(`expected 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`character ${first17[i]} at position ${i + 1} not allowed`);
    sum += value * WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(MODULUS - (sum % MODULUS)) % MODULUS]!;
}

export function validateCreditCode(raw: string): Result<CreditCodeInfo, CreditCodeErrorDetail> {
  const code = normalizeCreditCode(raw);
  if (code === '') return err({ code: 'empty' });
  // Count code points so an emoji or CJK extension character reports a sensible length.
  const chars = Array.from(code);
  if (chars.length !== CODE_LENGTH) return err({ code: 'length', length: chars.length });
  const bad = chars.findIndex((c) => !CREDIT_CODE_ALPHABET.includes(c));
  if (bad >= 0) return err({ code: 'charset', position: bad + 1, char: chars[bad]! });
  const expected = creditCodeCheckChar(code.slice(0, CODE_LENGTH - 1));
  if (code[CODE_LENGTH - 1] !== expected) return err({ code: 'check', expected });
  const kindCode = code.slice(0, 2);
  return ok({
    code,
    authority: code.slice(0, 1),
    kindCode,
    kind: KINDS[kindCode] ?? null,
    regionCode: code.slice(2, 8),
  });
}

/** Builds a valid code from its parts (demo and test data). Throws on malformed parts. */
export function makeCreditCode(kindCode: string, regionCode: string, orgCode9: string): string {
  const parts: [string, string, number][] = [
    ['kindCode', kindCode, 2],
    ['regionCode', regionCode, 6],
    ['orgCode9', orgCode9, 9],
  ];
  for (const [name, value, length] of parts) {
    if (value.length !== length) throw new RangeError(`${name} must have ${length} characters`);
  }
  const first17 = normalizeCreditCode(kindCode + regionCode + orgCode9);
  return first17 + creditCodeCheckChar(first17);
}
