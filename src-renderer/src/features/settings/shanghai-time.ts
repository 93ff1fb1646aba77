/**
 * "2026-12-06 21:42" in Beijing time (UTC+8 all year), whatever the computer's own time zone: a backup's
 * time is compared with the bureau's working day, not the workstation's clock setting.
 */
export function formatShanghaiTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '—';
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
