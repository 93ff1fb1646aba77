/**
 * Exact decimals for scores and indicator values, and exact ratios for execution and completion rates.
 * A value is an integer count of 10^-scale units, parsed from text and never through a float, so a score of
 * 79.95 can never drift to 80 and a rate is rounded once, for display, at the very end.
 */
import { err, ok, type Result } from './result';

/** value = units / 10^scale; units is a safe integer. */
export interface Decimal {
  units: number;
  scale: number;
}

export type DecimalError = 'empty' | 'not_a_number' | 'too_many_decimals' | 'negative' | 'too_large';

/** Fifteen significant digits always fit a double exactly. */
const MAX_DIGITS = 15;
const DECIMAL_RE = /^([+-])?(\d+)(?:\.(\d+))?$/;

export function parseDecimal(
  text: string,
  opts: { maxScale?: number; allowNegative?: boolean } = {},
): Result<Decimal, DecimalError> {
  const maxScale = opts.maxScale ?? 6;
  // Full-width digits and point come from Chinese IMEs.
  const s = text.replace(/[０-９．＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (s === '') return err('empty');
  const m = DECIMAL_RE.exec(s);
  if (!m) return err('not_a_number');
  const frac = m[3] ?? '';
  if (frac.length > maxScale) return err('too_many_decimals');
  const digits = (m[2]! + frac).replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) return err('too_large');
  const units = Number(digits);
  if (m[1] === '-' && units !== 0) {
    if (!opts.allowNegative) return err('negative');
    return ok({ units: -units, scale: frac.length });
  }
  return ok({ units, scale: frac.length });
}

/**
 * A number as the decimal it prints as ("95.5" → 955e-1): JavaScript prints the shortest text that reads back
 * as the same double, which is what the user typed. For values the contract holds as numbers (indicator targets).
 */
export function decimalFromNumber(n: number, maxScale = 6): Decimal {
  const r = Number.isFinite(n) ? parseDecimal(String(n), { maxScale, allowNegative: true }) : null;
  if (!r?.ok) throw new RangeError(`not a decimal with at most ${maxScale} places: ${n}`);
  return r.value;
}

export function decimal(units: number, scale = 0): Decimal {
  if (!Number.isSafeInteger(units) || !Number.isInteger(scale) || scale < 0 || scale > MAX_DIGITS)
    throw new RangeError(`not an exact decimal: ${units}e-${scale}`);
  return { units, scale };
}

/** "79.95", "60", "-0.5": the exact value, with the scale it was given in. */
export function decimalText(d: Decimal): string {
  if (d.scale === 0) return String(d.units);
  const abs = String(Math.abs(d.units)).padStart(d.scale + 1, '0');
  const cut = abs.length - d.scale;
  return `${d.units < 0 ? '-' : ''}${abs.slice(0, cut)}.${abs.slice(cut)}`;
}

function scaled(d: Decimal, scale: number): bigint {
  return BigInt(d.units) * 10n ** BigInt(scale - d.scale);
}

export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = scaled(a, scale);
  const y = scaled(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** An exact non-negative ratio; the denominator is positive. */
export interface Ratio {
  numerator: bigint;
  denominator: bigint;
}

/** a / b exactly; null when b is zero (a rate against nothing is undefined, not 0 or 100%). */
export function decimalRatio(a: Decimal, b: Decimal): Ratio | null {
  const scale = Math.max(a.scale, b.scale);
  let numerator = scaled(a, scale);
  let denominator = scaled(b, scale);
  if (denominator === 0n) return null;
  if (denominator < 0n) [numerator, denominator] = [-numerator, -denominator];
  return { numerator, denominator };
}

/**
 * The ratio in basis points (1 bp = 0.01%), rounded half away from zero: 2/3 → 6667, 1/8 → 1250, -1/8 → -1250.
 * Rounding happens here and only here; store or compare the Ratio itself.
 */
export function basisPoints(r: Ratio): number {
  const bp = basisPointsOrNull(r);
  if (bp === null) throw new RangeError(`rate too large for basis points: ${r.numerator}/${r.denominator}`);
  return bp;
}

/** The same, or null where the rate is too large to show as a number (e.g. 900,719,926 achieved of 0.001). */
export function basisPointsOrNull(r: Ratio): number | null {
  const neg = r.numerator < 0n;
  const n = neg ? -r.numerator : r.numerator;
  const bp = (n * 20_000n + r.denominator) / (2n * r.denominator);
  if (bp > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(neg ? -bp : bp);
}

/** Basis points as a percentage with two decimals ("66.67"); the % sign belongs to the caller. */
export function basisPointsText(bp: number): string {
  if (!Number.isSafeInteger(bp)) throw new RangeError(`not whole basis points: ${bp}`);
  return decimalText({ units: bp, scale: 2 });
}
