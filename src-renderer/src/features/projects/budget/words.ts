import { amountInWords, MAX_FEN } from '@contract';

/**
 * 人民币大写 of an amount that may be negative (an overspent balance): 大写 has no minus sign, so the
 * negative case is the words of its size inside the caller's "超支 …" text. Out of range shows the figure.
 */
export function signedWords(fen: number, negative: (words: string) => string): string {
  const size = Math.abs(fen);
  if (!Number.isSafeInteger(size) || size > MAX_FEN) return String(fen);
  return fen < 0 ? negative(amountInWords(size)) : amountInWords(size);
}
