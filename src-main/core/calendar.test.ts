import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysInclusive, isCalendarDate, shanghaiDate, yearEnd, yearStart } from './calendar';

describe('calendar', () => {
  it('gives the Shanghai date, which turns over at 16:00 UTC', () => {
    expect(shanghaiDate(new Date('2016-05-31T15:59:59.999Z'))).toBe('2016-05-31');
    expect(shanghaiDate(new Date('2016-05-31T16:00:00.000Z'))).toBe('2016-06-01');
    expect(shanghaiDate(new Date('2016-12-31T16:30:00.000Z'))).toBe('2017-01-01');
  });

  it('accepts only real dates', () => {
    expect(isCalendarDate('2016-02-29')).toBe(true);
    expect(isCalendarDate('2015-02-29')).toBe(false);
    expect(isCalendarDate('2015-02-30')).toBe(false);
    expect(isCalendarDate('2015-13-01')).toBe(false);
    expect(isCalendarDate('2015-1-01')).toBe(false);
    expect(() => dayNumber('2015-02-30')).toThrow(RangeError);
  });

  it('agrees with the calendar of Date for any year, month and day, leap centuries included', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, mo, d) => {
          const t = new Date(Date.UTC(y, mo - 1, d));
          const real =
            mo >= 1 && d >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
          expect(isCalendarDate(`${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`)).toBe(real);
        },
      ),
      { numRuns: 5000 },
    );
    for (const [date, ok] of [
      ['1900-02-29', false],
      ['2000-02-29', true],
      ['2100-02-29', false],
      ['0099-01-01', false],
    ] as const)
      expect(isCalendarDate(date)).toBe(ok);
  });

  it('counts notice days with both ends included, across months and leap days', () => {
    expect(daysInclusive('2016-05-01', '2016-05-07')).toBe(7);
    expect(daysInclusive('2016-05-01', '2016-05-01')).toBe(1);
    expect(daysInclusive('2016-02-27', '2016-03-01')).toBe(4);
    expect(daysInclusive('2016-05-02', '2016-05-01')).toBe(0);
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2015-12-31', 1)).toBe('2016-01-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
  });

  it('names the first and last day of a year', () => {
    expect([yearStart(2015), yearEnd(2015)]).toEqual(['2015-01-01', '2015-12-31']);
  });
});
