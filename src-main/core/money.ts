/**
 * Money is integer fen (分) in a JS number. Every value we handle stays below 2^53, so sums of
 * a realistic number of amounts are exact; parsing goes through strings, never through floats,
 * because 0.1 + 0.2 style drift is unacceptable in a ledger.
 */
import { err, ok, type Result } from './result';

/** 9,999,999,999,999.99 yuan: 13 integer digits, far beyond any grant yet still a safe integer. */
export const MAX_FEN = 999_999_999_999_999;

export type AmountError = 'empty' | 'not_a_number' | 'too_many_decimals' | 'negative' | 'too_large';

const MAX_YUAN_DIGITS = 13;

// Optional sign and currency symbol in either order ("-¥5", "¥-5"), then either a plain or a
// correctly grouped integer part with optional decimals, or a bare fraction (".5").
// Exponents, hex, inner spaces, "1." and doubled signs fall through to not_a_number.
const AMOUNT_RE = /^(?:([+-])?[¥￥]|[¥￥]?([+-])?)(?:([1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.(\d+))?|\.(\d+))$/;

// Chinese IMEs produce full-width digits and punctuation; U+FF01..FF5E map to ASCII by offset.
function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function parseAmount(text: string, opts: { allowNegative?: boolean } = {}): Result<number, AmountError> {
  const s = toHalfWidth(text).trim();
  if (s === '') return err('empty');
  const m = AMOUNT_RE.exec(s);
  if (!m) return err('not_a_number');
  const sign = m[1] ?? m[2] ?? '';
  const decimals = m[4] ?? m[5] ?? '';
  if (decimals.length > 2) return err('too_many_decimals');
  const intDigits = (m[3] ?? '').replace(/,/g, '').replace(/^0+/, '');
  const isZero = intDigits === '' && !/[1-9]/.test(decimals);
  if (sign === '-' && !isZero && !opts.allowNegative) return err('negative');
  // Length check first so Number() below only ever sees digit strings that convert exactly.
  if (intDigits.length > MAX_YUAN_DIGITS) return err('too_large');
  const fen = Number(intDigits || '0') * 100 + Number(decimals.padEnd(2, '0'));
  if (fen > MAX_FEN) return err('too_large');
  // "-0" must not become -0, which prints as "0" but compares oddly with Object.is.
  return ok(sign === '-' && !isZero ? -fen : fen);
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer fen amount: ${fen}`);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function splitFen(fen: number): { sign: string; yuan: string; cents: string } {
  assertFen(fen);
  const abs = Math.abs(fen);
  return {
    sign: fen < 0 ? '-' : '',
    yuan: String(Math.floor(abs / 100)),
    cents: String(abs % 100).padStart(2, '0'),
  };
}

/** "1,234,567.89" – the display form; the unit (元) belongs in the column header. */
export function formatFen(fen: number): string {
  const { sign, yuan, cents } = splitFen(fen);
  return `${sign}${groupThousands(yuan)}.${cents}`;
}

/** "1234567.89" – for input fields and exports, where separators get in the way. */
export function fenToDecimalString(fen: number): string {
  const { sign, yuan, cents } = splitFen(fen);
  return `${sign}${yuan}.${cents}`;
}

/**
 * Amount in 万元 for reports. Rounds half away from zero, for display only; BigInt keeps
 * fen × 10^decimals exact where it would exceed 2^53.
 */
export function formatWan(fen: number, decimals = 2): string {
  assertFen(fen);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`decimals must be an integer 0..6, got ${decimals}`);
  }
  const fenPerWan = 1_000_000n;
  const scale = 10n ** BigInt(decimals);
  const scaled = (BigInt(Math.abs(fen)) * scale * 2n + fenPerWan) / (2n * fenPerWan);
  const whole = groupThousands(String(scaled / scale));
  const frac = decimals > 0 ? '.' + String(scaled % scale).padStart(decimals, '0') : '';
  // Tiny negatives that round to zero print as "0.00", not "-0.00".
  const sign = fen < 0 && scaled !== 0n ? '-' : '';
  return sign + whole + frac;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];

/**
 * Integer yuan (1 ≤ n < 10^13) in words. Reading groups of four: 万 marks position 4 (and 12,
 * giving 万亿), 亿 marks 8. A run of zeros – including one that spans a 万/亿 boundary – leaves a
 * single 零 before the next non-zero digit. Where the 万 or 亿 place itself is zero and a lower
 * digit follows, the PBOC rule lets the 零 be written or dropped; we always write it.
 */
function integerInWords(n: number): string {
  const s = String(n);
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < s.length; i++) {
    const pos = s.length - 1 - i;
    const d = s.charCodeAt(i) - 48;
    if (d === 0) {
      pendingZero = true;
    } else {
      if (pendingZero) out += '零';
      pendingZero = false;
      out += DIGITS[d]! + SMALL_UNITS[pos % 4]!;
    }
    if (pos > 0 && pos % 8 === 0) {
      // The leading digit is non-zero, so everything above 亿 is never empty.
      out += '亿';
    } else if (pos % 8 === 4 && /[1-9]/.test(s.slice(Math.max(0, i - 3), i + 1))) {
      out += '万';
    }
  }
  return out;
}

/**
 * 人民币大写 per the PBOC bill-filling rule. Choices where the rule allows two forms:
 * 整 after 元; after 角 only when there is no 元 part (¥0.50 → 伍角整, ¥1,409.50 → …元伍角);
 * never after 分. A zero 元 place followed by 角 gets no 零 (…万元叁角), whereas 角 = 0 with
 * 分 ≠ 0 always gets one (…元零贰分), as the rule requires.
 */
export function amountInWords(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen > MAX_FEN) {
    throw new RangeError(`amountInWords needs an integer fen amount 0..${MAX_FEN}, got ${fen}`);
  }
  if (fen === 0) return '人民币零元整';
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenDigit = fen % 10;
  let out = '人民币';
  if (yuan > 0) out += integerInWords(yuan) + '元';
  if (jiao === 0 && fenDigit === 0) return out + '整';
  if (jiao > 0) {
    out += DIGITS[jiao]! + '角';
    if (fenDigit === 0) return yuan === 0 ? out + '整' : out;
  } else if (yuan > 0) {
    out += '零';
  }
  return out + DIGITS[fenDigit]! + '分';
}

/** Parse then spell out; negative amounts are rejected because 大写 has no sign. */
export function amountInWordsFromText(text: string): Result<string, AmountError> {
  const parsed = parseAmount(text);
  return parsed.ok ? ok(amountInWords(parsed.value)) : parsed;
}
