import { validateCreditCode } from '../../core/credit-code';
import { parseAmount } from '../../core/money';
import { err, ok, type Result } from '../../core/result';

/** Why one cell cannot be used: a key of RULE_MESSAGES and its parameters. */
export interface CellProblem {
  rule: string;
  params: Record<string, unknown>;
}

function problem(rule: string, params: Record<string, unknown> = {}): { ok: false; error: CellProblem } {
  return err({ rule, params });
}

const DATE_RE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/** A clock time as exports write it after a date: hours 0–23, minutes and seconds 0–59. */
function validTime(h: string | undefined, min: string | undefined, sec: string | undefined): boolean {
  if (h === undefined) return true;
  return Number(h) <= 23 && Number(min) <= 59 && (sec === undefined || Number(sec) <= 59);
}

/**
 * 'YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D' and '2016年3月1日' (a time of day after the date, as some exports add,
 * is ignored when it is a real time and refused otherwise). Excel date cells arrive already as 'YYYY-MM-DD'.
 */
export function parseDateCell(text: string): Result<string, CellProblem> {
  const m = DATE_RE.exec(text.normalize('NFKC'));
  if (!m) return problem('import.dateFormat', { value: text });
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return problem('import.dateInvalid', { value: text });
  if (!validTime(m[4], m[5], m[6])) return problem('import.timeInvalid', { value: text });
  return ok(`${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** Exact fen from a decimal yuan text ("12,000.50"); a blank cell is `blank` (0 or an error, per column). */
export function parseAmountCell(text: string, blank: 'zero' | 'required'): Result<number, CellProblem> {
  if (text === '') return blank === 'zero' ? ok(0) : problem('schema.required');
  const r = parseAmount(text);
  return r.ok ? ok(r.value) : problem(`amount.${r.error}`);
}

/** The normalised code (trim, full-width → half-width, upper case) when its check character holds. */
export function parseCreditCodeCell(text: string): Result<string, CellProblem> {
  const r = validateCreditCode(text);
  if (r.ok) return ok(r.value.code);
  const { code, ...params } = r.error;
  return problem(code === 'empty' ? 'schema.required' : `creditCode.${code}`, params);
}
