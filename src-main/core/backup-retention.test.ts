import { describe, expect, it } from 'vitest';
import { backupsToKeep, dailyBackupDue } from './backup-retention';

const DAY = 86_400_000;
/** 2026-01-05 is a Monday; 01:00 UTC is 09:00 in Shanghai. */
const START = Date.UTC(2026, 0, 5, 1, 0, 0);

function daily(days: number, perDay = 1) {
  const out = [];
  for (let d = 0; d < days; d++)
    for (let i = 0; i < perDay; i++) {
      const at = new Date(START + d * DAY + i * 3_600_000);
      out.push({ name: at.toISOString(), createdAt: at });
    }
  return out;
}

describe('which automatic backups are kept', () => {
  it('after 60 days of daily backups: exactly the last 7 days and one for each of the 4 weeks before', () => {
    const all = daily(60);
    const now = new Date(START + 59 * DAY + 3_600_000);
    const kept = [...backupsToKeep(all, now)].sort();
    expect(kept).toHaveLength(11);
    // Day 59 is a Thursday (2026-03-05): the daily ones are days 53–59.
    const days = kept.map((n) => Math.round((Date.parse(n) - START) / DAY));
    expect(days.slice(-7)).toEqual([53, 54, 55, 56, 57, 58, 59]);
    // Before them, the newest backup of each earlier week (weeks start on Monday in Shanghai): days 52, 48, 41, 34.
    expect(days.slice(0, 4)).toEqual([34, 41, 48, 52]);
  });

  it('keeps only the newest of several backups in one day', () => {
    const all = daily(10, 3);
    const kept = backupsToKeep(all, new Date(START + 10 * DAY));
    expect([...kept].filter((n) => n.startsWith('2026-01-14'))).toEqual(['2026-01-14T03:00:00.000Z']);
  });

  it('counts days in Shanghai: 23:00 UTC belongs to the next day there', () => {
    const a = { name: 'a', createdAt: new Date('2026-01-05T15:00:00Z') }; // 23:00 on the 5th in Shanghai
    const b = { name: 'b', createdAt: new Date('2026-01-05T17:00:00Z') }; // 01:00 on the 6th in Shanghai
    expect(backupsToKeep([a, b], new Date('2026-01-06T00:00:00Z'), { daily: 2, weekly: 0 })).toEqual(
      new Set(['a', 'b']),
    );
  });

  it('keeps fewer when there are fewer, and never drops one from the future', () => {
    expect(backupsToKeep(daily(3), new Date(START + 3 * DAY)).size).toBe(3);
    const future = { name: 'future', createdAt: new Date(START + 100 * DAY) };
    expect(backupsToKeep([...daily(30), future], new Date(START + 30 * DAY)).has('future')).toBe(true);
  });

  it('a daily backup is due after a day, or when there is none', () => {
    const last = new Date(START);
    expect(dailyBackupDue(null, last)).toBe(true);
    expect(dailyBackupDue(last, new Date(START + DAY - 1))).toBe(false);
    expect(dailyBackupDue(last, new Date(START + DAY))).toBe(true);
  });
});
