/**
 * Calendar dates ('YYYY-MM-DD') as the bureau reads them. Deadlines such as the end of a public notice are
 * local dates in China (Asia/Shanghai, UTC+8 all year: no daylight saving since 1991), while the app's clock
 * gives UTC instants; this is the one place that turns one into the other.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The local date in Shanghai at the given instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A real calendar date (no 2015-02-30), in the years the app deals with (0100–9999). Plain arithmetic, no Date:
 * an import checks every row's date several times.
 */
export function isCalendarDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1]!);
}

/** Days since 1970-01-01; throws on a malformed date so a bug never passes as a date. */
export function dayNumber(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** Calendar days from start to end, both counted: 2016-05-01..2016-05-07 is 7 days. */
export function daysInclusive(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

export function yearStart(year: number): string {
  return `${String(year).padStart(4, '0')}-01-01`;
}

export function yearEnd(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}
