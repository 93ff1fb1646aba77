/**
 * The vocabulary every rule speaks, whatever its area: a broken rule (Violation) named by a message key with its
 * parameters, money in messages as "1,234.56", and where a fund source's spending rules come from.
 */
import { formatFen } from './money';
import type { FundSource } from './rule-set';

export type ViolationParams = Record<string, string | number>;

/** A broken rule: `rule` is a message key, `params` fill it (enum values raw; the contract names them). */
export interface Violation {
  rule: string;
  params: ViolationParams;
}

/** Where a source's spending rules come from, named in the message so the officer can look it up. */
export const SOURCE_BASIS: Record<FundSource, string> = {
  CENTRAL: '财社〔2012〕138号',
  LOTTERY: '彩票公益金管理办法',
  CENTRAL_LOTTERY: '中央专项彩票公益金管理办法',
};

/** Fen as "1,234.56", also for sums that a number could not hold exactly. */
export function fenText(fen: bigint | number): string {
  if (typeof fen === 'number') return formatFen(fen);
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${yuan}.${(abs % 100n).toString().padStart(2, '0')}`;
}
