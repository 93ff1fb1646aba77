import { dayNumber, shanghaiDate } from './calendar';

/** How many automatic backups are kept: the newest of each of the last 7 days, then one per week for 4 weeks. */
export const RETENTION = { daily: 7, weekly: 4 } as const;

export interface DatedBackup {
  name: string;
  createdAt: Date;
}

/** Monday of the (Shanghai) week holding `date`, as a day number: weeks are compared by their first day. */
function weekOf(date: string): number {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  return day - ((day + 3) % 7);
}

/**
 * Which automatic backups to keep. Days and weeks are Shanghai calendar days, so a backup made at 07:00 in
 * Chongqing counts for that day. Daily: the newest backup of each of the `daily` most recent days that have
 * one. Weekly: among the older backups, the newest of each of the `weekly` most recent weeks. Everything
 * else may be deleted; a backup from the future (a clock set back) is kept, as deleting it would lose data.
 */
export function backupsToKeep(
  backups: readonly DatedBackup[],
  now: Date,
  limits: { daily: number; weekly: number } = RETENTION,
): Set<string> {
  const sorted = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<number>();
  for (const b of sorted) {
    if (b.createdAt.getTime() > now.getTime()) {
      keep.add(b.name);
      continue;
    }
    const day = shanghaiDate(b.createdAt);
    if (days.size < limits.daily || days.has(day)) {
      if (!days.has(day)) {
        days.add(day);
        keep.add(b.name);
      }
      continue;
    }
    const week = weekOf(day);
    if (weeks.size < limits.weekly && !weeks.has(week)) {
      weeks.add(week);
      keep.add(b.name);
    }
  }
  return keep;
}

/** True when the newest automatic backup is a day or more old (or there is none). */
export function dailyBackupDue(latest: Date | null, now: Date): boolean {
  return latest === null || now.getTime() - latest.getTime() >= 86_400_000;
}
